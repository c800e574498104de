import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/store/connection.js';
import { forgetArticle } from '../../src/store/forget-article.js';
import { ensureSchema } from '../../src/store/schema.js';
import { writeDocument } from '../../src/store/write-document.js';
import { documentWithNames } from '../fixtures/documents.js';
import { clearGraph, count, testGraph } from '../helpers.js';

let g: Graph;
beforeAll(async () => {
  g = await testGraph();
  await ensureSchema(g);
});
beforeEach(() => clearGraph(g));
afterAll(() => g?.close());

describe('forgetting an article', () => {
  it('removes what only it supports and keeps the rest with the other articles\' evidence', async () => {
    // Both say Kadhimi met Biden; only the first says Kadhimi met Macron.
    const first = documentWithNames(['Kadhimi', 'Biden', 'Macron'], 'Kadhimi met Biden and Macron. Then more.');
    const second = documentWithNames(['Kadhimi', 'Biden'], 'Biden received Kadhimi. Then more.');
    await writeDocument(g, first);
    await writeDocument(g, second);
    expect(await count(g, 'MATCH (:Entity)-[r:MEETS]->(:Entity) RETURN count(r)')).toBe(2);

    expect(await forgetArticle(g, first.article.id)).toEqual({ sentences: 2, factsRemoved: 1, factsKept: 1, entitiesRemoved: 1 });
    expect(await count(g, 'MATCH (a:Article) RETURN count(a)')).toBe(1);
    expect(await count(g, 'MATCH (s:Sentence) WHERE s.articleId = $id RETURN count(s)', { id: first.article.id })).toBe(0);
    expect(await count(g, "MATCH (e:Entity {name: 'Macron'}) RETURN count(e)")).toBe(0);
    const kept = await g.driver.executeQuery('MATCH (:Entity)-[r:MEETS]->(:Entity) RETURN r.articleIds AS a, r.sentenceIds AS s', {}, { database: g.database });
    expect(kept.records.map((r) => r.get('a'))).toEqual([[second.article.id]]);
    expect(kept.records[0]!.get('s')).toEqual([`${second.article.id}:0`]);
    expect(await count(g, "MATCH (e:Entity) WHERE e.name IN ['Kadhimi', 'Biden'] RETURN count(e)")).toBe(2);

    // The last article gone, nothing is left.
    expect(await forgetArticle(g, second.article.id)).toMatchObject({ factsRemoved: 1, factsKept: 0, entitiesRemoved: 2 });
    expect(await count(g, 'MATCH (n) RETURN count(n)')).toBe(0);
  });

  it('says when there is no such article, and changes nothing', async () => {
    await writeDocument(g, documentWithNames(['Kadhimi', 'Biden']));
    const before = await count(g, 'MATCH (n) RETURN count(n)');
    expect(await forgetArticle(g, '0000000000000000')).toBeNull();
    expect(await forgetArticle(g, "x' OR 1=1 //")).toBeNull();
    expect(await count(g, 'MATCH (n) RETURN count(n)')).toBe(before);
  });
});

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/store/connection.js';
import { ensureSchema } from '../../src/store/schema.js';
import { GroupWriter, MissingEndpointError, writeDocument, type GroupResult } from '../../src/store/write-document.js';
import { documentWithNames, HOSTILE_NAMES } from '../fixtures/documents.js';
import { clearGraph, count, fingerprint, testGraph } from '../helpers.js';

let g: Graph;
beforeAll(async () => {
  g = await testGraph();
  await ensureSchema(g);
});
afterAll(async () => g?.close());
beforeEach(async () => clearGraph(g));

describe('schema', () => {
  it('can be created twice without changing anything', async () => {
    const list = async () => (await g.driver.executeQuery('SHOW INDEXES YIELD name RETURN name ORDER BY name')).records.map((r) => r.get('name'));
    const before = await list();
    await ensureSchema(g);
    expect(await list()).toEqual(before);
    expect(before).toEqual(expect.arrayContaining(['entityId', 'articleId', 'sentenceId', 'entityNamesAr', 'entityNamesEn']));
  });
});

describe('writeDocument', () => {
  it('writes an article with its provenance, and a second write changes nothing', async () => {
    const doc = documentWithNames(['Mustafa al-Kadhimi', 'Joe Biden', 'Ali Bagheri Kani']);
    const summary = await writeDocument(g, doc);
    expect(summary).toMatchObject({ sentences: 2, entities: 3, mentions: 3, relationships: 2 });
    const first = await fingerprint(g);
    expect(first.nodes).toBe(1 + 2 + 3);
    await writeDocument(g, doc);
    expect(await fingerprint(g)).toEqual(first);
    const r = await g.driver.executeQuery(`
      MATCH (:Entity {id: 'person:hostile-0'})-[m:MEETS]-(o:Person)
      RETURN o.name AS name, m.sentenceIds AS s, m.articleIds AS a, m.date AS date, m.extractors AS x ORDER BY name`);
    expect(r.records.map((x) => x.get('name'))).toEqual(['Ali Bagheri Kani', 'Joe Biden']);
    expect(r.records[0]!.get('s')).toEqual([`${doc.article.id}:0`]);
    expect(r.records[0]!.get('a')).toEqual([doc.article.id]);
    expect(r.records[0]!.get('date')).toBe('2021-07');
    expect(r.records[0]!.get('x')).toEqual(['test']);
  });

  it('stores symmetric facts once whichever way they are stated', async () => {
    const doc = documentWithNames(['A person', 'B person']);
    doc.triples.push({ ...doc.triples[0]!, subject: doc.triples[0]!.object, object: doc.triples[0]!.subject });
    await writeDocument(g, doc);
    expect(await count(g, 'MATCH ()-[r:MEETS]->() RETURN count(r)')).toBe(1);
  });

  it('merges the evidence of the same fact from two articles into one relationship', async () => {
    const a = documentWithNames(['Kadhimi', 'Biden'], 'Kadhimi met Biden. Then more.');
    const b = documentWithNames(['Kadhimi', 'Biden'], 'Biden received Kadhimi. Then more.');
    await writeDocument(g, a);
    await writeDocument(g, b);
    const r = await g.driver.executeQuery('MATCH ()-[r:MEETS]->() RETURN r.articleIds AS a, r.sentenceIds AS s');
    expect(r.records).toHaveLength(1);
    expect(new Set(r.records[0]!.get('a'))).toEqual(new Set([a.article.id, b.article.id]));
    expect(r.records[0]!.get('s')).toHaveLength(2);
    expect(await count(g, 'MATCH (e:Entity) RETURN count(e)')).toBe(2);
  });

  it('lets a later, more precise date refine a fact\'s date, and no contradicting date replace it', async () => {
    const dated = (text: string, date: string) => {
      const doc = documentWithNames(['Kadhimi', 'Biden'], text);
      doc.triples[0]!.qualifiers = { date };
      return doc;
    };
    const date = async () => (await g.driver.executeQuery('MATCH ()-[r:MEETS]->() RETURN r.date AS d')).records.map((r) => r.get('d'));
    await writeDocument(g, dated('Kadhimi met Biden in July. Then more.', '2021-07'));
    await writeDocument(g, dated('Kadhimi met Biden on 26 July. Then more.', '2021-07-26'));
    expect(await date()).toEqual(['2021-07-26']);
    await writeDocument(g, dated('Kadhimi met Biden in January. Then more.', '2020-01'));
    expect(await date()).toEqual(['2021-07-26']);
  });

  it('stores hostile strings verbatim, as values and never as Cypher', async () => {
    const doc = documentWithNames(HOSTILE_NAMES);
    await writeDocument(g, doc);
    const r = await g.driver.executeQuery('MATCH (e:Entity) RETURN e.id AS id, e.name AS name, e.aliases AS aliases ORDER BY id');
    expect(r.records.map((x) => x.get('name')).sort()).toEqual([...HOSTILE_NAMES].sort());
    for (const rec of r.records) expect(rec.get('aliases')).toEqual([rec.get('name'), `${rec.get('name')} alias`]);
    const art = await g.driver.executeQuery('MATCH (a:Article) RETURN a.title AS t, a.source AS s');
    expect(art.records[0]!.get('t')).toBe(HOSTILE_NAMES[0]);
    expect(art.records[0]!.get('s')).toBe(HOSTILE_NAMES[1]);
    expect(await count(g, 'MATCH (e:Entity) RETURN count(e)')).toBe(HOSTILE_NAMES.length);
  });

  it('leaves nothing of an article whose write fails halfway', async () => {
    const doc = documentWithNames(['Kadhimi', 'Biden', 'Sudani']);
    // The last triple points at an entity that exists nowhere: the triples step fails after the
    // article, sentences, entities and mentions were written in the same transaction.
    doc.triples.push({ ...doc.triples[0]!, object: 'person:nobody' });
    await expect(writeDocument(g, doc)).rejects.toBeInstanceOf(MissingEndpointError);
    expect(await fingerprint(g)).toEqual({ nodes: 0, relationships: 0, nodeProperties: 0, relationshipProperties: 0 });
  });

  it('writes several articles per transaction, and a bad one in a group costs only itself', async () => {
    const docs = ['Ankara', 'Tripoli', 'Sirte', 'Misrata'].map((place, i) =>
      documentWithNames([`${place} mayor`, `${place} governor`, 'Fayez al-Sarraj'], `${place} talks ${i}. More.`));
    docs[2]!.triples.push({ ...docs[2]!.triples[0]!, object: 'person:nobody' });
    const results: GroupResult<number>[] = [];
    const writer = new GroupWriter<number>(g, (r) => results.push(r), { triples: 1000, articles: 10 });
    for (const [i, doc] of docs.entries()) await writer.add(doc, i);
    // The store was empty: the first article goes alone (COLD_STORE_PLAN), the rest wait for the group.
    expect(results.map((r) => r.tag)).toEqual([0]);
    await writer.flush();
    expect(results.map((r) => [r.tag, 'error' in r])).toEqual([[0, false], [1, false], [2, true], [3, false]]);
    expect(await count(g, 'MATCH (a:Article) RETURN count(a)')).toBe(3);
    expect(await count(g, 'MATCH (a:Article {id: $id}) RETURN count(a)', { id: docs[2]!.article.id })).toBe(0);
    // The fixture gives the same ids in every article: one node each, one fact with three articles.
    expect(await count(g, 'MATCH (e:Entity) RETURN count(e)')).toBe(3);
    const facts = await g.driver.executeQuery('MATCH ()-[r:MEETS]->() RETURN size(r.articleIds) AS n');
    expect(facts.records.map((r) => r.get('n'))).toEqual([3, 3]);
  });

  it('skips entities it already wrote unchanged, and still adds what a later article brings', async () => {
    const writer = new GroupWriter<number>(g, (r) => { if ('error' in r) throw r.error; }, { triples: 1, articles: 1 });
    const first = documentWithNames(['Kadhimi', 'Biden'], 'Kadhimi met Biden. More.');
    const second = documentWithNames(['Kadhimi', 'Biden'], 'Biden met Kadhimi again. More.');
    second.entities[0]!.aliases.push('الكاظمي');
    await writer.add(first, 0);
    await writer.add(second, 1);
    const r = await g.driver.executeQuery("MATCH (e:Entity {id: 'person:hostile-0'}) RETURN e.aliases AS a, e.aliasText AS t");
    expect(r.records[0]!.get('a')).toEqual(['Kadhimi', 'Kadhimi alias', 'الكاظمي']);
    expect(r.records[0]!.get('t')).toContain('الكاظمي');
    expect(await count(g, 'MATCH (:Entity)-[m:MENTIONED_IN]->() RETURN count(m)')).toBe(4);
  });

  it('writes an article in full again when an entity it skipped was deleted meanwhile', async () => {
    const results: GroupResult<number>[] = [];
    const writer = new GroupWriter<number>(g, (r) => results.push(r), { triples: 1, articles: 1 });
    await writer.add(documentWithNames(['Kadhimi', 'Biden'], 'Kadhimi met Biden. More.'), 0);
    await g.driver.executeQuery("MATCH (e:Entity {id: 'person:hostile-1'}) DETACH DELETE e");
    await writer.add(documentWithNames(['Kadhimi', 'Biden'], 'Biden met Kadhimi again. More.'), 1);
    expect(results.map((r) => 'error' in r)).toEqual([false, false]);
    expect(await count(g, 'MATCH (:Entity {id: $id})-[m:MENTIONED_IN]->() RETURN count(m)', { id: 'person:hostile-1' })).toBe(1);
    expect(await count(g, 'MATCH ()-[r:MEETS]->() RETURN count(r)')).toBe(1);
  });

  it('refuses a type or predicate outside the allowlist before writing anything', async () => {
    const badType = documentWithNames(['X', 'Y']);
    (badType.entities[0] as { type: string }).type = 'Person`) DETACH DELETE n //';
    await expect(writeDocument(g, badType)).rejects.toThrow(/not one of/);
    const badPredicate = documentWithNames(['X', 'Y']);
    (badPredicate.triples[0] as { predicate: string }).predicate = 'MEETS]->() DELETE r //';
    await expect(writeDocument(g, badPredicate)).rejects.toThrow(/not one of/);
    expect(await count(g, 'MATCH (n) RETURN count(n)')).toBe(0);
  });
});

// Every named query of cypher/ runs against the seed graph with its documented parameters and
// returns what it promises; names work in English and Arabic.
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/store/connection.js';
import { splitStatements } from '../../src/store/cypher-file.js';
import { runQuery } from '../../src/store/run-query.js';
import { ensureSchema } from '../../src/store/schema.js';
import { writeDocument } from '../../src/store/write-document.js';
import { ENGLISH_ARTICLE_ID, MEETING_SENTENCE, SEED_ARTICLE_ID, seedDocuments } from '../fixtures/export/seed-graph.js';
import { clearGraph, kg, testGraph } from '../helpers.js';

let g: Graph;
beforeAll(async () => {
  g = await testGraph();
  await ensureSchema(g);
  await clearGraph(g);
  for (const doc of seedDocuments()) await writeDocument(g, doc);
});
afterAll(async () => g?.close());

const LIBRARY = readdirSync('cypher').filter((f) => f.endsWith('.cypher') && f !== 'schema.cypher').sort();

async function run(file: string, params: Record<string, unknown> = {}) {
  const statements = splitStatements(readFileSync(`cypher/${file}`, 'utf8'));
  expect(statements).toHaveLength(1);
  return (await runQuery(g, statements[0]!, params)).rows;
}

describe('the cypher library', () => {
  it('documents every query: what it answers, its parameters and an example call', () => {
    expect(LIBRARY.length).toBeGreaterThanOrEqual(10);
    for (const file of LIBRARY) {
      const head = readFileSync(`cypher/${file}`, 'utf8').split('\n').filter((l) => l.startsWith('//')).join('\n');
      expect(head, file).toMatch(/Parameters:/);
      expect(head, file).toContain(`kg query --file cypher/${file}`);
    }
  });

  it('who-met-whom returns Kadhimi and Biden with the Arabic evidence', async () => {
    const rows = await run('who-met-whom.cypher');
    const meeting = rows.find((r) => [r.person, r.met].includes('Mustafa al-Kadhimi') && [r.person, r.met].includes('Joe Biden'));
    expect(meeting).toBeDefined();
    expect(rows.map((r) => r.evidence)).toContain(MEETING_SENTENCE);
  });

  it('entity-neighbourhood finds the same neighbours by English name, Arabic name and alias', async () => {
    const en = await run('entity-neighbourhood.cypher', { name: 'mustafa al-kadhimi' });
    expect(en.map((r) => r.neighbour)).toEqual(expect.arrayContaining(['Joe Biden', 'United States', 'Iraq']));
    expect(await run('entity-neighbourhood.cypher', { name: 'الكاظمي' })).toEqual(en);
    expect(await run('entity-neighbourhood.cypher', { name: 'مصطفى الكاظمي' })).toEqual(en);
  });

  it('shortest-paths links Biden to the Islamic State through Kadhimi and Iraq', async () => {
    const rows = await run('shortest-paths.cypher', { from: 'Biden', to: 'Islamic State' });
    expect(rows[0]).toMatchObject({ hops: 3, path: ['Joe Biden', 'Mustafa al-Kadhimi', 'Iraq', 'Islamic State'] });
  });

  it('most-connected puts the United States or Iraq first', async () => {
    const rows = await run('most-connected.cypher');
    expect(['United States', 'Iraq']).toContain(rows[0]!.entity);
  });

  it('entity-triples lists every fact about an entity with its evidence', async () => {
    const rows = await run('entity-triples.cypher', { name: 'US' });
    expect(rows.map((r) => r.predicate)).toEqual(expect.arrayContaining(['HAS_TROOPS_IN', 'KILLED', 'OPPOSES', 'ALLIED_WITH', 'VISITS']));
    const troops = rows.find((r) => r.predicate === 'HAS_TROOPS_IN')!;
    expect(troops.count).toBe(2500);
    expect(troops.evidence).toEqual([expect.objectContaining({ article: SEED_ARTICLE_ID, text: expect.stringContaining('2500 أميركي') })]);
  });

  it('article-facts tells what an article says, by id or by title', async () => {
    const byId = await run('article-facts.cypher', { article: SEED_ARTICLE_ID });
    expect(byId).toHaveLength(8);
    const byTitle = await run('article-facts.cypher', { article: 'washington' });
    expect(byTitle.map((r) => r.predicate).sort()).toEqual(['ALLIED_WITH', 'MEETS']);
  });

  it('co-mentions pairs entities named in the same sentence', async () => {
    const rows = await run('co-mentions.cypher');
    expect(rows.some((r) => [r.entity, r.other].includes('Joe Biden') && [r.entity, r.other].includes('Mustafa al-Kadhimi'))).toBe(true);
  });

  it('timeline orders dated facts, oldest first', async () => {
    const rows = await run('timeline.cypher');
    expect(rows[0]).toMatchObject({ date: '2020-01' });
    expect(rows.map((r) => r.date)).toEqual([...rows.map((r) => r.date as string)].sort());
    expect(rows.some((r) => r.predicate === 'MEETS' && r.date === '2021-07-26')).toBe(true);
  });

  it('duplicate-entities finds the two Joe Bidens', async () => {
    const rows = await run('duplicate-entities.cypher');
    expect(rows).toContainEqual(expect.objectContaining({ name: 'joe biden', ids: expect.arrayContaining(['Q6279', 'person:joe-biden']) }));
  });

  it('contradictions finds Iraq allied with and opposing the United States in different articles', async () => {
    const rows = await run('contradictions.cypher');
    expect(rows).toEqual([expect.objectContaining({
      friendly: 'ALLIED_WITH', hostile: 'OPPOSES', friendlyArticles: [ENGLISH_ARTICLE_ID], hostileArticles: [SEED_ARTICLE_ID],
    })]);
  });

  it('runs from the command line: kg query --file cypher/who-met-whom.cypher', async () => {
    const out = await kg(['query', '--file', 'cypher/who-met-whom.cypher', '--format', 'json']);
    expect(out.code, out.stderr).toBe(0);
    expect(out.stdout).toContain('Mustafa al-Kadhimi');
    expect(out.stdout).toContain('Joe Biden');
    const missing = await kg(['query', '--file', 'cypher/entity-neighbourhood.cypher']);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toMatch(/name/);
  });
});

// `kg forget` on the ingested seed: the article and everything only it supported go.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/store/connection.js';
import { clearGraph, count, kg, testGraph } from '../helpers.js';

let g: Graph;
beforeAll(async () => {
  g = await testGraph();
  await clearGraph(g);
});
afterAll(() => g?.close());

describe('kg forget', () => {
  it('removes an ingested article and all it brought, and refuses an unknown id', async () => {
    expect((await kg(['ingest', 'seeds/'])).code).toBe(0);
    const id = (await g.driver.executeQuery('MATCH (a:Article) RETURN a.id AS id', {}, { database: g.database })).records[0]!.get('id') as string;

    const unknown = await kg(['forget', '0000000000000000']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('kg: no article with id 0000000000000000 is stored');
    const malformed = await kg(['forget', "x' OR 1=1 //"]);
    expect(malformed.code).toBe(1);
    expect(malformed.stderr).toContain('not an article id (16 hex digits)');
    expect(await count(g, 'MATCH (a:Article) RETURN count(a)')).toBe(1);

    const r = await kg(['forget', id]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^forgot article ${id}: \\d+ sentences, \\d+ facts removed, 0 facts kept with evidence from other articles, \\d+ entities removed$`, 'm'));
    expect(await count(g, 'MATCH (n) RETURN count(n)')).toBe(0);
  }, 120_000);

  it('has --help with examples', async () => {
    const r = await kg(['forget', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Usage: kg forget/);
    expect(r.stdout).toMatch(/Examples:/);
  });
});

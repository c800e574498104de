import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/store/connection.js';
import { ReadOnlyViolation, runQuery } from '../../src/store/run-query.js';
import { clearGraph, count, testGraph } from '../helpers.js';

let g: Graph;
beforeAll(async () => {
  g = await testGraph();
  await clearGraph(g);
});
afterAll(async () => g?.close());

describe('runQuery', () => {
  it('returns plain rows for nodes, relationships and scalars', async () => {
    await runQuery(g, "CREATE (:Probe {name: 'a'})-[:LINK {w: 2}]->(:Probe {name: 'b'})", {}, { write: true });
    const r = await runQuery(g, 'MATCH (a:Probe)-[l:LINK]->(b) RETURN a, l, b.name AS name, $x AS x', { x: [1, 'two'] });
    expect(r.columns).toEqual(['a', 'l', 'name', 'x']);
    expect(r.rows[0]).toMatchObject({ a: { kind: 'node', labels: ['Probe'], properties: { name: 'a' } }, l: { kind: 'relationship', type: 'LINK', properties: { w: 2 } }, name: 'b', x: [1, 'two'] });
  });

  it.each([
    'CREATE (:Probe)',
    "MATCH (n:Probe) SET n.name = 'changed'",
    'MATCH (n:Probe) DETACH DELETE n',
    "MERGE (:Probe {name: 'c'})",
    'CREATE INDEX probeName IF NOT EXISTS FOR (n:Probe) ON (n.name)',
    'CALL { CREATE (:Probe) }',
  ])('refuses a write in read mode and changes nothing: %s', async (cypher) => {
    const before = await count(g, 'MATCH (n) RETURN count(n)');
    await expect(runQuery(g, cypher)).rejects.toBeInstanceOf(ReadOnlyViolation);
    expect(await count(g, 'MATCH (n) RETURN count(n)')).toBe(before);
    expect(await count(g, "MATCH (n:Probe {name: 'changed'}) RETURN count(n)")).toBe(0);
  });

  it('writes with write mode and reports counters', async () => {
    const r = await runQuery(g, 'CREATE (:Probe {name: $n})', { n: 'd' }, { write: true });
    expect(r.counters).toMatchObject({ nodesCreated: 1, propertiesSet: 1, labelsAdded: 1 });
  });
});

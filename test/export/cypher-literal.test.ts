// Inlined Cypher literals must mean exactly the value they were made from: Neo4j itself evaluates
// each one and hands it back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypherLiteral, cypherString, float } from '../../src/export/cypher/literal.js';
import type { Graph } from '../../src/store/connection.js';
import { HOSTILE_NAMES } from '../fixtures/documents.js';
import { testGraph } from '../helpers.js';

let g: Graph;
beforeAll(async () => { g = await testGraph(); });
afterAll(async () => g?.close());

const TRICKY = [
  ...HOSTILE_NAMES, '', "'", '\\', "\\'", '\\u0041', '"; MATCH (n) DETACH DELETE n; //', '`', 'tab\there\r\nCRLF',
  '\u0000\u0007\u001F\u007F\u0085', 'emoji 🇮🇶 and \u{1F600}', '\u2028\u2029\uFEFF\u200B\u061C', 'ٱلْعِرَاق', '/* not a comment */ // nor this',
];

describe('Cypher literals', () => {
  it('Neo4j reads every tricky string back unchanged', async () => {
    const query = `RETURN [${TRICKY.map(cypherString).join(', ')}] AS v`;
    const r = await g.driver.executeQuery(query, {}, { database: g.database });
    expect(r.records[0]!.get('v')).toEqual(TRICKY);
  });

  it('keeps no invisible or line-breaking character raw in the script text', () => {
    for (const s of TRICKY) expect(cypherString(s)).not.toMatch(/[\u0000-\u001F\u2028\u2029\u202A-\u202E\u200B-\u200F\uFEFF]/);
  });

  it('writes integers, floats, lists, maps and null with their Neo4j types', async () => {
    const value = { i: 3, f: float(1), g: 0.25, tiny: 1e-7, list: ['a', 2], nothing: null, 'odd key`': true };
    const r = await g.driver.executeQuery(`WITH ${cypherLiteral(value)} AS m
      RETURN m, valueType(m.i) AS i, valueType(m.f) AS f, keys(m) AS k`, {}, { database: g.database });
    expect(r.records[0]!.get('i')).toBe('INTEGER NOT NULL');
    expect(r.records[0]!.get('f')).toBe('FLOAT NOT NULL');
    expect(r.records[0]!.get('k').sort()).toEqual(['f', 'g', 'i', 'list', 'odd key`', 'tiny']);
    const m = r.records[0]!.get('m') as Record<string, unknown>;
    expect([m.g, m.tiny, m.list]).toEqual([0.25, 1e-7, ['a', 2]]);
  });
});

// Export → empty database → import → the same graph, for the seed graph (with the hostile names)
// and for a generated graph of 10,000 facts: the cypher script rebuilds everything; jsonl and the
// flat triples.csv rebuild the facts with their entities and evidence.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Parser } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_BASE_IRI } from '../../src/export/rdf/terms.js';
import { exporterFor } from '../../src/export/registry.js';
import { runExport } from '../../src/export/run-export.js';
import { importFile } from '../../src/import/run-import.js';
import type { ExtractionDocument } from '../../src/model/schemas.js';
import type { TripleRow } from '../../src/model/triple-row.js';
import type { Graph } from '../../src/store/connection.js';
import { splitStatements } from '../../src/store/cypher-file.js';
import { graphSource } from '../../src/store/export-reads.js';
import { ensureSchema } from '../../src/store/schema.js';
import { writeDocument } from '../../src/store/write-document.js';
import { documentWithNames, HOSTILE_NAMES } from '../fixtures/documents.js';
import { generatedDocuments } from '../fixtures/export/generated.js';
import { ENGLISH_ARTICLE_ID, SEED_ARTICLE_ID, seedDocuments } from '../fixtures/export/seed-graph.js';
import { factSnapshot, fullSnapshot, type Snapshot } from '../fixtures/export/snapshot.js';
import { clearGraph, count, fingerprint, kg, testGraph } from '../helpers.js';

let g: Graph;
let dir: string;
beforeAll(async () => {
  g = await testGraph();
  await ensureSchema(g);
  dir = mkdtempSync(join(tmpdir(), 'kg-export-'));
});
afterAll(async () => {
  await g?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function runScript(path: string): Promise<void> {
  const session = g.driver.session({ database: g.database });
  try {
    for (const statement of splitStatements(readFileSync(path, 'utf8'))) await session.run(statement);
  } finally {
    await session.close();
  }
}

async function load(docs: ExtractionDocument[]) {
  await clearGraph(g);
  for (const doc of docs) await writeDocument(g, doc, '2026-01-01T00:00:00.000Z');
}

/** Exports the graph now in the database, then rebuilds it from each format and compares. */
/**
 * `rerun`: also check that running the script or the import a second time changes nothing.
 * `timeout`: Neo4j compiles every literal of the script; on a freshly started, busy server the
 * 10,000-fact script takes minutes (a warm one runs it in about 10 s), so it runs last.
 */
function roundTrips(name: string, docs: () => ExtractionDocument[], expected: { facts: number; rerun: boolean; timeout: number }) {
  describe(name, () => {
    let full: Snapshot;
    let facts: Snapshot;
    const file = (ext: string) => join(dir, `${name}.${ext}`);

    beforeAll(async () => {
      await load(docs());
      full = await fullSnapshot(g);
      facts = await factSnapshot(g);
      expect(facts.relationships).toHaveLength(expected.facts);
      for (const format of ['cypher', 'jsonl']) await runExport(exporterFor(format), graphSource(g), file(format));
      await runExport(exporterFor('csv'), graphSource(g), file('csv'));
    });

    it('rebuilds the facts, their entities and evidence from jsonl; a second import changes nothing', async () => {
      await clearGraph(g);
      const first = await importFile(g, file('jsonl'), 'jsonl');
      expect(first).toMatchObject({ rows: expected.facts, written: expected.facts, bad: [] });
      expect(await factSnapshot(g)).toEqual(facts);
      if (!expected.rerun) return;
      const before = await fingerprint(g);
      const again = await importFile(g, file('jsonl'), 'jsonl');
      expect(again.counters).toMatchObject({ nodesCreated: 0, relationshipsCreated: 0 });
      expect(await fingerprint(g)).toEqual(before);
    }, expected.timeout);

    it('rebuilds the facts from the flat triples.csv', async () => {
      await clearGraph(g);
      await importFile(g, join(file('csv'), 'triples.csv'), 'csv');
      expect(await factSnapshot(g)).toEqual(facts);
    }, expected.timeout);

    it('rebuilds the whole graph from the cypher script, and a second run changes nothing', async () => {
      await clearGraph(g);
      await runScript(file('cypher'));
      expect(await fullSnapshot(g)).toEqual(full);
      if (!expected.rerun) return;
      const before = await fingerprint(g);
      await runScript(file('cypher'));
      expect(await fingerprint(g)).toEqual(before);
    }, expected.timeout);
  });
}

roundTrips('seed', () => [...seedDocuments(), documentWithNames(HOSTILE_NAMES)], { facts: 10 + HOSTILE_NAMES.length - 1, rerun: true, timeout: 60_000 });
roundTrips('generated', () => generatedDocuments(), { facts: 10_000, rerun: false, timeout: 300_000 });

describe('kg export and kg import on the command line', () => {
  beforeAll(async () => load([...seedDocuments(), documentWithNames(HOSTILE_NAMES)]));

  it('exports jsonl to stdout and imports it back into an empty database', async () => {
    const facts = await factSnapshot(g);
    const out = await kg(['export', '--format', 'jsonl']);
    expect(out.code, out.stderr).toBe(0);
    expect(out.stdout.trim().split('\n')).toHaveLength(facts.relationships.length);
    const path = join(dir, 'cli.jsonl');
    writeFileSync(path, out.stdout);
    await clearGraph(g);
    const imported = await kg(['import', path]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stderr).toMatch(/imported 15 rows/);
    expect(await factSnapshot(g)).toEqual(facts);
  });

  it('filters by predicate and entity type', async () => {
    await load([...seedDocuments(), documentWithNames(HOSTILE_NAMES)]);
    const meets = await kg(['export', '--format', 'jsonl', '--predicate', 'MEETS', '--type', 'Person']);
    expect(meets.code, meets.stderr).toBe(0);
    const rows = meets.stdout.trim().split('\n').map((l) => JSON.parse(l) as TripleRow);
    expect(rows.length).toBe(await count(g, 'MATCH ()-[r:MEETS]->() RETURN count(r)'));
    expect(new Set(rows.map((r) => r.predicate))).toEqual(new Set(['MEETS']));
    const source = graphSource(g, { predicates: ['MEETS'] });
    const collect = async <T>(it: AsyncIterable<T>) => { const all: T[] = []; for await (const x of it) all.push(x); return all; };
    const ends = new Set(rows.flatMap((r) => [r.subject.id, r.object.id]));
    expect(new Set((await collect(source.entities())).map((e) => e.id))).toEqual(ends);
    const mentions = await collect(source.mentions());
    expect(mentions.length).toBeGreaterThan(0);
    expect(mentions.every((m) => ends.has(m.entityId))).toBe(true);
    const articles = new Set((await collect(source.articles())).map((a) => a.id));
    expect(articles).toEqual(new Set(rows.flatMap((r) => r.evidence.map((e) => e.articleId))));
    expect([...articles]).toEqual(expect.arrayContaining([ENGLISH_ARTICLE_ID, SEED_ARTICLE_ID]));
    const bad = await kg(['export', '--format', 'jsonl', '--predicate', 'LIKES']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/unknown predicate "LIKES"/);
  });

  it('refuses an --article that is malformed or not in the graph, writing nothing, as the API does', async () => {
    await load([...seedDocuments(), documentWithNames(HOSTILE_NAMES)]);
    const out = join(dir, 'refused.jsonl');
    const malformed = await kg(['export', '--format', 'jsonl', '--article', `${SEED_ARTICLE_ID},1C54`, '--out', out]);
    expect(malformed.code).toBe(1);
    expect(malformed.stderr).toContain('kg: --article "1C54": article id: 16 hex digits');
    const unknown = await kg(['export', '--format', 'jsonl', '--article', SEED_ARTICLE_ID, '--article', 'fedcba9876543210', '--out', out]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/^kg: no article fedcba9876543210 in the graph/m);
    expect(existsSync(out)).toBe(false);
  });

  it('sums an export up in plain English', async () => {
    const one = await kg(['export', '--format', 'ntriples', '--article', SEED_ARTICLE_ID]);
    expect(one.code, one.stderr).toBe(0);
    const triples = one.stdout.trim().split('\n').length;
    expect(one.stderr).toMatch(new RegExp(`^kg: exported 1 article, \\d+ sentences, \\d+ entities, \\d+ facts, ${triples} triples$`, 'm'));
    const csv = await kg(['export', '--format', 'csv', '--out', join(dir, 'summary-csv')]);
    expect(csv.code, csv.stderr).toBe(0);
    expect(csv.stderr).toMatch(/^kg: exported \d+ articles, \d+ sentences, \d+ entities, \d+ mentions, \d+ facts, \d+ rows in triples\.csv to /m);
  });

  it('mints RDF IRIs under --base-iri, which beats KG_BASE_IRI, which beats the default; a bad one is refused', async () => {
    const [flag, env] = ['https://data.example.com/kg/', 'http://example.org/news#'];
    const graphs = async (args: string[], vars: Record<string, string> = {}) => {
      const out = await kg(['export', '--format', 'nquads', '--article', SEED_ARTICLE_ID, ...args], vars);
      expect(out.code, out.stderr).toBe(0);
      return new Set(new Parser({ format: 'N-Quads' }).parse(out.stdout).filter((q) => q.graph.termType === 'NamedNode').map((q) => q.graph.value));
    };
    expect(await graphs([])).toEqual(new Set([`${DEFAULT_BASE_IRI}graph/${SEED_ARTICLE_ID}`]));
    expect(await graphs([], { KG_BASE_IRI: env })).toEqual(new Set([`${env}graph/${SEED_ARTICLE_ID}`]));
    expect(await graphs(['--base-iri', flag], { KG_BASE_IRI: env })).toEqual(new Set([`${flag}graph/${SEED_ARTICLE_ID}`]));
    const badFlag = await kg(['export', '--format', 'turtle', '--base-iri', 'https://data.example.com/kg']);
    expect(badFlag.code).toBe(1);
    expect(badFlag.stderr).toContain("option '--base-iri <iri>' argument 'https://data.example.com/kg' is invalid. Expected it to end in / or # (e.g. https://data.example.com/kg/)");
    const badEnv = await kg(['export', '--format', 'turtle'], { KG_BASE_IRI: 'urn:kg:' });
    expect(badEnv.code).toBe(1);
    expect(badEnv.stderr).toContain("value 'urn:kg:' from env 'KG_BASE_IRI' is invalid. Expected an absolute http:// or https:// IRI");
  });
});

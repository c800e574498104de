// Every export format read back by a parser no one here wrote: N3.js, the jsonld package and
// Debian's rapper for RDF, graphology for GEXF and GraphML, csv-parse for the CSV folder. The graph
// is the seed graph plus the hostile names (and a hostile article title), which must come back
// character for character.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import jsonld from 'jsonld';
import { Parser, Writer, type Quad } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeCounts, type ExportCounts, type ExportOptions } from '../../src/export/exporter.js';
import { factQuads } from '../../src/export/rdf/graph-quads.js';
import { exporterFor } from '../../src/export/registry.js';
import { runExport } from '../../src/export/run-export.js';
import { stringSink } from '../../src/export/sink.js';
import { DEFAULT_BASE_IRI, mintedIris, NS } from '../../src/export/rdf/terms.js';
import { PREDICATES } from '../../src/model/ontology.js';
import type { TripleRow } from '../../src/model/triple-row.js';
import type { Graph } from '../../src/store/connection.js';
import { graphSource } from '../../src/store/export-reads.js';
import { ensureSchema } from '../../src/store/schema.js';
import { writeDocument } from '../../src/store/write-document.js';
import { documentWithNames, HOSTILE_NAMES } from '../fixtures/documents.js';
import { MEETING_SENTENCE, SEED_ARTICLE_ID, seedDocuments } from '../fixtures/export/seed-graph.js';
import { count, clearGraph, testGraph } from '../helpers.js';

const HOSTILE_TITLE = 'عنوان "مقتبس"\n<script>alert(\'x\')</script> \\ }.';
const hostile = documentWithNames(HOSTILE_NAMES);
hostile.article.title = HOSTILE_TITLE;

let g: Graph;
let dir: string;
let entities: number;
let facts: number;
beforeAll(async () => {
  g = await testGraph();
  await ensureSchema(g);
  await clearGraph(g);
  for (const doc of [...seedDocuments(), hostile]) await writeDocument(g, doc);
  entities = await count(g, 'MATCH (e:Entity) RETURN count(e)');
  facts = await count(g, 'MATCH (:Entity)-[r]->(:Entity) RETURN count(r)');
  dir = mkdtempSync(join(tmpdir(), 'kg-formats-'));
});
afterAll(async () => {
  await g?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function exported(format: string, options?: ExportOptions): Promise<{ text: string; counts: ExportCounts; path: string }> {
  const exporter = exporterFor(format);
  if (exporter.target !== 'stream') throw new Error(`${format} is not a one-stream format`);
  const sink = stringSink();
  const counts = await exporter.write(graphSource(g), sink, options);
  const path = join(dir, `graph${options?.baseIri ? '-based' : ''}.${exporter.extension}`);
  writeFileSync(path, sink.text());
  return { text: sink.text(), counts, path };
}

const nt = new Writer({ format: 'N-Triples' });
/** The quads as sorted N-Triples lines, their graphs dropped. */
const lines = (quads: Quad[]) => quads.map((q) => nt.quadToString(q.subject, q.predicate, q.object)).sort();
const nq = new Writer({ format: 'N-Quads' });
const quadLines = (quads: Quad[]) => quads.map((q) => nq.quadToString(q.subject, q.predicate, q.object, q.graph)).sort();
const labelValues = (quads: Quad[]) => new Set(quads.filter((q) => q.predicate.value === `${NS.rdfs}label`).map((q) => q.object.value));
const rapper = (() => { try { execFileSync('rapper', ['--version']); return true; } catch { return false; } })();

describe('RDF', () => {
  let ntriples: Quad[];
  let written: ExportCounts;
  beforeAll(async () => {
    const { text, counts } = await exported('ntriples');
    ntriples = new Parser({ format: 'N-Triples' }).parse(text);
    written = counts;
  });

  it('writes N-Triples that N3.js parses, with every quad it counted', () => {
    expect(ntriples).toHaveLength(written.triples!);
    expect(written).toMatchObject({ entities, facts });
    expect(written.quads).toBeUndefined();
  });

  it('names entities with Wikidata IRIs when they have a QID and labels them in Arabic and English', () => {
    const labels = (iri: string) => ntriples.filter((q) => q.subject.value === iri && q.predicate.value === `${NS.rdfs}label`)
      .map((q) => [q.object.value, (q.object as { language: string }).language]);
    expect(labels(`${NS.wd}Q6279`)).toEqual(expect.arrayContaining([['Joe Biden', 'en'], ['جو بايدن', 'ar']]));
    expect(labels(`${DEFAULT_BASE_IRI}entity/person%3Amustafa-al-kadhimi`)).toEqual(expect.arrayContaining([['Mustafa al-Kadhimi', 'en'], ['مصطفى الكاظمي', 'ar']]));
  });

  it('reifies every fact as an rdf:Statement whose provenance is its evidence sentence', () => {
    const statements = ntriples.filter((q) => q.predicate.value === `${NS.rdf}type` && q.object.value === `${NS.rdf}Statement`);
    expect(statements).toHaveLength(facts);
    const biden = `${NS.wd}Q6279`;
    const meeting = ntriples.find((q) => q.predicate.value === `${NS.kgv}MEETS` && [q.subject.value, q.object.value].includes(biden))!;
    const statement = ntriples.find((q) => q.predicate.value === `${NS.rdf}subject` && q.object.equals(meeting.subject)
      && ntriples.some((x) => x.subject.equals(q.subject) && x.predicate.value === `${NS.rdf}object` && x.object.equals(meeting.object)))!.subject;
    const source = ntriples.find((q) => q.subject.equals(statement) && q.predicate.value === `${NS.prov}wasDerivedFrom`)!.object;
    const text = ntriples.find((q) => q.subject.equals(source) && q.predicate.value === `${NS.kgv}text`)!.object;
    expect(text.value).toBe(MEETING_SENTENCE);
    expect((text as { language: string }).language).toBe('ar');
  });

  it('keeps the hostile names intact', () => {
    const names = labelValues(ntriples);
    for (const name of HOSTILE_NAMES) expect(names.has(name), JSON.stringify(name.slice(0, 40))).toBe(true);
    expect(ntriples.some((q) => q.predicate.value === `${NS.dcterms}title` && q.object.value === HOSTILE_TITLE)).toBe(true);
  });

  it('writes Turtle with the same triples', async () => {
    const { text } = await exported('turtle');
    expect(lines(new Parser({ format: 'Turtle' }).parse(text))).toEqual(lines(ntriples));
  });

  it('writes JSON-LD that the jsonld package expands to the same triples', async () => {
    const { text } = await exported('jsonld');
    const nquads = await jsonld.toRDF(JSON.parse(text) as object, { format: 'application/n-quads' }) as unknown as string;
    expect(lines(new Parser({ format: 'N-Quads' }).parse(nquads))).toEqual([...new Set(lines(ntriples))]);
  });

  it.skipIf(!rapper)('writes N-Triples and Turtle that rapper (raptor2) parses with the same triple count', async () => {
    const distinct = new Set(lines(ntriples)).size;
    for (const [format, syntax] of [['ntriples', 'ntriples'], ['turtle', 'turtle']] as const) {
      const { path } = await exported(format);
      const out = execFileSync('rapper', ['-i', syntax, '-o', 'ntriples', path], { maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'pipe'] }).toString('utf8');
      const parsed = new Parser({ format: 'N-Triples' }).parse(out);
      expect(new Set(lines(parsed)).size, format).toBe(distinct);
    }
  });
});

describe('RDF datasets: N-Quads and TriG', () => {
  let nquads: Quad[];
  let ntriples: Quad[];
  let written: ExportCounts;
  beforeAll(async () => {
    const { text, counts } = await exported('nquads');
    nquads = new Parser({ format: 'N-Quads' }).parse(text);
    written = counts;
    ntriples = new Parser({ format: 'N-Triples' }).parse((await exported('ntriples')).text);
  });

  const graphOf = (articleId: string) => `${DEFAULT_BASE_IRI}graph/${articleId}`;
  const isFact = (q: Quad) => q.predicate.value.startsWith(NS.kgv) && (PREDICATES as readonly string[]).includes(q.predicate.value.slice(NS.kgv.length));
  const describedGraph = (q: Quad) => q.subject.value.startsWith(`${DEFAULT_BASE_IRI}graph/`);

  it('writes N-Quads that N3.js parses, each fact in the named graph of its article and nothing else in a named graph', () => {
    expect(nquads).toHaveLength(written.quads!);
    expect(written).toMatchObject({ entities, facts });
    const asserted = nquads.filter(isFact);
    // Every fact of this graph is stated in one article.
    expect(asserted).toHaveLength(facts);
    expect(nquads.filter((q) => q.graph.termType !== 'DefaultGraph')).toEqual(asserted);
    const biden = `${NS.wd}Q6279`;
    const meeting = asserted.find((q) => q.predicate.value === `${NS.kgv}MEETS` && [q.subject.value, q.object.value].includes(biden))!;
    expect(meeting.graph.value).toBe(graphOf(SEED_ARTICLE_ID));
  });

  it('holds, in its graphs together, the triples of the N-Triples export and a description of each graph', () => {
    expect(lines(nquads.filter((q) => !describedGraph(q)))).toEqual(lines(ntriples));
    const graphs = new Set(nquads.filter((q) => q.graph.termType === 'NamedNode').map((q) => q.graph.value));
    const descriptions = nquads.filter(describedGraph);
    expect(new Set(descriptions.map((q) => q.subject.value))).toEqual(graphs);
    expect(descriptions.every((q) => q.graph.termType === 'DefaultGraph')).toBe(true);
  });

  it('describes a graph with its article, the title and the publication date, hostile titles intact', () => {
    const about = (graph: string) => new Map(nquads.filter((q) => q.subject.value === graph).map((q) => [q.predicate.value, q.object]));
    const seed = about(graphOf(SEED_ARTICLE_ID));
    expect(seed.get(`${NS.prov}wasDerivedFrom`)?.value).toBe(`${DEFAULT_BASE_IRI}article/${SEED_ARTICLE_ID}`);
    const title = seed.get(`${NS.dcterms}title`) as { value: string; language: string };
    expect([title.value, title.language]).toEqual(['الكاظمي: العراق لم يعد بحاجة لوجود القوات الأميركية', 'ar']);
    const issued = seed.get(`${NS.dcterms}issued`) as { value: string; datatype: { value: string } };
    expect([issued.value, issued.datatype.value]).toEqual(['2021-07-25', `${NS.xsd}date`]);
    expect(about(graphOf(hostile.article.id)).get(`${NS.dcterms}title`)?.value).toBe(HOSTILE_TITLE);
    const names = labelValues(nquads);
    for (const name of HOSTILE_NAMES) expect(names.has(name), JSON.stringify(name.slice(0, 40))).toBe(true);
  });

  it('asserts a fact stated in several articles once in the graph of each', () => {
    const iris = mintedIris();
    const evidence = (articleId: string, sentence: number) => ({ articleId, sentence, text: 'They met.', start: 0, end: 9 });
    const row: TripleRow = {
      subject: { id: 'Q6279', type: 'Person', name: 'Joe Biden', aliases: [] }, predicate: 'MEETS',
      object: { id: 'person:mustafa-al-kadhimi', type: 'Person', name: 'Mustafa al-Kadhimi', aliases: [] },
      qualifiers: {}, evidence: [evidence('a1', 0), evidence('a1', 3), evidence('a2', 1)], confidence: 0.9, extractors: ['rules'],
    };
    const asserted = factQuads(row, { iris, namedGraphs: true }).filter(isFact);
    expect(asserted.map((q) => q.graph.value)).toEqual([graphOf('a1'), graphOf('a2')]);
    expect(factQuads(row, { iris, namedGraphs: false }).filter(isFact).map((q) => q.graph.termType)).toEqual(['DefaultGraph']);
  });

  it('writes TriG with the same quads', async () => {
    const { text } = await exported('trig');
    expect(quadLines(new Parser({ format: 'TriG' }).parse(text))).toEqual(quadLines(nquads));
  });

  it.skipIf(!rapper)('writes N-Quads and TriG that rapper (raptor2) parses with the same quad count', async () => {
    const distinct = new Set(quadLines(nquads)).size;
    for (const format of ['nquads', 'trig']) {
      const { path } = await exported(format);
      const out = execFileSync('rapper', ['-i', format, '-o', 'nquads', path], { maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'pipe'] }).toString('utf8');
      expect(new Set(quadLines(new Parser({ format: 'N-Quads' }).parse(out))).size, format).toBe(distinct);
    }
  });
});

describe('RDF under a base IRI of the user\'s', () => {
  const base = 'https://data.example.com/kg#';
  let ntriples: Quad[];
  beforeAll(async () => {
    ntriples = new Parser({ format: 'N-Triples' }).parse((await exported('ntriples', { baseIri: base })).text);
  });

  it('mints every IRI under it but those of Wikidata and the vocabularies, and keeps the Wikidata IRIs', async () => {
    const fixed = Object.values(NS);
    const minted = ntriples.flatMap((q) => [q.subject, q.object]).filter((t) => t.termType === 'NamedNode' && !fixed.some((ns) => t.value.startsWith(ns)));
    expect(minted.length).toBeGreaterThan(0);
    expect(minted.filter((t) => !t.value.startsWith(base))).toEqual([]);
    const defaults = new Parser({ format: 'N-Triples' }).parse((await exported('ntriples')).text);
    expect(ntriples).toHaveLength(defaults.length);
    const subjects = new Set(ntriples.map((q) => q.subject.value));
    expect(subjects.has(`${NS.wd}Q6279`) && subjects.has(`${base}entity/person%3Amustafa-al-kadhimi`)).toBe(true);
  });

  it('writes the same triples as Turtle, TriG and JSON-LD, and names the graphs of N-Quads under it', async () => {
    expect(lines(new Parser({ format: 'Turtle' }).parse((await exported('turtle', { baseIri: base })).text))).toEqual(lines(ntriples));
    const jsonldText = (await exported('jsonld', { baseIri: base })).text;
    const expanded = await jsonld.toRDF(JSON.parse(jsonldText) as object, { format: 'application/n-quads' }) as unknown as string;
    expect(lines(new Parser({ format: 'N-Quads' }).parse(expanded))).toEqual([...new Set(lines(ntriples))]);
    const nquads = new Parser({ format: 'N-Quads' }).parse((await exported('nquads', { baseIri: base })).text);
    const trig = new Parser({ format: 'TriG' }).parse((await exported('trig', { baseIri: base })).text);
    expect(quadLines(trig)).toEqual(quadLines(nquads));
    const graphs = new Set(nquads.filter((q) => q.graph.termType === 'NamedNode').map((q) => q.graph.value));
    expect([...graphs]).toContain(`${base}graph/${SEED_ARTICLE_ID}`);
    expect([...graphs].every((iri) => iri.startsWith(`${base}graph/`))).toBe(true);
  });
});

describe('graph drawing formats', () => {
  it('writes GEXF that graphology parses back with the same nodes, edges and labels', async () => {
    const { text } = await exported('gexf');
    const graph = parseGexf(MultiDirectedGraph, text);
    expect([graph.order, graph.size]).toEqual([entities, facts]);
    expect(graph.getNodeAttribute('Q6279', 'label')).toBe('Joe Biden');
    expect(graph.getNodeAttribute('Q6279', 'type')).toBe('Person');
    const labels = new Set(graph.mapNodes((_n, a) => a.label as string));
    for (const name of HOSTILE_NAMES) expect(labels.has(name), JSON.stringify(name.slice(0, 40))).toBe(true);
  });

  it('writes GraphML that graphology parses back with the same nodes, edges and labels', async () => {
    const { text } = await exported('graphml');
    const graph = parseGraphml(MultiDirectedGraph, text);
    expect([graph.order, graph.size]).toEqual([entities, facts]);
    expect(graph.getNodeAttribute('person:mustafa-al-kadhimi', 'nameAr')).toBe('مصطفى الكاظمي');
    const edge = graph.findEdge((_e, a) => a.predicate === 'MEETS' && String(a.evidence).includes('جو بايدن'));
    expect(edge).toBeDefined();
    const labels = new Set(graph.mapNodes((_n, a) => a.label as string));
    for (const name of HOSTILE_NAMES) expect(labels.has(name), JSON.stringify(name.slice(0, 40))).toBe(true);
  });
});

describe('csv', () => {
  it('writes the neo4j-admin files and triples.csv, which parse back with the hostile names intact', async () => {
    const out = join(dir, 'csv');
    const counts = await runExport(exporterFor('csv'), graphSource(g), out);
    const read = (name: string) => parseCsv(readFileSync(join(out, name), 'utf8'), { columns: true }) as Record<string, string>[];
    const nodes = read('entities.csv');
    expect(nodes).toHaveLength(entities);
    expect(Object.keys(nodes[0]!)).toEqual(['id:ID(Entity)', ':LABEL', 'type', 'name', 'nameAr', 'aliases:string[]', 'aliasText', 'wikidataId']);
    expect(new Set(nodes.map((n) => n.name))).toEqual(new Set(await (async () => (await g.driver.executeQuery('MATCH (e:Entity) RETURN e.name AS n')).records.map((r) => r.get('n') as string))()));
    expect(nodes.find((n) => n['id:ID(Entity)'] === 'Q6279')![':LABEL']).toBe('Entity;Person');
    const relations = read('relations.csv');
    expect(relations).toHaveLength(facts);
    expect(Object.keys(relations[0]!).slice(0, 4)).toEqual([':START_ID(Entity)', ':END_ID(Entity)', ':TYPE', 'sentenceIds:string[]']);
    expect(read('sentences.csv').length).toBe(counts.sentences);
    expect(read('triples.csv').length).toBe(counts.tripleRows);
    expect(counts.facts).toBe(facts);
  });
});

describe('cypher script', () => {
  it('inlines no value unescaped: every hostile name is a literal', async () => {
    const { text } = await exported('cypher');
    expect(text).toContain(String.raw`'\'}) DETACH DELETE n //'`);
    expect(text).not.toMatch(/[^\\]'}\) DETACH/);
    expect(text).not.toMatch(/[\u202E\u200F\u202C]/);
    expect(text).toContain(String.raw`'\u202Eأبو\u200F مهدي\u202C'`);
    expect(text).toContain(String.raw`'line one\nline two, with, commas'`);
  });
});

describe('vocabulary', () => {
  it('data/vocabulary.ttl is what kg export --format vocabulary writes, and describes every predicate', async () => {
    const { text } = await exported('vocabulary');
    expect(readFileSync('data/vocabulary.ttl', 'utf8')).toBe(text);
    const quads = new Parser({ format: 'Turtle' }).parse(text);
    const described = new Set(quads.filter((q) => q.predicate.value === `${NS.rdfs}comment`).map((q) => q.subject.value));
    expect(described.has(`${NS.kgv}MEETS`) && described.has(`${NS.kgv}Person`)).toBe(true);
  });
});

describe('the summary of an export', () => {
  it('is plain English, one and several told apart', () => {
    expect(describeCounts({ facts: 31, entities: 1, triples: 664, articles: 1, sentences: 20 }))
      .toBe('1 article, 20 sentences, 1 entity, 31 facts, 664 triples');
    expect(describeCounts({ articles: 2, tripleRows: 1, quads: 1, statements: 3 })).toBe('2 articles, 1 row in triples.csv, 1 quad, 3 Cypher statements');
    expect(describeCounts({ facts: 0 })).toBe('0 facts');
  });
});

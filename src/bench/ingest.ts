// `npm run bench:ingest`: triples per second for one synthetic corpus with provenance, written three
// ways in the same run — the project's batched writer, a naive one-query-per-triple loop, and
// LOAD CSV — each into an emptied database. Prints figures; asserts nothing.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import type { Config } from '../config.js';
import { PREDICATES } from '../model/ontology.js';
import type { ExtractionDocument } from '../model/schemas.js';
import { connect, type Graph } from '../store/connection.js';
import { ensureSchema } from '../store/schema.js';
import { GroupWriter, orient, sentenceId } from '../store/write-document.js';
import { benchConfig } from './own-store.js';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 1000);
const TRIPLES_PER_ARTICLE = 100;
const SENTENCES_PER_ARTICLE = 20;
const ENTITY_POOL = 5000;
const NAIVE_SAMPLE = Number(process.env.BENCH_NAIVE_TRIPLES ?? 3000);
const TYPES = ['Person', 'Organization', 'Country', 'Place'] as const;

// A small deterministic generator, so every run writes the same corpus.
function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function corpus(): ExtractionDocument[] {
  const rand = prng(42);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const entity = (i: number) => ({ id: `bench:${i}`, name: `Entity ${i}`, nameAr: `كيان ${i}`, type: TYPES[i % TYPES.length]!, aliases: [`E${i}`], mentions: [] });
  return Array.from({ length: ARTICLES }, (_, a) => {
    const sentences = Array.from({ length: SENTENCES_PER_ARTICLE }, (_, i) => {
      const text = `Sentence ${i} of article ${a}: وقال المتحدث إن الاجتماع عقد في بغداد.`;
      return { index: i, text, start: i * 100, end: i * 100 + text.length };
    });
    const triples = Array.from({ length: TRIPLES_PER_ARTICLE }, () => {
      const s = Math.floor(rand() * ENTITY_POOL);
      let o = Math.floor(rand() * ENTITY_POOL);
      if (o === s) o = (o + 1) % ENTITY_POOL;
      const sentence = pick(sentences);
      return {
        subject: `bench:${s}`, object: `bench:${o}`, predicate: pick(PREDICATES),
        qualifiers: {}, evidence: [{ sentence: sentence.index, text: sentence.text, start: sentence.start, end: sentence.end }],
        confidence: Math.round(rand() * 100) / 100, extractor: 'bench',
      };
    });
    const ids = new Set(triples.flatMap((t) => [t.subject, t.object]));
    const id = a.toString(16).padStart(16, '0');
    return {
      article: { id, title: `Article ${a}`, language: 'en' as const },
      sentences,
      entities: [...ids].map((x) => entity(Number(x.slice(6)))),
      triples,
      warnings: [],
    };
  });
}

async function clear(g: Graph) {
  const session = g.driver.session({ database: g.database });
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}

async function timed(label: string, triples: number, fn: () => Promise<void>): Promise<number> {
  const t0 = performance.now();
  await fn();
  const seconds = (performance.now() - t0) / 1000;
  const rate = triples / seconds;
  console.log(`${label.padEnd(28)} ${String(triples).padStart(7)} triples in ${seconds.toFixed(1).padStart(6)} s = ${rate.toFixed(0).padStart(7)} triples/s`);
  return rate;
}

async function naive(g: Graph, docs: ExtractionDocument[]) {
  // What a first attempt looks like: every triple with its provenance is its own query and transaction.
  let n = 0;
  for (const doc of docs) {
    for (const t of doc.triples) {
      if (n++ >= NAIVE_SAMPLE) return;
      const { subject, object } = orient(t);
      const ev = t.evidence[0]!;
      await g.driver.executeQuery(`
        MERGE (a:Article {id: $articleId}) SET a.title = $title
        MERGE (sen:Sentence {id: $sentenceId}) SET sen.text = $text, sen.index = $index, sen.articleId = $articleId
        MERGE (a)-[:HAS_SENTENCE]->(sen)
        MERGE (s:Entity {id: $subject}) ON CREATE SET s.name = $subject
        MERGE (o:Entity {id: $object}) ON CREATE SET o.name = $object
        MERGE (s)-[r:${t.predicate}]->(o)
        ON CREATE SET r.sentenceIds = [], r.articleIds = []
        SET r.sentenceIds = r.sentenceIds + [x IN [$sentenceId] WHERE NOT x IN r.sentenceIds],
            r.articleIds = r.articleIds + [x IN [$articleId] WHERE NOT x IN r.articleIds],
            r.confidence = $confidence, r.extractors = [$extractor]`,
      { articleId: doc.article.id, title: doc.article.title, sentenceId: sentenceId(doc.article.id, ev.sentence), text: ev.text, index: ev.sentence, subject, object, confidence: t.confidence, extractor: t.extractor },
      { database: g.database });
    }
  }
}

async function loadCsv(g: Graph, docs: ExtractionDocument[], importDir: string) {
  mkdirSync(importDir, { recursive: true });
  const entities = new Map(docs.flatMap((d) => d.entities.map((e) => [e.id, e])));
  writeFileSync(join(importDir, 'bench-entities.csv'), stringify([...entities.values()].map((e) => [e.id, e.name, e.nameAr, e.type, e.aliases.join(';')]), { header: true, columns: ['id', 'name', 'nameAr', 'type', 'aliases'] }));
  writeFileSync(join(importDir, 'bench-sentences.csv'), stringify(docs.flatMap((d) => d.sentences.map((s) => [d.article.id, d.article.title, sentenceId(d.article.id, s.index), s.index, s.text, s.start, s.end])), { header: true, columns: ['articleId', 'title', 'id', 'index', 'text', 'start', 'end'] }));
  writeFileSync(join(importDir, 'bench-triples.csv'), stringify(docs.flatMap((d) => d.triples.map((t) => {
    const { subject, object } = orient(t);
    return [subject, t.predicate, object, sentenceId(d.article.id, t.evidence[0]!.sentence), d.article.id, t.confidence, t.extractor];
  })), { header: true, columns: ['subject', 'predicate', 'object', 'sentenceId', 'articleId', 'confidence', 'extractor'] }));
  const session = g.driver.session({ database: g.database });
  try {
    await session.run(`LOAD CSV WITH HEADERS FROM 'file:///bench-entities.csv' AS row
      CALL (row) { MERGE (e:Entity {id: row.id}) SET e.name = row.name, e.nameAr = row.nameAr, e.type = row.type, e.aliases = split(row.aliases, ';'), e:$(row.type) } IN TRANSACTIONS OF 10000 ROWS`);
    await session.run(`LOAD CSV WITH HEADERS FROM 'file:///bench-sentences.csv' AS row
      CALL (row) { MERGE (a:Article {id: row.articleId}) ON CREATE SET a.ingestedAt = toString(datetime()) SET a.title = row.title
        MERGE (s:Sentence {id: row.id}) SET s.articleId = row.articleId, s.index = toInteger(row.index), s.text = row.text, s.start = toInteger(row.start), s.end = toInteger(row.end)
        MERGE (a)-[:HAS_SENTENCE]->(s) } IN TRANSACTIONS OF 10000 ROWS`);
    await session.run(`LOAD CSV WITH HEADERS FROM 'file:///bench-triples.csv' AS row
      CALL (row) { MATCH (a:Article {id: row.articleId})
        WITH row, coalesce(a.publishedAt, left(a.ingestedAt, 10)) AS seen
        MATCH (s:Entity {id: row.subject}) MATCH (o:Entity {id: row.object})
        MERGE (s)-[r:$(row.predicate)]->(o)
        ON CREATE SET r.sentenceIds = [], r.articleIds = [], r.extractors = [], r.confidence = toFloat(row.confidence),
                      r.firstSeen = seen, r.lastSeen = seen
        SET r.sentenceIds = r.sentenceIds + [x IN [row.sentenceId] WHERE NOT x IN r.sentenceIds],
            r.articleIds = r.articleIds + [x IN [row.articleId] WHERE NOT x IN r.articleIds],
            r.extractors = r.extractors + [x IN [row.extractor] WHERE NOT x IN r.extractors],
            r.confidence = CASE WHEN toFloat(row.confidence) > r.confidence THEN toFloat(row.confidence) ELSE r.confidence END,
            r.date = coalesce(r.date, row.date), r.count = coalesce(r.count, toInteger(row.count)),
            r.firstSeen = CASE WHEN seen < r.firstSeen THEN seen ELSE r.firstSeen END,
            r.lastSeen = CASE WHEN seen > r.lastSeen THEN seen ELSE r.lastSeen END } IN TRANSACTIONS OF 10000 ROWS`);
  } finally {
    await session.close();
  }
}

// LOAD CSV reads files from the server's import folder, which only the embedded server shares with us.
function importDir(config: Config): string {
  const dir = config.external ? process.env.KG_BENCH_IMPORT_DIR : join(config.embedded.home, 'import');
  if (!dir) throw new Error('with NEO4J_URI set, also set KG_BENCH_IMPORT_DIR to that server\'s import folder');
  return dir;
}

/** What `kg ingest` does with the documents it extracts. */
async function batchedIngest(g: Graph, docs: ExtractionDocument[]) {
  const writer = new GroupWriter<number>(g, (r) => {
    if ('error' in r) throw r.error;
  });
  for (const [i, doc] of docs.entries()) await writer.add(doc, i);
  await writer.flush();
}

async function main() {
  const config = benchConfig();
  if (!config.external) console.error(`(bench database in ${config.embedded.home}, port ${config.embedded.port})`);
  const docs = corpus();
  const total = docs.reduce((n, d) => n + d.triples.length, 0);
  console.log(`corpus: ${docs.length} articles, ${total} triples, ${docs.length * SENTENCES_PER_ARTICLE} sentences, ${ENTITY_POOL} entities`);
  const g = await connect(config);
  try {
    await ensureSchema(g);
    await clear(g);
    // Warm the JVM and the query caches for both bulk paths on a small sample, then start empty.
    const sample = docs.slice(0, 20);
    await batchedIngest(g, sample);
    await clear(g);
    await loadCsv(g, sample, importDir(config));
    await clear(g);
    const batched = await timed('batched (kg ingest writer)', total, () => batchedIngest(g, docs));
    await clear(g);
    const naiveRate = await timed('naive (query per triple)', Math.min(NAIVE_SAMPLE, total), () => naive(g, docs));
    await clear(g);
    console.log(`batched / naive = ${(batched / naiveRate).toFixed(1)}× (target ≥ 20×)`);
    const csvRate = await timed('LOAD CSV', total, () => loadCsv(g, docs, importDir(config)));
    await clear(g);
    console.log(`batched takes ${(csvRate / batched).toFixed(2)}× the time of LOAD CSV (target ≤ 1.5×)`);
  } finally {
    await g.close();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});

// Writes one extraction document (an article with its sentences, entities, mentions and triples)
// in ONE managed write transaction, with UNWIND batches. Every value is a parameter; labels and
// relationship types pass an allowlist check and reach Cypher as dynamic labels and types
// (Neo4j 5.26+), so each step is one query whatever the mix of types. MERGE keys make a second
// write of the same article a no-op.
import type { ManagedTransaction } from 'neo4j-driver';
import { SYMMETRIC_PREDICATES } from '../model/ontology.js';
import type { ExtractionDocument, Triple } from '../model/schemas.js';
import type { Graph } from './connection.js';
import { ENTITIES, label, relType } from './merge-queries.js';

const BATCH = 1000;

export type WriteSummary = { articleId: string; sentences: number; entities: number; mentions: number; relationships: number };

export const sentenceId = (articleId: string, index: number) => `${articleId}:${index}`;

function* batches<T>(rows: T[]): Generator<T[]> {
  for (let i = 0; i < rows.length; i += BATCH) yield rows.slice(i, i + BATCH);
}

/** Symmetric facts are stored once, from the smaller id to the larger. */
export function orient(t: Pick<Triple, 'subject' | 'predicate' | 'object'>): { subject: string; object: string } {
  if (SYMMETRIC_PREDICATES.has(t.predicate) && t.object < t.subject) return { subject: t.object, object: t.subject };
  return { subject: t.subject, object: t.object };
}

const ARTICLE = `
MERGE (a:Article {id: $article.id})
ON CREATE SET a.ingestedAt = $now
SET a.title = $article.title, a.source = $article.source, a.url = $article.url, a.language = $article.language,
    a.path = $article.path, a.publishedAt = $article.publishedAt, a.sentenceCount = $sentenceCount`;

const SENTENCES = `
MATCH (a:Article {id: $articleId})
UNWIND $rows AS row
MERGE (s:Sentence {id: row.id})
SET s.articleId = $articleId, s.index = row.index, s.text = row.text, s.start = row.start, s.end = row.end
MERGE (a)-[:HAS_SENTENCE]->(s)`;

const MENTIONS = `
UNWIND $rows AS row
MATCH (e:Entity {id: row.entityId})
MATCH (s:Sentence {id: row.sentenceId})
MERGE (e)-[m:MENTIONED_IN {start: row.start}]->(s)
SET m.end = row.end, m.text = row.text`;

// Both ends are matched on the indexed Entity label before the relationship is merged (a dynamic
// type cannot use an index, and needs none between two bound nodes); a triple whose ends are
// missing makes the whole article fail rather than vanish silently.
const TRIPLES = `
MATCH (a:Article {id: $articleId})
WITH coalesce(a.publishedAt, left(a.ingestedAt, 10)) AS seen
UNWIND $rows AS row
MATCH (s:Entity {id: row.subject})
MATCH (o:Entity {id: row.object})
MERGE (s)-[r:$(row.predicate)]->(o)
ON CREATE SET r.sentenceIds = [], r.articleIds = [], r.extractors = [], r.confidence = row.confidence,
              r.firstSeen = seen, r.lastSeen = seen
SET r.sentenceIds = r.sentenceIds + [x IN row.sentenceIds WHERE NOT x IN r.sentenceIds],
    r.articleIds = r.articleIds + [x IN [$articleId] WHERE NOT x IN r.articleIds],
    r.extractors = r.extractors + [x IN [row.extractor] WHERE NOT x IN r.extractors],
    r.confidence = CASE WHEN row.confidence > r.confidence THEN row.confidence ELSE r.confidence END,
    r.date = coalesce(r.date, row.date),
    r.count = coalesce(r.count, row.count),
    r.firstSeen = CASE WHEN seen < r.firstSeen THEN seen ELSE r.firstSeen END,
    r.lastSeen = CASE WHEN seen > r.lastSeen THEN seen ELSE r.lastSeen END
RETURN count(r) AS written`;

export class MissingEndpointError extends Error {
  constructor(expected: number, written: number) {
    super(`${expected - written} triple(s) refer to entities that exist neither in the document nor in the database`);
    this.name = 'MissingEndpointError';
  }
}

type Rows = ReturnType<typeof documentRows>;

/** Every row the document writes, built (and allowlist-checked) before the transaction opens. */
function documentRows(doc: ExtractionDocument) {
  const articleId = doc.article.id;
  const sentences = doc.sentences.map((s) => ({ id: sentenceId(articleId, s.index), index: s.index, text: s.text, start: s.start, end: s.end }));
  const entities = doc.entities.map((e) => ({ id: e.id, type: label(e.type), name: e.name, nameAr: e.nameAr ?? null, wikidataId: e.wikidataId ?? null, aliases: e.aliases }));
  const mentions = doc.entities.flatMap((e) => e.mentions.map((m) => ({
    entityId: e.id, sentenceId: sentenceId(articleId, m.sentence), start: m.start, end: m.end, text: m.text,
  })));
  // Several triples of a document can share (subject, predicate, object): merge their evidence first.
  const triples = new Map<string, { subject: string; predicate: string; object: string; sentenceIds: string[]; confidence: number; extractor: string; date: string | null; count: number | null }>();
  for (const t of doc.triples) {
    const predicate = relType(t.predicate);
    const { subject, object } = orient(t);
    const key = `${subject}\u0000${predicate}\u0000${object}`;
    const ids = t.evidence.map((ev) => sentenceId(articleId, ev.sentence));
    const row = triples.get(key);
    if (row) {
      row.sentenceIds = [...new Set([...row.sentenceIds, ...ids])];
      row.confidence = Math.max(row.confidence, t.confidence);
      row.date ??= t.qualifiers.date ?? null;
      row.count ??= t.qualifiers.count ?? null;
    } else {
      triples.set(key, { subject, predicate, object, sentenceIds: [...new Set(ids)], confidence: t.confidence, extractor: t.extractor, date: t.qualifiers.date ?? null, count: t.qualifiers.count ?? null });
    }
  }
  return { sentences, entities, mentions, triples: [...triples.values()] };
}

async function writeInTransaction(tx: ManagedTransaction, doc: ExtractionDocument, rows: Rows, now: string): Promise<WriteSummary> {
  const articleId = doc.article.id;
  await tx.run(ARTICLE, {
    article: { url: null, source: null, path: null, publishedAt: null, ...doc.article },
    now, sentenceCount: doc.sentences.length,
  });
  for (const batch of batches(rows.sentences)) await tx.run(SENTENCES, { articleId, rows: batch });
  for (const batch of batches(rows.entities)) await tx.run(ENTITIES, { rows: batch });
  for (const batch of batches(rows.mentions)) await tx.run(MENTIONS, { rows: batch });
  let relationships = 0;
  for (const batch of batches(rows.triples)) {
    const result = await tx.run(TRIPLES, { articleId, rows: batch });
    const written = Number(result.records[0]?.get('written') ?? 0);
    if (written !== batch.length) throw new MissingEndpointError(batch.length, written);
    relationships += written;
  }
  return { articleId, sentences: rows.sentences.length, entities: rows.entities.length, mentions: rows.mentions.length, relationships };
}

/** Writes the document atomically; retried by the driver on transient errors. */
export async function writeDocument(g: Graph, doc: ExtractionDocument, now = new Date().toISOString()): Promise<WriteSummary> {
  const session = g.driver.session({ database: g.database, defaultAccessMode: 'WRITE' });
  try {
    const rows = documentRows(doc);
    return await session.executeWrite((tx) => writeInTransaction(tx, doc, rows, now));
  } finally {
    await session.close();
  }
}

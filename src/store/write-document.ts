// Writes extraction documents (an article with its sentences, entities, mentions and triples),
// each whole in one managed write transaction (GroupWriter puts several in one), with UNWIND
// batches. Every value is a parameter; labels and relationship types pass an allowlist check and
// reach Cypher as dynamic labels and types (Neo4j 5.26+), so each step is one query whatever the
// mix of types. MERGE keys make a second write of the same article a no-op.
import type { ManagedTransaction } from 'neo4j-driver';
import { SYMMETRIC_PREDICATES } from '../model/ontology.js';
import type { ExtractionDocument, Triple } from '../model/schemas.js';
import type { Graph } from './connection.js';
import { COLD_STORE_PLAN, isColdStore } from './cold-store.js';
import { KnownEntities, type EntityRow } from './known-entities.js';
import { executeWrite } from './transaction-memory.js';
import { DATE_SET, ENTITIES, label, refineDate, relType } from './merge-queries.js';

const BATCH = 1000;

/** `stored`: the article was in the graph before this write (its facts and evidence were merged). */
export type WriteSummary = { articleId: string; stored: boolean; sentences: number; entities: number; mentions: number; relationships: number };

export const sentenceId = (articleId: string, index: number) => `${articleId}:${index}`;

function* batches<T>(rows: T[]): Generator<T[]> {
  for (let i = 0; i < rows.length; i += BATCH) yield rows.slice(i, i + BATCH);
}

/** Symmetric facts are stored once, from the smaller id to the larger. */
export function orient(t: Pick<Triple, 'subject' | 'predicate' | 'object'>): { subject: string; object: string } {
  if (SYMMETRIC_PREDICATES.has(t.predicate) && t.object < t.subject) return { subject: t.object, object: t.subject };
  return { subject: t.subject, object: t.object };
}

// Says which articles were stored before: a user re-ingesting wants to know that nothing new came in.
const ARTICLES = `
UNWIND $rows AS row
OPTIONAL MATCH (old:Article {id: row.id})
WITH row, old IS NOT NULL AS stored
MERGE (a:Article {id: row.id})
ON CREATE SET a.ingestedAt = $now
SET a.title = row.title, a.source = row.source, a.url = row.url, a.language = row.language,
    a.path = row.path, a.publishedAt = row.publishedAt, a.sentenceCount = row.sentenceCount
RETURN row.id AS id, stored`;

const SENTENCES = `
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
MERGE (s:Sentence {id: row.id})
SET s.articleId = row.articleId, s.index = row.index, s.text = row.text, s.start = row.start, s.end = row.end
MERGE (a)-[:HAS_SENTENCE]->(s)`;

const MENTIONS = `
UNWIND $rows AS row
MATCH (e:Entity {id: row.entityId})
MATCH (s:Sentence {id: row.sentenceId})
MERGE (e)-[m:MENTIONED_IN {start: row.start}]->(s)
SET m.end = row.end, m.text = row.text
RETURN count(m) AS written`;

// Both ends are matched on the indexed Entity label before the relationship is merged (a dynamic
// type cannot use an index, and needs none between two bound nodes); a triple whose ends are
// missing makes the whole write fail rather than vanish silently.
const TRIPLES = `
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
WITH row, coalesce(a.publishedAt, left(a.ingestedAt, 10)) AS seen
MATCH (s:Entity {id: row.subject})
MATCH (o:Entity {id: row.object})
MERGE (s)-[r:$(row.predicate)]->(o)
ON CREATE SET r.sentenceIds = [], r.articleIds = [], r.extractors = [], r.confidence = row.confidence,
              r.firstSeen = seen, r.lastSeen = seen
SET r.sentenceIds = r.sentenceIds + [x IN row.sentenceIds WHERE NOT x IN r.sentenceIds],
    r.articleIds = r.articleIds + [x IN [row.articleId] WHERE NOT x IN r.articleIds],
    r.extractors = r.extractors + [x IN [row.extractor] WHERE NOT x IN r.extractors],
    r.confidence = CASE WHEN row.confidence > r.confidence THEN row.confidence ELSE r.confidence END,
    ${DATE_SET},
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

/** Every row a document writes, built (and allowlist-checked) before the transaction opens. */
function documentRows(doc: ExtractionDocument) {
  const articleId = doc.article.id;
  const article = { url: null, source: null, path: null, publishedAt: null, ...doc.article, sentenceCount: doc.sentences.length };
  const sentences = doc.sentences.map((s) => ({ id: sentenceId(articleId, s.index), articleId, index: s.index, text: s.text, start: s.start, end: s.end }));
  const entities = doc.entities.map((e) => ({ id: e.id, type: label(e.type), name: e.name, nameAr: e.nameAr ?? null, wikidataId: e.wikidataId ?? null, aliases: e.aliases }));
  const mentions = doc.entities.flatMap((e) => e.mentions.map((m) => ({
    entityId: e.id, sentenceId: sentenceId(articleId, m.sentence), start: m.start, end: m.end, text: m.text,
  })));
  // Several triples of a document can share (subject, predicate, object): merge their evidence first.
  const triples = new Map<string, { articleId: string; subject: string; predicate: string; object: string; sentenceIds: string[]; confidence: number; extractor: string; date: string | null; count: number | null }>();
  for (const t of doc.triples) {
    const predicate = relType(t.predicate);
    const { subject, object } = orient(t);
    const key = `${subject}\u0000${predicate}\u0000${object}`;
    const ids = t.evidence.map((ev) => sentenceId(articleId, ev.sentence));
    const row = triples.get(key);
    if (row) {
      row.sentenceIds = [...new Set([...row.sentenceIds, ...ids])];
      row.confidence = Math.max(row.confidence, t.confidence);
      row.date = refineDate(row.date, t.qualifiers.date);
      row.count ??= t.qualifiers.count ?? null;
    } else {
      triples.set(key, { articleId, subject, predicate, object, sentenceIds: [...new Set(ids)], confidence: t.confidence, extractor: t.extractor, date: t.qualifiers.date ?? null, count: t.qualifiers.count ?? null });
    }
  }
  return { article, sentences, entities, mentions, triples: [...triples.values()] };
}

/** An entity named by several articles of a write is merged once; its aliases are united. */
function uniqueEntities(rows: Rows[]): Rows['entities'] {
  const byId = new Map<string, Rows['entities'][number]>();
  for (const e of rows.flatMap((r) => r.entities)) {
    const seen = byId.get(e.id);
    if (!seen) byId.set(e.id, { ...e, aliases: [...e.aliases] });
    else seen.aliases.push(...e.aliases.filter((a) => !seen.aliases.includes(a)));
  }
  return [...byId.values()];
}

/** A step whose rows need both ends in the graph fails whole when one is missing, rather than drop the row. */
async function runLinking(tx: ManagedTransaction, cypher: string, rows: unknown[]): Promise<void> {
  for (const batch of batches(rows)) {
    const result = await tx.run(cypher, { rows: batch });
    const written = Number(result.records[0]?.get('written') ?? 0);
    if (written !== batch.length) throw new MissingEndpointError(batch.length, written);
  }
}

async function writeRows(tx: ManagedTransaction, rows: Rows[], entities: EntityRow[], now: string, plan: string): Promise<WriteSummary[]> {
  const all = <K extends keyof Rows>(key: K) => rows.flatMap((r) => r[key] as unknown[]);
  const articles = await tx.run(plan + ARTICLES, { rows: rows.map((r) => r.article), now });
  const stored = new Set(articles.records.filter((r) => r.get('stored')).map((r) => r.get('id') as string));
  for (const batch of batches(all('sentences'))) await tx.run(plan + SENTENCES, { rows: batch });
  for (const batch of batches(entities)) await tx.run(plan + ENTITIES, { rows: batch });
  await runLinking(tx, plan + MENTIONS, all('mentions'));
  await runLinking(tx, plan + TRIPLES, all('triples'));
  return rows.map((r) => ({ articleId: r.article.id, stored: stored.has(r.article.id), sentences: r.sentences.length, entities: r.entities.length, mentions: r.mentions.length, relationships: r.triples.length }));
}

const writes = (doc: ExtractionDocument) => ({ sentences: doc.sentences.length > 0, mentions: doc.entities.some((e) => e.mentions.length > 0) });

/** Writes the document atomically; retried by the driver on transient errors (not on running out of memory). */
export async function writeDocument(g: Graph, doc: ExtractionDocument, now = new Date().toISOString()): Promise<WriteSummary> {
  const [summary] = await writeTogether(g, [doc], now, { plan: await isColdStore(g, writes(doc)) ? COLD_STORE_PLAN : '' });
  return summary!;
}

/**
 * Writes whole documents in one transaction, each step one batched query over all of them.
 * `plan` prefixes every query (cold-store.ts); entities `known` to be stored as they are are skipped.
 */
async function writeTogether(g: Graph, docs: ExtractionDocument[], now: string, opts: { plan: string; known?: KnownEntities }): Promise<WriteSummary[]> {
  const rows = docs.map(documentRows);
  const entities = uniqueEntities(rows).filter((e) => !opts.known?.covers(e));
  const session = g.driver.session({ database: g.database, defaultAccessMode: 'WRITE' });
  try {
    const summaries = await executeWrite(session, (tx) => writeRows(tx, rows, entities, now, opts.plan));
    opts.known?.remember(entities);
    return summaries;
  } finally {
    await session.close();
  }
}

export type GroupResult<T> = { tag: T; summary: WriteSummary } | { tag: T; error: Error };

/**
 * Collects documents and writes them several to a transaction: a commit per hundred triples costs
 * more than the writing, so fewer, larger commits are several times faster. Each article is still
 * all-or-nothing: when a group fails, its articles are written one by one, and only the bad one
 * is lost.
 */
export class GroupWriter<T> {
  private docs: ExtractionDocument[] = [];
  private tags: T[] = [];
  private triples = 0;
  /** Until the store holds relationships of every kind a document writes (cold-store.ts). */
  private cold = true;
  private readonly known = new KnownEntities();

  constructor(
    private readonly g: Graph,
    private readonly onResult: (r: GroupResult<T>) => void,
    private readonly limits = { triples: 2000, articles: 20 },
  ) {}

  async add(doc: ExtractionDocument, tag: T): Promise<void> {
    this.docs.push(doc);
    this.tags.push(tag);
    this.triples += doc.triples.length;
    if (this.cold) this.cold = await isColdStore(this.g, writes(doc));
    if (this.cold || this.triples >= this.limits.triples || this.docs.length >= this.limits.articles) await this.flush();
  }

  async flush(): Promise<void> {
    const docs = this.docs;
    const tags = this.tags;
    this.docs = [];
    this.tags = [];
    this.triples = 0;
    if (docs.length === 0) return;
    const now = new Date().toISOString();
    const plan = this.cold ? COLD_STORE_PLAN : '';
    let summaries: WriteSummary[] | undefined;
    try {
      summaries = await writeTogether(this.g, docs, now, { plan, known: this.known });
    } catch {
      // Written again one by one and in full: the cause may be one bad article, or an entity
      // someone else deleted since this writer last wrote it (known-entities.ts).
      this.known.forget();
    }
    if (summaries) {
      summaries.forEach((summary, i) => this.onResult({ tag: tags[i]!, summary }));
      return;
    }
    for (const [i, doc] of docs.entries()) {
      let result: GroupResult<T>;
      try {
        result = { tag: tags[i]!, summary: (await writeTogether(this.g, [doc], now, { plan }))[0]! };
      } catch (err) {
        result = { tag: tags[i]!, error: err as Error };
      }
      this.onResult(result);
    }
  }
}

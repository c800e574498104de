// Writes validated TripleRows (kg import) with the MERGE semantics of write-document.ts: entities
// merge on id and gain aliases, evidence lists grow by union, confidence keeps its maximum, dates
// and counts keep the first value. Importing the same rows again therefore changes nothing.
import type { ManagedTransaction } from 'neo4j-driver';
import type { EntityRef, TripleRow } from '../model/triple-row.js';
import { factProperties } from '../export/fact-properties.js';
import { DATE_SET, ENTITIES, label, relType } from './merge-queries.js';
import { orient, sentenceId } from './write-document.js';

export type ImportCounters = { nodesCreated: number; relationshipsCreated: number; propertiesSet: number; labelsAdded: number };

// Sentences already in the graph (from ingestion) keep their text: the import only adds evidence.
const SENTENCES = `
UNWIND $rows AS row
MERGE (a:Article {id: row.articleId})
MERGE (s:Sentence {id: row.id})
ON CREATE SET s.articleId = row.articleId, s.index = row.index, s.text = row.text, s.start = row.start, s.end = row.end
MERGE (a)-[:HAS_SENTENCE]->(s)`;

const FACTS = `
UNWIND $rows AS row
MATCH (s:Entity {id: row.subject})
MATCH (o:Entity {id: row.object})
MERGE (s)-[r:$(row.predicate)]->(o)
ON CREATE SET r.sentenceIds = [], r.articleIds = [], r.extractors = [], r.confidence = row.confidence,
              r.firstSeen = row.firstSeen, r.lastSeen = row.lastSeen
SET r.sentenceIds = r.sentenceIds + [x IN row.sentenceIds WHERE NOT x IN r.sentenceIds],
    r.articleIds = r.articleIds + [x IN row.articleIds WHERE NOT x IN r.articleIds],
    r.extractors = r.extractors + [x IN row.extractors WHERE NOT x IN r.extractors],
    r.confidence = CASE WHEN row.confidence > r.confidence THEN row.confidence ELSE r.confidence END,
    ${DATE_SET},
    r.count = coalesce(r.count, row.count),
    r.firstSeen = CASE WHEN r.firstSeen IS NULL OR row.firstSeen < r.firstSeen THEN row.firstSeen ELSE r.firstSeen END,
    r.lastSeen = CASE WHEN r.lastSeen IS NULL OR row.lastSeen > r.lastSeen THEN row.lastSeen ELSE r.lastSeen END`;

const entityRow = (e: EntityRef) => ({ id: e.id, type: label(e.type), name: e.name, nameAr: e.nameAr ?? null, wikidataId: e.wikidataId ?? null, aliases: e.aliases });

export const noCounters = (): ImportCounters => ({ nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0, labelsAdded: 0 });

export function addCounters(total: ImportCounters, counters: Partial<Record<string, number>>) {
  for (const k of Object.keys(total) as (keyof ImportCounters)[]) total[k] += counters[k] ?? 0;
}

/**
 * Writes one batch of rows inside the caller's transaction. `written` holds the entity and sentence
 * rows already written in this transaction: the same entity recurs in many facts, and writing an
 * identical row again would change nothing. `plan` prefixes each query (cold-store.ts).
 */
export async function writeTripleRows(tx: ManagedTransaction, rows: TripleRow[], total: ImportCounters, written: Set<string>, plan = ''): Promise<void> {
  const run = async (cypher: string, params: Record<string, unknown>) =>
    addCounters(total, (await tx.run(plan + cypher, params)).summary.counters.updates() as unknown as Record<string, number>);
  const unwritten = <T>(values: T[]): T[] => values.filter((v) => {
    const key = JSON.stringify(v);
    if (written.has(key)) return false;
    written.add(key);
    return true;
  });

  const entities = unwritten(rows.flatMap((r) => [r.subject, r.object]).map(entityRow));
  if (entities.length) await run(ENTITIES, { rows: entities });

  const sentences = unwritten(rows.flatMap((r) => r.evidence).map((e) =>
    ({ id: sentenceId(e.articleId, e.sentence), articleId: e.articleId, index: e.sentence, text: e.text, start: e.start, end: e.end })));
  if (sentences.length) await run(SENTENCES, { rows: sentences });

  const facts = rows.map((r) => ({ ...orient({ subject: r.subject.id, predicate: r.predicate, object: r.object.id }), predicate: relType(r.predicate), ...factProperties(r) }));
  await run(FACTS, { rows: facts });
}

// Removes an article and what rests on it alone: its sentences and their mentions, its ids in the
// evidence of the facts it supports, the facts no other article supports, and the entities left
// with neither a mention nor a fact. A fact other articles support keeps its confidence,
// extractors and date: which article brought those is not recorded.
import type { ManagedTransaction } from 'neo4j-driver';
import type { Graph } from './connection.js';

export type ForgetStats = { sentences: number; factsRemoved: number; factsKept: number; entitiesRemoved: number };

const MENTIONED = `
MATCH (a:Article {id: $id})
OPTIONAL MATCH (a)-[:HAS_SENTENCE]->(:Sentence)<-[:MENTIONED_IN]-(e:Entity)
RETURN collect(DISTINCT e.id) AS ids`;

// A fact's evidence names its articles, not the other way round: every fact is looked at.
const FACTS_ONLY_HERE = `
MATCH (s:Entity)-[r]->(o:Entity) WHERE r.articleIds = [$id]
WITH r, [s.id, o.id] AS ends
DELETE r
RETURN count(*) AS removed, reduce(acc = [], e IN collect(ends) | acc + e) AS ends`;

const FACTS_SHARED = `
MATCH (:Entity)-[r]->(:Entity) WHERE $id IN r.articleIds
SET r.articleIds = [x IN r.articleIds WHERE x <> $id],
    r.sentenceIds = [x IN r.sentenceIds WHERE NOT x STARTS WITH $id + ':']
RETURN count(r) AS kept`;

const ARTICLE = `
MATCH (a:Article {id: $id})
OPTIONAL MATCH (a)-[:HAS_SENTENCE]->(s:Sentence)
WITH a, collect(s) AS sentences
FOREACH (s IN sentences | DETACH DELETE s)
DETACH DELETE a
RETURN size(sentences) AS sentences`;

const ORPHANS = `
UNWIND $ids AS id
MATCH (e:Entity {id: id}) WHERE NOT (e)--()
DELETE e
RETURN count(*) AS removed`;

const one = async (tx: ManagedTransaction, cypher: string, params: Record<string, unknown>) => (await tx.run(cypher, params)).records[0]!;

/** Forgets one article in one transaction; null when no such article is stored. */
export async function forgetArticle(g: Graph, id: string): Promise<ForgetStats | null> {
  const session = g.driver.session({ database: g.database, defaultAccessMode: 'WRITE' });
  try {
    return await session.executeWrite(async (tx) => {
      const exists = await one(tx, 'OPTIONAL MATCH (a:Article {id: $id}) RETURN a IS NOT NULL AS found', { id });
      if (!exists.get('found')) return null;
      const mentioned: string[] = (await one(tx, MENTIONED, { id })).get('ids');
      const only = await one(tx, FACTS_ONLY_HERE, { id });
      const kept = await one(tx, FACTS_SHARED, { id });
      const sentences = await one(tx, ARTICLE, { id });
      const ids = [...new Set([...mentioned, ...(only.get('ends') as string[])])];
      const orphans = await one(tx, ORPHANS, { ids });
      return {
        sentences: sentences.get('sentences') as number,
        factsRemoved: only.get('removed') as number,
        factsKept: kept.get('kept') as number,
        entitiesRemoved: orphans.get('removed') as number,
      };
    });
  } finally {
    await session.close();
  }
}

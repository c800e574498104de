// Counts per node label and relationship type, read from Neo4j's count store (fast at any size).
import type { Graph } from './connection.js';

export type GraphStats = { labels: Record<string, number>; relationshipTypes: Record<string, number>; nodes: number; relationships: number };

// Names come from the database itself, not from a user; backticks are escaped all the same.
const quote = (name: string) => `\`${name.replaceAll('`', '``')}\``;

export async function graphStats(g: Graph): Promise<GraphStats> {
  const opts = { database: g.database, routing: 'READ' as const };
  const column = async (q: string) => (await g.driver.executeQuery(q, {}, opts)).records.map((r) => r.get(0) as unknown);
  const count = async (q: string) => Number((await column(q))[0] ?? 0);

  const labels: Record<string, number> = {};
  for (const l of (await column('CALL db.labels() YIELD label RETURN label ORDER BY label')).map(String)) {
    labels[l] = await count(`MATCH (n:${quote(l)}) RETURN count(n)`);
  }
  const relationshipTypes: Record<string, number> = {};
  for (const t of (await column('CALL db.relationshipTypes() YIELD relationshipType AS t RETURN t ORDER BY t')).map(String)) {
    relationshipTypes[t] = await count(`MATCH ()-[r:${quote(t)}]->() RETURN count(r)`);
  }
  return {
    labels,
    relationshipTypes,
    nodes: await count('MATCH (n) RETURN count(n)'),
    relationships: await count('MATCH ()-[r]->() RETURN count(r)'),
  };
}

// Cypher caches a plan per query text and keeps it until the statistics diverge and
// dbms.cypher.min_replan_interval (10 s by default) has passed. Planned while the store holds no
// relationships of a kind, a relationship MERGE costs a scan of all of them at zero and keeps that
// plan: a bulk write then scans every relationship written so far for each row, seconds per batch
// and quadratic within one transaction. So writers start a cold store with a small transaction
// under another plan-cache key (the runtime Community uses anyway), and plan their usual query
// texts only once relationships exist.
import type { Graph } from './connection.js';

export const COLD_STORE_PLAN = 'CYPHER runtime=slotted ';

const COLD_STORE = `
CALL () { MATCH ()-[r]->() RETURN count(r) AS any }
CALL () { MATCH ()-[r:HAS_SENTENCE]->() RETURN count(r) AS sentences }
CALL () { MATCH ()-[r:MENTIONED_IN]->() RETURN count(r) AS mentions }
RETURN any = 0 OR ($sentences AND sentences = 0) OR ($mentions AND mentions = 0) AS cold`;

/** Whether a write of these kinds would be planned cold. Reads the counts store only: the same cost on any graph. */
export async function isColdStore(g: Graph, writes: { sentences: boolean; mentions: boolean }): Promise<boolean> {
  const { records } = await g.driver.executeQuery(COLD_STORE, writes, { database: g.database, routing: 'READ' });
  return records[0]?.get('cold') === true;
}

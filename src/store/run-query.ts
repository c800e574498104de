// Runs user Cypher. Read mode is enforced twice: EXPLAIN tells the query type before anything runs,
// and the transaction itself is a READ transaction, which the server refuses to write in.
import type { Graph } from './connection.js';
import { toPlain } from './values.js';
import { UserError } from '../errors.js';

export type QueryResult = { columns: string[]; rows: Record<string, unknown>[]; counters?: Record<string, number> };

export class ReadOnlyViolation extends UserError {
  constructor(queryType: string) {
    super(`this query would write to the database (query type "${queryType}"); queries are read-only unless --write is given. Nothing was changed.`, 3);
    this.name = 'ReadOnlyViolation';
  }
}

function plainRecords(records: { keys: PropertyKey[]; toObject(): Record<string, unknown> }[]): Record<string, unknown>[] {
  return records.map((r) => toPlain(r.toObject()) as Record<string, unknown>);
}

/** The query type Neo4j reports for a statement without running it: r, rw, w or s (schema). */
export async function queryType(g: Graph, cypher: string, params: Record<string, unknown>): Promise<string> {
  const session = g.driver.session({ database: g.database, defaultAccessMode: 'READ' });
  try {
    const result = await session.run(`EXPLAIN ${cypher}`, params);
    return result.summary.queryType;
  } finally {
    await session.close();
  }
}

/** Neo4j's answer to a transaction stopped by the timeout its client set (`timeoutMs`). */
export const isTimeout = (err: unknown) => (err as { code?: unknown } | null)?.code === 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration';

/** `timeoutMs`: Neo4j stops the transaction after that long; the driver sets none by default. */
export async function runQuery(g: Graph, cypher: string, params: Record<string, unknown> = {}, opts: { write?: boolean; timeoutMs?: number } = {}): Promise<QueryResult> {
  const config = opts.timeoutMs === undefined ? {} : { timeout: opts.timeoutMs };
  if (!opts.write) {
    const type = await queryType(g, cypher, params);
    if (type !== 'r') throw new ReadOnlyViolation(type);
    const session = g.driver.session({ database: g.database, defaultAccessMode: 'READ' });
    try {
      const result = await session.executeRead((tx) => tx.run(cypher, params), config);
      return { columns: result.records[0]?.keys.map(String) ?? [], rows: plainRecords(result.records) };
    } catch (err) {
      if ((err as { code?: string }).code === 'Neo.ClientError.Statement.AccessMode') throw new ReadOnlyViolation('w');
      throw err;
    } finally {
      await session.close();
    }
  }
  // Auto-commit, so that schema commands and CALL { } IN TRANSACTIONS work too.
  const session = g.driver.session({ database: g.database, defaultAccessMode: 'WRITE' });
  try {
    const result = await session.run(cypher, params, config);
    const updates = result.summary.counters.updates() as unknown as Record<string, number>;
    const counters = Object.fromEntries(Object.entries(updates).filter(([, v]) => v > 0));
    return { columns: result.records[0]?.keys.map(String) ?? [], rows: plainRecords(result.records), counters };
  } finally {
    await session.close();
  }
}

// Runs one of the viewer's own, fixed read queries and returns its records as plain JSON rows.
import neo4j from 'neo4j-driver';
import type { Graph } from '../connection.js';
import { toPlain } from '../values.js';

// The driver sends JavaScript numbers as floats; LIMIT and list slices need integers.
const integers = (params: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Number.isInteger(v) ? neo4j.int(v as number) : v]));

export async function read<T = Record<string, unknown>>(g: Graph, cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  // No bookmark manager: these reads need not wait on each other's causal chain, and it costs throughput.
  const result = await g.driver.executeQuery(cypher, integers(params), { database: g.database, routing: 'READ', bookmarkManager: null });
  return result.records.map((r) => toPlain(r.toObject()) as T);
}

/** Drops null properties so optional fields are absent rather than null in the JSON. */
export function compact<T extends Record<string, unknown>>(row: T): T {
  return Object.fromEntries(Object.entries(row).filter(([, v]) => v !== null && v !== undefined)) as T;
}

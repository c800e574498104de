// Shared by integration tests: a connection to the test database and a way to empty it.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { connect, type Graph } from '../src/store/connection.js';

export async function testGraph(): Promise<Graph> {
  return connect(undefined, () => {});
}

export async function clearGraph(g: Graph): Promise<void> {
  // CALL { } IN TRANSACTIONS needs an auto-commit transaction: session.run, not executeQuery.
  const session = g.driver.session({ database: g.database });
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  } finally {
    await session.close();
  }
}

export async function count(g: Graph, cypher: string, params: Record<string, unknown> = {}): Promise<number> {
  const r = await g.driver.executeQuery(cypher, params, { database: g.database });
  return Number(r.records[0]?.get(0) ?? 0);
}

/** Node, relationship and property counts: equal before and after an idempotent operation. */
export async function fingerprint(g: Graph): Promise<{ nodes: number; relationships: number; nodeProperties: number; relationshipProperties: number }> {
  return {
    nodes: await count(g, 'MATCH (n) RETURN count(n)'),
    relationships: await count(g, 'MATCH ()-[r]->() RETURN count(r)'),
    nodeProperties: await count(g, 'MATCH (n) RETURN sum(size(keys(n)))'),
    relationshipProperties: await count(g, 'MATCH ()-[r]->() RETURN sum(size(keys(r)))'),
  };
}

const run = promisify(execFile);

/** Runs the built CLI (dist/) the way a user would; never throws, returns the exit code. */
export async function kg(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('node', ['bin/kg.js', ...args], { env: { ...process.env, ...env }, maxBuffer: 1 << 26 });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : 1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

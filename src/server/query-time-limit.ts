// The Cypher console's time limit. neo4j-driver sets a transaction timeout per transaction (the
// `timeout` of its transaction config), with no default for a driver or a session, and the console
// runs its query through the store's shared code. So the console gets the same connection with
// sessions that add the timeout to each transaction they open (managed, auto-commit or explicit);
// Neo4j then stops a query that runs longer and answers with the error `isTimeout` recognises.
import type { ManagedTransaction, Session } from 'neo4j-driver';
import type { Graph } from '../store/connection.js';

type TransactionConfig = Parameters<Session['beginTransaction']>[0];
type Work<T> = (tx: ManagedTransaction) => Promise<T> | T;

export function withTimeLimit(g: Graph, ms: number): Graph {
  const limited = (config?: TransactionConfig): TransactionConfig => ({ ...config, timeout: ms });
  const session: typeof g.driver.session = (config) => {
    const s = g.driver.session(config);
    const { executeRead, executeWrite, run, beginTransaction } = s;
    // The session is new, so giving it methods of its own changes no other session.
    s.executeRead = <T>(work: Work<T>, config?: TransactionConfig) => executeRead.call(s, work, limited(config)) as Promise<T>;
    s.executeWrite = <T>(work: Work<T>, config?: TransactionConfig) => executeWrite.call(s, work, limited(config)) as Promise<T>;
    s.run = (query, parameters, config, rules) => run.call(s, query, parameters, limited(config), rules);
    s.beginTransaction = (config) => beginTransaction.call(s, limited(config));
    return s;
  };
  // Everything else reaches the shared driver itself, its state included.
  const driver = new Proxy(g.driver, { get: (target, key) => (key === 'session' ? session : Reflect.get(target, key)) });
  return { ...g, driver };
}

/** Neo4j's answer to a transaction stopped by the timeout its client set. */
export const isTimeout = (err: unknown) => (err as { code?: unknown } | null)?.code === 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration';

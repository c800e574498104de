// One way to reach Neo4j for every command: the server named by NEO4J_URI, or the embedded one,
// started on demand.
import neo4j, { type Driver } from 'neo4j-driver';
import { loadConfig, type Config } from '../config.js';
import { UserError } from '../errors.js';
import { embeddedPassword, startEmbedded } from './embedded.js';

export type Graph = {
  driver: Driver;
  /** undefined = the server's default database. */
  database?: string;
  uri: string;
  close(): Promise<void>;
};

export async function connect(config: Config = loadConfig(), log: (msg: string) => void = (m) => console.error(m)): Promise<Graph> {
  let uri: string;
  let auth;
  if (config.external) {
    uri = config.external.uri;
    auth = neo4j.auth.basic(config.external.username, config.external.password);
  } else {
    const started = await startEmbedded(config.embedded, log);
    uri = `bolt://127.0.0.1:${started.port}`;
    auth = neo4j.auth.basic('neo4j', embeddedPassword(config.embedded));
  }
  const driver = neo4j.driver(uri, auth, { disableLosslessIntegers: true, userAgent: 'kg/0.1' });
  try {
    await driver.verifyConnectivity({ database: config.database });
  } catch (err) {
    await driver.close();
    const msg = (err as Error).message;
    throw new UserError(`cannot reach Neo4j at ${uri}: ${msg}${config.external ? ' (check NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD)' : ''}`);
  }
  return { driver, database: config.database, uri, close: () => driver.close() };
}

/** Runs fn with a connection and closes it afterwards, whatever happens. */
export async function withGraph<T>(fn: (g: Graph) => Promise<T>, config?: Config): Promise<T> {
  const g = await connect(config);
  try {
    return await fn(g);
  } finally {
    await g.close();
  }
}

// Starts a real embedded Neo4j for this test run (unless NEO4J_URI names another server) and
// stops it at the end. Each run gets its own home folder and a free port, so runs never share a
// store; test workers inherit the environment set here.
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { loadConfig } from '../src/config.js';
import { startEmbedded, stopEmbedded } from '../src/store/embedded.js';

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => ok(port));
    });
  });
}

export async function setup(): Promise<() => Promise<void>> {
  if (process.env.NEO4J_URI) return async () => {};
  const home = resolve('.cache/test-runs', String(process.pid));
  Object.assign(process.env, {
    KG_HOME: home,
    KG_NEO4J_PORT: String(await freePort()),
    KG_NEO4J_HEAP: '1g',
    KG_NEO4J_PAGECACHE_MB: '256',
  });
  const config = loadConfig();
  await startEmbedded(config.embedded, (m) => console.error(`[test neo4j] ${m}`));
  return async () => {
    await stopEmbedded(config.embedded);
    rmSync(home, { recursive: true, force: true });
  };
}

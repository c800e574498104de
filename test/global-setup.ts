// Starts the real embedded Neo4j once for the whole run (unless NEO4J_URI names another server)
// and stops it at the end.
import { loadConfig } from '../src/config.js';
import { startEmbedded, stopEmbedded } from '../src/store/embedded.js';
import { TEST_ENV } from './test-env.js';

export async function setup(): Promise<() => Promise<void>> {
  const config = loadConfig({ ...process.env, ...TEST_ENV });
  if (config.external) return async () => {};
  await startEmbedded(config.embedded, (m) => console.error(`[test neo4j] ${m}`));
  return async () => {
    await stopEmbedded(config.embedded);
  };
}

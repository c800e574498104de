// bench:ingest empties its database between runs. It may do so at will only to the store it keeps
// for itself; a store named by KG_HOME or NEO4J_URI may be someone's graph.
import { loadConfig, type Config } from '../config.js';
import { UserError } from '../errors.js';

export const BENCH_HOME = '.cache/bench-home';
const BENCH_PORT = '17688';

/** The configuration the bench runs with; refused when it names a store the bench did not create, unless KG_BENCH_ALLOW_CLEAR=1. */
export function benchConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const config = loadConfig({ KG_HOME: BENCH_HOME, KG_NEO4J_PORT: BENCH_PORT, ...env });
  if (env.KG_BENCH_ALLOW_CLEAR === '1') return config;
  const foreign = config.external
    ? { store: `the Neo4j at NEO4J_URI (${config.external.uri})`, variable: 'NEO4J_URI' }
    : config.embedded.home !== loadConfig({ KG_HOME: BENCH_HOME }).embedded.home
      ? { store: `the store in KG_HOME (${config.embedded.home})`, variable: 'KG_HOME' }
      : undefined;
  if (foreign) {
    throw new UserError(`the benchmark deletes everything in its database, and ${foreign.store} is not its own:`
      + ` unset ${foreign.variable} to use the bench's own store (${BENCH_HOME}), or set KG_BENCH_ALLOW_CLEAR=1 to have that one emptied`);
  }
  return config;
}

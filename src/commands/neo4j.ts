// `kg neo4j start|stop|status`: the embedded database's life cycle.
import type { Command } from 'commander';
import { loadConfig } from '../config.js';
import { UserError } from '../errors.js';
import { embeddedStatus, startEmbedded, stopEmbedded, storeSize } from '../store/embedded.js';
import { connect } from '../store/connection.js';

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

function embeddedOnly(action: string) {
  const config = loadConfig();
  if (config.external) throw new UserError(`NEO4J_URI is set (${config.external.uri}): kg does not ${action} an external Neo4j.`);
  return config;
}

export function registerNeo4j(program: Command): void {
  const cmd = program.command('neo4j').description('start, stop or inspect the embedded Neo4j (not used when NEO4J_URI is set)')
    .addHelpText('after', `
The store and its password live in $KG_HOME/neo4j (default data/neo4j in a clone of kg,
~/.local/share/kg/neo4j when kg is installed as a package); Bolt listens on
127.0.0.1:$KG_NEO4J_PORT (default 7687). Other commands start it on demand.

Examples:
  kg neo4j start
  kg neo4j status --json          # exit code 3 when it is not running
  KG_HOME=/tmp/kg2 KG_NEO4J_PORT=7688 kg neo4j start   # a second instance with its own store`);

  cmd.command('start')
    .description('start the embedded Neo4j (or reuse the running one); returns once Bolt answers')
    .action(async () => {
      const config = embeddedOnly('start');
      const s = await startEmbedded(config.embedded, (m) => console.error(m));
      console.log(`Neo4j ${s.version ?? ''} ${s.reused ? 'already running' : 'started'}: pid ${s.pid}, bolt://127.0.0.1:${s.port}`);
    });

  cmd.command('stop')
    .description('stop the embedded Neo4j cleanly (SIGTERM)')
    .action(async () => {
      const config = embeddedOnly('stop');
      const r = await stopEmbedded(config.embedded);
      console.log(r.stopped ? `Neo4j stopped (pid ${r.pid})` : 'Neo4j was not running');
    });

  cmd.command('status')
    .description('print pid, address, Neo4j version and store size; exit code 3 when it is not running')
    .option('--json', 'print as JSON')
    .action(async (opts: { json?: boolean }) => {
      const config = loadConfig();
      let status: Record<string, unknown>;
      if (config.external) {
        const g = await connect(config);
        try {
          const r = await g.driver.executeQuery('CALL dbms.components() YIELD name, versions, edition RETURN versions[0] AS version, edition', {}, { database: g.database });
          status = { running: true, external: true, address: config.external.uri, version: r.records[0]?.get('version'), edition: r.records[0]?.get('edition') };
        } finally {
          await g.close();
        }
      } else {
        const s = embeddedStatus(config.embedded);
        status = s.running
          ? { running: true, ready: s.ready, pid: s.pid, address: `bolt://127.0.0.1:${s.port}`, version: s.version, startedAt: s.startedAt, home: config.embedded.home, storeBytes: storeSize(config.embedded) }
          : { running: false, home: config.embedded.home, storeBytes: storeSize(config.embedded), ...(s.stalePid ? { stalePid: s.stalePid } : {}) };
      }
      if (opts.json) {
        console.log(JSON.stringify(status, null, 2));
      } else if (!status.running) {
        console.log(`Neo4j is not running${status.stalePid ? ` (stale pid ${status.stalePid}; the next start cleans it up)` : ''}; store ${mib(Number(status.storeBytes))} in ${status.home}`);
      } else {
        const lines = Object.entries(status).filter(([k]) => k !== 'running').map(([k, v]) => `${k.padEnd(10)} ${k === 'storeBytes' ? mib(Number(v)) : String(v)}`);
        console.log(['Neo4j is running', ...lines].join('\n'));
      }
      if (!status.running) process.exitCode = 3;
    });
}

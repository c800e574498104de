// `kg serve`: the viewer and its JSON API over the graph, until interrupted.
import { Option, type Command } from 'commander';
import { UserError } from '../errors.js';
import { CYPHER_TIMEOUT_MS } from '../server/api-routes.js';
import { startServer } from '../server/index.js';
import { connect } from '../store/connection.js';
import { millisecondsOption } from './milliseconds-option.js';

export const parsePort = (raw: string) => {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new UserError(`--port expects 0-65535, got "${raw}"`);
  return n;
};

/** The flag beats KG_CYPHER_TIMEOUT_MS, which beats the default; `kg up` serves with it too. */
export const cypherTimeoutOption = (): Option =>
  millisecondsOption('--cypher-timeout <ms>', 'how long a Cypher console query may run before Neo4j stops it (answered with 408)')
    .env('KG_CYPHER_TIMEOUT_MS').default(CYPHER_TIMEOUT_MS);

/** Resolves on Ctrl-C or SIGTERM, so the caller can close the server and the database cleanly. */
export const untilInterrupted = () => new Promise<void>((done) => {
  process.once('SIGINT', done);
  process.once('SIGTERM', done);
});

export function registerServe(program: Command): void {
  program.command('serve')
    .description('serve the graph viewer and its JSON API (read-only)')
    .addOption(new Option('--port <n>', 'port to listen on; 0 picks a free one').argParser(parsePort).default(7480))
    .option('--host <address>', 'address to bind; anything but 127.0.0.1 exposes the graph to the network', '127.0.0.1')
    .addOption(cypherTimeoutOption())
    .addHelpText('after', `
Examples:
  kg serve                 # http://127.0.0.1:7480/
  kg serve --port 0        # any free port; the URL is printed
  kg serve --cypher-timeout 60000   # console queries may run for a minute`)
    .action(async (opts: { port: number; host: string; cypherTimeout: number }) => {
      const g = await connect();
      try {
        const server = await startServer(g, { port: opts.port, host: opts.host, cypherTimeoutMs: opts.cypherTimeout });
        console.log(`kg: viewer at ${server.url} (Ctrl-C to stop)`);
        await untilInterrupted();
        await server.close();
      } finally {
        await g.close();
      }
    });
}

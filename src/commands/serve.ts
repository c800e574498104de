// `kg serve`: the viewer and its JSON API over the graph, until interrupted.
import { Option, type Command } from 'commander';
import { UserError } from '../errors.js';
import { startServer } from '../server/index.js';
import { connect } from '../store/connection.js';

export const parsePort = (raw: string) => {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new UserError(`--port expects 0-65535, got "${raw}"`);
  return n;
};

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
    .addHelpText('after', `
Examples:
  kg serve                 # http://127.0.0.1:7480/
  kg serve --port 0        # any free port; the URL is printed`)
    .action(async (opts: { port: number; host: string }) => {
      const g = await connect();
      try {
        const server = await startServer(g, opts);
        console.log(`kg: viewer at ${server.url} (Ctrl-C to stop)`);
        await untilInterrupted();
        await server.close();
      } finally {
        await g.close();
      }
    });
}

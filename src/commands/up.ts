// `kg up`: the main job in one command — reach Neo4j (starting the embedded one if NEO4J_URI is
// unset), ingest the seed articles, serve the viewer and print its URL.
import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { PROJECT_ROOT } from '../config.js';
import { extractorNamed, type ExtractorName } from '../extractors.js';
import { startServer } from '../server/index.js';
import { connect } from '../store/connection.js';
import { extractorOption } from './extractor-option.js';
import { ingestWithProgress, summaryLine } from './ingest.js';
import { cypherTimeoutOption, parsePort, untilInterrupted } from './serve.js';

const SEEDS = resolve(PROJECT_ROOT, 'seeds');

type Opts = { port: number; host: string; cypherTimeout: number; ingest: boolean; extractor: ExtractorName };

export function registerUp(program: Command): void {
  program.command('up')
    .description('start or reach Neo4j, ingest articles (default seeds/), serve the viewer and print its URL')
    .argument('[paths...]', "articles or folders to ingest (default: kg's seeds/ folder, wherever kg is run from)")
    .addOption(new Option('--port <n>', 'viewer port; 0 picks a free one').argParser(parsePort).default(7480))
    .option('--host <address>', 'address to bind the viewer to', '127.0.0.1')
    .addOption(cypherTimeoutOption())
    .option('--no-ingest', 'serve what the database holds without ingesting')
    .addOption(extractorOption())
    .addHelpText('after', `
Ingesting is idempotent: articles already in the graph change nothing.
The embedded Neo4j keeps running after Ctrl-C; \`kg neo4j stop\` stops it.`)
    .action(async (paths: string[], opts: Opts) => {
      const extract = await extractorNamed(opts.extractor);
      const g = await connect();
      try {
        console.log(`kg: Neo4j at ${g.uri}`);
        if (opts.ingest) console.log(`kg: ${summaryLine(await ingestWithProgress(g, paths.length ? paths : [SEEDS], extract))}`);
        const server = await startServer(g, { port: opts.port, host: opts.host, cypherTimeoutMs: opts.cypherTimeout });
        console.log(`kg: viewer at ${server.url} (Ctrl-C to stop)`);
        await untilInterrupted();
        await server.close();
      } finally {
        await g.close();
      }
    });
}

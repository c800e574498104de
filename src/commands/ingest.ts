// `kg ingest <files or folders>…`: extract and store articles, with a progress bar and a summary.
import { SingleBar, Presets } from 'cli-progress';
import type { Command } from 'commander';
import { UserError } from '../errors.js';
import { extractorNamed, extractWithRules, type ExtractArticle, type ExtractorName } from '../extractors.js';
import { collectFiles, ingestFiles, INGESTED_EXTENSIONS, type IngestTotals } from '../ingest.js';
import { withGraph, type Graph } from '../store/connection.js';
import { extensionList } from '../text/read-article.js';
import { extractorOption } from './extractor-option.js';
import { counted } from '../counted.js';

export function summaryLine(t: IngestTotals): string {
  const extra = [t.again ? `${t.again} already stored` : '', t.skipped ? `${t.skipped} skipped` : '', t.failed ? `${t.failed} failed` : ''].filter(Boolean).join(', ');
  return `ingested ${counted(t.articles, 'article')}, ${t.entities} entities, ${t.relationships} relationships in ${t.seconds.toFixed(1)} s${extra ? ` (${extra})` : ''}`;
}

/** Ingests with a progress bar on a terminal; shared by `kg ingest` and `kg up`. */
export async function ingestWithProgress(g: Graph, paths: string[], extract: ExtractArticle = extractWithRules): Promise<IngestTotals> {
  const files = collectFiles(paths);
  if (files.length === 0) throw new UserError(`no ${extensionList(INGESTED_EXTENSIONS)} files in ${paths.join(', ')}`);
  const bar = files.length > 1 && process.stderr.isTTY
    ? new SingleBar({ format: 'ingest [{bar}] {value}/{total} articles | {file}', stream: process.stderr, hideCursor: true }, Presets.shades_classic)
    : undefined;
  bar?.start(files.length, 0, { file: '' });
  const totals = await ingestFiles(g, files, (e) => {
    if (e.kind === 'failed') {
      bar?.stop();
      console.error(`kg: ${e.error instanceof UserError ? e.error.message : `${e.path}: ${e.error.message}`}`);
    }
    if (e.kind === 'skipped') console.error(`kg: ${e.path}: skipped (${e.reason})`);
    bar?.increment({ file: e.path.split('/').pop() });
  }, extract);
  bar?.stop();
  return totals;
}

export function registerIngest(program: Command): void {
  program.command('ingest')
    .description('extract articles (.txt, .md, .html) or load extraction documents (.json) and store them in Neo4j')
    .argument('<paths...>', 'files or folders (searched recursively)')
    .addOption(extractorOption())
    .addHelpText('after', `
Each article is written in one transaction; ingesting it again changes nothing
(with --extractor llm, unless the model answers differently the second time).
Examples:
  kg ingest seeds/
  kg extract article.txt --format json > doc.json && kg ingest doc.json`)
    .action(async (paths: string[], opts: { extractor: ExtractorName }) => {
      const extract = await extractorNamed(opts.extractor);
      const totals = await withGraph((g) => ingestWithProgress(g, paths, extract));
      console.log(summaryLine(totals));
      if (totals.failed) process.exitCode = 1;
    });
}

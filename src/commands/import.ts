// `kg import FILE`: load triples produced elsewhere (the jsonl or flat triples.csv of kg export).
import { existsSync } from 'node:fs';
import { extname } from 'node:path';
import { Option, type Command } from 'commander';
import { UserError } from '../errors.js';
import { IMPORT_FORMATS, type ImportFormat } from '../import/read-rows.js';
import { importFile, InvalidRowsError, validateFile, type BadRow } from '../import/run-import.js';
import { withGraph } from '../store/connection.js';

type Opts = { format?: ImportFormat; skipBad?: boolean; dryRun?: boolean };

const SHOWN = 20;

function report(bad: BadRow[], file: string): string {
  const lines = bad.slice(0, SHOWN).map((b) => `  ${file}:${b.line}: ${b.message}`);
  if (bad.length > SHOWN) lines.push(`  … and ${bad.length - SHOWN} more`);
  return lines.join('\n');
}

function formatOf(file: string, given?: ImportFormat): ImportFormat {
  if (given) return given;
  const ext = extname(file).slice(1).toLowerCase();
  if ((IMPORT_FORMATS as readonly string[]).includes(ext)) return ext as ImportFormat;
  if (ext === 'ndjson') return 'jsonl';
  throw new UserError(`cannot tell the format of ${file} from its extension; give --format ${IMPORT_FORMATS.join('|')}`);
}

export function registerImport(program: Command): void {
  program.command('import')
    .description('import triples (the jsonl or flat triples.csv of kg export): every row validated first, then written in transactions of 2,000; re-importing changes nothing')
    .argument('<file>', 'the file to import')
    .addOption(new Option('-f, --format <format>', 'file format (default: from the extension)').choices(IMPORT_FORMATS))
    .option('--skip-bad', 'import the valid rows and skip the bad ones (default: import nothing when any row is bad)')
    .option('--dry-run', 'validate only; write nothing')
    .addHelpText('after', `
Each jsonl line is one triple: {"subject": {"id", "type", "name", "nameAr"?, "aliases"?, "wikidataId"?},
"predicate", "object": {…}, "qualifiers": {"date"?, "count"?}, "evidence": [{"articleId", "sentence",
"text", "start", "end"}], "confidence", "extractors": [...], "firstSeen"?, "lastSeen"?}.
A triples.csv has one row per triple and evidence sentence (columns as kg export --format csv writes them).
Exit code 2, and nothing written, when a row is bad (unless --skip-bad) or the file holds no rows.

Examples:
  kg export --format jsonl > triples.jsonl && kg import triples.jsonl
  kg import dump/triples.csv
  kg import partner.jsonl --skip-bad`)
    .action(async (file: string, opts: Opts) => {
      const format = formatOf(file, opts.format);
      if (!existsSync(file)) throw new UserError(`cannot read ${file}: no such file`);
      if (opts.dryRun) {
        const { rows, bad } = await validateFile(file, format);
        if (bad.length) throw new UserError(`${bad.length} of ${rows} rows are bad:\n${report(bad, file)}`, 2);
        console.error(`kg: ${rows} rows, all valid`);
        return;
      }
      try {
        const s = await withGraph((g) => importFile(g, file, format, { skipBad: opts.skipBad }));
        if (s.bad.length) console.error(`kg: skipped ${s.bad.length} bad rows:\n${report(s.bad, file)}`);
        console.error(`kg: imported ${s.written} rows: ${s.counters.nodesCreated} nodes and ${s.counters.relationshipsCreated} relationships created, ${s.counters.propertiesSet} properties set`);
      } catch (err) {
        if (err instanceof InvalidRowsError) throw new UserError(`${err.message}:\n${report(err.bad, file)}\n(use --skip-bad to import the valid rows)`, 2);
        throw err;
      }
    });
}

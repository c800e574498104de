// Reads the records of an import file one at a time with their line numbers, as untyped values
// still to be validated: JSON lines, or the flat triples.csv of `kg export --format csv`.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parse } from 'csv-parse';
import { fromFlat } from '../export/flat-triples.js';

export const IMPORT_FORMATS = ['jsonl', 'csv'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** A record of the file: the value to validate, or why it could not even be parsed. */
export type RawRow = { line: number } & ({ value: unknown } | { error: string });

async function* jsonlRows(path: string): AsyncGenerator<RawRow> {
  let line = 0;
  for await (const text of createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity })) {
    line++;
    if (!text.trim()) continue;
    try {
      yield { line, value: JSON.parse(text) as unknown };
    } catch (err) {
      yield { line, error: `not JSON: ${(err as Error).message}` };
    }
  }
}

async function* csvRows(path: string): AsyncGenerator<RawRow> {
  const parser = createReadStream(path, 'utf8').pipe(parse({ columns: true, bom: true, info: true, skip_empty_lines: true }));
  // A quoted cell can span lines: report the line a record starts on.
  let nextLine = 2;
  for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
    yield { line: nextLine, value: fromFlat(record) };
    nextLine = info.lines + 1;
  }
}

export function readRows(path: string, format: ImportFormat): AsyncGenerator<RawRow> {
  return format === 'jsonl' ? jsonlRows(path) : csvRows(path);
}

// Reads the records of an import file one at a time with their line numbers, as untyped values
// still to be validated: JSON lines, or the flat triples.csv of `kg export --format csv`.
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parse } from 'csv-parse';
import { UserError } from '../errors.js';
import { fromFlat } from '../export/flat-triples.js';

export const IMPORT_FORMATS = ['jsonl', 'csv'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** A record of the file: the value to validate, or why it could not even be parsed. */
export type RawRow = { line: number } & ({ value: unknown } | { error: string });

/**
 * The file's text, decoded strictly: a Latin-1 or UTF-16 file would otherwise be read with U+FFFD
 * in place of its letters, and those names imported. A leading BOM is dropped.
 */
async function* utf8Text(path: string): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const decode = (chunk?: Buffer) => {
    try {
      return chunk ? decoder.decode(chunk, { stream: true }) : decoder.decode();
    } catch {
      throw new UserError(`${path}: not valid UTF-8 text; convert it to UTF-8 first`);
    }
  };
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) yield decode(chunk);
  yield decode();
}

/** Lines split on \n or \r\n; a line is searched for its end only in the chunk that brings it. */
async function* textLines(path: string): AsyncGenerator<string> {
  let rest = '';
  for await (const text of utf8Text(path)) {
    let start = 0;
    for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', start)) {
      const line = rest + text.slice(start, nl);
      rest = '';
      start = nl + 1;
      yield line.endsWith('\r') ? line.slice(0, -1) : line;
    }
    rest += text.slice(start);
  }
  if (rest) yield rest;
}

async function* jsonlRows(path: string): AsyncGenerator<RawRow> {
  let line = 0;
  for await (const text of textLines(path)) {
    line++;
    if (!text.trim()) continue;
    try {
      yield { line, value: JSON.parse(text) as unknown };
    } catch (err) {
      yield { line, error: `not JSON: ${(err as Error).message}` };
    }
  }
}

/** Without these a record cannot become a fact; the other columns of triples.csv may be left out. */
const REQUIRED_COLUMNS = [
  'subjectId', 'subjectType', 'subjectName', 'predicate', 'objectId', 'objectType', 'objectName',
  'confidence', 'extractors', 'articleId', 'sentenceIndex', 'sentenceStart', 'sentenceEnd',
];

async function* csvRows(path: string): AsyncGenerator<RawRow> {
  const parser = parse({
    bom: true, info: true, skip_empty_lines: true,
    // One message for a file that is not a triples.csv, rather than the same one on every row.
    columns: (header: string[]) => {
      const missing = REQUIRED_COLUMNS.filter((c) => !header.includes(c));
      if (missing.length) throw new UserError(`${path}: not a triples.csv (the header lacks ${missing.join(', ')}); see kg export --format csv`);
      return header;
    },
  });
  // pipeline, not pipe: a decoding error must end the parse with that error, not leave it waiting.
  const feeding = pipeline(Readable.from(utf8Text(path)), parser).catch(() => {});
  // A quoted cell can span lines: report the line a record starts on.
  let nextLine = 2;
  for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
    yield { line: nextLine, value: fromFlat(record) };
    nextLine = info.lines + 1;
  }
  await feeding;
}

export function readRows(path: string, format: ImportFormat): AsyncGenerator<RawRow> {
  return format === 'jsonl' ? jsonlRows(path) : csvRows(path);
}

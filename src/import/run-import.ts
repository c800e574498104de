// `kg import`: validates every row first (nothing is written when a row is bad, unless bad rows are
// to be skipped), then writes the good rows in transactions of a few thousand: a file of any size
// fits the server's memory, and since every write MERGEs, an import cut short is completed by
// running it again. The file is read twice rather than held in memory.
import { z } from 'zod';
import { UserError } from '../errors.js';
import { TripleRowSchema, type TripleRow } from '../model/triple-row.js';
import type { Graph } from '../store/connection.js';
import { COLD_STORE_PLAN, isColdStore } from '../store/cold-store.js';
import { addCounters, noCounters, writeTripleRows, type ImportCounters } from '../store/import-triples.js';
import { readRows, type ImportFormat } from './read-rows.js';
import { counted } from '../counted.js';

const BATCH = 1000;
const TRANSACTION = 2 * BATCH;
// Small enough that the plans a cold store gets (cold-store.ts) cost nothing.
const COLD_TRANSACTION = 100;

export type BadRow = { line: number; message: string };
export type ImportSummary = { rows: number; bad: BadRow[]; written: number; counters: ImportCounters };

export class InvalidRowsError extends Error {
  constructor(readonly bad: BadRow[]) {
    super(`${counted(bad.length, 'bad row')}; nothing was imported`);
    this.name = 'InvalidRowsError';
  }
}

const valueAt = (value: unknown, path: PropertyKey[]): unknown =>
  path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined), value);

/** One line per row: "predicate: "LIKES" is not allowed; confidence: Too big: …", without zod's long option lists. */
function describeIssues(error: z.ZodError, value: unknown): string {
  return error.issues.map((i) => {
    const where = i.path.length ? i.path.map(String).join('.') : 'row';
    const given = valueAt(value, i.path);
    const what = i.code !== 'invalid_value' ? i.message : given === undefined ? 'missing' : `${JSON.stringify(given)} is not allowed`;
    return `${where}: ${what}`;
  }).join('; ');
}

async function* validRows(path: string, format: ImportFormat, bad: BadRow[]): AsyncGenerator<TripleRow> {
  for await (const raw of readRows(path, format)) {
    if ('error' in raw) {
      bad.push({ line: raw.line, message: raw.error });
      continue;
    }
    const parsed = TripleRowSchema.safeParse(raw.value);
    if (parsed.success) yield parsed.data;
    else bad.push({ line: raw.line, message: describeIssues(parsed.error, raw.value) });
  }
}

/**
 * Validates the whole file without touching the database. A file without a single row is refused
 * like one with bad rows (exit code 2): it is more likely the wrong file, or one cut short, than
 * an intended import of nothing.
 */
export async function validateFile(path: string, format: ImportFormat): Promise<{ rows: number; bad: BadRow[] }> {
  const bad: BadRow[] = [];
  let rows = 0;
  for await (const _ of validRows(path, format, bad)) rows++;
  if (rows + bad.length === 0) throw new UserError(`${path}: the file holds no rows; nothing was imported`, 2);
  return { rows: rows + bad.length, bad };
}

export async function importFile(g: Graph, path: string, format: ImportFormat, opts: { skipBad?: boolean } = {}): Promise<ImportSummary> {
  const { rows, bad } = await validateFile(path, format);
  if (bad.length && !opts.skipBad) throw new InvalidRowsError(bad);
  const counters = noCounters();
  let cold = true;
  let pending: TripleRow[] = [];
  let written = 0;
  const commit = async () => {
    const plan = cold ? COLD_STORE_PLAN : '';
    const session = g.driver.session({ database: g.database, defaultAccessMode: 'WRITE' });
    try {
      // Counted per attempt: the driver may run the function again after a transient error.
      const done = await session.executeWrite(async (tx) => {
        const attempt = noCounters();
        const seen = new Set<string>();
        for (let i = 0; i < pending.length; i += BATCH) await writeTripleRows(tx, pending.slice(i, i + BATCH), attempt, seen, plan);
        return attempt;
      });
      addCounters(counters, done);
    } finally {
      await session.close();
    }
    written += pending.length;
    pending = [];
  };
  for await (const row of validRows(path, format, [])) {
    if (pending.length === 0 && cold) cold = await isColdStore(g, { sentences: row.evidence.length > 0, mentions: false });
    pending.push(row);
    if (pending.length >= (cold ? COLD_TRANSACTION : TRANSACTION)) await commit();
  }
  if (pending.length) await commit();
  return { rows, bad, written, counters };
}

// Prints rows as an aligned table, JSON or CSV; shared by the commands that print results.
import { stringify } from 'csv-stringify/sync';
import { counted } from '../counted.js';

export const OUTPUT_FORMATS = ['table', 'json', 'csv'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

const cell = (v: unknown): string => (v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));

// Arabic combining marks take no column; East Asian wide characters would take two, rare in news here.
const width = (s: string) => s.replace(/[\u064B-\u065F\u0670\u0300-\u036F\u200B-\u200F]/g, '').length;

export function formatTable(columns: string[], rows: Record<string, unknown>[], maxCell = 80): string {
  if (columns.length === 0) return '(no rows)';
  const text = rows.map((r) => columns.map((c) => {
    const s = cell(r[c]).replace(/\s+/g, ' ');
    return s.length > maxCell ? `${s.slice(0, maxCell - 1)}…` : s;
  }));
  const widths = columns.map((c, i) => Math.max(width(c), ...text.map((r) => width(r[i]!))));
  const line = (vals: string[]) => vals.map((v, i) => v + ' '.repeat(widths[i]! - width(v))).join(' │ ').trimEnd();
  return [line(columns), widths.map((w) => '─'.repeat(w)).join('─┼─'), ...text.map(line), `(${counted(rows.length, 'row')})`].join('\n');
}

export function formatRows(format: OutputFormat, columns: string[], rows: Record<string, unknown>[]): string {
  switch (format) {
    case 'json':
      return JSON.stringify(rows, null, 2);
    case 'csv':
      return stringify(rows.map((r) => columns.map((c) => cell(r[c]))), { header: true, columns }).trimEnd();
    case 'table':
      return formatTable(columns, rows);
  }
}

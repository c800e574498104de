// kg import: rows are validated before anything is written, bad rows are reported with their line
// numbers, --skip-bad imports the rest, and imported evidence merges with the graph like ingestion.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { csvLine } from '../../src/export/csv-line.js';
import { FLAT_COLUMNS, flatRows } from '../../src/export/flat-triples.js';
import { importFile, InvalidRowsError, validateFile } from '../../src/import/run-import.js';
import type { TripleRow } from '../../src/model/triple-row.js';
import type { Graph } from '../../src/store/connection.js';
import { ensureSchema } from '../../src/store/schema.js';
import { writeDocument } from '../../src/store/write-document.js';
import { HOSTILE_NAMES } from '../fixtures/documents.js';
import { SEED_ARTICLE_ID, seedDocuments } from '../fixtures/export/seed-graph.js';
import { clearGraph, count, fingerprint, kg, testGraph } from '../helpers.js';

let g: Graph;
let dir: string;
beforeAll(async () => {
  g = await testGraph();
  await ensureSchema(g);
  dir = mkdtempSync(join(tmpdir(), 'kg-import-'));
});
afterAll(async () => {
  await g?.close();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(async () => clearGraph(g));

const row = (i: number, over: Partial<TripleRow> = {}): TripleRow => ({
  subject: { id: `person:p${i}`, type: 'Person', name: `Person ${i}`, nameAr: null, aliases: [`P${i}`], wikidataId: null },
  predicate: 'MEETS',
  object: { id: 'Q6279', type: 'Person', name: 'Joe Biden', nameAr: 'جو بايدن', aliases: [], wikidataId: 'Q6279' },
  qualifiers: { date: '2021-07-26' },
  evidence: [{ articleId: 'partner', sentence: i, text: `Person ${i} met Biden.`, start: i * 30, end: i * 30 + 20 }],
  confidence: 0.5,
  extractors: ['partner'],
  ...over,
});

const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('kg import', () => {
  it('reports every bad row with its line number and writes nothing', async () => {
    const path = file('bad.jsonl', [
      JSON.stringify(row(1)),
      JSON.stringify({ ...row(2), predicate: 'LIKES' }),
      JSON.stringify(row(3)),
      '{"subject": oops',
      '',
      JSON.stringify({ ...row(5), evidence: [] }),
      JSON.stringify(row(6)),
    ].join('\n'));
    const error = await importFile(g, path, 'jsonl').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidRowsError);
    expect((error as InvalidRowsError).bad.map((b) => b.line)).toEqual([2, 4, 6]);
    expect((error as InvalidRowsError).bad[0]!.message).toMatch(/predicate/);
    expect(await fingerprint(g)).toMatchObject({ nodes: 0, relationships: 0 });

    const cli = await kg(['import', path]);
    expect(cli.code).toBe(2);
    expect(cli.stderr).toContain(`${path}:2:`);
    expect(cli.stderr).toContain(`${path}:4: not JSON`);
    expect(await fingerprint(g)).toMatchObject({ nodes: 0 });

    const skipped = await kg(['import', path, '--skip-bad']);
    expect(skipped.code, skipped.stderr).toBe(0);
    expect(skipped.stderr).toMatch(/skipped 3 bad rows/);
    expect(await count(g, 'MATCH (:Person)-[r:MEETS]->(:Person) RETURN count(r)')).toBe(3);
  });

  it('reports the line a bad csv record starts on, past cells that span lines', async () => {
    const rows = [row(1, { subject: { ...row(1).subject, name: HOSTILE_NAMES[4]! } }), row(2, { confidence: 7 }), row(3)];
    const path = file('triples.csv', csvLine([...FLAT_COLUMNS]) + rows.flatMap((r) => [...flatRows(r)]).map(csvLine).join(''));
    const { rows: n, bad } = await validateFile(path, 'csv');
    expect(n).toBe(3);
    expect(bad).toEqual([{ line: 4, message: expect.stringMatching(/confidence/) }]);
  });

  it('refuses a file that is not UTF-8 instead of importing names with U+FFFD, and reads a BOM', async () => {
    const good = JSON.stringify(row(1));
    const latin1 = join(dir, 'latin1.jsonl');
    writeFileSync(latin1, Buffer.concat([Buffer.from(`${good}\n`), Buffer.from(JSON.stringify(row(2, { subject: { ...row(2).subject, name: 'Café' } })), 'latin1')]));
    await expect(validateFile(latin1, 'jsonl')).rejects.toThrow(/latin1\.jsonl: not valid UTF-8/);
    const utf16 = join(dir, 'utf16.csv');
    writeFileSync(utf16, Buffer.from(`\ufeff${csvLine([...FLAT_COLUMNS])}`, 'utf16le'));
    await expect(validateFile(utf16, 'csv')).rejects.toThrow(/utf16\.csv: not valid UTF-8/);
    const cli = await kg(['import', '--skip-bad', latin1]);
    expect(cli.code).toBe(1);
    expect(await fingerprint(g)).toMatchObject({ nodes: 0 });

    expect(await validateFile(file('bom.jsonl', `\ufeff${good}\r\n${good}\r\n`), 'jsonl')).toEqual({ rows: 2, bad: [] });
  });

  it('refuses a file without rows as bad input (exit code 2), on stderr, with or without --dry-run', async () => {
    for (const path of [file('empty.jsonl', ''), file('blank.jsonl', '\n  \n'), file('header.csv', `${csvLine([...FLAT_COLUMNS])}\n`)]) {
      await expect(validateFile(path, path.endsWith('.csv') ? 'csv' : 'jsonl')).rejects.toThrow(`${path}: the file holds no rows; nothing was imported`);
      for (const args of [[path], ['--dry-run', path]]) {
        const cli = await kg(['import', ...args]);
        expect(cli.code, cli.stderr).toBe(2);
        expect(cli.stderr).toBe(`kg: ${path}: the file holds no rows; nothing was imported\n`);
      }
    }
  });

  it('says once that a csv file is not a triples.csv', async () => {
    await expect(validateFile(file('other.csv', 'name,age\nBiden,82\n'), 'csv')).rejects.toThrow(/other\.csv: not a triples\.csv \(the header lacks subjectId, .*sentenceEnd\)/);
  });

  it('merges imported evidence into facts already in the graph, as ingestion does', async () => {
    for (const doc of seedDocuments()) await writeDocument(g, doc);
    const kadhimi = { id: 'person:mustafa-al-kadhimi', type: 'Person' as const, name: 'Mustafa al-Kadhimi', aliases: ['Kazimi'] };
    const path = file('more.jsonl', `${JSON.stringify(row(9, { subject: kadhimi, confidence: 0.95, firstSeen: '2021-07-27', lastSeen: '2021-07-27' }))}\n`);
    await importFile(g, path, 'jsonl');
    const r = await g.driver.executeQuery(`MATCH (a {id: 'Q6279'})-[m:MEETS]->(b {id: 'person:mustafa-al-kadhimi'})
      RETURN m.sentenceIds AS s, m.articleIds AS a, m.confidence AS c, m.extractors AS x, m.lastSeen AS last, b.aliases AS aliases`);
    expect(r.records[0]!.toObject()).toEqual({
      s: [`${SEED_ARTICLE_ID}:6`, 'partner:9'], a: [SEED_ARTICLE_ID, 'partner'], c: 0.95, x: ['hand', 'partner'], last: '2021-07-27',
      aliases: ['Kadhimi', 'الكاظمي', 'Kazimi'],
    });
    const before = await fingerprint(g);
    await importFile(g, path, 'jsonl');
    expect(await fingerprint(g)).toEqual(before);
  });
});

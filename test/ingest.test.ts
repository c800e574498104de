// kg ingest's per-file errors: a file of a type it does not read, and an article too big for the
// memory Neo4j lets a transaction use, each said in words a user can act on.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Neo4jError } from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { UserError } from '../src/errors.js';
import { documentForFile, explainWriteFailure, INGESTED_EXTENSIONS } from '../src/ingest.js';
import { isOutOfTransactionMemory } from '../src/store/transaction-memory.js';

const dir = mkdtempSync(join(tmpdir(), 'kg-ingest-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the files kg ingest reads', () => {
  it('names every accepted extension, .json documents included, when it refuses one', async () => {
    const path = join(dir, 'doc.jsonl');
    writeFileSync(path, '{}\n');
    expect(INGESTED_EXTENSIONS).toEqual(expect.arrayContaining(['.txt', '.md', '.html', '.htm', '.json']));
    await expect(documentForFile(path)).rejects.toThrow(`${path}: unsupported file type ".jsonl"; expected .txt, .text, .md, .markdown, .html, .htm or .json`);
  });
});

describe('an article too big for the memory of one transaction', () => {
  // As Neo4j 5.26 answers with KG_NEO4J_HEAP=512m and a 1.4 MB one-line article.
  const pool = new Neo4jError(
    'The allocation of an extra 2.0 MiB would use more than the limit 358.4 MiB. Currently using 357.1 MiB. dbms.memory.transaction.total.max threshold reached',
    'Neo.TransientError.General.MemoryPoolOutOfMemoryError', '50N42', 'error: general processing exception - unexpected error');

  it('is told apart by the code, or by the message, from other errors', () => {
    expect(isOutOfTransactionMemory(pool)).toBe(true);
    expect(isOutOfTransactionMemory(new Neo4jError('db.memory.transaction.max threshold reached', 'Neo.TransientError.General.TransactionMemoryLimit', '50N42', ''))).toBe(true);
    expect(isOutOfTransactionMemory(new Neo4jError('The allocation … dbms.memory.transaction.total.max threshold reached', 'Neo.ClientError.General.Unknown', '50N42', ''))).toBe(true);
    expect(isOutOfTransactionMemory(new Neo4jError('deadlock', 'Neo.TransientError.Transaction.DeadlockDetected', '50N42', ''))).toBe(false);
    expect(isOutOfTransactionMemory(new Error('out of memory'))).toBe(false);
    expect(isOutOfTransactionMemory(undefined)).toBe(false);
  });

  it('is reported with the file, what happened and what to do; any other error is left as it is', () => {
    const explained = explainWriteFailure('big.txt', pool);
    expect(explained).toBeInstanceOf(UserError);
    expect(explained.message).toMatch(/^big\.txt: too big to write in one transaction: Neo4j ran out of the memory it lets transactions use \(Neo\.TransientError\.General\.MemoryPoolOutOfMemoryError\)/);
    for (const advice of ['KG_NEO4J_HEAP', 'dbms.memory.transaction.total.max', 'split the article']) expect(explained.message).toContain(advice);
    const other = new Neo4jError('syntax', 'Neo.ClientError.Statement.SyntaxError', '42001', '');
    expect(explainWriteFailure('big.txt', other)).toBe(other);
  });
});

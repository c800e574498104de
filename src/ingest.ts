// Ingest: files → extraction documents → Neo4j, one transaction per article. Articles are read
// and extracted one at a time so memory stays flat however many files there are.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { UserError } from './errors.js';
import { extractWithRules, type ExtractArticle } from './extractors.js';
import { ExtractionDocumentSchema, type ExtractionDocument } from './model/schemas.js';
import type { Graph } from './store/connection.js';
import { ensureSchema } from './store/schema.js';
import { isOutOfTransactionMemory } from './store/transaction-memory.js';
import { GroupWriter, type WriteSummary } from './store/write-document.js';
import { ARTICLE_EXTENSIONS, readArticleFile, unsupportedFileType } from './text/read-article.js';

const DOCUMENT_EXTENSIONS: readonly string[] = ['.json'];
/** What `kg ingest` reads: articles, and documents printed by `kg extract`. */
export const INGESTED_EXTENSIONS = [...ARTICLE_EXTENSIONS, ...DOCUMENT_EXTENSIONS];

/** Sidecar files (`name.source.txt`) describe an article; they are not articles. */
const isSidecar = (path: string) => path.endsWith('.source.txt');

/** Expands folders (recursively, sorted) into the article and document files they hold. */
export function collectFiles(paths: string[]): string[] {
  const out: string[] = [];
  const visit = (path: string, explicit: boolean) => {
    let st;
    try {
      st = statSync(path);
    } catch {
      throw new UserError(`${path}: no such file or folder`);
    }
    if (st.isDirectory()) {
      for (const name of readdirSync(path).sort()) {
        if (!name.startsWith('.')) visit(join(path, name), false);
      }
      return;
    }
    const ext = extname(path).toLowerCase();
    if (explicit || (INGESTED_EXTENSIONS.includes(ext) && !isSidecar(path))) out.push(path);
  };
  for (const p of paths) visit(p, true);
  return out;
}

/** Reads a document that `kg extract --format json` printed earlier. */
export function readDocumentFile(path: string): ExtractionDocument {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new UserError(`${path}: malformed JSON (${(err as Error).message})`);
  }
  const parsed = ExtractionDocumentSchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new UserError(`${path}: not an extraction document: ${first}`);
  }
  return parsed.data;
}

export async function documentForFile(path: string, extract: ExtractArticle = extractWithRules): Promise<ExtractionDocument> {
  const ext = extname(path).toLowerCase();
  if (DOCUMENT_EXTENSIONS.includes(ext)) return readDocumentFile(path);
  if (!ARTICLE_EXTENSIONS.includes(ext)) throw unsupportedFileType(path, INGESTED_EXTENSIONS);
  return extract(await readArticleFile(path));
}

/** Neo4j's raw "… threshold reached" says neither which article nor what to do about it. */
export function explainWriteFailure(path: string, err: Error): Error {
  if (!isOutOfTransactionMemory(err)) return err;
  const code = (err as { code?: unknown }).code;
  return new UserError(`${path}: too big to write in one transaction: Neo4j ran out of the memory it lets transactions use`
    + ` (${typeof code === 'string' ? code : err.message}). Raise KG_NEO4J_HEAP (the embedded Neo4j's heap; transactions`
    + ' may use 70 % of it) or, on your own server (NEO4J_URI), dbms.memory.transaction.total.max and'
    + ' db.memory.transaction.max; or split the article into smaller files. Nothing of this article was written.');
}

export type IngestEvent =
  | { kind: 'written'; path: string; summary: WriteSummary }
  | { kind: 'skipped'; path: string; reason: string }
  | { kind: 'failed'; path: string; error: Error };

/** `again`: articles the graph held already. */
export type IngestTotals = { files: number; articles: number; again: number; entities: number; relationships: number; failed: number; skipped: number; seconds: number };

export async function ingestFiles(
  g: Graph, files: string[], onEvent: (e: IngestEvent) => void = () => {}, extract: ExtractArticle = extractWithRules,
): Promise<IngestTotals> {
  const started = performance.now();
  await ensureSchema(g);
  const totals = { files: files.length, articles: 0, again: 0, entities: 0, relationships: 0, failed: 0, skipped: 0, seconds: 0 };
  const fail = (path: string, error: Error) => {
    // One bad file must not cost the others: report it and go on.
    totals.failed++;
    onEvent({ kind: 'failed', path, error });
  };
  const writer = new GroupWriter<string>(g, (r) => {
    if ('error' in r) return fail(r.tag, explainWriteFailure(r.tag, r.error));
    totals.articles++;
    if (r.summary.stored) totals.again++;
    totals.entities += r.summary.entities;
    totals.relationships += r.summary.relationships;
    onEvent({ kind: 'written', path: r.tag, summary: r.summary });
  });
  for (const path of files) {
    let doc: ExtractionDocument;
    try {
      doc = await documentForFile(path, extract);
    } catch (err) {
      fail(path, err as Error);
      continue;
    }
    if (doc.sentences.length === 0) {
      totals.skipped++;
      onEvent({ kind: 'skipped', path, reason: 'no text' });
      continue;
    }
    await writer.add(doc, path);
  }
  await writer.flush();
  totals.seconds = (performance.now() - started) / 1000;
  return totals;
}

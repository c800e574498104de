// Reads one article file into text plus what the file tells about it (title, source, URL, date).
// Input that is not text is refused with a message naming the file; an empty file is not an error.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { UserError } from '../errors.js';
import { htmlToText } from './html.js';
import { markdownToText } from './markdown.js';

export type ArticleFormat = 'txt' | 'md' | 'html';

export interface RawArticle {
  path: string;
  text: string;
  format: ArticleFormat;
  title?: string;
  source?: string;
  url?: string;
  publishedAt?: string;
}

export const MAX_ARTICLE_BYTES = 200 * 1024 * 1024;

const FORMATS: Record<string, ArticleFormat> = {
  '.txt': 'txt', '.text': 'txt', '.md': 'md', '.markdown': 'md', '.html': 'html', '.htm': 'html',
};

export const ARTICLE_EXTENSIONS: readonly string[] = Object.keys(FORMATS);

/** ".txt, .md or .html" */
export const extensionList = (extensions: readonly string[]) => `${extensions.slice(0, -1).join(', ')} or ${extensions.at(-1)}`;

/** The refusal of a file whose extension is none of `accepted`, listing them. */
export function unsupportedFileType(path: string, accepted: readonly string[]): UserError {
  return new UserError(`${path}: unsupported file type "${extname(path) || '(none)'}"; expected ${extensionList(accepted)}`);
}

export function formatOf(path: string): ArticleFormat {
  const f = FORMATS[extname(path).toLowerCase()];
  if (!f) throw unsupportedFileType(path, ARTICLE_EXTENSIONS);
  return f;
}

/** True when the bytes look like a binary file rather than text. */
export function looksBinary(buf: Uint8Array): boolean {
  if (buf.indexOf(0) !== -1) return true;
  const n = Math.min(buf.length, 65536);
  if (n === 0) return false;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i]!;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return control / n > 0.05;
}

/** UTF-16 (as Windows Notepad saves "Unicode") is text, but every other byte of Latin script is 0. */
function utf16Bom(buf: Uint8Array): boolean {
  return buf.length >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff));
}

export function decodeText(buf: Uint8Array, path: string): string {
  if (utf16Bom(buf)) throw new UserError(`${path}: UTF-16 text; convert it to UTF-8 first (iconv -f UTF-16 -t UTF-8)`);
  if (looksBinary(buf)) throw new UserError(`${path}: looks like a binary file, not text`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(buf);
  } catch {
    throw new UserError(`${path}: not valid UTF-8 text; convert it to UTF-8 first`);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** A date (YYYY-MM-DD) written in a line or a URL path such as /2020/06/06/. */
export function dateIn(s: string): string | undefined {
  const iso = s.match(/\b((?:19|20)\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\b/);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const path = s.match(/\/((?:19|20)\d{2})[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?:\/|$)/);
  if (path) return `${path[1]}-${path[2]}-${path[3]}`;
  return undefined;
}

interface Sidecar { url?: string; source?: string; publishedAt?: string }

function readSidecar(path: string): Sidecar | undefined {
  const side = path.replace(/\.[^./]+$/, '.source.txt');
  if (side === path || !existsSync(side)) return undefined;
  const lines = readFileSync(side, 'utf8').replace(/^\ufeff/, '').split(/\r?\n/).map((l) => l.trim());
  const [url, source, ...rest] = lines;
  const out: Sidecar = {};
  if (url) out.url = url;
  if (source) out.source = source;
  const date = rest.map(dateIn).find(Boolean) ?? (url ? dateIn(url) : undefined);
  if (date) out.publishedAt = date;
  return out;
}

const nonEmptyLines = (text: string) => text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);

export const MAX_TITLE_CHARS = 200;

/** A file without a headline starts with a paragraph, or is one long line: the title is its start. */
function titleFrom(line: string): string {
  if (line.length <= MAX_TITLE_CHARS) return line;
  const cut = line.slice(0, MAX_TITLE_CHARS);
  const space = cut.lastIndexOf(' ');
  return `${space > MAX_TITLE_CHARS / 2 ? cut.slice(0, space) : cut}…`;
}

/** A short closing line (a newspaper's name) is taken as the source when nothing better says so. */
export function trailingSource(text: string): string | undefined {
  const lines = nonEmptyLines(text);
  if (lines.length < 2) return undefined;
  const last = lines[lines.length - 1]!;
  const words = last.split(/\s+/).length;
  return words <= 4 && !/[.!?؟:]$/.test(last) && last.length <= 60 ? last : undefined;
}

export async function readArticleFile(path: string): Promise<RawArticle> {
  const format = formatOf(path);
  let size: number;
  try {
    const st = statSync(path);
    if (!st.isFile()) throw new UserError(`${path}: not a file`);
    size = st.size;
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw new UserError(`${path}: cannot read (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (size > MAX_ARTICLE_BYTES) {
    throw new UserError(`${path}: ${(size / 1048576).toFixed(0)} MB is larger than the ${MAX_ARTICLE_BYTES / 1048576} MB limit for one article`);
  }
  const content = decodeText(readFileSync(path), path);
  const sidecar = readSidecar(path);
  const article: RawArticle = { path, text: content, format };
  if (format === 'html') {
    const h = htmlToText(content);
    article.text = h.text;
    if (h.title) article.title = h.title;
    if (h.publishedAt) article.publishedAt = h.publishedAt;
  } else if (format === 'md') {
    const m = markdownToText(content);
    article.text = m.text;
    if (m.title) article.title = m.title;
  }
  if (!article.title) {
    const first = nonEmptyLines(article.text)[0];
    if (first) article.title = titleFrom(first);
  }
  if (sidecar?.url) article.url = sidecar.url;
  if (sidecar?.source) article.source = sidecar.source;
  if (sidecar?.publishedAt && !article.publishedAt) article.publishedAt = sidecar.publishedAt;
  if (!sidecar && article.text.trim()) {
    const src = trailingSource(article.text);
    if (src) article.source = src;
  }
  return article;
}

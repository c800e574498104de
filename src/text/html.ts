// HTML reduced to its article text: Readability picks the article body, then block elements become
// paragraphs so sentence splitting still sees paragraph breaks.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

export interface HtmlText { text: string; title?: string; publishedAt?: string }

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td, figcaption, dt, dd';

function blockText(root: { querySelectorAll(sel: string): ArrayLike<unknown> }): string {
  const paras: string[] = [];
  for (const el of Array.from(root.querySelectorAll(BLOCKS)) as Array<{ textContent: string | null; querySelector(s: string): unknown }>) {
    // A block that contains other blocks is read through them, not twice.
    if (el.querySelector(BLOCKS)) continue;
    const t = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (t) paras.push(t);
  }
  return paras.join('\n\n');
}

function metaDate(document: { querySelector(sel: string): { getAttribute(n: string): string | null } | null }): string | undefined {
  for (const sel of ['meta[property="article:published_time"]', 'meta[name="article:published_time"]',
    'meta[name="date"]', 'meta[itemprop="datePublished"]', 'time[datetime]']) {
    const el = document.querySelector(sel);
    const v = el?.getAttribute('content') ?? el?.getAttribute('datetime');
    const m = v?.match(/^(\d{4}-\d{2}-\d{2})/);
    if (m) return m[1];
  }
  return undefined;
}

export function htmlToText(html: string): HtmlText {
  const { document } = parseHTML(html);
  const publishedAt = metaDate(document as never);
  const pageTitle = (document.querySelector('title')?.textContent ?? '').trim() || undefined;
  let text = '';
  let title = pageTitle;
  try {
    const article = new Readability(document as never).parse();
    if (article?.content) {
      const { document: body } = parseHTML(`<html><body>${article.content}</body></html>`);
      text = blockText(body as never) || (article.textContent ?? '').trim();
    }
    if (article?.title) title = article.title.trim() || title;
  } catch {
    // Readability gives up on fragments; the plain body text is still the best we have.
  }
  if (!text) {
    const { document: fresh } = parseHTML(html);
    fresh.querySelectorAll('script, style, noscript, nav, header, footer').forEach((n: { remove(): void }) => n.remove());
    text = blockText(fresh as never) || (fresh.body?.textContent ?? '').replace(/[ \t]+/g, ' ').trim();
  }
  return { text, ...(title ? { title } : {}), ...(publishedAt ? { publishedAt } : {}) };
}

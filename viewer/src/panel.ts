// The side panel: a node's properties, its relations with their evidence sentences (the mentions
// marked), the sentences that mention it, and an article's text when an evidence link is followed.
// Every name and sentence is inserted as text.
import type { ArticlePayload, EvidenceSentence, Highlight, NodeDetail, Relation } from '../../src/model/api.js';
import { el, safeHref } from './dom.js';
import { typeColor } from './appearance.js';

export type PanelActions = {
  selectNode(id: string): void;
  openArticle(articleId: string, sentenceId?: string): void;
  close(): void;
};

/** The sentence as text nodes, with each mention wrapped in <mark>; overlapping marks are merged. */
export function markedSentence(text: string, highlights: Highlight[], focus?: string): HTMLElement {
  const spans = highlights
    .map((h) => ({ start: Math.max(0, h.start), end: Math.min(text.length, h.end), focus: h.entityId === focus }))
    .filter((h) => h.end > h.start)
    .sort((a, b) => a.start - b.start);
  const q = el('q', { dir: 'auto', class: 'sentence' });
  let at = 0;
  for (const h of spans) {
    if (h.start < at) continue;
    q.append(text.slice(at, h.start), el('mark', { class: h.focus ? 'focus' : undefined }, text.slice(h.start, h.end)));
    at = h.end;
  }
  q.append(text.slice(at));
  return q;
}

const name = (n: { name: string; nameAr?: string }) =>
  el('span', { class: 'names' }, el('bdi', {}, n.name), n.nameAr && n.nameAr !== n.name ? el('bdi', { dir: 'rtl', lang: 'ar', class: 'name-ar' }, n.nameAr) : null);

function evidence(e: EvidenceSentence, focus: string, actions: PanelActions): HTMLElement {
  const link = el('button', { type: 'button', class: 'link', dir: 'auto', title: 'Open the article' }, e.article.title);
  link.addEventListener('click', () => actions.openArticle(e.article.id, e.sentenceId));
  const external = safeHref(e.article.url);
  return el('li', { class: 'evidence', dir: 'auto', lang: e.article.language },
    markedSentence(e.text, e.highlights, focus),
    el('div', { class: 'source' }, link, e.article.publishedAt ? ` · ${e.article.publishedAt}` : '',
      external ? el('a', { href: external, target: '_blank', rel: 'noopener noreferrer', class: 'external' }, '↗') : null));
}

function relation(r: Relation, focus: string, actions: PanelActions): HTMLElement {
  const other = el('button', { type: 'button', class: 'link other' }, name(r.other));
  other.addEventListener('click', () => actions.selectNode(r.other.id));
  const arrow = r.direction === 'out' ? '→' : '←';
  const facts = [r.date && `date ${r.date}`, r.count !== undefined && `count ${r.count}`, r.confidence !== undefined && `confidence ${r.confidence.toFixed(2)}`].filter(Boolean).join(' · ');
  return el('li', { class: 'relation', 'data-predicate': r.predicate },
    el('div', { class: 'relation-head' },
      el('span', { class: 'predicate' }, `${arrow} ${r.predicate}`), ' ',
      el('span', { class: 'dot', style: `background:${typeColor(r.other.type)}` }), other),
    facts ? el('div', { class: 'facts' }, facts) : null,
    el('ol', { class: 'evidence-list' }, ...r.evidence.map((e) => evidence(e, focus, actions))));
}

function header(title: Node, actions: PanelActions): HTMLElement {
  const close = el('button', { type: 'button', class: 'close', 'aria-label': 'Close' }, '×');
  close.addEventListener('click', () => actions.close());
  return el('header', {}, title, close);
}

export function renderNode(panel: HTMLElement, d: NodeDetail, actions: PanelActions): void {
  const n = d.node;
  const wikidata = safeHref(n.wikidataUrl);
  panel.replaceChildren(
    header(el('h2', { class: 'node-title' }, name(n)), actions),
    el('p', { class: 'meta' },
      el('span', { class: 'dot', style: `background:${typeColor(n.type)}` }), ` ${n.type} · degree ${n.degree} · `,
      wikidata ? el('a', { href: wikidata, target: '_blank', rel: 'noopener noreferrer' }, `Wikidata ${n.wikidataId}`) : el('code', {}, n.id)),
    n.aliases.length ? el('p', { class: 'aliases', dir: 'auto' }, 'Also: ', ...n.aliases.flatMap((a, i) => [i ? ', ' : '', el('bdi', {}, a)])) : '',
    el('h3', {}, `Relations (${d.relations.length})`),
    el('ul', { class: 'relations' }, ...d.relations.map((r) => relation(r, n.id, actions))),
    el('h3', {}, `Mentions (${d.mentions.length} of ${d.mentionCount})`),
    el('ol', { class: 'evidence-list' }, ...d.mentions.map((m) => evidence(m, n.id, actions))),
  );
  panel.hidden = false;
  panel.scrollTop = 0;
}

export function renderArticle(panel: HTMLElement, a: ArticlePayload, sentenceId: string | undefined, actions: PanelActions): void {
  const external = safeHref(a.url);
  const body = el('div', { class: 'article-text', dir: a.language === 'ar' ? 'rtl' : 'auto', lang: a.language },
    ...a.sentences.map((s) => el(s.id === sentenceId ? 'mark' : 'span', { 'data-sentence': s.id }, s.text, ' ')));
  panel.replaceChildren(
    header(el('h2', { dir: 'auto' }, a.title), actions),
    el('p', { class: 'meta' }, [a.source, a.publishedAt, a.language].filter(Boolean).join(' · '), ' ',
      external ? el('a', { href: external, target: '_blank', rel: 'noopener noreferrer' }, 'original ↗') : null),
    body,
    a.truncated ? el('p', { class: 'meta' }, '(truncated)') : '',
  );
  panel.hidden = false;
  body.querySelector('mark')?.scrollIntoView({ block: 'center' });
}

export function renderError(panel: HTMLElement, message: string, actions: PanelActions): void {
  panel.replaceChildren(header(el('h2', {}, 'Error'), actions), el('p', { class: 'error' }, message));
  panel.hidden = false;
}

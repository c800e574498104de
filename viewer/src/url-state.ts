// The view's state in the URL's query string, so a view can be shared and reloaded.
import type { ColorMode, SizeMode } from './appearance.js';
import type { Lang } from './renderer.js';

export type ViewState = {
  types: string[];
  predicates: string[];
  article?: string;
  minDegree: number;
  limit: number;
  node?: string;
  lang: Lang;
  color: ColorMode;
  size: SizeMode;
};

export const DEFAULT_LIMIT = 2_000;

const list = (s: string | null) => (s ? s.split(',').filter(Boolean) : []);
const int = (s: string | null, fallback: number) => {
  const n = Number(s);
  return s !== null && Number.isInteger(n) && n >= 0 ? n : fallback;
};

export function readState(search = location.search): ViewState {
  const p = new URLSearchParams(search);
  return {
    types: list(p.get('types')),
    predicates: list(p.get('predicates')),
    article: p.get('article') || undefined,
    minDegree: int(p.get('minDegree'), 0),
    limit: int(p.get('limit'), DEFAULT_LIMIT) || DEFAULT_LIMIT,
    node: p.get('node') || undefined,
    lang: p.get('lang') === 'ar' ? 'ar' : 'en',
    color: p.get('color') === 'community' ? 'community' : 'type',
    size: p.get('size') === 'pagerank' ? 'pagerank' : 'degree',
  };
}

export function writeState(s: ViewState): void {
  const p = new URLSearchParams();
  if (s.types.length) p.set('types', s.types.join(','));
  if (s.predicates.length) p.set('predicates', s.predicates.join(','));
  if (s.article) p.set('article', s.article);
  if (s.minDegree) p.set('minDegree', String(s.minDegree));
  if (s.limit !== DEFAULT_LIMIT) p.set('limit', String(s.limit));
  if (s.node) p.set('node', s.node);
  if (s.lang !== 'en') p.set('lang', s.lang);
  if (s.color !== 'type') p.set('color', s.color);
  if (s.size !== 'degree') p.set('size', s.size);
  const q = p.toString();
  history.replaceState(null, '', q ? `?${q}` : location.pathname);
}

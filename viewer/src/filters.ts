// The filter column: entity types (which doubles as the colour legend), predicates, article,
// minimum degree and the node cap. Calls back with the whole filter on every change.
import type { MetaPayload } from '../../src/model/api.js';
import { typeColor } from './appearance.js';
import { byId, el } from './dom.js';
import type { ViewState } from './url-state.js';

export type Filter = Pick<ViewState, 'types' | 'predicates' | 'article' | 'minDegree' | 'limit'>;

function checklist(container: HTMLElement, values: readonly string[], chosen: string[], swatch: (v: string) => string | null): () => string[] {
  const boxes = values.map((v) => {
    const box = el('input', { type: 'checkbox', value: v });
    // No choice in the URL means everything.
    box.checked = chosen.length === 0 || chosen.includes(v);
    const colour = swatch(v);
    container.append(el('label', { class: 'check' }, box, colour ? el('span', { class: 'dot', style: `background:${colour}` }) : null, v));
    return box;
  });
  return () => {
    const on = boxes.filter((b) => b.checked).map((b) => b.value);
    return on.length === values.length ? [] : on;
  };
}

export function filters(meta: MetaPayload, initial: Filter, onChange: (f: Filter) => void): { legendNote(text: string): void } {
  const legend = byId('legend');
  const types = checklist(legend, meta.types, initial.types, typeColor);
  const note = el('p', { class: 'legend-note' });
  legend.append(note);
  const predicates = checklist(byId('predicates'), meta.predicates, initial.predicates, () => null);

  const article = byId<HTMLSelectElement>('article');
  for (const a of meta.articles) article.append(el('option', { value: a.id, dir: 'auto' }, `${a.title}${a.language ? ` (${a.language})` : ''}`));
  article.value = initial.article ?? '';

  const minDegree = byId<HTMLInputElement>('min-degree');
  minDegree.value = String(initial.minDegree);
  const limit = byId<HTMLInputElement>('limit');
  limit.value = String(initial.limit);

  const current = (): Filter => ({
    types: types(),
    predicates: predicates(),
    article: article.value || undefined,
    minDegree: Math.max(0, Math.floor(Number(minDegree.value) || 0)),
    limit: Math.min(50_000, Math.max(1, Math.floor(Number(limit.value) || initial.limit))),
  });
  for (const control of [legend, byId('predicates'), article, minDegree, limit]) control.addEventListener('change', () => onChange(current()));
  return { legendNote: (text) => { note.textContent = text; } };
}

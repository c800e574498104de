// The search box: autocomplete over names and aliases in both scripts, keyboard and mouse.
import type { SearchHit } from '../../src/model/api.js';
import { api } from './api.js';
import { typeColor } from './appearance.js';
import { el } from './dom.js';

const DEBOUNCE_MS = 150;

export function searchBox(input: HTMLInputElement, list: HTMLUListElement, choose: (hit: SearchHit) => void): void {
  let hits: SearchHit[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: AbortController | null = null;

  const close = () => {
    list.hidden = true;
    active = -1;
    input.setAttribute('aria-expanded', 'false');
  };
  const pick = (hit: SearchHit | undefined) => {
    if (!hit) return;
    close();
    input.value = hit.name;
    choose(hit);
  };
  const show = () => {
    list.replaceChildren(...hits.map((h, i) => {
      const item = el('li', { role: 'option', id: `hit-${i}`, 'aria-selected': String(i === active), 'data-id': h.id },
        el('span', { class: 'dot', style: `background:${typeColor(h.type)}` }),
        el('bdi', { class: 'hit-name' }, h.name),
        h.nameAr ? el('bdi', { class: 'hit-name-ar', dir: 'rtl', lang: 'ar' }, h.nameAr) : null,
        el('small', {}, h.type));
      // mousedown, not click: the input's blur would close the list before a click lands.
      item.addEventListener('mousedown', (ev) => {
        ev.preventDefault();
        pick(h);
      });
      return item;
    }));
    if (hits.length === 0) list.append(el('li', { class: 'empty' }, 'No match'));
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };

  const run = async () => {
    const q = input.value.trim();
    pending?.abort();
    if (!q) return close();
    pending = new AbortController();
    try {
      hits = (await api.search(q, pending.signal)).hits;
      active = hits.length ? 0 : -1;
      show();
    } catch (err) {
      if ((err as Error).name !== 'AbortError') {
        hits = [];
        show();
      }
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      if (!hits.length) return;
      ev.preventDefault();
      active = (active + (ev.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length;
      show();
    } else if (ev.key === 'Enter') {
      ev.preventDefault();
      if (list.hidden || active < 0) {
        clearTimeout(timer);
        void run().then(() => pick(hits[0]));
      } else {
        pick(hits[active]);
      }
    } else if (ev.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 100));
}

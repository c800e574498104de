// The read-only Cypher console: results with nodes or relationships are drawn, others tabled.
import type { CypherPayload } from '../../src/model/api.js';
import { api } from './api.js';
import { el } from './dom.js';

const cell = (v: unknown) => (v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));

function table(r: CypherPayload): HTMLElement {
  return el('table', {},
    el('thead', {}, el('tr', {}, ...r.columns.map((c) => el('th', {}, c)))),
    el('tbody', {}, ...r.rows.map((row) => el('tr', {}, ...r.columns.map((c) => el('td', { dir: 'auto' }, cell(row[c])))))));
}

export function cypherConsole(textarea: HTMLTextAreaElement, button: HTMLButtonElement, out: HTMLElement, draw: (r: CypherPayload) => Promise<void>): void {
  const run = async () => {
    button.disabled = true;
    out.replaceChildren(el('p', {}, 'Running…'));
    try {
      const r = await api.cypher(textarea.value);
      const rows = `${r.rows.length}${r.truncated ? ` of ${r.rowCount}` : ''} row${r.rowCount === 1 ? '' : 's'}`;
      if (r.graph) {
        await draw(r);
        out.replaceChildren(el('p', { class: 'ok' }, `${rows}; drawn ${r.graph.nodes.length} nodes and ${r.graph.edges.length} relationships.`));
      } else {
        out.replaceChildren(el('p', { class: 'ok' }, rows), table(r));
      }
    } catch (err) {
      out.replaceChildren(el('p', { class: 'error' }, (err as Error).message));
    } finally {
      button.disabled = false;
    }
  };
  button.addEventListener('click', () => void run());
  textarea.addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter' && (ev.ctrlKey || ev.metaKey)) void run();
  });
}

// The viewer: wires the graph, the renderer, the layout and the controls to the kg API, and keeps
// the view's state in the URL.
import '@fontsource/noto-sans-arabic/400.css';
import '@fontsource/noto-sans-arabic/700.css';
import './styles.css';
import type { CypherPayload, GraphPayload, SearchHit } from '../../src/model/api.js';
import { api, ApiFailure } from './api.js';
import { colorByCommunity, colorByType, degreeIn, sizeBy, type ColorMode, type SizeMode } from './appearance.js';
import { cypherConsole } from './cypher-console.js';
import { byId } from './dom.js';
import { exportGexf, exportPng } from './export.js';
import { filters, type Filter } from './filters.js';
import { createGraph, mergePayload, replaceWith } from './graph-data.js';
import { Layout } from './layout.js';
import { computeMetrics, type MetricKind } from './metrics.js';
import { renderArticle, renderError, renderNode, type PanelActions } from './panel.js';
import { createView, LABEL_FONT, LARGE_GRAPH, type Lang } from './renderer.js';
import { searchBox } from './search-box.js';
import { nextTask } from './slices.js';
import { readState, writeState } from './url-state.js';

const state = readState();
// The graph downloads while the renderer starts (compiling its WebGL programs takes a while without
// a GPU), which is a task of its own: the request goes out first.
const firstGraph = api.graph(state);
await nextTask();
const graph = createGraph();
const view = createView(graph, byId('stage'));
const panel = byId('panel');
const statusBar = byId('status');
const layoutButton = byId<HTMLButtonElement>('layout');
/** What matched on the server before the cap: the M of "N of M shown". */
let shown: GraphPayload['total'] = { nodes: 0, edges: 0 };
let legendNote = (_text: string) => {};

const layout = new Layout(graph, view, (s) => {
  layoutButton.textContent = s === 'running' ? 'Stop layout' : 'Run layout';
  showStatus();
});

function showStatus(message?: string): void {
  const counts = `${graph.order.toLocaleString()} of ${shown.nodes.toLocaleString()} nodes shown · ${graph.size.toLocaleString()} edges`;
  statusBar.textContent = [message, counts, layout.isRunning() ? 'layout running' : ''].filter(Boolean).join(' · ');
}

function failed(err: unknown): void {
  const message = err instanceof ApiFailure ? err.message : `Unexpected error: ${(err as Error).message}`;
  showStatus(message);
  renderError(panel, message, actions);
}

// Bumped by every restyle, so that a metric computed for an earlier graph or mode is dropped.
let styling = 0;

/**
 * Colours, sizes and renderer settings follow the graph's content and the chosen modes. Type
 * colours and degree sizes are written at once; communities and PageRank come from a worker and
 * are drawn when they arrive (until then, nodes added meanwhile keep a type colour or their size).
 */
function restyle(): void {
  const mine = ++styling;
  const stale = () => mine !== styling;
  colorByType(graph, state.color === 'community');
  if (state.size === 'degree') sizeBy(graph, degreeIn(graph));
  view.tune();
  const kinds: MetricKind[] = [];
  if (state.color === 'community') kinds.push('communities');
  if (state.size === 'pagerank') kinds.push('pagerank');
  legendNote(state.color === 'community' ? 'Finding communities…' : '');
  if (!kinds.length) return;
  void computeMetrics(graph, kinds, stale).then((metrics) => {
    if (!metrics || stale()) return;
    if (metrics.communities) {
      const count = colorByCommunity(graph, metrics.communities);
      legendNote(`Coloured by community: ${count} communities (types still filter).`);
    }
    const rank = metrics.pagerank;
    if (rank) sizeBy(graph, (n) => rank.get(n));
    view.redraw();
  }).catch(failed);
}

/** Fades all but the hovered (else the selected) node's neighbourhood; takes effect on the next redraw. */
function setFocus(): void {
  const focus = view.state.hovered ?? view.state.selected;
  view.state.neighbours = focus && graph.hasNode(focus) ? new Set(graph.neighbors(focus)) : new Set();
}

function focusOn(node: string | null): void {
  view.state.selected = node;
  setFocus();
  view.redraw();
}

// Changes of the graph's content are made in slices of main-thread time; they run one after
// another, so that two of them never interleave. A layout, or a metric whose structure is still
// being read, would see the graph change under it: both stop.
let changes = Promise.resolve();
function changeGraph<T>(change: () => Promise<T>): Promise<T> {
  const run = changes.then(() => {
    layout.kill();
    styling++;
    return view.bulk(change);
  });
  changes = run.then(() => undefined, () => undefined);
  return run;
}

/** Adds a node's neighbours to the drawing; nodes already drawn stay where they are. */
async function expand(id: string): Promise<void> {
  const payload = await api.neighbours(id);
  // A graph the layout has finished keeps its shape: only the newcomers are laid out.
  const settled = layout.isIdle();
  const added = await changeGraph(async () => {
    const ids = await mergePayload(graph, payload);
    restyle();
    setFocus();
    return ids;
  });
  shown = { ...shown, nodes: Math.max(shown.nodes, graph.order) };
  if (!added.length) return;
  layout.start(settled ? new Set(added) : undefined);
  showStatus();
}

// Panel contents arrive asynchronously; only the answer to the user's latest request is shown.
let panelRequests = 0;
function claimPanel(): () => boolean {
  const mine = ++panelRequests;
  return () => mine === panelRequests;
}

async function select(id: string | null): Promise<void> {
  const stillWanted = claimPanel();
  state.node = id ?? undefined;
  writeState(state);
  focusOn(id && graph.hasNode(id) ? id : null);
  if (!id) {
    panel.hidden = true;
    return;
  }
  try {
    const detail = await api.node(id);
    if (stillWanted()) renderNode(panel, detail, actions);
  } catch (err) {
    failed(err);
  }
}

/** Brings a node into view: fetched with its neighbours if not drawn, selected, camera moved to it. */
async function goTo(id: string): Promise<void> {
  if (!graph.hasNode(id)) await expand(id);
  await select(id);
  const d = view.sigma.getNodeDisplayData(id);
  if (d) await view.sigma.getCamera().animate({ x: d.x, y: d.y, ratio: 0.4 }, { duration: 600 });
}

const actions: PanelActions = {
  selectNode: (id) => void goTo(id).catch(failed),
  openArticle: (articleId, sentenceId) => {
    const stillWanted = claimPanel();
    void api.article(articleId).then((a) => stillWanted() && renderArticle(panel, a, sentenceId, actions)).catch(failed);
  },
  close: () => void select(null),
};

async function draw(payload: GraphPayload): Promise<void> {
  await changeGraph(async () => {
    await replaceWith(graph, payload);
    restyle();
    for (const key of ['selected', 'hovered'] as const) if (view.state[key] && !graph.hasNode(view.state[key])) view.state[key] = null;
    setFocus();
  });
  shown = payload.total;
  // The layout's set-up copies the whole graph; let the first picture reach the screen first.
  setTimeout(() => layout.start(), 0);
  showStatus();
}

async function loadGraph(f: Filter, pending = api.graph(f)): Promise<void> {
  showStatus('Loading…');
  const payload = await pending;
  performance.mark('kg:graph-received');
  await draw(payload);
  performance.mark('kg:first-render');
  document.body.dataset.loaded = String(performance.now());
}

function wireRenderer(): void {
  const s = view.sigma;
  s.on('enterNode', ({ node }) => {
    if (graph.order >= LARGE_GRAPH) return;
    view.state.hovered = node;
    focusOn(view.state.selected);
  });
  s.on('leaveNode', () => {
    // Sigma reports leaving again when the pointer comes back to the stage, and on large graphs
    // nothing was hovered: neither needs a redraw.
    if (view.state.hovered === null) return;
    view.state.hovered = null;
    focusOn(view.state.selected);
  });
  s.on('enterEdge', ({ edge }) => {
    view.state.hoveredEdge = edge;
    view.redraw();
  });
  s.on('leaveEdge', () => {
    view.state.hoveredEdge = null;
    view.redraw();
  });
  s.on('clickNode', ({ node }) => void select(node));
  s.on('doubleClickNode', (e) => {
    e.preventSigmaDefault();
    void expand(e.node).catch(failed);
  });
  s.on('clickStage', () => void select(null));
}

/** A toolbar select bound to one piece of state that the URL keeps. */
function choice<T extends string>(id: string, initial: T, apply: (value: T) => void): void {
  const select = byId<HTMLSelectElement>(id);
  select.value = initial;
  select.addEventListener('change', () => {
    apply(select.value as T);
    writeState(state);
  });
}

function wireToolbar(): void {
  view.state.lang = state.lang;
  choice<Lang>('lang', state.lang, (lang) => {
    state.lang = lang;
    view.state.lang = lang;
    view.redraw();
  });
  choice<ColorMode>('color', state.color, (color) => {
    state.color = color;
    restyle();
    view.redraw();
  });
  choice<SizeMode>('size', state.size, (size) => {
    state.size = size;
    restyle();
    view.redraw();
  });
  layoutButton.addEventListener('click', () => (layout.isRunning() ? layout.stop() : layout.start()));
  byId('export-png').addEventListener('click', () => void exportPng(view.sigma));
  byId('export-gexf').addEventListener('click', () => exportGexf(graph));
  searchBox(byId<HTMLInputElement>('search'), byId<HTMLUListElement>('search-results'), (hit: SearchHit) => void goTo(hit.id).catch(failed));
  cypherConsole(byId<HTMLTextAreaElement>('cypher'), byId<HTMLButtonElement>('run-cypher'), byId('cypher-result'), (r: CypherPayload) => draw(r.graph!));
}

async function start(): Promise<void> {
  wireRenderer();
  wireToolbar();
  // Canvas labels use the font only once it is loaded; draw them again when it is.
  void document.fonts.load(`400 13px ${LABEL_FONT}`, 'بايدن Biden').then(() => view.sigma.scheduleRender());
  const meta = await api.meta();
  const f = filters(meta, state, (next) => {
    Object.assign(state, next);
    writeState(state);
    void loadGraph(next).catch(failed);
  });
  legendNote = f.legendNote;
  await loadGraph(state, firstGraph);
  if (state.node) await goTo(state.node);
}

// A handle for the browser tests and the benchmark, which drive the page from outside.
Object.assign(window, { kgViewer: { graph, sigma: view.sigma, goTo, layout, hovered: () => view.state.hovered, hoveredEdge: () => view.state.hoveredEdge } });
start().catch(failed);

// The sigma renderer and what it shows beyond raw attributes: labels in the chosen language, the
// hovered node's neighbourhood, the selected node, edge labels when hovered or zoomed in.
//
// Sigma re-indexes the whole graph whenever the graph emits a change: on 50,000 nodes and 100,000
// edges that is one main-thread task of half a second or more. So large graphs change here without
// a full pass where they can: bulk changes run with the renderer detached, then sigma's pass over
// the result is made in slices (attach.ts); repaints and layout moves are handed to sigma a few
// hundred items at a time (`refresh` with `partialGraph`), in slices of main-thread time. While a
// layout moves a large graph's nodes its edges are hidden, as sigma hides them while the camera
// moves: a frame then costs a fraction.
import Graph from 'graphology';
import Sigma from 'sigma';
import { drawStraightEdgeLabel, EdgeLineProgram, EdgeRectangleProgram, NodeCircleProgram, NodePointProgram } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { EdgeAttrs, KgGraph, NodeAttrs } from './graph-data.js';
import { drawHover, drawLabel } from './labels.js';
import { attachInSlices } from './attach.js';
import { chunks, inSlices } from './slices.js';

export const LARGE_GRAPH = 5_000;
/** Edge labels are drawn below this camera ratio. */
const EDGE_LABEL_RATIO = 0.35;
/** Up to this many edges, every edge label fits on screen without zooming. */
const FEW_EDGES = 60;
export const LABEL_FONT = '"Noto Sans Arabic", system-ui, sans-serif';
/** Nodes or edges per `refresh`: a few milliseconds of sigma's work. */
const BATCH = 500;

// Sigma's default programs draw each node and edge as an instance of a small mesh. Software WebGL
// (SwiftShader, what Chrome falls back to without a GPU) issues instanced draws one instance at a
// time: a frame of 10,000 nodes took over a second. Large graphs use the one-draw-call programs
// instead: square points shaded round, and edges as hairlines. All are compiled at the start, while
// the graph downloads; switching is then a matter of the default type.
//
// Software WebGL also compiles slowly, tens of milliseconds a program, and sigma always compiles
// programs for its default types ('circle'; 'line' and 'arrow') whatever the settings add. So the
// viewer draws small graphs with those ('circle' discs, 'line' bands), and gives 'arrow', which it
// never draws as arrows, the hairline program: half the programs to compile, in half the time.
const PROGRAMS = {
  nodeProgramClasses: { circle: NodeCircleProgram, point: NodePointProgram },
  edgeProgramClasses: { line: EdgeRectangleProgram, arrow: EdgeLineProgram },
};
const TYPES = {
  small: { defaultNodeType: 'circle', defaultEdgeType: 'line' },
  large: { defaultNodeType: 'point', defaultEdgeType: 'arrow' },
};

export type Lang = 'en' | 'ar';
export type Position = { x: number; y: number };

export type View = {
  sigma: Sigma<NodeAttrs, EdgeAttrs>;
  state: { lang: Lang; hovered: string | null; hoveredEdge: string | null; selected: string | null; neighbours: Set<string> };
  /** Re-applies the reducers to every node and edge and draws the result. */
  redraw(): void;
  /** Runs a change of the graph's content with the renderer detached, then draws the result once. */
  bulk<T>(change: () => Promise<T>): Promise<T>;
  /** Draws the graph's nodes at new positions; resolves once every slice is handed to sigma. */
  move(positions: Positions): Promise<void>;
  /** Says whether a layout is moving the nodes (a large graph's edges are hidden meanwhile). */
  setMoving(moving: boolean): void;
  /** Switches the settings that large graphs cannot afford. */
  tune(): void;
};

export const labelOf = (a: Pick<NodeAttrs, 'name' | 'nameAr'>, lang: Lang) => (lang === 'ar' ? a.nameAr ?? a.name : a.name);

/** Positions to draw, as a graphology graph of them hands them out. */
export type Positions = { forEachNode(visit: (node: string, p: Position) => void): void };

/**
 * Where to write a layout's positions so that sigma draws them as a full pass would: sigma fits the
 * graph's bounding box, taken at its last full pass, to the screen, so the new positions are mapped
 * onto that box (same centre, same larger side).
 */
function fitTo(box: { x: [number, number]; y: [number, number] }, positions: Positions): (p: Position, into: Position) => void {
  let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
  positions.forEachNode((_, { x, y }) => {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  });
  const side = Math.max(maxX - minX, maxY - minY);
  const scale = side > 0 ? Math.max(box.x[1] - box.x[0], box.y[1] - box.y[0]) / side : 1;
  const [cx, cy] = [(box.x[0] + box.x[1]) / 2, (box.y[0] + box.y[1]) / 2];
  const [mx, my] = [(minX + maxX) / 2, (minY + maxY) / 2];
  // Writes into the attributes it is given: a new object per node would be garbage the size of the graph.
  return ({ x, y }, into) => {
    into.x = cx + (x - mx) * scale;
    into.y = cy + (y - my) * scale;
  };
}

export function createView(graph: KgGraph, container: HTMLElement): View {
  const state: View['state'] = { lang: 'en', hovered: null, hoveredEdge: null, selected: null, neighbours: new Set() };
  let zoomedIn = false;
  // The settings given to sigma below are a small graph's (the graph is empty yet); `tune` switches them.
  let large = false;
  // Nodes or edges added or dropped since sigma's last full pass have no place in its buffers yet.
  let indexed = true;
  // Bumped by every change of the graph's content, so that a slicing in progress stops.
  let version = 0;
  let moving = false;

  const labelEdge = (forced: boolean) => forced || zoomedIn || graph.size <= FEW_EDGES;
  const drawEdgeLabel: Settings<NodeAttrs, EdgeAttrs>['defaultDrawEdgeLabel'] = (context, data, source, target, settings) => {
    if (labelEdge(data.forceLabel === true)) drawStraightEdgeLabel(context, data, source, target, settings);
  };

  const sigma = new Sigma<NodeAttrs, EdgeAttrs>(graph, container, {
    labelFont: LABEL_FONT,
    labelSize: 13,
    labelWeight: '400',
    edgeLabelFont: LABEL_FONT,
    edgeLabelSize: 11,
    edgeLabelColor: { color: '#59606b' },
    // Whether a label is drawn is decided when drawing it (and see 'beforeRender' below).
    renderEdgeLabels: true,
    defaultDrawEdgeLabel: drawEdgeLabel,
    defaultDrawNodeLabel: drawLabel,
    defaultDrawNodeHover: drawHover,
    // Creates the edges' picking layer, which sigma only makes when edge events are on at the start.
    enableEdgeEvents: true,
    zIndex: true,
    minCameraRatio: 0.02,
    maxCameraRatio: 20,
    ...PROGRAMS,
    ...TYPES.small,
    // Sigma hands the reducers a copy of the attributes, so they change it in place.
    nodeReducer: (node, a) => {
      const out = a as Partial<NodeDisplayData> & NodeAttrs;
      out.label = labelOf(a, state.lang);
      const focus = state.hovered ?? state.selected;
      if (focus && node !== focus && !state.neighbours.has(node)) {
        out.color = '#e2e4e8';
        out.label = '';
        out.zIndex = 0;
      } else if (focus) {
        out.zIndex = 1;
      }
      if (node === state.selected) out.highlighted = true;
      return out;
    },
    edgeReducer: (edge, a) => {
      const out = a as Partial<EdgeDisplayData> & EdgeAttrs;
      const focus = state.hovered ?? state.selected;
      const touches = focus !== null && graph.hasExtremity(edge, focus);
      if (moving || (focus && !touches)) out.hidden = true;
      if (touches) {
        out.color = '#59606b';
        out.forceLabel = true;
      }
      if (edge === state.hoveredEdge) {
        out.color = '#1f2328';
        out.forceLabel = true;
      }
      return out;
    },
  });

  const placeholder = new Graph<NodeAttrs, EdgeAttrs>();
  // While a bulk change builds the graph, sigma draws the empty placeholder and knows none of its
  // items; then, until it has indexed them all, it has no place for them in its buffers.
  let attaching = false;
  const detached = () => attaching || sigma.getGraph() === placeholder;
  const changed = () => {
    indexed = false;
    version++;
  };
  for (const event of ['nodeAdded', 'edgeAdded', 'nodeDropped', 'edgeDropped', 'cleared', 'edgesCleared'] as const) graph.on(event, changed);
  sigma.on('afterProcess', () => {
    indexed = true;
  });

  function* batches(parts: { nodes: boolean; edges: boolean }) {
    if (parts.nodes) for (const nodes of chunks(graph.nodes(), BATCH)) yield { nodes };
    if (parts.edges) for (const edges of chunks(graph.edges(), BATCH)) yield { edges };
  }

  /** Hands the nodes and edges to sigma again, in slices on large graphs (all at once on small ones). */
  async function refresh(parts = { nodes: true, edges: true }): Promise<void> {
    // The full pass that ends a bulk change draws everything anew.
    if (detached()) return;
    if (!large) {
      sigma.scheduleRefresh();
      return;
    }
    const mine = version;
    // Before sigma's first full pass over new content, its buffers have no slot for the new items.
    await inSlices(batches(parts), (partialGraph) => sigma.refresh({ partialGraph, skipIndexation: indexed, schedule: true }), () => version !== mine || detached());
  }

  const redraw = () => void refresh();

  async function bulk<T>(change: () => Promise<T>): Promise<T> {
    sigma.setGraph(placeholder);
    try {
      return await change();
    } finally {
      // Indexes and draws the new content, in slices where sigma allows it (a large graph).
      attaching = true;
      try {
        await attachInSlices(sigma, graph);
      } finally {
        attaching = false;
      }
    }
  }

  async function move(positions: Positions): Promise<void> {
    const fit = fitTo(sigma.getBBox(), positions);
    // Written past graphology's events on purpose: an event would make sigma re-index the whole
    // graph, which `refresh` does here in slices instead.
    positions.forEachNode((node, p) => fit(p, graph.getNodeAttributes(node)));
    // Edges are drawn from their ends' positions, so shown edges move with the nodes.
    await refresh({ nodes: true, edges: !moving });
  }

  function setMoving(now: boolean): void {
    if (now === moving || (now && !large)) return;
    moving = now;
    void refresh({ nodes: false, edges: true });
  }

  // Sigma follows window resizes only; the stage also changes size when the side panel opens or closes.
  new ResizeObserver(() => {
    sigma.resize();
    sigma.scheduleRender();
  }).observe(container);

  // Moving the camera renders anew, which decides again which edge labels to draw.
  sigma.getCamera().on('updated', ({ ratio }) => {
    zoomedIn = ratio < EDGE_LABEL_RATIO;
  });

  // Sigma picks the edge labels to draw by going over every edge at every frame: on 100,000 edges
  // that is a tenth of a second or more per frame, layout moves included. On a large graph edge
  // labels are therefore on only when some can be drawn. `setSetting` would make sigma re-index the
  // whole graph; this setting is only read when drawing, so it is switched in place, before each frame.
  const internals = sigma as unknown as { settings: Settings<NodeAttrs, EdgeAttrs> };
  sigma.on('beforeRender', () => {
    // `setSettings` replaces the object, so it is looked up each time.
    const { settings } = internals;
    const wanted = !large || zoomedIn || state.hovered !== null || state.selected !== null || state.hoveredEdge !== null;
    if (settings.renderEdgeLabels === wanted) return;
    settings.renderEdgeLabels = wanted;
    // Sigma clears the layer only when it draws on it.
    const layer = sigma.getCanvases().edgeLabels;
    if (!wanted && layer) layer.getContext('2d')?.clearRect(0, 0, layer.width, layer.height);
  });

  const tune = () => {
    if ((graph.order >= LARGE_GRAPH) === large) return;
    large = !large;
    sigma.setSettings({
      hideEdgesOnMove: large,
      hideLabelsOnMove: large,
      enableEdgeEvents: !large,
      labelRenderedSizeThreshold: large ? 12 : 6,
      labelDensity: large ? 0.5 : 1,
      // Sorting by zIndex (to lift the hovered neighbourhood) costs a sort per frame.
      zIndex: !large,
      ...(large ? TYPES.large : TYPES.small),
    });
  };
  return { sigma, state, redraw, bulk, move, setMoving, tune };
}

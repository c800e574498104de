// The sigma renderer and what it shows beyond raw attributes: labels in the chosen language, the
// hovered node's neighbourhood, the selected node, edge labels when hovered or zoomed in. Large
// graphs drop the costly parts (hover, edge events, edges and labels while moving).
import Sigma from 'sigma';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { EdgeAttrs, KgGraph, NodeAttrs } from './graph-data.js';
import { drawHover, drawLabel } from './labels.js';

export const LARGE_GRAPH = 5_000;
const EDGE_LABEL_RATIO = 0.35;
/** Up to this many edges, every edge label fits on screen without zooming. */
const FEW_EDGES = 60;
export const LABEL_FONT = '"Noto Sans Arabic", system-ui, sans-serif';

export type Lang = 'en' | 'ar';

export type View = {
  sigma: Sigma<NodeAttrs, EdgeAttrs>;
  state: { lang: Lang; hovered: string | null; hoveredEdge: string | null; selected: string | null; neighbours: Set<string> };
  /** Re-applies the reducers on the next frame (and indexes any nodes added meanwhile). */
  redraw(): void;
  /** Switches the settings that large graphs cannot afford. */
  tune(): void;
};

export const labelOf = (a: Pick<NodeAttrs, 'name' | 'nameAr'>, lang: Lang) => (lang === 'ar' ? a.nameAr ?? a.name : a.name);

export function createView(graph: KgGraph, container: HTMLElement): View {
  const state: View['state'] = { lang: 'en', hovered: null, hoveredEdge: null, selected: null, neighbours: new Set() };
  let zoomedIn = false;

  const sigma = new Sigma<NodeAttrs, EdgeAttrs>(graph, container, {
    labelFont: LABEL_FONT,
    labelSize: 13,
    labelWeight: '400',
    edgeLabelFont: LABEL_FONT,
    edgeLabelSize: 11,
    edgeLabelColor: { color: '#59606b' },
    renderEdgeLabels: true,
    defaultDrawNodeLabel: drawLabel,
    defaultDrawNodeHover: drawHover,
    zIndex: true,
    minCameraRatio: 0.02,
    maxCameraRatio: 20,
    nodeReducer: (node, a) => {
      const out: Partial<NodeDisplayData> = { ...a, label: labelOf(a, state.lang) };
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
      const out: Partial<EdgeDisplayData> = { ...a, label: '' };
      const focus = state.hovered ?? state.selected;
      const touches = focus !== null && graph.hasExtremity(edge, focus);
      if (focus && !touches) out.hidden = true;
      if (touches) out.color = '#59606b';
      const readable = zoomedIn || graph.size <= FEW_EDGES;
      if (edge === state.hoveredEdge || (readable && (touches || !focus))) out.label = a.label;
      if (edge === state.hoveredEdge) out.color = '#1f2328';
      return out;
    },
  });

  const redraw = () => void sigma.scheduleRefresh();

  // Sigma follows window resizes only; the stage also changes size when the side panel opens or closes.
  new ResizeObserver(() => {
    sigma.resize();
    sigma.scheduleRender();
  }).observe(container);

  // Edge labels depend on the zoom; reducers only rerun on refresh, so refresh when crossing the line.
  sigma.getCamera().on('updated', ({ ratio }) => {
    const now = ratio < EDGE_LABEL_RATIO;
    if (now !== zoomedIn) {
      zoomedIn = now;
      redraw();
    }
  });

  const tune = () => {
    const large = graph.order >= LARGE_GRAPH;
    sigma.setSettings({
      hideEdgesOnMove: large,
      hideLabelsOnMove: large,
      enableEdgeEvents: !large,
      renderEdgeLabels: !large,
      labelRenderedSizeThreshold: large ? 12 : 6,
      labelDensity: large ? 0.5 : 1,
      // Sorting by zIndex (to lift the hovered neighbourhood) costs a sort per frame.
      zIndex: !large,
    });
  };
  tune();
  return { sigma, state, redraw, tune };
}

// How nodes look: colour by entity type or by Louvain community, size by degree or PageRank.
import louvain from 'graphology-communities-louvain';
import pagerank from 'graphology-metrics/centrality/pagerank';
import type { KgGraph } from './graph-data.js';

export type ColorMode = 'type' | 'community';
export type SizeMode = 'degree' | 'pagerank';

export const TYPE_COLORS: Record<string, string> = {
  Person: '#d1495b',
  Organization: '#3b6ea8',
  Country: '#3f9b4b',
  Place: '#2aa6a1',
  Event: '#ee8a1d',
  Concept: '#8e5bb0',
};
export const OTHER_COLOR = '#8a8f98';

// A categorical palette for communities; cycles when there are more communities than colours.
const PALETTE = ['#d1495b', '#3b6ea8', '#3f9b4b', '#ee8a1d', '#8e5bb0', '#2aa6a1', '#b5651d', '#c2477f', '#5c6bc0', '#7cb342', '#f4b400', '#00838f'];

export const typeColor = (type: string) => TYPE_COLORS[type] ?? OTHER_COLOR;

// No `attributes` hints on colour updates: sigma would then repaint without indexing, and fail on
// nodes added since its last frame. The updaters change the attributes in place: a copy per node
// is garbage the size of the graph.

/** Colours every node; returns how many communities were found (0 when colouring by type). */
export function applyColors(graph: KgGraph, mode: ColorMode): number {
  if (mode === 'type' || graph.size === 0) {
    graph.updateEachNodeAttributes((_, a) => Object.assign(a, { color: typeColor(a.entityType) }));
    return 0;
  }
  const communities = louvain(graph);
  const rank = new Map<number, number>();
  for (const c of Object.values(communities)) if (!rank.has(c)) rank.set(c, rank.size);
  graph.updateEachNodeAttributes((n, a) => {
    const community = communities[n] ?? 0;
    return Object.assign(a, { community, color: PALETTE[(rank.get(community) ?? 0) % PALETTE.length]! });
  });
  return rank.size;
}

const MIN_SIZE = 3;
const MAX_SIZE = 18;

export function applySizes(graph: KgGraph, mode: SizeMode): void {
  if (graph.order === 0) return;
  const score: Record<string, number> = mode === 'pagerank' && graph.size > 0
    ? pagerank(graph, { getEdgeWeight: null })
    : Object.fromEntries(graph.mapNodes((n, a) => [n, Math.max(a.degree, graph.degree(n))]));
  const max = Object.values(score).reduce((m, v) => Math.max(m, v), 1e-9);
  graph.updateEachNodeAttributes((n, a) => Object.assign(a, { size: MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt((score[n] ?? 0) / max) }));
}

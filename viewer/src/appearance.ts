// How nodes look: colour by entity type or by Louvain community, size by degree or PageRank.
//
// The attributes are written in place, past graphology's events: an event would make sigma
// re-index the whole graph at once, which on large graphs freezes the page. The caller draws the
// result (a full pass when the renderer is detached, else `View.redraw`, in slices).
import type { KgGraph } from './graph-data.js';
import type { NodeMetric } from './metrics.js';

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

/**
 * Colours by type; `keepCommunities` leaves the nodes that have a community as they are (they are
 * coloured by it, and newcomers wait for the next computation).
 */
export function colorByType(graph: KgGraph, keepCommunities = false): void {
  graph.forEachNode((_, a) => {
    if (keepCommunities && a.community !== undefined) return;
    a.community = undefined;
    a.color = typeColor(a.entityType);
  });
}

/** Colours by community; returns how many communities there are. */
export function colorByCommunity(graph: KgGraph, communities: NodeMetric): number {
  const rank = new Map<number, number>();
  graph.forEachNode((n, a) => {
    const community = communities.get(n);
    if (community === undefined) return;
    if (!rank.has(community)) rank.set(community, rank.size);
    a.community = community;
    a.color = PALETTE[rank.get(community)! % PALETTE.length]!;
  });
  return rank.size;
}

const MIN_SIZE = 3;
const MAX_SIZE = 18;

/** Sizes by a score; nodes without one (added since it was computed) keep their size. */
export function sizeBy(graph: KgGraph, score: (node: string, degree: number) => number | undefined): void {
  // Scored once, in the graph's node order: a degree costs a lookup, and there are two passes.
  const scores = graph.mapNodes((n, a) => score(n, a.degree));
  const max = scores.reduce<number>((m, s) => Math.max(m, s ?? 0), 1e-9);
  let i = 0;
  graph.forEachNode((_, a) => {
    const s = scores[i++];
    if (s !== undefined) a.size = MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt(s / max);
  });
}

/** The larger of the stored degree (the whole database) and the drawn one. */
export const degreeIn = (graph: KgGraph) => (node: string, stored: number) => Math.max(stored, graph.degree(node));

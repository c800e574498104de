// The drawn graph: a simple undirected graphology graph in which the stored relationships between
// two entities are folded into one edge listing their predicates. Merging a payload keeps the
// positions of nodes already drawn and places newcomers next to a drawn neighbour. A payload is
// merged in slices of main-thread time: 50,000 nodes and 100,000 edges take graphology a second.
import Graph from 'graphology';
import type { GraphEdge, GraphNode, GraphPayload } from '../../src/model/api.js';
import { inSlices } from './slices.js';

export type NodeAttrs = {
  // `type` would name a sigma node program, so the entity type has its own attribute.
  name: string; nameAr?: string; entityType: string; degree: number;
  x: number; y: number; size: number; color: string; label: string; community?: number;
};
export type Relation = { id: string; predicate: string; source: string; target: string };
export type EdgeAttrs = { relations: Relation[]; predicates: string[]; label: string; size: number; color: string };
export type KgGraph = Graph<NodeAttrs, EdgeAttrs>;

export const createGraph = (): KgGraph => new Graph<NodeAttrs, EdgeAttrs>({ type: 'undirected', multi: false, allowSelfLoops: false });

const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

function spread(graph: KgGraph): number {
  return Math.max(10, Math.sqrt(graph.order) * 10);
}

function position(graph: KgGraph, node: GraphNode, payload: GraphPayload, neighbours: Map<string, string[]>): { x: number; y: number } {
  const anchor = neighbours.get(node.id)?.find((n) => graph.hasNode(n));
  const angle = Math.random() * Math.PI * 2;
  if (anchor) {
    const a = graph.getNodeAttributes(anchor);
    const r = 2 + Math.random() * 4;
    return { x: a.x + r * Math.cos(angle), y: a.y + r * Math.sin(angle) };
  }
  const r = spread(graph) * Math.sqrt(Math.random()) * Math.max(1, Math.sqrt(payload.nodes.length) / 10);
  return { x: r * Math.cos(angle), y: r * Math.sin(angle) };
}

function addEdge(graph: KgGraph, e: GraphEdge): void {
  if (e.source === e.target || !graph.hasNode(e.source) || !graph.hasNode(e.target)) return;
  const key = pairKey(e.source, e.target);
  const relation = { id: e.id, predicate: e.predicate, source: e.source, target: e.target };
  if (!graph.hasEdge(key)) {
    graph.addUndirectedEdgeWithKey(key, e.source, e.target, { relations: [relation], predicates: [e.predicate], label: e.predicate, size: 1, color: '#c8ccd4' });
    return;
  }
  const attrs = graph.getEdgeAttributes(key);
  if (attrs.relations.some((r) => r.id === e.id)) return;
  const predicates = attrs.predicates.includes(e.predicate) ? attrs.predicates : [...attrs.predicates, e.predicate];
  graph.mergeEdgeAttributes(key, { relations: [...attrs.relations, relation], predicates, label: predicates.join(', '), size: Math.min(6, 1 + attrs.relations.length) });
}

const never = () => false;

/** Adds what the payload holds; existing nodes keep their position. Resolves to the ids added. */
export async function mergePayload(graph: KgGraph, payload: GraphPayload): Promise<string[]> {
  const neighbours = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    const list = neighbours.get(a);
    if (list) list.push(b); else neighbours.set(a, [b]);
  };
  await inSlices(payload.edges, (e) => {
    link(e.source, e.target);
    link(e.target, e.source);
  }, never);
  const added: string[] = [];
  await inSlices(payload.nodes, (n) => {
    if (graph.hasNode(n.id)) {
      graph.mergeNodeAttributes(n.id, { degree: Math.max(n.degree, graph.getNodeAttribute(n.id, 'degree')) });
      return;
    }
    graph.addNode(n.id, { name: n.name, nameAr: n.nameAr, entityType: n.type, degree: n.degree, ...position(graph, n, payload, neighbours), size: 4, color: '#999', label: n.name });
    added.push(n.id);
  }, never);
  await inSlices(payload.edges, (e) => addEdge(graph, e), never);
  return added;
}

/** Replaces the graph's content with the payload, keeping the positions of nodes that stay. */
export async function replaceWith(graph: KgGraph, payload: GraphPayload): Promise<void> {
  const keep = new Set(payload.nodes.map((n) => n.id));
  // Edges first: a node dropped without edges has none to detach.
  graph.clearEdges();
  graph.forEachNode((n) => { if (!keep.has(n)) graph.dropNode(n); });
  await mergePayload(graph, payload);
}

// Louvain communities and PageRank over the whole drawn graph, off the main thread: at 50,000 nodes
// and 100,000 edges Louvain alone takes over a second. The graph arrives as numbered nodes and an
// edge list of their numbers, the values go back in the same numbering.
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import pagerank from 'graphology-metrics/centrality/pagerank';
import type { MetricAnswer, MetricKind, MetricRequest } from './metrics.js';

type AnyGraph = Graph;
const MEASURES: Record<MetricKind, (graph: AnyGraph) => Record<string, number>> = {
  communities: (graph) => louvain(graph),
  pagerank: (graph) => (graph.size ? pagerank(graph, { getEdgeWeight: null }) : {}),
};

function compute({ kinds, order, edges }: MetricRequest): Partial<Record<MetricKind, Float64Array>> {
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (let i = 0; i < order; i++) graph.addNode(i);
  for (let i = 0; i < edges.length; i += 2) graph.mergeEdge(edges[i], edges[i + 1]);
  const out: Partial<Record<MetricKind, Float64Array>> = {};
  for (const kind of kinds) {
    const byNode = MEASURES[kind](graph);
    const values = new Float64Array(order);
    for (let i = 0; i < order; i++) values[i] = byNode[i] ?? 0;
    out[kind] = values;
  }
  return out;
}

self.onmessage = ({ data }: MessageEvent<MetricRequest>) => {
  let answer: MetricAnswer;
  try {
    answer = { id: data.id, values: compute(data) };
  } catch (err) {
    answer = { id: data.id, error: (err as Error).message };
  }
  self.postMessage(answer, { transfer: 'values' in answer ? Object.values(answer.values).map((v) => v.buffer) : [] });
};

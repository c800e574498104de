// Asks the metrics worker for whole-graph measures. The structure goes over as numbers (node
// positions in `graph.nodes()` and an edge list of them), read in slices of main-thread time.
import type { KgGraph } from './graph-data.js';
import { inSlices } from './slices.js';

export type MetricKind = 'communities' | 'pagerank';
export type MetricRequest = { id: number; kinds: MetricKind[]; order: number; edges: Uint32Array };
export type MetricAnswer = { id: number; values: Partial<Record<MetricKind, Float64Array>> } | { id: number; error: string };
/** A value per node of the graph as it was when asked; nodes added since have none. */
export type NodeMetric = Map<string, number>;

let worker: Worker | null = null;
let requests = 0;
type Waiting = { resolve(values: Partial<Record<MetricKind, Float64Array>>): void; reject(err: Error): void };
const waiting = new Map<number, Waiting>();

function metricsWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./metrics-worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = ({ data }: MessageEvent<MetricAnswer>) => {
    const request = waiting.get(data.id);
    waiting.delete(data.id);
    if ('values' in data) request?.resolve(data.values);
    else request?.reject(new Error(`computing graph metrics failed: ${data.error}`));
  };
  worker.onerror = (e) => {
    for (const request of waiting.values()) request.reject(new Error(`the graph metrics worker failed: ${e.message}`));
    waiting.clear();
  };
  return worker;
}

/**
 * Computes the measures asked for; resolves to null if `cancelled` turns true while the graph is
 * read (the caller changes the graph only after cancelling).
 */
export async function computeMetrics(graph: KgGraph, kinds: MetricKind[], cancelled: () => boolean): Promise<Partial<Record<MetricKind, NodeMetric>> | null> {
  const nodes = graph.nodes();
  const index = new Map(nodes.map((n, i) => [n, i]));
  const edges = new Uint32Array(graph.size * 2);
  let i = 0;
  const read = await inSlices(graph.edgeEntries(), ({ source, target }) => {
    edges[i++] = index.get(source)!;
    edges[i++] = index.get(target)!;
  }, cancelled);
  if (!read) return null;
  const id = ++requests;
  const values = await new Promise<Partial<Record<MetricKind, Float64Array>>>((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    const request: MetricRequest = { id, kinds, order: nodes.length, edges };
    metricsWorker().postMessage(request, [edges.buffer]);
  });
  const byNode = (v: Float64Array): NodeMetric => new Map(nodes.map((n, i) => [n, v[i]!]));
  return Object.fromEntries(Object.entries(values).map(([kind, v]) => [kind, byNode(v)]));
}

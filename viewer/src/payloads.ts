// Graph payloads fetched by the payload worker and put together again as they arrive.
import type { GraphEdge, GraphNode, GraphPayload } from '../../src/model/api.js';
import { ApiFailure } from './http.js';

export type PayloadRequest = { id: number; path: string };
export type PayloadAnswer = { id: number } & (
  | { nodes: GraphNode[] } | { edges: GraphEdge[] } | { done: Pick<GraphPayload, 'total' | 'truncated'> } | { error: string });

type Assembly = { nodes: GraphNode[]; edges: GraphEdge[]; resolve(p: GraphPayload): void; reject(err: Error): void };

let worker: Worker | null = null;
let requests = 0;
const assembling = new Map<number, Assembly>();

function receive({ data }: MessageEvent<PayloadAnswer>): void {
  const a = assembling.get(data.id);
  if (!a) return;
  // One part at a time: a spread of a whole part as arguments stays well within the call-stack limit.
  if ('nodes' in data) a.nodes.push(...data.nodes);
  else if ('edges' in data) a.edges.push(...data.edges);
  else {
    assembling.delete(data.id);
    if ('done' in data) a.resolve({ nodes: a.nodes, edges: a.edges, ...data.done });
    else a.reject(new ApiFailure(data.error));
  }
}

function payloadWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./payload-worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = receive;
  worker.onerror = (e) => {
    for (const a of assembling.values()) a.reject(new ApiFailure(`loading the graph failed: ${e.message}`));
    assembling.clear();
  };
  return worker;
}

/** GETs a graph payload from the API through the worker. */
export function fetchPayload(path: string): Promise<GraphPayload> {
  const id = ++requests;
  return new Promise((resolve, reject) => {
    assembling.set(id, { nodes: [], edges: [], resolve, reject });
    const request: PayloadRequest = { id, path };
    payloadWorker().postMessage(request);
  });
}

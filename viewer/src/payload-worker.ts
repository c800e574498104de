// Fetches a graph payload and parses it off the main thread (parsing 50,000 nodes and 100,000 edges
// of JSON takes a quarter of a second), then hands it over in parts: each part is copied into the
// page in a task of its own, short enough not to hold up drawing or input.
import type { GraphPayload } from '../../src/model/api.js';
import { call } from './http.js';
import type { PayloadAnswer, PayloadRequest } from './payloads.js';

const PART = 2_000;

self.onmessage = async ({ data: { id, path } }: MessageEvent<PayloadRequest>) => {
  const post = (answer: PayloadAnswer) => self.postMessage(answer);
  try {
    const { nodes, edges, total, truncated } = await call<GraphPayload>(path);
    for (let i = 0; i < nodes.length; i += PART) post({ id, nodes: nodes.slice(i, i + PART) });
    for (let i = 0; i < edges.length; i += PART) post({ id, edges: edges.slice(i, i + PART) });
    post({ id, done: { total, truncated } });
  } catch (err) {
    post({ id, error: (err as Error).message });
  }
};

// Typed calls to the kg API; the payload types are the server's own (src/model/api.ts). Graph payloads,
// which can be large, are fetched and parsed by a worker.
import type { ArticlePayload, CypherPayload, MetaPayload, NodeDetail, SearchPayload } from '../../src/model/api.js';
import { call } from './http.js';
import { fetchPayload } from './payloads.js';

export { ApiFailure } from './http.js';

const query = (params: Record<string, string | number | string[] | undefined>) => {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) continue;
    q.set(k, Array.isArray(v) ? v.join(',') : String(v));
  }
  const s = q.toString();
  return s ? `?${s}` : '';
};

export type GraphFilter = { types: string[]; predicates: string[]; article?: string; minDegree: number; limit: number };

export const api = {
  meta: () => call<MetaPayload>('/api/meta'),
  graph: (f: GraphFilter) => fetchPayload(`/api/graph${query({ ...f, minDegree: f.minDegree || undefined })}`),
  search: (q: string, signal?: AbortSignal) => call<SearchPayload>(`/api/search${query({ q })}`, { signal }),
  node: (id: string) => call<NodeDetail>(`/api/node/${encodeURIComponent(id)}`),
  neighbours: (id: string) => fetchPayload(`/api/node/${encodeURIComponent(id)}/neighbours`),
  article: (id: string) => call<ArticlePayload>(`/api/article/${encodeURIComponent(id)}`),
  cypher: (text: string) => call<CypherPayload>('/api/cypher', {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: text }),
  }),
};

// Typed calls to the kg API; the payload types are the server's own (src/model/api.ts).
import type {
  ApiError, ArticlePayload, CypherPayload, GraphPayload, MetaPayload, NodeDetail, SearchPayload,
} from '../../src/model/api.js';

export class ApiFailure extends Error {}

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(path, init);
  const body = await res.json().catch(() => null) as T | ApiError | null;
  if (!res.ok) throw new ApiFailure((body as ApiError | null)?.error ?? `${res.status} ${res.statusText}`);
  return body as T;
}

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
  graph: (f: GraphFilter) => call<GraphPayload>(`/api/graph${query({ ...f, minDegree: f.minDegree || undefined })}`),
  search: (q: string, signal?: AbortSignal) => call<SearchPayload>(`/api/search${query({ q })}`, { signal }),
  node: (id: string) => call<NodeDetail>(`/api/node/${encodeURIComponent(id)}`),
  neighbours: (id: string) => call<GraphPayload>(`/api/node/${encodeURIComponent(id)}/neighbours`),
  article: (id: string) => call<ArticlePayload>(`/api/article/${encodeURIComponent(id)}`),
  cypher: (text: string) => call<CypherPayload>('/api/cypher', {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: text }),
  }),
};

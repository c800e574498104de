// Typed calls to the kg API; the payload types are the server's own (src/model/api.ts).
import type {
  ApiError, ArticlePayload, CypherPayload, GraphPayload, MetaPayload, NodeDetail, SearchPayload,
} from '../../src/model/api.js';
import { GRAPH_LINES_TYPE } from '../../src/model/graph-lines.js';
import { readGraphLines } from './graph-lines.js';

export class ApiFailure extends Error {}

/** The response, once it says it succeeded; else the error the API explains. */
async function send(path: string, init?: RequestInit): Promise<Response> {
  const res = await fetch(path, init);
  if (res.ok) return res;
  const body = await res.json().catch(() => null) as ApiError | null;
  throw new ApiFailure(body?.error ?? `${res.status} ${res.statusText}`);
}

/** The body as JSON; `what` names it in the error. */
const jsonOf = <T>(res: Response, what: string): Promise<T> => res.json().catch(() => {
  throw new ApiFailure(`${what} is not JSON.`);
}) as Promise<T>;

const call = async <T>(path: string, init?: RequestInit): Promise<T> => jsonOf<T>(await send(path, init), `The server's answer to ${path}`);

/** A graph, read line by line when the server sends lines. */
async function graphAt(path: string): Promise<GraphPayload> {
  const res = await send(path, { headers: { accept: `${GRAPH_LINES_TYPE}, application/json;q=0.9` } });
  if (!res.body || !res.headers.get('content-type')?.includes(GRAPH_LINES_TYPE)) return jsonOf<GraphPayload>(res, 'The graph the server sent');
  return readGraphLines(res.body).catch((err: Error) => {
    throw new ApiFailure(`The graph could not be read: ${err.message}.`);
  });
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
  graph: (f: GraphFilter) => graphAt(`/api/graph${query({ ...f, minDegree: f.minDegree || undefined })}`),
  search: (q: string, signal?: AbortSignal) => call<SearchPayload>(`/api/search${query({ q })}`, { signal }),
  node: (id: string) => call<NodeDetail>(`/api/node/${encodeURIComponent(id)}`),
  neighbours: (id: string) => call<GraphPayload>(`/api/node/${encodeURIComponent(id)}/neighbours`),
  article: (id: string) => call<ArticlePayload>(`/api/article/${encodeURIComponent(id)}`),
  cypher: (text: string) => call<CypherPayload>('/api/cypher', {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: text }),
  }),
};

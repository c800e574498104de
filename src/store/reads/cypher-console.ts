// The viewer's Cypher console: user Cypher run read-only (runQuery refuses writes), rows capped,
// and any nodes, relationships or paths in the result gathered into a graph the viewer can draw.
import { LIMITS, type CypherBody, type CypherPayload, type GraphEdge, type GraphNode, type GraphPayload } from '../../model/api.js';
import type { Graph } from '../connection.js';
import { runQuery } from '../run-query.js';
import type { PlainNode, PlainPath, PlainRelationship } from '../values.js';
import { read } from './read.js';

type Found = { nodes: Map<string, PlainNode>; relationships: Map<string, PlainRelationship> };

const isKind = <K extends string>(v: unknown, kind: K): boolean =>
  typeof v === 'object' && v !== null && (v as { kind?: unknown }).kind === kind && 'elementId' in v;

function collect(value: unknown, found: Found): void {
  if (Array.isArray(value)) {
    for (const v of value) collect(v, found);
  } else if (isKind(value, 'node')) {
    const n = value as PlainNode;
    found.nodes.set(n.elementId, n);
  } else if (isKind(value, 'relationship')) {
    const r = value as PlainRelationship;
    found.relationships.set(r.elementId, r);
  } else if (typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'path') {
    const p = value as PlainPath;
    collect(p.nodes, found);
    collect(p.relationships, found);
  } else if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) collect(v, found);
  }
}

const text = (v: unknown) => (typeof v === 'string' ? v : undefined);

/** Entities keep their own id, so console results merge with the rest of the drawn graph. */
function graphNode(n: PlainNode, degree: number): GraphNode {
  const p = n.properties;
  const isEntity = n.labels.includes('Entity') && typeof p.id === 'string';
  const sentence = text(p.text);
  const name = text(p.name) ?? text(p.title) ?? (sentence && sentence.length > 60 ? `${sentence.slice(0, 59)}…` : sentence) ?? text(p.id) ?? n.labels[0] ?? n.elementId;
  const node: GraphNode = {
    id: isEntity ? (p.id as string) : n.elementId,
    name,
    type: (isEntity ? text(p.type) : undefined) ?? n.labels.find((l) => l !== 'Entity') ?? 'Node',
    degree,
  };
  const nameAr = text(p.nameAr);
  if (nameAr) node.nameAr = nameAr;
  return node;
}

// A relationship returned without its end nodes still draws: the ends are fetched by element id.
const NODES_BY_ELEMENT_ID = 'MATCH (n) WHERE elementId(n) IN $ids RETURN n';

async function toGraph(g: Graph, found: Found): Promise<GraphPayload> {
  const missing = [...found.relationships.values()].flatMap((r) => [r.startElementId, r.endElementId]).filter((id) => !found.nodes.has(id));
  if (missing.length) {
    for (const row of await read<{ n: PlainNode }>(g, NODES_BY_ELEMENT_ID, { ids: [...new Set(missing)] })) found.nodes.set(row.n.elementId, row.n);
  }
  const degree = new Map<string, number>();
  for (const r of found.relationships.values()) {
    degree.set(r.startElementId, (degree.get(r.startElementId) ?? 0) + 1);
    degree.set(r.endElementId, (degree.get(r.endElementId) ?? 0) + 1);
  }
  const keyOf = new Map<string, string>();
  const nodes = [...found.nodes.values()].map((n) => {
    const node = graphNode(n, degree.get(n.elementId) ?? 0);
    keyOf.set(n.elementId, node.id);
    return node;
  });
  const edges: GraphEdge[] = [...found.relationships.values()].flatMap((r) => {
    const source = keyOf.get(r.startElementId);
    const target = keyOf.get(r.endElementId);
    return source && target ? [{ id: r.elementId, source, target, predicate: r.type }] : [];
  });
  return { nodes, edges, total: { nodes: nodes.length, edges: edges.length }, truncated: false };
}

export async function runConsoleQuery(g: Graph, body: CypherBody, timeoutMs?: number): Promise<CypherPayload> {
  const result = await runQuery(g, body.query, body.params, { timeoutMs });
  const rows = result.rows.slice(0, LIMITS.cypherRows);
  const found: Found = { nodes: new Map(), relationships: new Map() };
  collect(rows, found);
  const payload: CypherPayload = { columns: result.columns, rows, rowCount: result.rows.length, truncated: result.rows.length > rows.length };
  if (found.nodes.size || found.relationships.size) payload.graph = await toGraph(g, found);
  return payload;
}

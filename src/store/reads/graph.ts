// The graph, or the part of it a filter selects: entities by type, facts by predicate and article,
// entities by minimum degree. The best-connected nodes come first and the list is capped.
import type { GraphEdge, GraphNode, GraphPayload, GraphQuery } from '../../model/api.js';
import { LIMITS } from '../../model/api.js';
import type { Graph } from '../connection.js';
import { compact, read } from './read.js';

// Degree counts fact relationships only (entity to entity), under the same predicate and article
// filters as the edges drawn, so "minimum degree" means what the user sees.
const NODES = `
MATCH (e:Entity)
WHERE ($types IS NULL OR e.type IN $types)
WITH e, COUNT {
  (e)-[r]-(:Entity)
  WHERE ($predicates IS NULL OR type(r) IN $predicates) AND ($article IS NULL OR $article IN r.articleIds)
} AS degree
WHERE degree >= $minDegree
  AND ($article IS NULL OR degree > 0 OR EXISTS { (e)-[:MENTIONED_IN]->(:Sentence {articleId: $article}) })
WITH e, degree ORDER BY degree DESC, e.id
WITH collect({id: e.id, name: e.name, nameAr: e.nameAr, type: e.type, degree: degree}) AS matched
RETURN size(matched) AS total, matched[0..$limit] AS nodes`;

// Edges are read from the kept nodes outwards; the far end is checked in JavaScript against a Set,
// which stays linear where a Cypher `IN $list` test would not.
const EDGES = `
UNWIND $ids AS id
MATCH (a:Entity {id: id})-[r]->(b:Entity)
WHERE ($predicates IS NULL OR type(r) IN $predicates) AND ($article IS NULL OR $article IN r.articleIds)
RETURN elementId(r) AS id, a.id AS source, b.id AS target, type(r) AS predicate, r.confidence AS confidence`;

export async function edgesAmong(g: Graph, ids: string[], filter: Pick<GraphQuery, 'predicates' | 'article'>): Promise<{ edges: GraphEdge[]; total: number }> {
  const kept = new Set(ids);
  const rows = await read<GraphEdge>(g, EDGES, { ids, predicates: filter.predicates ?? null, article: filter.article ?? null });
  const inside = rows.filter((e) => kept.has(e.target));
  return { edges: inside.slice(0, LIMITS.graphEdges).map(compact), total: inside.length };
}

export async function readGraph(g: Graph, q: GraphQuery): Promise<GraphPayload> {
  const [row] = await read<{ total: number; nodes: GraphNode[] }>(g, NODES, {
    types: q.types ?? null, predicates: q.predicates ?? null, article: q.article ?? null, minDegree: q.minDegree, limit: q.limit,
  });
  const nodes = (row?.nodes ?? []).map(compact);
  const { edges, total: edgeTotal } = await edgesAmong(g, nodes.map((n) => n.id), q);
  const total = { nodes: row?.total ?? 0, edges: edgeTotal };
  return { nodes, edges, total, truncated: total.nodes > nodes.length || edgeTotal > edges.length };
}

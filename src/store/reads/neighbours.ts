// A node's neighbours, for growing the drawn graph around it: the node, up to `limit` neighbours
// (most strongly linked first) and every fact among them.
import type { GraphNode, GraphPayload, NeighboursQuery } from '../../model/api.js';
import type { Graph } from '../connection.js';
import { edgesAmong } from './graph.js';
import { compact, read } from './read.js';

const NEIGHBOURS = `
MATCH (e:Entity {id: $id})
OPTIONAL MATCH (e)-[r]-(o:Entity)
WHERE $predicates IS NULL OR type(r) IN $predicates
WITH e, o, count(r) AS links ORDER BY links DESC, o.id
WITH e, [x IN collect(o) WHERE x IS NOT NULL] AS matched
RETURN size(matched) AS total,
       [n IN [e] + matched[0..$limit] | n {.id, .name, .nameAr, .type, degree: COUNT { (n)-[]-(:Entity) }}] AS nodes`;

export async function readNeighbours(g: Graph, id: string, q: NeighboursQuery): Promise<GraphPayload | null> {
  const [row] = await read<{ total: number; nodes: GraphNode[] }>(g, NEIGHBOURS, { id, predicates: q.predicates ?? null, limit: q.limit });
  if (!row) return null;
  const nodes = row.nodes.map(compact);
  const { edges, total } = await edgesAmong(g, nodes.map((n) => n.id), { predicates: q.predicates });
  return { nodes, edges, total: { nodes: row.total + 1, edges: total }, truncated: row.total > nodes.length - 1 };
}

// Name and alias search over both full-text indexes, the Arabic-analysed one and the Latin one, in
// one query; an entity found by both keeps its better score.
import type { SearchHit, SearchPayload, SearchQuery } from '../../model/api.js';
import type { Graph } from '../connection.js';
import { luceneQuery } from './lucene.js';
import { compact, read } from './read.js';

const SEARCH = `
CALL () {
  CALL db.index.fulltext.queryNodes('entityNamesAr', $lucene, {limit: $limit}) YIELD node, score RETURN node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('entityNamesEn', $lucene, {limit: $limit}) YIELD node, score RETURN node, score
}
WITH node, max(score) AS score
ORDER BY score DESC, node.name
LIMIT $limit
RETURN node.id AS id, node.name AS name, node.nameAr AS nameAr, node.type AS type,
       coalesce(node.aliases, []) AS aliases, score`;

export async function searchEntities(g: Graph, q: SearchQuery): Promise<SearchPayload> {
  const lucene = luceneQuery(q.q);
  if (!lucene) return { query: q.q, hits: [] };
  const hits = await read<SearchHit>(g, SEARCH, { lucene, limit: q.limit });
  return { query: q.q, hits: hits.map(compact) };
}

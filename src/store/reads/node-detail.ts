// Everything the side panel shows about one entity: its properties, its facts with their evidence
// sentences (both ends' mentions marked), and the sentences that mention it.
import { LIMITS, type EvidenceSentence, type NodeDetail, type Relation } from '../../model/api.js';
import type { Graph } from '../connection.js';
import { compact, read } from './read.js';

const NODE = `
MATCH (e:Entity {id: $id})
RETURN e {.id, .name, .nameAr, .type, .wikidataId, aliases: coalesce(e.aliases, [])} AS node,
       COUNT { (e)-[]-(:Entity) } AS degree`;

// Highlights are mention offsets made relative to the sentence, for both ends of the fact.
const RELATIONS = `
MATCH (e:Entity {id: $id})-[r]-(o:Entity)
WITH e, r, o ORDER BY r.confidence DESC, o.id LIMIT $maxRelations
CALL (e, r, o) {
  UNWIND r.sentenceIds[0..$maxEvidence] AS sid
  MATCH (s:Sentence {id: sid})
  OPTIONAL MATCH (a:Article {id: s.articleId})
  OPTIONAL MATCH (x:Entity)-[m:MENTIONED_IN]->(s) WHERE x IN [e, o]
  WITH s, a, collect({start: m.start - s.start, end: m.end - s.start, entityId: x.id}) AS highlights
  RETURN collect({sentenceId: s.id, text: s.text, highlights: highlights,
                  article: a {.id, .title, .url, .language, .publishedAt}}) AS evidence
}
RETURN type(r) AS predicate, CASE WHEN startNode(r) = e THEN 'out' ELSE 'in' END AS direction,
       o {.id, .name, .nameAr, .type} AS other,
       r.confidence AS confidence, r.date AS date, r.count AS count, r.firstSeen AS firstSeen,
       r.lastSeen AS lastSeen, coalesce(r.extractors, []) AS extractors, evidence`;

const MENTIONS = `
MATCH (e:Entity {id: $id})-[m:MENTIONED_IN]->(s:Sentence)
WITH s, collect({start: m.start - s.start, end: m.end - s.start, entityId: e.id}) AS highlights
ORDER BY s.articleId, s.index
WITH collect({s: s, highlights: highlights}) AS matched
UNWIND matched[0..$maxMentions] AS x
OPTIONAL MATCH (a:Article {id: x.s.articleId})
RETURN size(matched) AS total, x.s.id AS sentenceId, x.s.text AS text, x.highlights AS highlights,
       a {.id, .title, .url, .language, .publishedAt} AS article`;

type Row<T> = T & { article: Record<string, unknown> | null };

// An evidence sentence whose article is gone still shows, under its article id.
function sentence(row: Row<Omit<EvidenceSentence, 'article'>>): EvidenceSentence {
  const articleId = row.sentenceId.split(':')[0]!;
  const article = compact({ id: articleId, title: articleId, ...(row.article ? compact(row.article) : {}) }) as EvidenceSentence['article'];
  return { sentenceId: row.sentenceId, text: row.text, highlights: row.highlights.filter((h) => h.entityId !== null), article };
}

export async function readNodeDetail(g: Graph, id: string): Promise<NodeDetail | null> {
  const params = { id, maxRelations: LIMITS.detailRelations, maxEvidence: LIMITS.detailEvidence, maxMentions: LIMITS.detailMentions };
  const [[head], relations, mentions] = await Promise.all([
    read<{ node: NodeDetail['node']; degree: number }>(g, NODE, params),
    read<Row<Omit<Relation, 'evidence'> & { evidence: Row<Omit<EvidenceSentence, 'article'>>[] }>>(g, RELATIONS, params),
    read<Row<Omit<EvidenceSentence, 'article'>> & { total: number }>(g, MENTIONS, params),
  ]);
  if (!head) return null;
  const node = compact({ ...head.node, degree: head.degree });
  if (node.wikidataId) node.wikidataUrl = `https://www.wikidata.org/wiki/${node.wikidataId}`;
  return {
    node,
    relations: relations.map((r) => ({ ...compact(r), other: compact(r.other), evidence: r.evidence.map(sentence) })),
    mentions: mentions.map(sentence),
    mentionCount: mentions[0]?.total ?? 0,
  };
}

// One article with its sentences in order, where evidence links lead.
import { LIMITS, type ArticlePayload } from '../../model/api.js';
import type { Graph } from '../connection.js';
import { compact, read } from './read.js';

const ARTICLE = `
MATCH (a:Article {id: $id})
OPTIONAL MATCH (a)-[:HAS_SENTENCE]->(s:Sentence)
WITH a, s ORDER BY s.index
WITH a, [x IN collect(s) | x {.id, .index, .text}] AS sentences
RETURN a.id AS id, coalesce(a.title, a.id) AS title, a.language AS language, a.url AS url,
       a.publishedAt AS publishedAt, a.source AS source, a.sentenceCount AS sentenceCount,
       sentences[0..$limit] AS sentences, size(sentences) > $limit AS truncated`;

export async function readArticle(g: Graph, id: string): Promise<ArticlePayload | null> {
  const [row] = await read<ArticlePayload>(g, ARTICLE, { id, limit: LIMITS.articleSentences });
  return row ? compact(row) : null;
}

// What the viewer's filters offer: the vocabularies, the articles, and the size of the graph.
import { LIMITS, type ArticleSummary, type MetaPayload } from '../../model/api.js';
import { ENTITY_TYPES, PREDICATES } from '../../model/ontology.js';
import type { Graph } from '../connection.js';
import { compact, read } from './read.js';

const ARTICLES = `
MATCH (a:Article)
RETURN a.id AS id, coalesce(a.title, a.id) AS title, a.language AS language, a.url AS url,
       a.publishedAt AS publishedAt, a.source AS source, a.sentenceCount AS sentenceCount
ORDER BY a.publishedAt DESC, a.title LIMIT $limit`;

const COUNTS = `
RETURN COUNT { (:Entity) } AS entities, COUNT { (:Entity)-[]->(:Entity) } AS relationships, COUNT { (:Article) } AS articles`;

export async function readMeta(g: Graph): Promise<MetaPayload> {
  const [articles, [counts]] = await Promise.all([
    read<ArticleSummary>(g, ARTICLES, { limit: LIMITS.metaArticles }),
    read<MetaPayload['counts']>(g, COUNTS),
  ]);
  return { types: ENTITY_TYPES, predicates: PREDICATES, articles: articles.map(compact), counts: counts ?? { entities: 0, relationships: 0, articles: 0 } };
}

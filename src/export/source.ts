// What an exporter reads: the graph of cypher/schema.cypher as streams of plain rows. Exporters see
// only this interface, so each format can be tested without a database and the Neo4j reads live
// in one place (src/store/export-reads.ts).
import type { EntityType, Predicate } from '../model/ontology.js';
import type { TripleRow } from '../model/triple-row.js';

export type EntityNode = {
  id: string;
  type: EntityType;
  /** The entity-type labels of the node (normally just [type]). */
  labels: EntityType[];
  name: string;
  nameAr: string | null;
  aliases: string[];
  aliasText: string | null;
  wikidataId: string | null;
};

export type ArticleNode = {
  id: string;
  title: string | null;
  source: string | null;
  url: string | null;
  language: string | null;
  path: string | null;
  publishedAt: string | null;
  ingestedAt: string | null;
  sentenceCount: number | null;
};

export type SentenceNode = { id: string; articleId: string; index: number; text: string; start: number; end: number };

export type MentionEdge = { entityId: string; sentenceId: string; start: number; end: number | null; text: string | null };

/** Which facts to export; an empty selection means the whole graph. */
export type ExportFilter = { types?: EntityType[]; predicates?: Predicate[]; articles?: string[] };

/**
 * Streams in a stable order. With a filter: the facts that match it, their end points, the
 * articles that state them (with all their sentences) and the mentions of those entities there.
 */
export interface GraphSource {
  entities(): AsyncIterable<EntityNode>;
  articles(): AsyncIterable<ArticleNode>;
  sentences(): AsyncIterable<SentenceNode>;
  mentions(): AsyncIterable<MentionEdge>;
  /** Ordered by predicate, then subject id, then object id. */
  triples(): AsyncIterable<TripleRow>;
}

const none = async function* <T>(): AsyncGenerator<T> {};

/** A graph with nothing in it: the source of exports that need no database. */
export const EMPTY_SOURCE: GraphSource = { entities: none, articles: none, sentences: none, mentions: none, triples: none };

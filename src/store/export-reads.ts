// The Neo4j side of `kg export`: each stream is one query whose records are pulled from the server
// in fetch-size batches as the consumer asks for them, so memory stays flat whatever the graph size.
import { ENTITY_TYPES, PREDICATES } from '../model/ontology.js';
import type { EntityRef, TripleRow } from '../model/triple-row.js';
import type { ArticleNode, EntityNode, ExportFilter, GraphSource, MentionEdge, SentenceNode } from '../export/source.js';
import type { Graph } from './connection.js';
import { toPlain } from './values.js';

const FETCH_SIZE = 1000;

export async function* streamRecords<T>(g: Graph, cypher: string, params: Record<string, unknown> = {}): AsyncGenerator<T> {
  const session = g.driver.session({ database: g.database, defaultAccessMode: 'READ', fetchSize: FETCH_SIZE });
  try {
    for await (const record of session.run(cypher, params)) yield toPlain(record.toObject()) as T;
  } finally {
    await session.close();
  }
}

/** The condition a fact relationship r from s to o must meet; every value is a parameter. */
const factFilter = (s: string, r: string, o: string) => `type(${r}) IN $predicates
  AND ($types IS NULL OR ${s}.type IN $types OR ${o}.type IN $types)
  AND ($articles IS NULL OR any(a IN ${r}.articleIds WHERE a IN $articles))`;

const isEndpoint = (e: string) => `(EXISTS { MATCH (${e})-[r]->(o:Entity) WHERE ${factFilter(e, 'r', 'o')} }
  OR EXISTS { MATCH (s:Entity)-[r]->(${e}) WHERE ${factFilter('s', 'r', e)} })`;

// Starts with NOT $all so that, for a whole-graph export, the planner skips it at once.
const selectedArticleIds = `
MATCH (s:Entity)-[r]->(o:Entity) WHERE NOT $all AND ${factFilter('s', 'r', 'o')}
UNWIND r.articleIds AS aid
WITH DISTINCT aid`;

const ENTITY = `e {.id, .type, .name, .nameAr, .aliases, .aliasText, .wikidataId,
  labels: [l IN labels(e) WHERE l IN $entityTypes]}`;

const ENTITIES = `
MATCH (e:Entity) WHERE $all OR ${isEndpoint('e')}
RETURN ${ENTITY} AS row ORDER BY e.type, e.id`;

const ARTICLE = 'a {.id, .title, .source, .url, .language, .path, .publishedAt, .ingestedAt, .sentenceCount}';

const ARTICLES = `
CALL () {
  MATCH (a:Article) WHERE $all RETURN a
  UNION
  ${selectedArticleIds} MATCH (a:Article {id: aid}) RETURN a
}
RETURN ${ARTICLE} AS row ORDER BY a.id`;

const SENTENCE = 'x {.id, .articleId, .index, .text, .start, .end}';

const SENTENCES = `
CALL () {
  MATCH (x:Sentence) WHERE $all RETURN x
  UNION
  ${selectedArticleIds} MATCH (x:Sentence {articleId: aid}) RETURN x
}
RETURN ${SENTENCE} AS row ORDER BY x.articleId, x.index`;

const MENTIONS = `
CALL () {
  MATCH (e:Entity)-[m:MENTIONED_IN]->(x:Sentence) WHERE $all RETURN e, m, x
  UNION
  ${selectedArticleIds} MATCH (e:Entity)-[m:MENTIONED_IN]->(x:Sentence {articleId: aid})
  WHERE ${isEndpoint('e')} RETURN e, m, x
}
RETURN {entityId: e.id, sentenceId: x.id, start: m.start, end: m.end, text: m.text} AS row
ORDER BY x.articleId, x.index, m.start, e.id`;

const TRIPLES = `
MATCH (s:Entity)-[r]->(o:Entity) WHERE ${factFilter('s', 'r', 'o')}
RETURN {
  subject: s {.id, .type, .name, .nameAr, .aliases, .wikidataId},
  predicate: type(r),
  object: o {.id, .type, .name, .nameAr, .aliases, .wikidataId},
  qualifiers: {date: r.date, count: r.count},
  evidence: COLLECT {
    UNWIND range(0, size(r.sentenceIds) - 1) AS i
    MATCH (x:Sentence {id: r.sentenceIds[i]})
    RETURN {articleId: x.articleId, sentence: x.index, text: x.text, start: x.start, end: x.end} ORDER BY i
  },
  confidence: r.confidence, extractors: r.extractors, firstSeen: r.firstSeen, lastSeen: r.lastSeen
} AS row
ORDER BY type(r), s.id, o.id`;

async function* rows<T>(g: Graph, cypher: string, params: Record<string, unknown>): AsyncGenerator<T> {
  for await (const r of streamRecords<{ row: T }>(g, cypher, params)) yield r.row;
}

const entityRef = (e: EntityRef): EntityRef => ({
  id: e.id, type: e.type, name: e.name, ...(e.nameAr != null && { nameAr: e.nameAr }), aliases: e.aliases ?? [],
  ...(e.wikidataId != null && { wikidataId: e.wikidataId }),
});

/** Map keys come back from Neo4j in no useful order; rows are written in the documented one, without nulls. */
async function* tripleRows(records: AsyncIterable<TripleRow>): AsyncGenerator<TripleRow> {
  for await (const t of records) {
    yield {
      subject: entityRef(t.subject),
      predicate: t.predicate,
      object: entityRef(t.object),
      qualifiers: { ...(t.qualifiers.date != null && { date: t.qualifiers.date }), ...(t.qualifiers.count != null && { count: t.qualifiers.count }) },
      evidence: t.evidence.map((e) => ({ articleId: e.articleId, sentence: e.sentence, start: e.start, end: e.end, text: e.text })),
      confidence: t.confidence,
      extractors: t.extractors,
      ...(t.firstSeen != null && { firstSeen: t.firstSeen }),
      ...(t.lastSeen != null && { lastSeen: t.lastSeen }),
    };
  }
}

/** Those of `ids` that name no Article node. */
export async function missingArticles(g: Graph, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const { records } = await g.driver.executeQuery(
    'UNWIND $ids AS id OPTIONAL MATCH (a:Article {id: id}) WITH id WHERE a IS NULL RETURN collect(DISTINCT id) AS missing',
    { ids }, { database: g.database, routing: 'READ' });
  return records[0]?.get('missing') as string[];
}

export function graphSource(g: Graph, filter: ExportFilter = {}): GraphSource {
  const all = !filter.types?.length && !filter.predicates?.length && !filter.articles?.length;
  const params = {
    all,
    entityTypes: [...ENTITY_TYPES],
    predicates: filter.predicates?.length ? filter.predicates : [...PREDICATES],
    types: filter.types?.length ? filter.types : null,
    articles: filter.articles?.length ? filter.articles : null,
  };
  return {
    entities: () => rows<EntityNode>(g, ENTITIES, params),
    articles: () => rows<ArticleNode>(g, ARTICLES, params),
    sentences: () => rows<SentenceNode>(g, SENTENCES, params),
    mentions: () => rows<MentionEdge>(g, MENTIONS, params),
    triples: () => tripleRows(rows<TripleRow>(g, TRIPLES, params)),
  };
}

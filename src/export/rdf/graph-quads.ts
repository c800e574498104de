// The graph as RDF, one block of quads per node or fact. Facts are plain triples
// (subject kgv:PREDICATE object) and each also gets an rdf:Statement reifying it, which carries
// the provenance (evidence sentences via prov:wasDerivedFrom) and the qualifiers: RDF 1.1 tools
// read that without RDF-star. The dataset formats (N-Quads, TriG) also keep provenance in the
// plain triples: each fact is asserted in the named graph of every article that states it, not in
// the default graph. Graphs are per article because the relationship records its articles
// (articleIds), and because an article is what a reader trusts or distrusts as a whole; the
// reified statement still names the sentences.
import { DataFactory, type Quad, type Quad_Object, type Quad_Subject, type NamedNode } from 'n3';
import type { TripleRow } from '../../model/triple-row.js';
import type { ExportCounts } from '../exporter.js';
import type { ArticleNode, EntityNode, GraphSource, SentenceNode } from '../source.js';
import { decimal, integer, isoDate, plain, term, text, type MintedIris } from './terms.js';

const { quad } = DataFactory;

const RDF_TYPE = term('rdf', 'type');

export type QuadOptions = {
  iris: MintedIris;
  /** Assert each fact in its articles' named graphs (N-Quads, TriG) rather than the default graph. */
  namedGraphs: boolean;
};

function about(subject: Quad_Subject) {
  const quads: Quad[] = [];
  const add = (predicate: NamedNode, object: Quad_Object | null | undefined) => {
    if (object) quads.push(quad(subject, predicate, object));
  };
  return { quads, add };
}

export function entityQuads(e: EntityNode, { iris }: QuadOptions): Quad[] {
  const { quads, add } = about(iris.entity(e));
  for (const label of e.labels.length ? e.labels : [e.type]) add(RDF_TYPE, term('kgv', label));
  add(term('kgv', 'id'), plain(e.id));
  add(term('rdfs', 'label'), text(e.name));
  if (e.nameAr) add(term('rdfs', 'label'), text(e.nameAr, 'ar'));
  for (const alias of e.aliases) add(term('skos', 'altLabel'), text(alias));
  return quads;
}

export function articleQuads(a: ArticleNode, { iris, namedGraphs }: QuadOptions): Quad[] {
  const article = iris.article(a.id);
  const title = a.title ? text(a.title, a.language) : null;
  const issued = a.publishedAt ? isoDate(a.publishedAt) : null;
  const { quads, add } = about(article);
  add(RDF_TYPE, term('kgv', 'Article'));
  add(term('kgv', 'id'), plain(a.id));
  add(term('dcterms', 'title'), title);
  if (a.language) add(term('dcterms', 'language'), plain(a.language));
  if (a.source) add(term('dcterms', 'publisher'), plain(a.source));
  if (a.url) add(term('dcterms', 'source'), plain(a.url));
  add(term('dcterms', 'issued'), issued);
  if (namedGraphs) {
    // Described in the default graph with the article's title and date, so that the source of a
    // fact can be judged from its graph without a join through the article.
    const graph = about(iris.graph(a.id));
    graph.add(term('prov', 'wasDerivedFrom'), article);
    graph.add(term('dcterms', 'title'), title);
    graph.add(term('dcterms', 'issued'), issued);
    quads.push(...graph.quads);
  }
  return quads;
}

export function sentenceQuads(s: SentenceNode, { iris }: QuadOptions): Quad[] {
  const { quads, add } = about(iris.sentence(s.articleId, s.index));
  add(RDF_TYPE, term('kgv', 'Sentence'));
  add(term('dcterms', 'isPartOf'), iris.article(s.articleId));
  add(term('kgv', 'text'), text(s.text));
  add(term('kgv', 'index'), integer(s.index));
  add(term('kgv', 'start'), integer(s.start));
  add(term('kgv', 'end'), integer(s.end));
  return quads;
}

export function factQuads(t: TripleRow, { iris, namedGraphs }: QuadOptions): Quad[] {
  const s = iris.entity(t.subject);
  const p = term('kgv', t.predicate);
  const o = iris.entity(t.object);
  const statement = about(iris.statement(s.value, p.value, o.value));
  const { add } = statement;
  add(RDF_TYPE, term('rdf', 'Statement'));
  add(term('rdf', 'subject'), s);
  add(term('rdf', 'predicate'), p);
  add(term('rdf', 'object'), o);
  add(term('kgv', 'confidence'), decimal(t.confidence));
  for (const x of t.extractors) add(term('kgv', 'extractor'), plain(x));
  if (t.qualifiers.date) add(term('kgv', 'date'), isoDate(t.qualifiers.date));
  if (t.qualifiers.count != null) add(term('kgv', 'count'), integer(t.qualifiers.count));
  if (t.firstSeen) add(term('kgv', 'firstSeen'), isoDate(t.firstSeen));
  if (t.lastSeen) add(term('kgv', 'lastSeen'), isoDate(t.lastSeen));
  for (const ev of t.evidence) add(term('prov', 'wasDerivedFrom'), iris.sentence(ev.articleId, ev.sentence));
  const asserted = namedGraphs
    ? [...new Set(t.evidence.map((ev) => ev.articleId))].map((id) => quad(s, p, o, iris.graph(id)))
    : [quad(s, p, o)];
  return [...asserted, ...statement.quads];
}

export type QuadBlock = { kind: 'entities' | 'articles' | 'sentences' | 'facts'; quads: Quad[] };

/** Counts a block into an exporter's summary: blocks per kind, and its quads as `unit`. */
export function tally(counts: ExportCounts, block: QuadBlock, unit: 'triples' | 'quads'): void {
  counts[block.kind] = (counts[block.kind] ?? 0) + 1;
  counts[unit] = (counts[unit] ?? 0) + block.quads.length;
}

/** Every block of the export in order: entities, articles, sentences, then facts. */
export async function* graphQuads(source: GraphSource, options: QuadOptions): AsyncGenerator<QuadBlock> {
  for await (const e of source.entities()) yield { kind: 'entities', quads: entityQuads(e, options) };
  for await (const a of source.articles()) yield { kind: 'articles', quads: articleQuads(a, options) };
  for await (const s of source.sentences()) yield { kind: 'sentences', quads: sentenceQuads(s, options) };
  for await (const t of source.triples()) yield { kind: 'facts', quads: factQuads(t, options) };
}

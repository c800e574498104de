// The graph as RDF, one block of quads per node or fact. Facts are plain triples
// (subject kgv:PREDICATE object) and each also gets an rdf:Statement reifying it, which carries
// the provenance (evidence sentences via prov:wasDerivedFrom) and the qualifiers: RDF 1.1 tools
// read that without RDF-star.
import { DataFactory, type Quad, type Quad_Object, type Quad_Subject, type NamedNode } from 'n3';
import type { TripleRow } from '../../model/triple-row.js';
import type { ExportCounts } from '../exporter.js';
import type { ArticleNode, EntityNode, GraphSource, SentenceNode } from '../source.js';
import { articleIri, decimal, entityIri, integer, isoDate, plain, sentenceIri, statementIri, term, text } from './terms.js';

const { quad } = DataFactory;

const RDF_TYPE = term('rdf', 'type');

function about(subject: Quad_Subject) {
  const quads: Quad[] = [];
  const add = (predicate: NamedNode, object: Quad_Object | null | undefined) => {
    if (object) quads.push(quad(subject, predicate, object));
  };
  return { quads, add };
}

export function entityQuads(e: EntityNode): Quad[] {
  const { quads, add } = about(entityIri(e));
  for (const label of e.labels.length ? e.labels : [e.type]) add(RDF_TYPE, term('kgv', label));
  add(term('kgv', 'id'), plain(e.id));
  add(term('rdfs', 'label'), text(e.name));
  if (e.nameAr) add(term('rdfs', 'label'), text(e.nameAr, 'ar'));
  for (const alias of e.aliases) add(term('skos', 'altLabel'), text(alias));
  return quads;
}

export function articleQuads(a: ArticleNode): Quad[] {
  const { quads, add } = about(articleIri(a.id));
  add(RDF_TYPE, term('kgv', 'Article'));
  add(term('kgv', 'id'), plain(a.id));
  if (a.title) add(term('dcterms', 'title'), text(a.title, a.language));
  if (a.language) add(term('dcterms', 'language'), plain(a.language));
  if (a.source) add(term('dcterms', 'publisher'), plain(a.source));
  if (a.url) add(term('dcterms', 'source'), plain(a.url));
  if (a.publishedAt) add(term('dcterms', 'issued'), isoDate(a.publishedAt));
  return quads;
}

export function sentenceQuads(s: SentenceNode): Quad[] {
  const { quads, add } = about(sentenceIri(s.articleId, s.index));
  add(RDF_TYPE, term('kgv', 'Sentence'));
  add(term('dcterms', 'isPartOf'), articleIri(s.articleId));
  add(term('kgv', 'text'), text(s.text));
  add(term('kgv', 'index'), integer(s.index));
  add(term('kgv', 'start'), integer(s.start));
  add(term('kgv', 'end'), integer(s.end));
  return quads;
}

export function factQuads(t: TripleRow): Quad[] {
  const s = entityIri(t.subject);
  const p = term('kgv', t.predicate);
  const o = entityIri(t.object);
  const statement = about(statementIri(s.value, p.value, o.value));
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
  for (const ev of t.evidence) add(term('prov', 'wasDerivedFrom'), sentenceIri(ev.articleId, ev.sentence));
  return [quad(s, p, o), ...statement.quads];
}

export type QuadBlock = { kind: 'entities' | 'articles' | 'sentences' | 'triples'; quads: Quad[] };

/** Counts a block into an exporter's summary: blocks per kind, and quads. */
export function tally(counts: ExportCounts, block: QuadBlock): void {
  counts[block.kind] = (counts[block.kind] ?? 0) + 1;
  counts.quads = (counts.quads ?? 0) + block.quads.length;
}

/** Every block of the export in order: entities, articles, sentences, then facts. */
export async function* graphQuads(source: GraphSource): AsyncGenerator<QuadBlock> {
  for await (const e of source.entities()) yield { kind: 'entities', quads: entityQuads(e) };
  for await (const a of source.articles()) yield { kind: 'articles', quads: articleQuads(a) };
  for await (const s of source.sentences()) yield { kind: 'sentences', quads: sentenceQuads(s) };
  for await (const t of source.triples()) yield { kind: 'triples', quads: factQuads(t) };
}

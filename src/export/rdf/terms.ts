// The IRIs of the RDF exports: Wikidata's for entities with a QID, the project namespace for the
// rest, and the project vocabulary (vocabulary.ts) for types and predicates.
import { createHash } from 'node:crypto';
import { DataFactory, type Literal, type NamedNode } from 'n3';
import { detectLanguage } from '../../text/language.js';

const { namedNode, literal } = DataFactory;

export const NS = {
  kg: 'http://kg.example.org/id/',
  kgv: 'http://kg.example.org/vocab#',
  wd: 'http://www.wikidata.org/entity/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  dcterms: 'http://purl.org/dc/terms/',
  prov: 'http://www.w3.org/ns/prov#',
  owl: 'http://www.w3.org/2002/07/owl#',
} as const;

export const term = (ns: keyof typeof NS, local: string): NamedNode => namedNode(NS[ns] + local);

// encodeURIComponent leaves only unreserved characters and ' ( ) * ! — all legal in an IRI.
const local = (id: string) => encodeURIComponent(id);

export const entityIri = (e: { id: string; wikidataId?: string | null }): NamedNode =>
  e.wikidataId ? term('wd', e.wikidataId) : /^Q\d+$/.test(e.id) ? term('wd', e.id) : term('kg', `entity/${local(e.id)}`);
export const articleIri = (id: string) => term('kg', `article/${local(id)}`);
export const sentenceIri = (articleId: string, index: number) => term('kg', `sentence/${local(articleId)}/${index}`);
/** A stable IRI for the reified statement of a fact, so that exports diff cleanly. */
export const statementIri = (s: string, p: string, o: string) =>
  term('kg', `statement/${createHash('sha256').update(`${s}\u0000${p}\u0000${o}`).digest('hex').slice(0, 24)}`);

/** A language-tagged string; the tag follows the script, since an English name field may hold Arabic. */
export const text = (value: string, language?: string | null): Literal => literal(value, language ?? detectLanguage(value));

export const integer = (n: number): Literal => literal(String(n), term('xsd', 'integer'));
/** xsd:decimal, whose lexical form has no exponent, so that every RDF reader keeps it as written. */
export function decimal(n: number): Literal {
  const s = String(n);
  const lexical = /e/i.test(s) ? n.toFixed(20).replace(/0+$/, '') : Number.isInteger(n) ? `${s}.0` : s;
  return literal(lexical, term('xsd', 'decimal'));
}
export const plain = (value: string): Literal => literal(value);

/** 2021 → xsd:gYear, 2021-07 → xsd:gYearMonth, 2021-07-26 → xsd:date; anything else stays a string. */
export function isoDate(value: string): Literal {
  const type = /^\d{4}$/.test(value) ? 'gYear' : /^\d{4}-\d{2}$/.test(value) ? 'gYearMonth' : /^\d{4}-\d{2}-\d{2}$/.test(value) ? 'date' : null;
  return type ? literal(value, term('xsd', type)) : literal(value);
}

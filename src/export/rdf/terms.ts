// The IRIs of the RDF exports: Wikidata's for entities with a QID, IRIs minted under the base IRI
// (`--base-iri`, KG_BASE_IRI) for the rest, and the project vocabulary (vocabulary.ts) for types
// and predicates. The vocabulary stays under its own fixed namespace whatever the base: it is
// published as data/vocabulary.ttl, and exports from different bases should share its predicates.
import { createHash } from 'node:crypto';
import { DataFactory, type Literal, type NamedNode } from 'n3';
import { detectLanguage } from '../../text/language.js';

const { namedNode, literal } = DataFactory;

/** The namespaces kg does not mint IRIs in. */
export const NS = {
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

export const DEFAULT_BASE_IRI = 'http://kg.example.org/id/';

export const term = (ns: keyof typeof NS, local: string): NamedNode => namedNode(NS[ns] + local);

/**
 * Why `raw` cannot be the base IRI, or null when it can. Minted IRIs are the base followed by a
 * path, so the base must end in / or # (where a path may follow, and what JSON-LD asks of a prefix)
 * and hold nothing that N-Triples or Turtle would have to escape inside <…> (N3.js writes IRIs as
 * they are).
 */
export function baseIriProblem(raw: string): string | null {
  if (!/^https?:\/\/[^/?#]/i.test(raw)) return 'Expected an absolute http:// or https:// IRI';
  if (/[\u0000-\u0020\u007F<>"{}|\\^`]/.test(raw)) return 'An IRI cannot hold spaces, control characters or any of <>"{}|\\^`';
  if (/%(?![0-9A-Fa-f]{2})/.test(raw)) return 'A % must start an escape such as %20';
  if (!/[/#]$/.test(raw)) return `Expected it to end in / or # (e.g. ${raw}/), so that ids can follow it`;
  if (raw.indexOf('#') !== raw.lastIndexOf('#')) return 'An IRI has at most one #';
  return URL.canParse(raw) ? null : 'Not a valid IRI';
}

// encodeURIComponent leaves only unreserved characters and ' ( ) * ! — all legal in an IRI.
const local = (id: string) => encodeURIComponent(id);

/** The IRIs an export mints under `base`, and the prefixes it writes them with (kg: for the base). */
export function mintedIris(base = DEFAULT_BASE_IRI) {
  const kg = (path: string) => namedNode(base + path);
  const entity = (e: { id: string; wikidataId?: string | null }): NamedNode =>
    e.wikidataId ? term('wd', e.wikidataId) : /^Q\d+$/.test(e.id) ? term('wd', e.id) : kg(`entity/${local(e.id)}`);
  return {
    prefixes: { kg: base, ...NS },
    entity,
    article: (id: string) => kg(`article/${local(id)}`),
    sentence: (articleId: string, index: number) => kg(`sentence/${local(articleId)}/${index}`),
    /** The named graph of the N-Quads and TriG exports holding the facts an article states. */
    graph: (articleId: string) => kg(`graph/${local(articleId)}`),
    /** A stable IRI for the reified statement of a fact, so that exports diff cleanly. */
    statement: (s: string, p: string, o: string) =>
      kg(`statement/${createHash('sha256').update(`${s}\u0000${p}\u0000${o}`).digest('hex').slice(0, 24)}`),
  };
}
export type MintedIris = ReturnType<typeof mintedIris>;

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

// The published vocabulary of the RDF exports (kgv:): a class per entity type, a property per
// predicate of the ontology, and the properties that carry provenance and qualifiers. Written to
// data/vocabulary.ttl by `kg export --format vocabulary`; a test keeps that file up to date.
import { DataFactory, Writer, type Quad } from 'n3';
import { ENTITY_TYPES, PREDICATES, SYMMETRIC_PREDICATES, type EntityType, type Predicate } from '../../model/ontology.js';
import type { StreamExporter } from '../exporter.js';
import { NS, term, text } from './terms.js';

const { quad } = DataFactory;

const CLASSES: Record<EntityType | 'Entity' | 'Article' | 'Sentence', string> = {
  Entity: 'Anything the news names: a person, organisation, country, place, event or concept.',
  Person: 'A human being.',
  Organization: 'A government body, party, armed group, company, agency or other organisation.',
  Country: 'A sovereign state or a territory treated as one.',
  Place: 'A city, region, site or other geographic location that is not a country.',
  Event: 'A named event: an election, a war, a summit, an attack.',
  Concept: 'An abstract subject the news reports on.',
  Article: 'A news article the graph was extracted from.',
  Sentence: 'A sentence of an article; the evidence of facts.',
};

const PROPERTIES: Record<Predicate, string> = {
  HEAD_OF_GOVERNMENT_OF: 'The subject heads the government (prime minister, premier) of the object.',
  HEAD_OF_STATE_OF: 'The subject is head of state (president, king, emir) of the object.',
  LEADER_OF: 'The subject leads the object organisation or group.',
  MEMBER_OF: 'The subject belongs to the object organisation.',
  PART_OF: 'The subject is a part or subdivision of the object.',
  LOCATED_IN: 'The subject lies in the object place or country.',
  CAPITAL_OF: 'The subject city is the capital of the object country.',
  MEETS: 'The subject and the object meet (symmetric).',
  VISITS: 'The subject visits the object place or country.',
  NEGOTIATES_WITH: 'The subject and the object hold talks (symmetric).',
  AGREES_WITH: 'The subject and the object reach an agreement (symmetric).',
  ALLIED_WITH: 'The subject and the object are allies (symmetric).',
  SUPPORTS: 'The subject supports or backs the object.',
  OPPOSES: 'The subject opposes, condemns or rejects the object.',
  DEMANDS: 'The subject demands something of the object.',
  VOTED_FOR: 'The subject voted for the object (a measure, a candidate).',
  FIGHTS: 'The subject is in armed conflict with the object.',
  ATTACKED: 'The subject attacked the object.',
  KILLED: 'The subject killed the object.',
  HAS_TROOPS_IN: 'The subject has troops stationed in the object.',
  WITHDRAWS_FROM: 'The subject withdraws (troops, membership) from the object.',
  ANNOUNCED: 'The subject announced the object.',
  QUOTES: 'The subject (a medium) quotes the object.',
};

const ANNOTATIONS: Record<string, string> = {
  id: 'The identifier of the node in the kg graph (a Wikidata QID or type:slug; an article hash).',
  text: 'The text of a sentence.',
  index: 'The position of a sentence in its article, from 0.',
  start: 'Offset of the first character in the article text (UTF-16 code units).',
  end: 'Offset after the last character in the article text (UTF-16 code units).',
  confidence: 'The highest confidence (0 to 1) any extractor gave the reified fact.',
  extractor: 'The extractor that produced the reified fact.',
  date: 'When the reified fact happened (year, month or day precision).',
  count: 'A number the reified fact states (e.g. troops).',
  firstSeen: 'Publication date of the first article stating the reified fact.',
  lastSeen: 'Publication date of the last article stating the reified fact.',
};

const en = (s: string) => text(s, 'en');
const words = (name: string) => name.toLowerCase().replaceAll('_', ' ');

export function vocabularyQuads(): Quad[] {
  const q: Quad[] = [];
  const describe = (local: string, kind: string, label: string, comment: string) => {
    const t = term('kgv', local);
    q.push(quad(t, term('rdf', 'type'), term(kind.startsWith('owl:') ? 'owl' : 'rdf', kind.replace(/^\w+:/, ''))),
      quad(t, term('rdfs', 'label'), en(label)), quad(t, term('rdfs', 'comment'), en(comment)));
    return t;
  };
  for (const [name, comment] of Object.entries(CLASSES)) {
    const c = describe(name, 'owl:Class', name, comment);
    if ((ENTITY_TYPES as readonly string[]).includes(name)) q.push(quad(c, term('rdfs', 'subClassOf'), term('kgv', 'Entity')));
  }
  for (const p of PREDICATES) {
    const t = describe(p, SYMMETRIC_PREDICATES.has(p) ? 'owl:SymmetricProperty' : 'owl:ObjectProperty', words(p), PROPERTIES[p]);
    q.push(quad(t, term('rdfs', 'domain'), term('kgv', 'Entity')), quad(t, term('rdfs', 'range'), term('kgv', 'Entity')));
  }
  for (const [name, comment] of Object.entries(ANNOTATIONS)) describe(name, 'rdf:Property', name, comment);
  return q;
}

export const vocabularyExporter: StreamExporter = {
  format: 'vocabulary',
  description: 'the kgv: vocabulary (classes and predicates with labels and comments) as Turtle; needs no database',
  extension: 'ttl',
  target: 'stream',
  standalone: true,
  async write(_source, out) {
    const quads = vocabularyQuads();
    const writer = new Writer({ format: 'Turtle', prefixes: { kgv: NS.kgv, rdf: NS.rdf, rdfs: NS.rdfs, owl: NS.owl } });
    writer.addQuads(quads);
    const turtle = await new Promise<string>((resolve, reject) => writer.end((err, result) => (err ? reject(err) : resolve(result))));
    await out.write(`# kg vocabulary: ${NS.kgv}\n# Generated by \`kg export --format vocabulary\`; do not edit by hand.\n${turtle}`);
    return { quads: quads.length };
  },
};

// The closed vocabularies of the graph. Labels and relationship types are spliced into Cypher text,
// so these lists are the allowlist: nothing else ever reaches a query as an identifier.

export const ENTITY_TYPES = ['Person', 'Organization', 'Country', 'Place', 'Event', 'Concept'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** What each type covers: published in the RDF vocabulary and told to the LLM extractor. */
export const ENTITY_TYPE_MEANINGS: Record<EntityType, string> = {
  Person: 'A human being.',
  Organization: 'A government body, ministry, parliament, army, party, armed group, company, news agency, coalition or other organisation.',
  Country: 'A sovereign state or a territory treated as one.',
  Place: 'A city, region, site, facility, airport, base or other geographic location that is not a country.',
  Event: 'A named or clearly bounded happening: an election, a war, a summit, an attack, a withdrawal, a vote, a round of talks.',
  Concept: 'Anything else the news reports on that is worth a node: a demand, a mission, a timetable, a law.',
};

export const PREDICATES = [
  'HEAD_OF_GOVERNMENT_OF', 'HEAD_OF_STATE_OF', 'LEADER_OF', 'MEMBER_OF', 'PART_OF', 'LOCATED_IN',
  'CAPITAL_OF', 'MEETS', 'VISITS', 'NEGOTIATES_WITH', 'AGREES_WITH', 'ALLIED_WITH', 'SUPPORTS',
  'OPPOSES', 'DEMANDS', 'VOTED_FOR', 'FIGHTS', 'ATTACKED', 'KILLED', 'HAS_TROOPS_IN',
  'WITHDRAWS_FROM', 'ANNOUNCED', 'QUOTES',
] as const;
export type Predicate = (typeof PREDICATES)[number];

/** What each predicate states, subject first: published in the RDF vocabulary and told to the LLM extractor. */
export const PREDICATE_MEANINGS: Record<Predicate, string> = {
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
  DEMANDS: 'The subject demands or calls for the object (a measure, an event).',
  VOTED_FOR: 'The subject voted for the object (a measure, a candidate).',
  FIGHTS: 'The subject is in armed conflict with the object.',
  ATTACKED: 'The subject attacked the object.',
  KILLED: 'The subject killed the object.',
  HAS_TROOPS_IN: 'The subject has troops stationed in the object.',
  WITHDRAWS_FROM: 'The subject withdraws (troops, membership) from the object.',
  ANNOUNCED: 'The subject announced the object.',
  QUOTES: 'The subject (a medium) quotes the object.',
};

/** The usual types at each end of a predicate (../shared/eval/ONTOLOGY.md); guidance, not a check. */
export const PREDICATE_SIGNATURES: Record<Predicate, string> = {
  HEAD_OF_GOVERNMENT_OF: 'Person → Country',
  HEAD_OF_STATE_OF: 'Person → Country',
  LEADER_OF: 'Person → Organization',
  MEMBER_OF: 'Person/Organization → Organization',
  PART_OF: 'Organization → Organization/Country',
  LOCATED_IN: 'Place/Organization → Place/Country',
  CAPITAL_OF: 'Place → Country',
  MEETS: 'Person/Organization/Country ↔ Person/Organization/Country',
  VISITS: 'Person/Organization → Country/Place',
  NEGOTIATES_WITH: 'Person/Organization/Country ↔ Person/Organization/Country',
  AGREES_WITH: 'Person/Organization/Country ↔ Person/Organization/Country',
  ALLIED_WITH: 'Person/Organization/Country ↔ Person/Organization/Country',
  SUPPORTS: 'any → any',
  OPPOSES: 'any → any',
  DEMANDS: 'any → Event/Concept',
  VOTED_FOR: 'Organization/Person → Event/Concept',
  FIGHTS: 'any → any',
  ATTACKED: 'any → any',
  KILLED: 'any → Person',
  HAS_TROOPS_IN: 'Country/Organization → Country/Place',
  WITHDRAWS_FROM: 'Country/Organization → Country/Place',
  ANNOUNCED: 'Person/Organization/Country → Event/Concept',
  QUOTES: 'Organization → Person',
};

/** Predicates whose direction carries no meaning; stored once, subject id < object id. */
export const SYMMETRIC_PREDICATES: ReadonlySet<Predicate> = new Set<Predicate>([
  'MEETS', 'NEGOTIATES_WITH', 'AGREES_WITH', 'ALLIED_WITH',
]);

/** Relationship types of the provenance layer (not extracted facts). */
export const PROVENANCE_TYPES = ['HAS_SENTENCE', 'MENTIONED_IN'] as const;

export const LANGUAGES = ['ar', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const entityTypeSet: ReadonlySet<string> = new Set(ENTITY_TYPES);
const predicateSet: ReadonlySet<string> = new Set(PREDICATES);
export const isEntityType = (s: string): s is EntityType => entityTypeSet.has(s);
export const isPredicate = (s: string): s is Predicate => predicateSet.has(s);

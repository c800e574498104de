// The closed vocabularies of the graph. Labels and relationship types are spliced into Cypher text,
// so these lists are the allowlist: nothing else ever reaches a query as an identifier.

export const ENTITY_TYPES = ['Person', 'Organization', 'Country', 'Place', 'Event', 'Concept'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const PREDICATES = [
  'HEAD_OF_GOVERNMENT_OF', 'HEAD_OF_STATE_OF', 'LEADER_OF', 'MEMBER_OF', 'PART_OF', 'LOCATED_IN',
  'CAPITAL_OF', 'MEETS', 'VISITS', 'NEGOTIATES_WITH', 'AGREES_WITH', 'ALLIED_WITH', 'SUPPORTS',
  'OPPOSES', 'DEMANDS', 'VOTED_FOR', 'FIGHTS', 'ATTACKED', 'KILLED', 'HAS_TROOPS_IN',
  'WITHDRAWS_FROM', 'ANNOUNCED', 'QUOTES',
] as const;
export type Predicate = (typeof PREDICATES)[number];

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

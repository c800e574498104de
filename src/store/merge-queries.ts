// Pieces shared by every writer (ingest, import): the allowlist checks that guard labels and
// relationship types (they reach Cypher as dynamic labels and types), and the entity MERGE.
import { ENTITY_TYPES, PREDICATES, isEntityType, isPredicate, type EntityType, type Predicate } from '../model/ontology.js';

export function label(type: string): EntityType {
  if (!isEntityType(type)) throw new Error(`entity type "${type}" is not one of ${ENTITY_TYPES.join(', ')}`);
  return type;
}

export function relType(predicate: string): Predicate {
  if (!isPredicate(predicate)) throw new Error(`predicate "${predicate}" is not one of ${PREDICATES.join(', ')}`);
  return predicate;
}

/**
 * Rows: { id, type, name, nameAr, wikidataId, aliases }, type already checked with label().
 * MERGE uses the constrained Entity label; the type label is added with a dynamic SET (Neo4j 5.26+),
 * so one query serves every type. A known entity keeps its name and gains aliases.
 */
export const ENTITIES = `
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e.name = row.name, e.type = row.type
SET e:$(row.type),
    e.nameAr = coalesce(e.nameAr, row.nameAr),
    e.wikidataId = coalesce(e.wikidataId, row.wikidataId),
    e.aliases = coalesce(e.aliases, []) + [x IN row.aliases WHERE NOT x IN coalesce(e.aliases, [])]
SET e.aliasText = reduce(t = '', x IN e.aliases | t + x + '\\n')`;

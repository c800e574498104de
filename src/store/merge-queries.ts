// Pieces shared by every writer (ingest, import): the allowlist checks that guard identifiers
// spliced into Cypher, grouping rows by label or type, and the entity MERGE.
import { ENTITY_TYPES, PREDICATES, isEntityType, isPredicate, type EntityType, type Predicate } from '../model/ontology.js';

export function label(type: string): EntityType {
  if (!isEntityType(type)) throw new Error(`entity type "${type}" is not one of ${ENTITY_TYPES.join(', ')}`);
  return type;
}

export function relType(predicate: string): Predicate {
  if (!isPredicate(predicate)) throw new Error(`predicate "${predicate}" is not one of ${PREDICATES.join(', ')}`);
  return predicate;
}

export function groupBy<T, K>(rows: T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = groups.get(k);
    if (list) list.push(row); else groups.set(k, [row]);
  }
  return groups;
}

/** Rows: { id, type, name, nameAr, wikidataId, aliases }. A known entity keeps its name and gains aliases. */
export const entitiesQuery = (type: EntityType) => `
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e.name = row.name, e.type = row.type
SET e:${type},
    e.nameAr = coalesce(e.nameAr, row.nameAr),
    e.wikidataId = coalesce(e.wikidataId, row.wikidataId),
    e.aliases = coalesce(e.aliases, []) + [x IN row.aliases WHERE NOT x IN coalesce(e.aliases, [])]
SET e.aliasText = reduce(t = '', x IN e.aliases | t + x + '\\n')`;

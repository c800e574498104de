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
 * so one query serves every type. A known entity keeps its name and gains aliases. An entity that
 * would not change is not written: most rows of a bulk ingest name entities already stored, and a
 * write, even of equal values, updates both full-text indexes at commit.
 */
export const ENTITIES = `
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e.name = row.name, e.type = row.type, e.aliases = []
WITH e, row, [x IN row.aliases WHERE NOT x IN e.aliases] AS added
WHERE added <> [] OR NOT row.type IN labels(e)
   OR (e.nameAr IS NULL AND row.nameAr IS NOT NULL) OR (e.wikidataId IS NULL AND row.wikidataId IS NOT NULL)
SET e:$(row.type),
    e.nameAr = coalesce(e.nameAr, row.nameAr),
    e.wikidataId = coalesce(e.wikidataId, row.wikidataId),
    e.aliases = e.aliases + added
SET e.aliasText = reduce(t = '', x IN e.aliases | t + x + '\\n')`;

/**
 * A fact's date: the first one known, unless a later one refines it ("2021-07" by "2021-07-26");
 * a date that contradicts it does not replace it. `DATE_SET` does in Cypher (on `r` and `row`)
 * what `refineDate` does within one document.
 */
export const DATE_SET = 'r.date = CASE WHEN r.date IS NULL OR row.date STARTS WITH r.date THEN coalesce(row.date, r.date) ELSE r.date END';
export const refineDate = (known: string | null, next: string | null | undefined): string | null =>
  known === null || (next != null && next.startsWith(known)) ? next ?? known : known;

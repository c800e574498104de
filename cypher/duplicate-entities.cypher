// Likely duplicate entities: different ids with the same English or Arabic name (case-insensitive);
// candidates for merging, e.g. a KB entity and one the extractor created for an unknown name.
// Parameters: none.
// Example:
//   kg query --file cypher/duplicate-entities.cypher
MATCH (e:Entity)
UNWIND [x IN [toLower(e.name), toLower(e.nameAr)] WHERE x IS NOT NULL] AS name
WITH name, collect(DISTINCT e) AS entities
WHERE size(entities) > 1
RETURN name, [e IN entities | e.id] AS ids, [e IN entities | e.type] AS types,
       [e IN entities | e.wikidataId] AS wikidataIds, size(entities) AS count
ORDER BY count DESC, name;

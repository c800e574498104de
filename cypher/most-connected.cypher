// The most connected entities: how many distinct entities each is linked to by facts, and by
// how many facts.
// Parameters: none.
// Example:
//   kg query --file cypher/most-connected.cypher
MATCH (e:Entity)-[r]-(n:Entity)
RETURN e.name AS entity, e.nameAr AS nameAr, e.type AS type, count(DISTINCT n) AS neighbours, count(r) AS facts
ORDER BY neighbours DESC, facts DESC, entity
LIMIT 25;

// An entity's neighbourhood: every entity one fact away, with the predicate, its direction and
// how many evidence sentences support it.
// Parameters: $name (required) – the entity's id, or its name, Arabic name or an alias in either
//   language, case-insensitive.
// Example:
//   kg query --file cypher/entity-neighbourhood.cypher --param name=Kadhimi
//   kg query --file cypher/entity-neighbourhood.cypher --param name=الكاظمي
MATCH (e:Entity)
WHERE e.id = $name OR toLower(e.name) = toLower($name) OR toLower(e.nameAr) = toLower($name)
   OR any(a IN e.aliases WHERE toLower(a) = toLower($name))
MATCH (e)-[r]-(n:Entity)
RETURN e.name AS entity,
       CASE WHEN startNode(r) = e THEN '-[' + type(r) + ']->' ELSE '<-[' + type(r) + ']-' END AS relation,
       n.name AS neighbour, n.nameAr AS neighbourAr, n.type AS type, r.date AS date,
       size(r.sentenceIds) AS evidence
ORDER BY evidence DESC, neighbour, relation;

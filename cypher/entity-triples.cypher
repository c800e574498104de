// All facts about an entity, as subject or object, each with its evidence sentences and the
// articles they come from.
// Parameters: $name (required) – an id, name, Arabic name or alias, case-insensitive.
// Example:
//   kg query --file cypher/entity-triples.cypher --param name="Joe Biden" --format json
MATCH (e:Entity)
WHERE e.id = $name OR toLower(e.name) = toLower($name) OR toLower(e.nameAr) = toLower($name)
   OR any(a IN e.aliases WHERE toLower(a) = toLower($name))
MATCH (s:Entity)-[r]->(o:Entity) WHERE s = e OR o = e
RETURN s.name AS subject, type(r) AS predicate, o.name AS object, r.date AS date, r.count AS count,
       r.confidence AS confidence,
       COLLECT { MATCH (x:Sentence) WHERE x.id IN r.sentenceIds
                 RETURN {article: x.articleId, sentence: x.index, text: x.text} ORDER BY x.id } AS evidence
ORDER BY predicate, subject, object;

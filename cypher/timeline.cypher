// A timeline of dated facts: each fact with a date qualifier, oldest first, with one evidence sentence.
// Parameters: none.
// Example:
//   kg query --file cypher/timeline.cypher --format csv
MATCH (s:Entity)-[r]->(o:Entity)
WHERE r.date IS NOT NULL
RETURN r.date AS date, s.name AS subject, type(r) AS predicate, o.name AS object,
       head(COLLECT { MATCH (x:Sentence) WHERE x.id IN r.sentenceIds RETURN x.text ORDER BY x.id }) AS evidence
ORDER BY date, subject, predicate, object;

// Who met whom: every MEETS fact (symmetric, stored once) with its date, how many articles state
// it and one evidence sentence, most attested first.
// Parameters: none.
// Example:
//   kg query --file cypher/who-met-whom.cypher
MATCH (a:Entity)-[r:MEETS]->(b:Entity)
RETURN a.name AS person, b.name AS met, r.date AS date, size(r.articleIds) AS articles,
       r.confidence AS confidence,
       head(COLLECT { MATCH (s:Sentence) WHERE s.id IN r.sentenceIds RETURN s.text ORDER BY s.id }) AS evidence
ORDER BY articles DESC, date DESC, person, met;

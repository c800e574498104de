// Relations that contradict each other: the same two entities (either direction) said to be allied
// or supportive in one fact and hostile (FIGHTS, ATTACKED, OPPOSES, KILLED) in another, with the
// articles of each side.
// Parameters: none.
// Example:
//   kg query --file cypher/contradictions.cypher --format json
MATCH (a:Entity)-[f:ALLIED_WITH|SUPPORTS|AGREES_WITH]-(b:Entity)
MATCH (a)-[h:FIGHTS|ATTACKED|OPPOSES|KILLED]-(b)
WHERE a.id < b.id
RETURN a.name AS entity, b.name AS other, type(f) AS friendly, type(h) AS hostile,
       f.articleIds AS friendlyArticles, h.articleIds AS hostileArticles,
       f.date AS friendlyDate, h.date AS hostileDate
ORDER BY entity, other, friendly, hostile;

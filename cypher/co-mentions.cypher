// Entities mentioned together in a sentence: pairs by the number of sentences they share, with
// one such sentence. Pairs already linked by a fact are marked.
// Parameters: none.
// Example:
//   kg query --file cypher/co-mentions.cypher
MATCH (a:Entity)-[:MENTIONED_IN]->(x:Sentence)<-[:MENTIONED_IN]-(b:Entity)
WHERE a.id < b.id
WITH a, b, collect(DISTINCT x) AS sentences
RETURN a.name AS entity, b.name AS other, size(sentences) AS sentences,
       EXISTS { (a)-[]-(b) } AS linked, head(sentences).text AS example
ORDER BY sentences DESC, entity, other
LIMIT 50;

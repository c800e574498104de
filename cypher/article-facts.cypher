// What an article says: its facts in sentence order, with the sentence that states each.
// Parameters: $article (required) – the article id, its URL, or part of its title (case-insensitive).
// Example:
//   kg query --file cypher/article-facts.cypher --param article=1c542370e0e3f713
//   kg query --file cypher/article-facts.cypher --param article="القوات الأميركية"
MATCH (a:Article)
WHERE a.id = $article OR a.url = $article OR toLower(a.title) CONTAINS toLower($article)
MATCH (a)-[:HAS_SENTENCE]->(x:Sentence)
MATCH (s:Entity)-[r]->(o:Entity) WHERE x.id IN r.sentenceIds
RETURN a.title AS article, x.index AS sentence, s.name AS subject, type(r) AS predicate, o.name AS object,
       r.date AS date, x.text AS evidence
ORDER BY article, sentence, predicate;

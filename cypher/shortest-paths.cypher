// Shortest paths between two entities over facts (up to 6 hops, either direction; mentions and
// articles are not part of the paths).
// Parameters: $from, $to (required) – each an id, name, Arabic name or alias, case-insensitive.
// Example:
//   kg query --file cypher/shortest-paths.cypher --param from=Biden --param to="Islamic State"
MATCH (a:Entity)
WHERE a.id = $from OR toLower(a.name) = toLower($from) OR toLower(a.nameAr) = toLower($from)
   OR any(x IN a.aliases WHERE toLower(x) = toLower($from))
MATCH (b:Entity)
WHERE b.id = $to OR toLower(b.name) = toLower($to) OR toLower(b.nameAr) = toLower($to)
   OR any(x IN b.aliases WHERE toLower(x) = toLower($to))
WITH a, b WHERE a <> b
MATCH p = allShortestPaths((a)-[:HEAD_OF_GOVERNMENT_OF|HEAD_OF_STATE_OF|LEADER_OF|MEMBER_OF|PART_OF|LOCATED_IN|CAPITAL_OF|MEETS|VISITS|NEGOTIATES_WITH|AGREES_WITH|ALLIED_WITH|SUPPORTS|OPPOSES|DEMANDS|VOTED_FOR|FIGHTS|ATTACKED|KILLED|HAS_TROOPS_IN|WITHDRAWS_FROM|ANNOUNCED|QUOTES*..6]-(b))
RETURN [n IN nodes(p) | n.name] AS path, [r IN relationships(p) | type(r)] AS predicates, length(p) AS hops
ORDER BY hops
LIMIT 25;

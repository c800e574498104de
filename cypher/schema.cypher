// kg graph schema: constraints and indexes, created idempotently by `kg` before every write
// (src/store/schema.ts runs each statement of this file). Safe to run by hand:
//   npx kg query --write --file cypher/schema.cypher
//
// Data model
//   (:Article {id, title, source, url, language, path, publishedAt, ingestedAt, sentenceCount})
//       id = first 16 hex digits of sha256 of the normalised article text
//   (:Article)-[:HAS_SENTENCE]->(:Sentence {id, articleId, index, text, start, end})
//       id = "<articleId>:<index>"; start/end = character offsets into the article text
//   (:Entity:<Type> {id, type, name, nameAr, aliases, aliasText, wikidataId})
//       <Type> is one of Person, Organization, Country, Place, Event, Concept;
//       id = Wikidata QID where known, else "<type>:<slug of the English name>"
//   (:Entity)-[:MENTIONED_IN {start, end, text}]->(:Sentence)
//       one relationship per mention; start/end = offsets into the article text
//   (:Entity)-[:<PREDICATE> {sentenceIds, articleIds, confidence, extractors, date, count,
//                            firstSeen, lastSeen}]->(:Entity)
//       one relationship per (subject, predicate, object); predicates from ONTOLOGY.md;
//       symmetric predicates (MEETS, NEGOTIATES_WITH, AGREES_WITH, ALLIED_WITH) point from the
//       smaller id to the larger.

CREATE CONSTRAINT articleId IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT sentenceId IF NOT EXISTS FOR (s:Sentence) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT entityId IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE INDEX entityWikidataId IF NOT EXISTS FOR (e:Entity) ON (e.wikidataId);
CREATE INDEX sentenceArticle IF NOT EXISTS FOR (s:Sentence) ON (s.articleId);
// No range index on names: a name may exceed the 8 KB a range index entry holds. Names and
// aliases are searched through full-text indexes in both scripts: the Arabic analyser folds letter variants and strips clitics,
// the standard one serves Latin script.
CREATE FULLTEXT INDEX entityNamesAr IF NOT EXISTS FOR (e:Entity) ON EACH [e.nameAr, e.aliasText]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'arabic' } };
CREATE FULLTEXT INDEX entityNamesEn IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliasText]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words' } };
CREATE FULLTEXT INDEX sentenceText IF NOT EXISTS FOR (s:Sentence) ON EACH [s.text]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words' } };

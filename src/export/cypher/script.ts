// A Cypher script that rebuilds the exported graph in any Neo4j 5: the schema of
// cypher/schema.cypher, then UNWIND batches of inlined literal rows. Labels and relationship types
// come only from the ontology's allowlists; every value is an escaped literal. MERGE on the ids makes
// a second run change nothing. Rows are lists, not maps: Neo4j compiles a list literal several
// times faster than a map literal, which decides how long a large script takes to run.
import { readFileSync } from 'node:fs';
import { label, relType } from '../../store/merge-queries.js';
import { splitStatements } from '../../store/cypher-file.js';
import { SCHEMA_FILE } from '../../store/schema.js';
import type { ExportCounts, StreamExporter } from '../exporter.js';
import { factProperties } from '../fact-properties.js';
import type { TextSink } from '../sink.js';
import { cypherLiteral, float, type CypherValue } from './literal.js';

const MAX_ROWS = 500;
const MAX_CHARS = 256 * 1024;

type Statement = { columns: readonly string[]; cypher: string };

const sets = (variable: string, columns: readonly string[], from: number) =>
  columns.slice(from).map((c, i) => `${variable}.${c} = row[${i + from}]`).join(', ');

/** MERGE a node on its id (column 0) and set the other columns as properties. */
function nodeStatement(labels: string, columns: readonly string[], then = ''): Statement {
  const key = labels.split(':')[0]!;
  return { columns, cypher: `MERGE (n:${key} {id: row[0]}) SET ${labels.includes(':') ? `n:${labels.slice(key.length + 1)}, ` : ''}${sets('n', columns, 1)}${then}` };
}

const ARTICLES = nodeStatement('Article', ['id', 'title', 'source', 'url', 'language', 'path', 'publishedAt', 'ingestedAt', 'sentenceCount']);
const SENTENCES = nodeStatement('Sentence', ['id', 'articleId', 'index', 'text', 'start', 'end'],
  '\nWITH n, row MATCH (a:Article {id: row[1]}) MERGE (a)-[:HAS_SENTENCE]->(n)');
const ENTITY_COLUMNS = ['id', 'type', 'name', 'nameAr', 'aliases', 'aliasText', 'wikidataId'] as const;
const MENTIONS: Statement = {
  columns: ['entityId', 'sentenceId', 'start', 'end', 'text'],
  cypher: `MATCH (e:Entity {id: row[0]}) MATCH (s:Sentence {id: row[1]})
MERGE (e)-[m:MENTIONED_IN {start: row[2]}]->(s) SET m.end = row[3], m.text = row[4]`,
};
const FACT_COLUMNS = ['subject', 'object', 'sentenceIds', 'articleIds', 'confidence', 'extractors', 'date', 'count', 'firstSeen', 'lastSeen'] as const;
const fact = (predicate: string): Statement => ({
  columns: FACT_COLUMNS,
  cypher: `MATCH (s:Entity {id: row[0]}) MATCH (o:Entity {id: row[1]})
MERGE (s)-[r:${predicate}]->(o) SET ${sets('r', FACT_COLUMNS, 2)}`,
});

/** Collects literal rows and writes one `UNWIND [...] AS row <statement>;` per batch or change of statement. */
function statementWriter(out: TextSink) {
  let current: Statement | undefined;
  let rows: string[] = [];
  let chars = 0;
  let statements = 0;
  const flush = async () => {
    if (current && rows.length) {
      await out.write(`// row: [${current.columns.join(', ')}]\nUNWIND [\n${rows.join(',\n')}\n] AS row\n${current.cypher};\n\n`);
      statements++;
    }
    rows = [];
    chars = 0;
  };
  return {
    async add(statement: Statement, row: CypherValue[]) {
      if (statement.cypher !== current?.cypher || rows.length >= MAX_ROWS || chars >= MAX_CHARS) await flush();
      current = statement;
      const literal = cypherLiteral(row);
      rows.push(literal);
      chars += literal.length;
    },
    flush,
    get statements() { return statements; },
  };
}

export const cypherExporter: StreamExporter = {
  format: 'cypher',
  description: 'a Cypher script that rebuilds the graph (schema, articles, sentences, entities, mentions, facts); run it with kg query --write --file',
  extension: 'cypher',
  target: 'stream',
  async write(source, out) {
    await out.write(`// kg graph export, written ${new Date().toISOString()}.
// Rebuilds the graph in a Neo4j 5 database; running it twice changes nothing. Run with:
//   kg query --write --file graph.cypher      (or cypher-shell -f graph.cypher)

`);
    for (const statement of splitStatements(readFileSync(SCHEMA_FILE, 'utf8'))) await out.write(`${statement};\n\n`);
    const w = statementWriter(out);
    const counts: ExportCounts = { articles: 0, sentences: 0, entities: 0, mentions: 0, facts: 0 };
    for await (const a of source.articles()) {
      await w.add(ARTICLES, ARTICLES.columns.map((c) => a[c as keyof typeof a]));
      counts.articles!++;
    }
    for await (const s of source.sentences()) {
      await w.add(SENTENCES, SENTENCES.columns.map((c) => s[c as keyof typeof s]));
      counts.sentences!++;
    }
    for await (const e of source.entities()) {
      const labels = (e.labels.length ? e.labels : [e.type]).map(label);
      await w.add(nodeStatement(['Entity', ...labels].join(':'), ENTITY_COLUMNS), ENTITY_COLUMNS.map((c) => e[c]));
      counts.entities!++;
    }
    for await (const m of source.mentions()) {
      await w.add(MENTIONS, [m.entityId, m.sentenceId, m.start, m.end, m.text]);
      counts.mentions!++;
    }
    for await (const t of source.triples()) {
      const p = factProperties(t);
      await w.add(fact(relType(t.predicate)),
        [t.subject.id, t.object.id, p.sentenceIds, p.articleIds, float(p.confidence), p.extractors, p.date, p.count, p.firstSeen, p.lastSeen]);
      counts.facts!++;
    }
    await w.flush();
    return { ...counts, statements: w.statements };
  },
};

// A folder of CSV files in the layout of `neo4j-admin database import full` (typed headers, ID
// spaces per node kind, `;` inside array cells), plus the flat triples.csv for spreadsheets and
// LOAD CSV. Every file is written as its rows stream in.
import type { FolderExporter } from '../exporter.js';
import { csvLine, joinArray, type CsvValue } from '../csv-line.js';
import { factProperties } from '../fact-properties.js';
import { FLAT_COLUMNS, flatRows } from '../flat-triples.js';
import type { FolderSink, TextSink } from '../sink.js';

const FILES = {
  articles: ['id:ID(Article)', ':LABEL', 'title', 'source', 'url', 'language', 'path', 'publishedAt', 'ingestedAt', 'sentenceCount:long'],
  sentences: ['id:ID(Sentence)', ':LABEL', 'articleId', 'index:long', 'text', 'start:long', 'end:long'],
  entities: ['id:ID(Entity)', ':LABEL', 'type', 'name', 'nameAr', 'aliases:string[]', 'aliasText', 'wikidataId'],
  has_sentence: [':START_ID(Article)', ':END_ID(Sentence)', ':TYPE'],
  mentioned_in: [':START_ID(Entity)', ':END_ID(Sentence)', ':TYPE', 'start:long', 'end:long', 'text'],
  relations: [':START_ID(Entity)', ':END_ID(Entity)', ':TYPE', 'sentenceIds:string[]', 'articleIds:string[]', 'confidence:double',
    'extractors:string[]', 'date', 'count:long', 'firstSeen', 'lastSeen'],
} as const;

type CsvFile = { row(values: CsvValue[]): Promise<void>; sink: TextSink; rows: number };

async function open(folder: FolderSink, name: string, header: readonly string[]): Promise<CsvFile> {
  const sink = folder(name);
  await sink.write(csvLine([...header]));
  const file: CsvFile = { sink, rows: 0, row: async (values) => { await sink.write(csvLine(values)); file.rows++; } };
  return file;
}

const IMPORT_SCRIPT = `#!/bin/sh
# Loads this folder into an empty, stopped database with neo4j-admin (Neo4j 5); then start Neo4j and
# run cypher/schema.cypher to create the constraints and full-text indexes.
exec neo4j-admin database import full "\${1:-neo4j}" --overwrite-destination \\
  --multiline-fields=true --array-delimiter=';' \\
  --nodes=articles.csv --nodes=sentences.csv --nodes=entities.csv \\
  --relationships=has_sentence.csv --relationships=mentioned_in.csv --relationships=relations.csv
`;

export const csvExporter: FolderExporter = {
  format: 'csv',
  description: 'a folder: neo4j-admin import files (nodes and relationships) and a flat triples.csv',
  target: 'folder',
  async write(source, folder) {
    const f = Object.fromEntries(await Promise.all(Object.entries(FILES).map(async ([name, header]) =>
      [name, await open(folder, `${name}.csv`, header)] as const))) as Record<keyof typeof FILES, CsvFile>;
    const triples = await open(folder, 'triples.csv', FLAT_COLUMNS);

    for await (const a of source.articles()) {
      await f.articles.row([a.id, 'Article', a.title, a.source, a.url, a.language, a.path, a.publishedAt, a.ingestedAt, a.sentenceCount]);
    }
    for await (const s of source.sentences()) {
      await f.sentences.row([s.id, 'Sentence', s.articleId, s.index, s.text, s.start, s.end]);
      await f.has_sentence.row([s.articleId, s.id, 'HAS_SENTENCE']);
    }
    for await (const e of source.entities()) {
      await f.entities.row([e.id, ['Entity', ...e.labels].join(';'), e.type, e.name, e.nameAr, joinArray(e.aliases), e.aliasText, e.wikidataId]);
    }
    for await (const m of source.mentions()) {
      await f.mentioned_in.row([m.entityId, m.sentenceId, 'MENTIONED_IN', m.start, m.end, m.text]);
    }
    for await (const t of source.triples()) {
      const p = factProperties(t);
      await f.relations.row([t.subject.id, t.object.id, t.predicate, joinArray(p.sentenceIds), joinArray(p.articleIds), p.confidence,
        joinArray(p.extractors), p.date, p.count, p.firstSeen, p.lastSeen]);
      for (const values of flatRows(t)) await triples.row(values);
    }

    const script = folder('neo4j-admin-import.sh', 0o755);
    await script.write(IMPORT_SCRIPT);
    await script.close();
    for (const file of [...Object.values(f), triples]) await file.sink.close();
    return { articles: f.articles.rows, sentences: f.sentences.rows, entities: f.entities.rows, mentions: f.mentioned_in.rows, facts: f.relations.rows, tripleRows: triples.rows };
  },
};

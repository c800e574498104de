// One interface for every export format: an exporter reads a GraphSource and writes text, either
// one stream (stdout or a file) or several named files in a folder.
import { counted } from '../counted.js';
import type { FolderSink, TextSink } from './sink.js';
import type { GraphSource } from './source.js';

// What an export counts, with the words the command's summary uses for one and for several, in
// the order it names them.
const NOUNS = {
  articles: ['article', 'articles'],
  sentences: ['sentence', 'sentences'],
  entities: ['entity', 'entities'],
  mentions: ['mention', 'mentions'],
  facts: ['fact', 'facts'],
  tripleRows: ['row in triples.csv', 'rows in triples.csv'],
  triples: ['triple', 'triples'],
  quads: ['quad', 'quads'],
  statements: ['Cypher statement', 'Cypher statements'],
} as const;

/** What was written, e.g. { facts: 120, entities: 80 }; `triples` and `quads` are RDF's. */
export type ExportCounts = Partial<Record<keyof typeof NOUNS, number>>;

/** "1 article, 20 sentences, 31 facts, 664 triples" */
export function describeCounts(counts: ExportCounts): string {
  return Object.entries(NOUNS).flatMap(([key, [one, many]]) => {
    const n = counts[key as keyof ExportCounts];
    return n === undefined ? [] : [counted(n, one, many)];
  }).join(', ');
}

/** Settings of `kg export` that some one-stream formats read; each has a default. */
export type ExportOptions = {
  /** The namespace of the IRIs the RDF formats mint (ending in / or #). */
  baseIri?: string;
};

type Described = {
  format: string;
  description: string;
  /** Writes the same output whatever the graph holds, so needs no database. */
  standalone?: true;
};

export type StreamExporter = Described & {
  target: 'stream';
  /** The file extension, without the dot. */
  extension: string;
  write(source: GraphSource, out: TextSink, options?: ExportOptions): Promise<ExportCounts>;
};

export type FolderExporter = Described & {
  target: 'folder';
  write(source: GraphSource, folder: FolderSink): Promise<ExportCounts>;
};

export type Exporter = StreamExporter | FolderExporter;

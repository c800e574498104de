// One interface for every export format: an exporter reads a GraphSource and writes text, either
// one stream (stdout or a file) or several named files in a folder.
import type { FolderSink, TextSink } from './sink.js';
import type { GraphSource } from './source.js';

/** What was written, e.g. { triples: 120, entities: 80 }; printed on stderr by the command. */
export type ExportCounts = Record<string, number>;

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

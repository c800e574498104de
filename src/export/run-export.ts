// Runs an exporter against its destination: stdout or a file for one-stream formats, a folder for
// multi-file ones.
import type { ExportCounts, ExportOptions, Exporter } from './exporter.js';
import { fileSink, folderSink, streamSink } from './sink.js';
import type { GraphSource } from './source.js';

/** The folder a multi-file export goes to when --out is not given. */
export const DEFAULT_FOLDER = 'kg-export';

export async function runExport(exporter: Exporter, source: GraphSource, out?: string, options?: ExportOptions): Promise<ExportCounts> {
  if (exporter.target === 'folder') return exporter.write(source, folderSink(out ?? DEFAULT_FOLDER));
  const sink = out ? fileSink(out) : streamSink(process.stdout, { end: false });
  const counts = await exporter.write(source, sink, options);
  await sink.close();
  return counts;
}

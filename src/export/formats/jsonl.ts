// One fact per line, each line a TripleRow (src/model/triple-row.ts): what `kg import` reads back.
import type { StreamExporter } from '../exporter.js';

export const jsonlExporter: StreamExporter = {
  format: 'jsonl',
  description: 'one JSON triple per line with both entities and the evidence sentences (re-importable)',
  target: 'stream',
  extension: 'jsonl',
  async write(source, out) {
    let facts = 0;
    for await (const row of source.triples()) {
      await out.write(`${JSON.stringify(row)}\n`);
      facts++;
    }
    return { facts };
  },
};

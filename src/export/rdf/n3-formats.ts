// N-Triples and Turtle through N3.js's writer. The writer's output goes to a buffer that is
// flushed to the sink after every block, so the file is written as the graph streams in.
import { Writer } from 'n3';
import type { ExportCounts, StreamExporter } from '../exporter.js';
import { graphQuads, tally } from './graph-quads.js';
import { NS } from './terms.js';

function n3Exporter(format: string, n3Format: 'N-Triples' | 'Turtle', extension: string, description: string): StreamExporter {
  return {
    format, description, extension, target: 'stream',
    async write(source, out) {
      let buffer = '';
      const stream = {
        write: (chunk: string, _encoding: unknown, done?: () => void) => { buffer += chunk; done?.(); },
        end: (done?: () => void) => done?.(),
      };
      const writer = new Writer(stream, { format: n3Format, prefixes: NS });
      const flush = async () => {
        if (buffer) await out.write(buffer);
        buffer = '';
      };
      const counts: ExportCounts = { quads: 0 };
      for await (const block of graphQuads(source)) {
        writer.addQuads(block.quads);
        tally(counts, block);
        await flush();
      }
      await new Promise<void>((resolve, reject) => writer.end((err) => (err ? reject(err) : resolve())));
      await flush();
      return counts;
    },
  };
}

export const ntriplesExporter = n3Exporter('ntriples', 'N-Triples', 'nt',
  'RDF N-Triples: Wikidata IRIs, @ar/@en labels, provenance as reified rdf:Statements');
export const turtleExporter = n3Exporter('turtle', 'Turtle', 'ttl',
  'RDF Turtle with prefixes; same triples as ntriples');

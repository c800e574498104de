// N-Triples, Turtle, N-Quads and TriG through N3.js's writer. The writer's output goes to a buffer
// that is flushed to the sink after every block, so the file is written as the graph streams in.
// The two dataset formats put each fact in the named graphs of its articles (graph-quads.ts).
import { Writer } from 'n3';
import type { ExportCounts, StreamExporter } from '../exporter.js';
import { graphQuads, tally } from './graph-quads.js';
import { mintedIris } from './terms.js';

type N3Format = 'N-Triples' | 'Turtle' | 'N-Quads' | 'TriG';

function n3Exporter(format: string, n3Format: N3Format, extension: string, description: string): StreamExporter {
  return {
    format, description, extension, target: 'stream',
    async write(source, out, options) {
      let buffer = '';
      const stream = {
        write: (chunk: string, _encoding: unknown, done?: () => void) => { buffer += chunk; done?.(); },
        end: (done?: () => void) => done?.(),
      };
      const iris = mintedIris(options?.baseIri);
      const writer = new Writer(stream, { format: n3Format, prefixes: iris.prefixes });
      const flush = async () => {
        if (buffer) await out.write(buffer);
        buffer = '';
      };
      const namedGraphs = n3Format === 'N-Quads' || n3Format === 'TriG';
      const unit = namedGraphs ? 'quads' : 'triples';
      const counts: ExportCounts = { [unit]: 0 };
      for await (const block of graphQuads(source, { iris, namedGraphs })) {
        writer.addQuads(block.quads);
        tally(counts, block, unit);
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
export const nquadsExporter = n3Exporter('nquads', 'N-Quads', 'nq',
  'RDF N-Quads: as ntriples, but each fact in a named graph per article stating it, described with its title and date');
export const trigExporter = n3Exporter('trig', 'TriG', 'trig',
  'RDF TriG with prefixes; same quads as nquads');

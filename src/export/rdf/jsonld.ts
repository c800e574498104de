// JSON-LD, written node object by node object inside one "@graph" array so that it streams. Terms
// are compacted with the prefixes of the context; a JSON-LD processor expands them back to exactly
// the quads of the N-Triples export (test/export/formats.test.ts checks that with the jsonld package).
import type { Quad, Term } from 'n3';
import type { ExportCounts, StreamExporter } from '../exporter.js';
import { graphQuads, tally } from './graph-quads.js';
import { mintedIris, NS } from './terms.js';

const RDF_TYPE = `${NS.rdf}type`;
const XSD_STRING = `${NS.xsd}string`;

type Compact = (iri: string) => string;

/** Writes an IRI with the longest prefix it starts with, so that kg:… never hides a longer namespace. */
function compacter(prefixes: Record<string, string>): Compact {
  const longestFirst = Object.entries(prefixes).sort((a, b) => b[1].length - a[1].length);
  return (iri) => {
    for (const [prefix, ns] of longestFirst) if (iri.startsWith(ns) && iri.length > ns.length) return `${prefix}:${iri.slice(ns.length)}`;
    return iri;
  };
}

function value(t: Term, compact: Compact): unknown {
  if (t.termType === 'Literal') {
    if (t.language) return { '@value': t.value, '@language': t.language };
    if (t.datatype.value === XSD_STRING) return t.value;
    return { '@value': t.value, '@type': compact(t.datatype.value) };
  }
  return { '@id': t.termType === 'BlankNode' ? `_:${t.value}` : compact(t.value) };
}

/** Groups a block's quads by subject into compacted node objects. */
export function nodeObjects(quads: Quad[], compact: Compact): Record<string, unknown>[] {
  const nodes = new Map<string, Record<string, unknown[]>>();
  for (const q of quads) {
    const id = q.subject.termType === 'BlankNode' ? `_:${q.subject.value}` : compact(q.subject.value);
    let node = nodes.get(id);
    if (!node) nodes.set(id, node = {});
    const key = q.predicate.value === RDF_TYPE ? '@type' : compact(q.predicate.value);
    (node[key] ??= []).push(key === '@type' ? compact(q.object.value) : value(q.object, compact));
  }
  return [...nodes].map(([id, props]) => ({ '@id': id, ...props }));
}

export const jsonldExporter: StreamExporter = {
  format: 'jsonld',
  description: 'JSON-LD (a @graph of node objects with a prefix context); same triples as ntriples',
  extension: 'jsonld',
  target: 'stream',
  async write(source, out, options) {
    const iris = mintedIris(options?.baseIri);
    const compact = compacter(iris.prefixes);
    await out.write(`{\n"@context": ${JSON.stringify(iris.prefixes)},\n"@graph": [`);
    const counts: ExportCounts = { triples: 0 };
    let first = true;
    for await (const block of graphQuads(source, { iris, namedGraphs: false })) {
      for (const node of nodeObjects(block.quads, compact)) {
        await out.write(`${first ? '\n' : ',\n'}${JSON.stringify(node)}`);
        first = false;
      }
      tally(counts, block, 'triples');
    }
    await out.write('\n]\n}\n');
    return counts;
  },
};

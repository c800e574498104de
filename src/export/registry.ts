// The export formats `kg export --format` offers, one exporter module each.
import { cypherExporter } from './cypher/script.js';
import type { Exporter } from './exporter.js';
import { csvExporter } from './formats/csv.js';
import { gexfExporter } from './formats/gexf.js';
import { graphmlExporter } from './formats/graphml.js';
import { jsonlExporter } from './formats/jsonl.js';
import { jsonldExporter } from './rdf/jsonld.js';
import { nquadsExporter, ntriplesExporter, trigExporter, turtleExporter } from './rdf/n3-formats.js';
import { vocabularyExporter } from './rdf/vocabulary.js';

export const EXPORTERS: readonly Exporter[] = [
  jsonlExporter, csvExporter, ntriplesExporter, turtleExporter, nquadsExporter, trigExporter, jsonldExporter,
  graphmlExporter, gexfExporter, cypherExporter, vocabularyExporter,
];

export const EXPORT_FORMATS = EXPORTERS.map((e) => e.format);

export function exporterFor(format: string): Exporter {
  const exporter = EXPORTERS.find((e) => e.format === format);
  if (!exporter) throw new Error(`unknown export format "${format}"; one of ${EXPORT_FORMATS.join(', ')}`);
  return exporter;
}

// GraphML, written element by element as the graph streams (graphology-graphml only parses, and a
// GraphML file is a flat list of nodes then edges, so it needs no tree in memory). Key names follow
// the conventions yEd and Gephi read: "label" for the display name.
import type { StreamExporter } from '../exporter.js';
import { EDGE_ATTRIBUTE_TYPES, NODE_ATTRIBUTE_TYPES, edgeAttributes, edgeKey, nodeAttributes } from '../graph-attributes.js';
import { xmlEscape } from '../xml.js';

const keys = (kind: 'node' | 'edge', types: Record<string, string>) => Object.entries(types)
  .map(([name, type]) => `  <key id="${kind}_${name}" for="${kind}" attr.name="${name}" attr.type="${type}"/>\n`).join('');

const data = (kind: 'node' | 'edge', attributes: Record<string, string | number | null>) => Object.entries(attributes)
  .filter(([, v]) => v !== null && v !== '')
  .map(([k, v]) => `<data key="${kind}_${k}">${xmlEscape(String(v))}</data>`).join('');

export const graphmlExporter: StreamExporter = {
  format: 'graphml',
  description: 'GraphML: entities and facts with types, labels and evidence (yEd, Gephi, networkx)',
  extension: 'graphml',
  target: 'stream',
  async write(source, out) {
    await out.write('<?xml version="1.0" encoding="UTF-8"?>\n'
      + '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
      + 'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n'
      + keys('node', NODE_ATTRIBUTE_TYPES) + keys('edge', EDGE_ATTRIBUTE_TYPES)
      + '  <graph id="kg" edgedefault="directed">\n');
    let entities = 0;
    let facts = 0;
    for await (const e of source.entities()) {
      await out.write(`    <node id="${xmlEscape(e.id)}">${data('node', nodeAttributes(e))}</node>\n`);
      entities++;
    }
    for await (const t of source.triples()) {
      await out.write(`    <edge id="${xmlEscape(edgeKey(t))}" source="${xmlEscape(t.subject.id)}" target="${xmlEscape(t.object.id)}">${data('edge', edgeAttributes(t))}</edge>\n`);
      facts++;
    }
    await out.write('  </graph>\n</graphml>\n');
    return { entities, facts };
  },
};

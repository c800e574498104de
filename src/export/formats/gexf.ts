// GEXF for Gephi, through graphology-gexf: entities are nodes labelled with their name and typed
// by an attribute, facts are edges whose kind and label are the predicate. The format is one XML
// tree, so the graph is built in memory first.
import { MultiDirectedGraph } from 'graphology';
import { write } from 'graphology-gexf';
import type { StreamExporter } from '../exporter.js';
import { edgeAttributes, edgeKey, nodeAttributes, type EdgeAttributes, type NodeAttributes } from '../graph-attributes.js';

export const gexfExporter: StreamExporter = {
  format: 'gexf',
  description: 'GEXF 1.2 for Gephi: entities and facts with types, labels and evidence',
  extension: 'gexf',
  target: 'stream',
  async write(source, out) {
    const graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
    for await (const e of source.entities()) graph.addNode(e.id, nodeAttributes(e));
    for await (const t of source.triples()) graph.addDirectedEdgeWithKey(edgeKey(t), t.subject.id, t.object.id, edgeAttributes(t));
    await out.write(write(graph, {
      formatNode: (_key, { label, ...attributes }) => ({ label, attributes }),
      formatEdge: (_key, { label, count, ...attributes }) => ({ label, kind: attributes.predicate, attributes: count === null ? attributes : { ...attributes, count } }),
    }));
    return { entities: graph.order, facts: graph.size };
  },
};

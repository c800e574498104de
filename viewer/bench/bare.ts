// The benchmark's baseline: the same /api/graph payload drawn by sigma with default settings and
// random positions, nothing else. The viewer's first render is compared with this page's.
import Graph from 'graphology';
import Sigma from 'sigma';
import type { GraphPayload } from '../../src/model/api.js';

const payload = await (await fetch(`/api/graph${location.search}`)).json() as GraphPayload;
performance.mark('kg:graph-received');
const graph = new Graph({ type: 'undirected', multi: true });
for (const n of payload.nodes) graph.addNode(n.id, { x: Math.random() * 1000, y: Math.random() * 1000, size: 3, label: n.name });
for (const e of payload.edges) graph.addEdge(e.source, e.target);
const sigma = new Sigma(graph, document.getElementById('stage')!);
sigma.once('afterRender', () => performance.mark('kg:first-render'));
sigma.refresh();
Object.assign(window, { kgBare: { sigma, graph } });

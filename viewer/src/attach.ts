// Hands a graph to sigma with sigma's full pass cut into slices of main-thread time.
//
// Sigma 3 takes a new graph in one pass (`setGraph` → `refresh` → `process` → `render`): it reduces
// every node and edge, indexes the labels, and fills its WebGL buffers, all in one task. On 50,000
// nodes and 100,000 edges that task lasts 0.6 to 2 seconds, and the page is frozen meanwhile. Sigma
// 3 has no incremental indexing, so this does the same work, step by step, between tasks, and then
// draws once. The steps use members that sigma 3.0 keeps private (the version is pinned exactly in
// package.json); where they are missing, or where the pass would need what this one leaves out (a
// zIndex order, a camera without auto-rescale), sigma's own one-task pass is used instead.
import type Graph from 'graphology';
import type { Attributes } from 'graphology-types';
import type Sigma from 'sigma';
import { Camera } from 'sigma';
import type { Settings } from 'sigma/settings';
import type { CameraState, Coordinates, Dimensions, EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { createNormalizationFunction, graphExtent, matrixFromCamera } from 'sigma/utils';
import { inSlices } from './slices.js';

type Extent = { x: [number, number]; y: [number, number] };
type Program = { reallocate(capacity: number): void };

/** What the sliced pass reads and writes inside sigma 3.0. */
type Internals = {
  graph: Graph;
  settings: Settings;
  needToProcess: boolean;
  customBBox: Extent | null;
  nodeExtent: Extent;
  normalizationFunction: ReturnType<typeof createNormalizationFunction>;
  labelGrid: { resizeAndClear(dimensions: Dimensions, cellSize: number): void; add(key: string, size: number, position: Coordinates): void; organize(): void };
  nodeDataCache: Record<string, NodeDisplayData>;
  edgeDataCache: Record<string, EdgeDisplayData>;
  nodePrograms: Record<string, Program>;
  edgePrograms: Record<string, Program>;
  nodeIndices: Record<string, number>;
  edgeIndices: Record<string, number>;
  itemIDsIndex: Record<number, { type: 'node' | 'edge'; id: string }>;
  unbindGraphHandlers(): void;
  bindGraphHandlers(): void;
  clearNodeIndices(): void;
  clearEdgeIndices(): void;
  addNode(key: string): void;
  addEdge(key: string): void;
  addNodeToProgram(key: string, fingerprint: number, position: number): void;
  addEdgeToProgram(key: string, fingerprint: number, position: number): void;
  render(): void;
};

const METHODS = ['render', 'unbindGraphHandlers', 'bindGraphHandlers', 'clearNodeIndices', 'clearEdgeIndices', 'addNode', 'addEdge', 'addNodeToProgram', 'addEdgeToProgram'] as const;
const FIELDS = ['labelGrid', 'nodeDataCache', 'edgeDataCache', 'nodePrograms', 'edgePrograms', 'nodeIndices', 'edgeIndices', 'itemIDsIndex'] as const;

function internalsOf(sigma: Sigma<any, any>): Internals | null {
  const s = sigma as unknown as Record<string, unknown>;
  const complete = METHODS.every((m) => typeof s[m] === 'function') && FIELDS.every((f) => typeof s[f] === 'object' && s[f] !== null);
  return complete ? (sigma as unknown as Internals) : null;
}

/** Whether `attachInSlices` can do sigma's pass itself with the renderer's current settings. */
export function canAttachInSlices(sigma: Sigma<any, any>): boolean {
  const { zIndex, autoRescale } = sigma.getSettings();
  return internalsOf(sigma) !== null && !zIndex && autoRescale !== false;
}

const never = () => false;

/** Items of one kind (nodes or edges) as `process` hands them to their programs. */
type Kind = {
  kind: 'node' | 'edge';
  keys: string[];
  programs: Record<string, Program>;
  typeOf(key: string): string;
  add(key: string, fingerprint: number, position: number): void;
};

/**
 * Gives each program room for its items, then hands them over in slices, numbering them from
 * `firstId` in `ids` (what picking reads back); returns each item's number.
 */
async function fillPrograms({ kind, keys, programs, typeOf, add }: Kind, firstId: number, ids: Internals['itemIDsIndex']): Promise<Record<string, number>> {
  const count = new Map<string, number>();
  for (const type of keys.map(typeOf)) count.set(type, (count.get(type) ?? 0) + 1);
  for (const type of count.keys()) if (!programs[type]) throw new Error(`Sigma: could not find a suitable program for type "${type}"!`);
  for (const [type, program] of Object.entries(programs)) program.reallocate(count.get(type) ?? 0);
  const next = new Map([...count.keys()].map((type) => [type, 0]));
  const numbers: Record<string, number> = {};
  let id = firstId;
  await inSlices(keys, (key) => {
    const type = typeOf(key);
    const position = next.get(type)!;
    next.set(type, position + 1);
    numbers[key] = id;
    ids[id] = { type: kind, id: key };
    add(key, id++, position);
  }, never);
  return numbers;
}

/**
 * Makes sigma draw `graph`, doing sigma's full pass in slices; resolves once it is drawn. The graph
 * must not change meanwhile (sigma listens to it from the start, but indexes what was there).
 */
export async function attachInSlices<N extends Attributes, E extends Attributes>(sigma: Sigma<N, E>, graph: Graph<N, E>): Promise<void> {
  const s = internalsOf(sigma);
  if (!s || !canAttachInSlices(sigma)) {
    sigma.setGraph(graph);
    return;
  }
  // `setGraph` without its closing full pass.
  s.unbindGraphHandlers();
  s.graph = graph as unknown as Graph;
  s.bindGraphHandlers();
  // A frame drawn between slices must not start sigma's own pass over half-made data.
  s.needToProcess = false;

  // Display data: the reducers and defaults, as `refresh` computes them.
  s.clearEdgeIndices();
  s.clearNodeIndices();
  const nodeData = (node: string) => s.nodeDataCache[node]!;
  const edgeData = (edge: string) => s.edgeDataCache[edge]!;
  const nodes = graph.nodes();
  const edges = graph.edges();
  await inSlices(nodes, (node) => s.addNode(node), never);
  await inSlices(edges, (edge) => s.addEdge(edge), never);

  // Indexation, as `process` does it with zIndex off.
  sigma.emit('beforeProcess');
  const dimensions = sigma.getDimensions();
  s.nodeExtent = graphExtent(graph);
  s.normalizationFunction = createNormalizationFunction(s.customBBox ?? s.nodeExtent);
  const nullCamera: CameraState = new Camera().getState();
  const matrix = matrixFromCamera(nullCamera, dimensions, sigma.getGraphDimensions(), sigma.getStagePadding());
  s.labelGrid.resizeAndClear(dimensions, s.settings.labelGridCellSize);
  await inSlices(nodes, (node) => {
    const data = nodeData(node);
    const { x, y } = graph.getNodeAttributes(node) as unknown as Coordinates;
    data.x = x;
    data.y = y;
    s.normalizationFunction.applyTo(data);
    if (typeof data.label === 'string' && !data.hidden) s.labelGrid.add(node, data.size, sigma.framedGraphToViewport(data, { matrix }));
  }, never);
  s.labelGrid.organize();

  const itemIDsIndex: Internals['itemIDsIndex'] = {};
  const nodeIndices = await fillPrograms({ kind: 'node', keys: nodes, programs: s.nodePrograms, typeOf: (node) => nodeData(node).type, add: (...a) => s.addNodeToProgram(...a) }, 1, itemIDsIndex);
  const edgeIndices = await fillPrograms({ kind: 'edge', keys: edges, programs: s.edgePrograms, typeOf: (edge) => edgeData(edge).type, add: (...a) => s.addEdgeToProgram(...a) }, 1 + nodes.length, itemIDsIndex);
  s.itemIDsIndex = itemIDsIndex;
  s.nodeIndices = nodeIndices;
  s.edgeIndices = edgeIndices;
  sigma.emit('afterProcess');
  s.render();
}

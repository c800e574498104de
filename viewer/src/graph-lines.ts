// Reads the graph as newline-delimited JSON (see GraphLinesHeader) while it arrives, parsing the
// lines a slice of main-thread time at a time: one JSON document of 50,000 nodes takes the browser
// a quarter of a second to parse, in one task.
import type { GraphEdge, GraphNode, GraphPayload } from '../../src/model/api.js';
import type { GraphLinesHeader } from '../../src/model/graph-lines.js';
import { inSlices } from './slices.js';

const never = () => false;

function isHeader(value: unknown): value is GraphLinesHeader {
  const h = value as Partial<GraphLinesHeader> | null;
  return typeof h?.nodes === 'number' && typeof h.edges === 'number' && typeof h.total === 'object' && typeof h.truncated === 'boolean';
}

/** The payload the lines describe; rejects with a plain message when they are malformed or cut short. */
export async function readGraphLines(body: ReadableStream<BufferSource>): Promise<GraphPayload> {
  const reader = body.pipeThrough(new TextDecoderStream()).getReader();
  let header: GraphLinesHeader | undefined;
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  let lineNumber = 0;
  const take = (line: string) => {
    lineNumber++;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new Error(`line ${lineNumber} is not JSON`);
    }
    if (!header) {
      if (!isHeader(value)) throw new Error('the first line is not a graph header');
      header = value;
    } else if (nodes.length < header.nodes) nodes.push(value as GraphNode);
    else edges.push(value as GraphEdge);
  };
  // A chunk may end inside a line: that part waits for the next chunk.
  let partial = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    const lines = (partial + value).split('\n');
    partial = lines.pop()!;
    await inSlices(lines, take, never);
  }
  const incomplete = () => new Error(`it arrived incomplete (${nodes.length} of ${header?.nodes ?? '?'} nodes, ${edges.length} of ${header?.edges ?? '?'} relationships)`);
  // The last line has no newline after it only when the stream was cut inside it.
  if (partial) {
    try {
      take(partial);
    } catch {
      throw incomplete();
    }
  }
  if (!header || nodes.length !== header.nodes || edges.length !== header.edges) throw incomplete();
  return { nodes, edges, total: header.total, truncated: header.truncated };
}

// Apart from api.ts, whose schemas (zod) the viewer's bundle need not carry.
import type { GraphPayload } from './api.js';

/**
 * The graph as newline-delimited JSON, for clients that ask for it (`Accept: application/x-ndjson`):
 * a header line, then one line per node, then one per edge. A browser parses a JSON document in one
 * task (a quarter of a second for 50,000 nodes); lines it can parse a few at a time.
 */
export const GRAPH_LINES_TYPE = 'application/x-ndjson';
export type GraphLinesHeader = Pick<GraphPayload, 'total' | 'truncated'> & { nodes: number; edges: number };

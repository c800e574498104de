// Sends a graph payload as JSON, or as newline-delimited JSON to a client that asks for it.
import { Readable } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { GraphPayload } from '../model/api.js';
import { GRAPH_LINES_TYPE, type GraphLinesHeader } from '../model/graph-lines.js';

/** Lines are sent in chunks of about this many characters: a stream chunk per line costs more than the line. */
const CHUNK = 64 * 1024;

/** The payload's lines (see GraphLinesHeader), joined into chunks. */
export function* graphLines(payload: GraphPayload): Generator<string> {
  const header: GraphLinesHeader = { nodes: payload.nodes.length, edges: payload.edges.length, total: payload.total, truncated: payload.truncated };
  let chunk = `${JSON.stringify(header)}\n`;
  for (const item of [...payload.nodes, ...payload.edges]) {
    chunk += `${JSON.stringify(item)}\n`;
    if (chunk.length >= CHUNK) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

export const wantsLines = (req: FastifyRequest) => (req.headers.accept ?? '').includes(GRAPH_LINES_TYPE);

/** Sends `payload` in the form the request asks for. */
export function sendGraph(req: FastifyRequest, reply: FastifyReply, payload: GraphPayload): FastifyReply | GraphPayload {
  if (!wantsLines(req)) return payload;
  return reply.type(GRAPH_LINES_TYPE).send(Readable.from(graphLines(payload)));
}

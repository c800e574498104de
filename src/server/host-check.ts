// A server bound to loopback answers only requests addressed to loopback names. Without this, a web
// page could rebind its own domain name to 127.0.0.1 and read the graph through the user's browser.
import type { FastifyInstance } from 'fastify';
import type { ApiError } from '../model/api.js';

const LOOPBACK_NAMES = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

export const isLoopback = (host: string) => LOOPBACK_NAMES.has(host) || /^127\.\d+\.\d+\.\d+$/.test(host);

/** The host name of a Host header, without its port. */
const hostName = (header: string) => (header.startsWith('[') ? header.slice(0, header.indexOf(']') + 1) : header.split(':')[0]!).toLowerCase();

export function loopbackOnly(app: FastifyInstance): void {
  app.addHook('onRequest', async (req, reply) => {
    if (!isLoopback(hostName(req.headers.host ?? ''))) {
      return reply.code(403).send({ statusCode: 403, error: 'requests must be addressed to 127.0.0.1 or localhost' } satisfies ApiError);
    }
  });
}

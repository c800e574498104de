// The HTTP application: the JSON API under /api and, when built, the viewer at /.
import Fastify, { type FastifyInstance } from 'fastify';
import type { Graph } from '../store/connection.js';
import { apiRoutes } from './api-routes.js';
import { installErrorHandlers } from './errors.js';
import { loopbackOnly } from './host-check.js';
import { viewerFiles } from './viewer-files.js';

export type AppOptions = { viewerDir?: string | null; loopbackOnly?: boolean; cypherTimeoutMs?: number };

export async function buildApp(g: Graph, opts: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({ bodyLimit: 64 * 1024, routerOptions: { maxParamLength: 2_000 } });
  installErrorHandlers(app);
  if (opts.loopbackOnly) loopbackOnly(app);
  await app.register(apiRoutes, { prefix: '/api', graph: g, cypherTimeoutMs: opts.cypherTimeoutMs });
  if (opts.viewerDir) await app.register(viewerFiles, { dir: opts.viewerDir });
  return app;
}

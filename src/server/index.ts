// Starts the viewer and its API on a port; used by `kg serve` and `kg up`.
import { UserError } from '../errors.js';
import type { Graph } from '../store/connection.js';
import { buildApp } from './app.js';
import { isLoopback } from './host-check.js';
import { assertViewerBuilt, VIEWER_DIST } from './viewer-files.js';

export type RunningServer = { url: string; close(): Promise<void> };

/** Port 0 picks a free port; the URL returned names the one taken. */
export async function startServer(g: Graph, opts: { port: number; host: string; viewerDir?: string; cypherTimeoutMs?: number }): Promise<RunningServer> {
  const viewerDir = opts.viewerDir ?? VIEWER_DIST;
  assertViewerBuilt(viewerDir);
  const app = await buildApp(g, { viewerDir, loopbackOnly: isLoopback(opts.host), cypherTimeoutMs: opts.cypherTimeoutMs });
  try {
    await app.listen({ port: opts.port, host: opts.host });
  } catch (err) {
    await app.close();
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new UserError(`port ${opts.port} on ${opts.host} is already in use; choose another with --port (0 picks a free one)`);
    if (code === 'EACCES') throw new UserError(`not allowed to listen on port ${opts.port}; choose one above 1023 with --port`);
    if (code === 'ENOTFOUND' || code === 'EADDRNOTAVAIL') throw new UserError(`cannot listen on ${opts.host}: no such address on this machine (--host)`);
    throw err;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : opts.port;
  const host = opts.host.includes(':') ? `[${opts.host}]` : opts.host;
  return { url: `http://${host}:${port}/`, close: () => app.close() };
}

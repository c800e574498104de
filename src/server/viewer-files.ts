// Serves the built viewer (viewer/dist) without a static-file plugin: a fixed folder, paths
// resolved inside it only, hashed assets cached for good, and index.html for everything else so
// shared URLs with state in them load the app.
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { PROJECT_ROOT } from '../config.js';
import { UserError } from '../errors.js';

export const VIEWER_DIST = resolve(PROJECT_ROOT, 'viewer/dist');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.map': 'application/json',
};

// Data never becomes markup (the viewer writes it with textContent); the policy is the second
// fence. Layout workers start from blob: URLs; sigma sets inline styles.
const CSP = [
  "default-src 'self'", "script-src 'self'", "worker-src 'self' blob:", "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:", "font-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'",
].join('; ');

export function assertViewerBuilt(dir = VIEWER_DIST): void {
  if (!existsSync(resolve(dir, 'index.html'))) {
    throw new UserError(`the viewer is not built (${dir}/index.html is missing); run \`npm run build:viewer\` first`);
  }
}

async function fileIn(dir: string, urlPath: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const path = resolve(dir, `.${decoded}`);
  if (path !== dir && !path.startsWith(dir + sep)) return null;
  try {
    return (await stat(path)).isFile() ? path : null;
  } catch {
    return null;
  }
}

export async function viewerFiles(app: FastifyInstance, opts: { dir: string }): Promise<void> {
  const index = resolve(opts.dir, 'index.html');
  app.get('/*', async (req, reply) => {
    const urlPath = req.url.split('?')[0]!;
    // A mistyped API path must fail as JSON, not load the app with a 200.
    if (urlPath === '/api' || urlPath.startsWith('/api/')) return reply.callNotFound();
    const path = (urlPath !== '/' && (await fileIn(opts.dir, urlPath))) || index;
    const body = await readFile(path);
    void reply.header('content-type', TYPES[extname(path)] ?? 'application/octet-stream')
      .header('content-security-policy', CSP)
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', urlPath.startsWith('/assets/') && path !== index ? 'public, max-age=31536000, immutable' : 'no-cache');
    return reply.send(body);
  });
}

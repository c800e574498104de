// `npm run bench:api`: 50 concurrent clients on search (both scripts) and node detail for 30 s
// against `kg serve`'s API over the configured graph: requests/s, p99 latency, errors.
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../config.js';
import { collectFiles, ingestFiles } from '../ingest.js';
import { buildApp } from '../server/app.js';
import { connect, type Graph } from '../store/connection.js';

type Request = { method: 'GET'; path: string };
type Histogram = { average: number; p50: number; p99: number; max: number };
type Result = { requests: Histogram & { total: number }; latency: Histogram; errors: number; timeouts: number; non2xx: number; duration: number };
type Options = { url: string; connections: number; duration: number; requests: Request[] };

// autocannon ships no types; this is the part of its API used here.
const autocannon = createRequire(import.meta.url)('autocannon') as (opts: Options) => Promise<Result>;

const CONNECTIONS = 50;
const SECONDS = Number(process.env.KG_BENCH_SECONDS ?? 30);

/** The best-connected entities give the node-detail paths and the search words. */
async function targets(g: Graph): Promise<{ id: string; name: string; nameAr: string | null }[]> {
  const r = await g.driver.executeQuery(
    'MATCH (e:Entity) RETURN e.id AS id, e.name AS name, e.nameAr AS nameAr ORDER BY COUNT { (e)--(:Entity) } DESC LIMIT 10',
    {}, { database: g.database, routing: 'READ' });
  return r.records.map((x) => ({ id: x.get('id') as string, name: x.get('name') as string, nameAr: x.get('nameAr') as string | null }));
}

async function main(): Promise<void> {
  const g = await connect();
  const app = await buildApp(g);
  try {
    let top = await targets(g);
    if (top.length === 0) {
      console.error('the graph is empty: ingesting seeds/ first');
      await ingestFiles(g, collectFiles([resolve(PROJECT_ROOT, 'seeds')]));
      top = await targets(g);
    }
    if (top.length === 0) throw new Error('no entities to query, even after ingesting seeds/');
    const url = await app.listen({ port: 0, host: '127.0.0.1' });
    const word = (name: string) => name.split(/\s+/).at(-1)!;
    const paths = top.flatMap((e) => [
      `/api/search?q=${encodeURIComponent(word(e.name))}`,
      ...(e.nameAr ? [`/api/search?q=${encodeURIComponent(word(e.nameAr))}`] : []),
      `/api/search?q=${encodeURIComponent(word(e.name).slice(0, 3))}`,
      `/api/node/${encodeURIComponent(e.id)}`,
    ]);
    console.error(`${CONNECTIONS} connections for ${SECONDS}s over ${paths.length} paths (${top.length} entities)…`);
    const r = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, requests: paths.map((path) => ({ method: 'GET', path })) });
    console.table([{
      'requests/s (mean)': Math.round(r.requests.average),
      'requests total': r.requests.total,
      'latency p50 ms': r.latency.p50,
      'latency p99 ms': r.latency.p99,
      'latency max ms': r.latency.max,
      errors: r.errors,
      timeouts: r.timeouts,
      'non-2xx': r.non2xx,
    }]);
  } finally {
    await app.close();
    await g.close();
  }
}

await main();

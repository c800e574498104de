// The embedded server's life cycle on a real store: clean restart and recovery after a crash.
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { embeddedStatus, startEmbedded, stopEmbedded, storeSize } from '../../src/store/embedded.js';
import { clearGraph, count, testGraph } from '../helpers.js';

const config = loadConfig();
const embedded = config.embedded;

async function probeCount(): Promise<number> {
  const g = await testGraph();
  try {
    return await count(g, 'MATCH (n:RestartProbe) RETURN count(n)');
  } finally {
    await g.close();
  }
}

describe.skipIf(config.external)('embedded Neo4j', () => {
  afterAll(async () => {
    await startEmbedded(embedded);
    const g = await testGraph();
    await clearGraph(g);
    await g.close();
  });

  it('reports pid, port, version and store size while running, and reuses the running server', async () => {
    const s = embeddedStatus(embedded);
    expect(s).toMatchObject({ running: true, ready: true, port: Number(process.env.KG_NEO4J_PORT) });
    expect(s.running && s.version).toMatch(/^5\.26\./);
    expect(storeSize(embedded)).toBeGreaterThan(0);
    const again = await startEmbedded(embedded);
    expect(again.reused).toBe(true);
    expect(again.pid).toBe(s.running ? s.pid : -1);
  });

  it('restarts over an existing store with the data intact', async () => {
    const g = await testGraph();
    await clearGraph(g);
    await g.driver.executeQuery("UNWIND range(1, 100) AS i CREATE (:RestartProbe {i: i, name: 'بغداد ' + i})");
    await g.close();
    const stopped = await stopEmbedded(embedded);
    expect(stopped.stopped).toBe(true);
    expect(embeddedStatus(embedded).running).toBe(false);
    const started = await startEmbedded(embedded);
    expect(started.reused).toBe(false);
    expect(await probeCount()).toBe(100);
  }, 240_000);

  it('recovers from a crash: stale pid file and store lock', async () => {
    const before = embeddedStatus(embedded);
    if (!before.running) throw new Error('server should be running');
    process.kill(before.pid, 'SIGKILL');
    while (embeddedStatus(embedded).running) await new Promise((r) => setTimeout(r, 100));
    const stale = embeddedStatus(embedded);
    expect(stale).toEqual({ running: false, stalePid: before.pid });
    const started = await startEmbedded(embedded);
    expect(started.pid).not.toBe(before.pid);
    expect(await probeCount()).toBe(100);
  }, 240_000);
});

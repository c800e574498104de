// `kg serve` as a user runs it: the built CLI, a free port, the URL printed, the API answering.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/store/connection.js';
import { kg, testGraph } from '../helpers.js';
import { loadViewerFixtures } from './setup.js';

/** fetch will not send a Host header of our choosing; http.request will, as a rebinding page would. */
const statusFor = (url: string, host: string) => new Promise<number>((done, fail) => {
  request(url, { headers: { host } }, (res) => {
    res.resume();
    done(res.statusCode ?? 0);
  }).on('error', fail).end();
});

let g: Graph;
let child: ChildProcess | undefined;
/** What the last `serve` printed on stdout. */
let output = '';

/** Runs `kg …command --port 0` and resolves with the URL it prints once it listens. */
async function serve(command: string[], env: Record<string, string> = {}, cwd = process.cwd()): Promise<string> {
  child = spawn('node', [resolve('bin/kg.js'), ...command, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env }, cwd });
  output = '';
  child.stdout!.on('data', (d: Buffer) => { output += d.toString(); });
  await expect.poll(() => output, { timeout: 30_000 }).toMatch(/viewer at http:\/\/127\.0\.0\.1:\d+\//);
  return output.match(/http:\/\/127\.0\.0\.1:\d+\//)![0];
}

async function stop(): Promise<number | null> {
  child!.kill('SIGTERM');
  const [code] = await once(child!, 'exit') as [number | null];
  return code;
}

beforeAll(async () => {
  g = await testGraph();
  await loadViewerFixtures(g);
});
afterEach(async () => {
  if (child && child.exitCode === null) {
    child.kill('SIGTERM');
    await once(child, 'exit');
  }
});
afterAll(async () => g?.close());

describe('kg serve', () => {
  it('serves the viewer and the API on 127.0.0.1 and stops on SIGTERM', async () => {
    const url = await serve(['serve']);
    const page = await fetch(url);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await page.text()).toContain('<div id="legend"');
    const meta = await (await fetch(`${url}api/meta`)).json() as { counts: { entities: number } };
    expect(meta.counts.entities).toBe(5);
    expect((await fetch(`${url}..%2f..%2fpackage.json`)).headers.get('content-type')).toMatch(/text\/html/);
    expect(await statusFor(`${url}api/meta`, 'attacker.example')).toBe(403);
    expect(await stop()).toBe(0);
  });

  it.each([['serve'], ['up', '--no-ingest']])('kg %s stops console queries after --cypher-timeout, which beats KG_CYPHER_TIMEOUT_MS', async (...command) => {
    const url = await serve([...command, '--cypher-timeout', '200'], { KG_CYPHER_TIMEOUT_MS: '60000' });
    const started = Date.now();
    const res = await fetch(`${url}api/cypher`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'UNWIND range(1, 100000000) AS x RETURN count(x) AS n' }),
    });
    expect(res.status).toBe(408);
    expect((await res.json() as { error: string }).error).toMatch(/longer than the console's limit of 0\.2 s/);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(await stop()).toBe(0);
  });

  it('refuses a bad port', async () => {
    const r = spawn('node', ['bin/kg.js', 'serve', '--port', 'x'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    r.stderr!.on('data', (d: Buffer) => { err += d.toString(); });
    const [code] = await once(r, 'exit');
    expect(code).not.toBe(0);
    expect(err).toMatch(/--port/);
  });

  it('kg up ingests its own seeds/ when run from another folder', async () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'kg-cwd-'));
    try {
      await serve(['up'], {}, elsewhere);
      expect(output).toMatch(/^kg: ingested 1 article, /m);
      expect(await stop()).toBe(0);
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  }, 120_000);

  it('refuses a KG_CYPHER_TIMEOUT_MS that is not a positive whole number, naming it', async () => {
    for (const value of ['soon', '0']) {
      const r = await kg(['serve', '--port', '0'], { KG_CYPHER_TIMEOUT_MS: value });
      expect(r.code, value).not.toBe(0);
      expect(r.stderr).toContain(`value '${value}' from env 'KG_CYPHER_TIMEOUT_MS' is invalid. Expected a whole number of milliseconds, at least 1.`);
    }
  });
});

// `kg serve` as a user runs it: the built CLI, a free port, the URL printed, the API answering.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/store/connection.js';
import { testGraph } from '../helpers.js';
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

beforeAll(async () => {
  g = await testGraph();
  await loadViewerFixtures(g);
});
afterAll(async () => {
  if (child && child.exitCode === null) {
    child.kill('SIGTERM');
    await once(child, 'exit');
  }
  await g?.close();
});

describe('kg serve', () => {
  it('serves the viewer and the API on 127.0.0.1 and stops on SIGTERM', async () => {
    child = spawn('node', ['bin/kg.js', 'serve', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout!.on('data', (d: Buffer) => { out += d.toString(); });
    await expect.poll(() => out, { timeout: 30_000 }).toMatch(/viewer at http:\/\/127\.0\.0\.1:\d+\//);
    const url = out.match(/http:\/\/127\.0\.0\.1:\d+\//)![0];
    const page = await fetch(url);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await page.text()).toContain('<div id="legend"');
    const meta = await (await fetch(`${url}api/meta`)).json() as { counts: { entities: number } };
    expect(meta.counts.entities).toBe(5);
    expect((await fetch(`${url}..%2f..%2fpackage.json`)).headers.get('content-type')).toMatch(/text\/html/);
    expect(await statusFor(`${url}api/meta`, 'attacker.example')).toBe(403);
    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
  });

  it('refuses a bad port', async () => {
    const r = spawn('node', ['bin/kg.js', 'serve', '--port', 'x'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    r.stderr!.on('data', (d: Buffer) => { err += d.toString(); });
    const [code] = await once(r, 'exit');
    expect(code).not.toBe(0);
    expect(err).toMatch(/--port/);
  });
});

// Controls the embedded Neo4j: fetches its jars with Maven, starts the Java launcher detached,
// waits for Bolt, reports status and stops it. One home folder per instance (Neo4j's store_lock).
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { join } from 'node:path';
import type { Config } from '../config.js';
import { UserError } from '../errors.js';

type Embedded = Config['embedded'];

export type EmbeddedStatus =
  | { running: false; stalePid?: number }
  | { running: true; ready: boolean; pid: number; port: number; version?: string; startedAt?: string };

const files = (e: Embedded) => ({
  pid: join(e.home, 'kg-neo4j.pid'),
  ready: join(e.home, 'ready.json'),
  password: join(e.home, 'password'),
  log: join(e.home, 'launcher.log'),
});

const JVM_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
];

/** Copies Neo4j's jars into the cache with Maven unless they are there already. */
export function ensureNeo4jJars(e: Embedded, log: (msg: string) => void = () => {}): void {
  if (existsSync(e.lib) && readdirSync(e.lib).some((f) => /^neo4j-kernel-.*\.jar$/.test(f))) return;
  log(`fetching Neo4j with Maven into ${e.lib} (once)…`);
  const r = spawnSync('mvn', ['-q', '-B', '-f', e.pom, 'dependency:copy-dependencies', '-DincludeScope=runtime', `-Dneo4j.lib=${e.lib}`],
    { stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.error) throw new UserError(`cannot run Maven (mvn) to fetch Neo4j: ${r.error.message}. Install Maven, or set NEO4J_URI to use an existing Neo4j.`);
  if (r.status !== 0) throw new UserError(`Maven failed to fetch Neo4j (exit ${r.status}); see its output above.`);
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    // A zombie has exited (its sockets and locks are released); only its parent has not reaped it.
    const state = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\)\s*/s, '')[0];
    if (state === 'Z' || state === 'X') return false;
    // An exiting process has an empty command line for a moment and still holds its port.
    // A recycled pid belongs to some other program: only our launcher counts.
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return cmdline === '' || cmdline.includes('Launcher.java');
  } catch {
    return false;
  }
}

function readJson<T>(path: string): T | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

export function embeddedStatus(e: Embedded): EmbeddedStatus {
  const f = files(e);
  const pid = Number.parseInt(existsSync(f.pid) ? readFileSync(f.pid, 'utf8') : '', 10);
  if (!Number.isFinite(pid)) return { running: false };
  if (!processAlive(pid)) return { running: false, stalePid: pid };
  const ready = readJson<{ pid: number; port: number; version: string; startedAt: string }>(f.ready);
  if (ready && ready.pid === pid) return { running: true, ready: true, pid, port: ready.port, version: ready.version, startedAt: ready.startedAt };
  return { running: true, ready: false, pid, port: e.port };
}

/** The password of the embedded instance, generated at first start, readable by its owner only. */
export function embeddedPassword(e: Embedded): string {
  const f = files(e);
  if (!existsSync(f.password)) {
    mkdirSync(e.home, { recursive: true });
    writeFileSync(f.password, randomBytes(18).toString('base64url') + '\n', { mode: 0o600 });
  }
  chmodSync(f.password, 0o600);
  return readFileSync(f.password, 'utf8').trim();
}

function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => { socket.destroy(); resolve(true); });
    socket.once('error', () => resolve(false));
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function logTail(e: Embedded, lines = 15): string {
  const f = files(e);
  if (!existsSync(f.log)) return '';
  return readFileSync(f.log, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
}

/** Starts the embedded Neo4j unless it already runs; resolves once Bolt answers. */
export async function startEmbedded(e: Embedded, log: (msg: string) => void = () => {}): Promise<{ pid: number; port: number; version?: string; reused: boolean }> {
  const current = embeddedStatus(e);
  if (current.running) {
    if (current.ready) return { pid: current.pid, port: current.port, version: current.version, reused: true };
    return { ...(await waitReady(e, current.pid)), reused: true };
  }
  const f = files(e);
  if (current.stalePid !== undefined) {
    log(`removing the stale pid file of process ${current.stalePid} (not running)`);
    rmSync(f.pid, { force: true });
    rmSync(f.ready, { force: true });
  }
  // A process that has just died (a crash, a stop) can hold its port for a moment longer.
  const portDeadline = Date.now() + 15_000;
  while ((await portInUse(e.port)) && Date.now() < portDeadline) await sleep(250);
  if (await portInUse(e.port)) {
    throw new UserError(`port ${e.port} on 127.0.0.1 is taken by another program; set KG_NEO4J_PORT to a free port, or NEO4J_URI to use that server.`);
  }
  ensureNeo4jJars(e, log);
  embeddedPassword(e);
  mkdirSync(e.home, { recursive: true });
  log(`starting Neo4j on bolt://127.0.0.1:${e.port} (home ${e.home})…`);
  const out = openSync(f.log, 'a');
  const child = spawn('java', [
    `-Xms256m`, `-Xmx${e.heap}`, '-XX:+UseG1GC', ...JVM_FLAGS, `-Dkg.pagecache.mb=${e.pageCacheMb}`,
    '-cp', join(e.lib, '*'), e.launcher, e.home, String(e.port), f.password,
  ], { detached: true, stdio: ['ignore', out, out] });
  closeSync(out);
  if (child.pid === undefined) throw new UserError('could not start java; is a Java 17+ runtime installed?');
  writeFileSync(f.pid, String(child.pid));
  child.unref();
  return { ...(await waitReady(e, child.pid)), reused: false };
}

async function waitReady(e: Embedded, pid: number): Promise<{ pid: number; port: number; version?: string }> {
  const deadline = Date.now() + e.startTimeoutSeconds * 1000;
  while (Date.now() < deadline) {
    const s = embeddedStatus(e);
    if (!s.running) throw new UserError(`Neo4j exited during start-up. Last lines of ${files(e).log}:\n${logTail(e)}`);
    if (s.ready) return { pid: s.pid, port: s.port, version: s.version };
    await sleep(250);
  }
  throw new UserError(`Neo4j did not answer within ${e.startTimeoutSeconds}s (KG_NEO4J_START_TIMEOUT). Last lines of ${files(e).log}:\n${logTail(e)}`);
}

/** Stops the embedded Neo4j with SIGTERM (clean shutdown), SIGKILL after the grace period. */
export async function stopEmbedded(e: Embedded, graceSeconds = 60): Promise<{ stopped: boolean; pid?: number }> {
  const s = embeddedStatus(e);
  const f = files(e);
  if (!s.running) {
    rmSync(f.pid, { force: true });
    return { stopped: false };
  }
  process.kill(s.pid, 'SIGTERM');
  const deadline = Date.now() + graceSeconds * 1000;
  while (processAlive(s.pid) && Date.now() < deadline) await sleep(200);
  if (processAlive(s.pid)) process.kill(s.pid, 'SIGKILL');
  rmSync(f.pid, { force: true });
  rmSync(f.ready, { force: true });
  return { stopped: true, pid: s.pid };
}

/** Bytes on disk of the store (databases and transaction logs). */
export function storeSize(e: Embedded): number {
  const walk = (dir: string): number => {
    if (!existsSync(dir)) return 0;
    let total = 0;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, entry.name);
      total += entry.isDirectory() ? walk(p) : statSync(p).size;
    }
    return total;
  };
  return walk(join(e.home, 'data'));
}

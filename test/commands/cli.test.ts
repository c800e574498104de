// The `kg` command as a user runs it (the built dist/), against the test database.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import type { Graph } from '../../src/store/connection.js';
import { embeddedPassword } from '../../src/store/embedded.js';
import { documentWithNames } from '../fixtures/documents.js';
import { clearGraph, count, kg, testGraph } from '../helpers.js';

let g: Graph;
beforeAll(async () => {
  g = await testGraph();
  await clearGraph(g);
});
afterAll(async () => g?.close());

describe('kg ingest, stats and query', () => {
  it('ingests the seed twice with identical non-zero counts', async () => {
    const first = await kg(['ingest', 'seeds/']);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^ingested 1 article, \d+ entities, \d+ relationships in [\d.]+ s$/m);
    const stats1 = JSON.parse((await kg(['stats', '--json'])).stdout);
    expect(stats1.labels.Article).toBe(1);
    expect(stats1.labels.Person).toBeGreaterThan(0);
    expect(stats1.relationshipTypes.MEETS).toBeGreaterThan(0);
    const again = await kg(['ingest', 'seeds/']);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/^ingested 1 article, \d+ entities, \d+ relationships in [\d.]+ s \(1 already stored\)$/m);
    const stats2 = JSON.parse((await kg(['stats', '--json'])).stdout);
    expect(stats2).toEqual(stats1);
  }, 240_000);

  it('puts Kadhimi –MEETS→ Biden in Neo4j with its Arabic evidence sentence', async () => {
    const r = await kg(['query', `MATCH (a:Person)-[r:MEETS]-(b:Person) WHERE a.nameAr CONTAINS 'الكاظمي' AND b.nameAr CONTAINS 'بايدن'
      MATCH (s:Sentence) WHERE s.id IN r.sentenceIds RETURN a.name AS a, b.name AS b, s.text AS evidence`, '--format', 'json']);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows[0].evidence).toContain('يلتقي بالرئيس جو بايدن');
  });

  it('prints JSON, CSV and tables, with parameters', async () => {
    const json = await kg(['query', 'MATCH (n) RETURN count(n) AS n', '--format', 'json']);
    expect(JSON.parse(json.stdout)[0].n).toBeGreaterThan(0);
    const csv = await kg(['query', 'RETURN $name AS name, $n + 1 AS next', '--param', 'name=بغداد, "Iraq"', '--param', 'n=41', '--format', 'csv']);
    expect(csv.stdout.trim().split('\n')).toEqual(['name,next', '"بغداد, ""Iraq""",42']);
    const table = await kg(['query', 'RETURN 1 AS one']);
    expect(table.stdout).toContain('(1 row)');
  });

  it('stops a statement that runs past --timeout, and says so', async () => {
    const started = Date.now();
    const r = await kg(['query', '--timeout', '200', 'UNWIND range(1, 100000000) AS x RETURN count(x) AS n']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('kg: the statement ran longer than --timeout 200 ms and Neo4j stopped it\n');
    expect(Date.now() - started).toBeLessThan(15_000);
    expect((await kg(['query', '--timeout', '0', 'RETURN 1'])).stderr).toContain("option '--timeout <ms>' argument '0' is invalid.");
  });

  it('refuses a write without --write, with a clear message, a non-zero exit and no change', async () => {
    const before = await count(g, 'MATCH (n) RETURN count(n)');
    const r = await kg(['query', 'CREATE (x)']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/read-only unless --write/);
    expect(await count(g, 'MATCH (n) RETURN count(n)')).toBe(before);
    const w = await kg(['query', '--write', 'CREATE (x:Scratch) RETURN count(x) AS c', '--format', 'json']);
    expect(JSON.parse(w.stdout)).toEqual([{ c: 1 }]);
    await g.driver.executeQuery('MATCH (x:Scratch) DELETE x');
  });

  it('reports bad files clearly and still ingests the good ones', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-bad-'));
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00]));
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 in Baghdad', 'latin1'));
    writeFileSync(join(dir, 'broken.json'), '{"article": ');
    writeFileSync(join(dir, 'empty.txt'), '  \n');
    const good = documentWithNames(['Recep Tayyip Erdogan', 'Fayez al-Sarraj']);
    writeFileSync(join(dir, 'good.json'), JSON.stringify(good));
    const r = await kg(['ingest', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('binary.txt: looks like a binary file');
    expect(r.stderr).toContain('latin1.txt: not valid UTF-8');
    expect(r.stderr).toContain('broken.json: malformed JSON');
    expect(r.stderr).toContain('empty.txt: skipped');
    expect(r.stdout).toMatch(/ingested 1 article.*\(1 skipped, 3 failed\)/);
    expect(await count(g, 'MATCH (a:Article {id: $id}) RETURN count(a)', { id: good.article.id })).toBe(1);
  });

  it('works against an existing Neo4j named by NEO4J_URI (neo4j:// routing) and starts nothing embedded', async () => {
    const home = mkdtempSync(join(tmpdir(), 'kg-external-'));
    const config = loadConfig();
    const external = {
      NEO4J_URI: `neo4j://127.0.0.1:${config.embedded.port}`,
      NEO4J_USERNAME: 'neo4j',
      NEO4J_PASSWORD: embeddedPassword(config.embedded),
      KG_HOME: home,
    };
    const viaUri = JSON.parse((await kg(['stats', '--json'], external)).stdout);
    const direct = JSON.parse((await kg(['stats', '--json'])).stdout);
    expect(viaUri).toEqual(direct);
    expect(existsSync(join(home, 'neo4j'))).toBe(false);
    const start = await kg(['neo4j', 'start'], external);
    expect(start.code).not.toBe(0);
    expect(start.stderr).toMatch(/NEO4J_URI is set/);
    const wrong = await kg(['stats'], { ...external, NEO4J_PASSWORD: 'wrong' });
    expect(wrong.code).not.toBe(0);
    expect(wrong.stderr).toMatch(/cannot reach Neo4j at neo4j:\/\/127\.0\.0\.1.*check NEO4J_URI/);
  });

  it('has --help on every command', async () => {
    const commands = [['up'], ['neo4j'], ['neo4j', 'start'], ['neo4j', 'stop'], ['neo4j', 'status'], ['extract'], ['ingest'], ['forget'], ['query'], ['stats'], ['serve'], ['export'], ['import']];
    for (const args of [['--help'], ...commands.map((c) => [...c, '--help'])]) {
      const r = await kg(args);
      expect(r.code, args.join(' ')).toBe(0);
      expect(r.stdout).toMatch(/Usage: kg/);
    }
  });

  it('reports a bad setting in one line, naming the variable, without a stack trace', async () => {
    for (const [args, env, message] of [
      [['stats'], { KG_NEO4J_PORT: 'abc' }, /^kg: invalid environment: KG_NEO4J_PORT: /],
      [['extract', 'seeds/000_fb525bee6f4d7285.txt'], { KG_KB_PATH: '/nonexistent/kb.jsonl' }, /^kg: KB file not found: \/nonexistent\/kb\.jsonl$/],
    ] as const) {
      const r = await kg([...args], env);
      expect(r.code).toBe(1);
      expect(r.stderr.trim()).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });
});

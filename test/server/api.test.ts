import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import type { CypherPayload, GraphPayload, NodeDetail, SearchPayload } from '../../src/model/api.js';
import { buildApp } from '../../src/server/app.js';
import { startServer } from '../../src/server/index.js';
import type { Graph } from '../../src/store/connection.js';
import { MEETING_SENTENCE_AR, XSS_NAME } from '../fixtures/viewer/documents.js';
import { count, testGraph } from '../helpers.js';
import { loadViewerFixtures } from './setup.js';

let g: Graph;
let app: FastifyInstance;

beforeAll(async () => {
  g = await testGraph();
  await loadViewerFixtures(g);
  app = await buildApp(g);
});
afterAll(async () => {
  await app?.close();
  await g?.close();
});

const get = async <T>(url: string, status = 200): Promise<T> => {
  const res = await app.inject({ method: 'GET', url });
  expect(res.statusCode, res.body).toBe(status);
  expect(res.headers['content-type']).toMatch(/application\/json/);
  return res.json() as T;
};
const cypher = (query: string, params?: Record<string, unknown>) => app.inject({ method: 'POST', url: '/api/cypher', payload: { query, params } });

describe('GET /api/graph', () => {
  it('returns every entity and fact, best connected first', async () => {
    const r = await get<GraphPayload>('/api/graph');
    expect(r.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(['person:mustafa-al-kadhimi', 'Q6279', 'Q30', 'Q796', 'person:xss']));
    expect(r.nodes[0]!.id).toBe('person:mustafa-al-kadhimi');
    expect(r.edges).toContainEqual(expect.objectContaining({ source: 'Q6279', target: 'person:mustafa-al-kadhimi', predicate: 'MEETS' }));
    expect(r.total).toEqual({ nodes: 5, edges: r.edges.length });
    expect(r.truncated).toBe(false);
  });

  it('sends the same graph as lines to a client that asks for them', async () => {
    const asJson = await get<GraphPayload>('/api/graph?limit=4');
    const res = await app.inject({ method: 'GET', url: '/api/graph?limit=4', headers: { accept: 'application/x-ndjson, application/json;q=0.9' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/application\/x-ndjson/);
    const [header, ...items] = res.body.trimEnd().split('\n').map((line) => JSON.parse(line) as unknown);
    expect(header).toEqual({ nodes: asJson.nodes.length, edges: asJson.edges.length, total: asJson.total, truncated: true });
    expect(items).toEqual([...asJson.nodes, ...asJson.edges]);
  });

  it('caps the nodes and says how many matched', async () => {
    const r = await get<GraphPayload>('/api/graph?limit=2');
    expect(r.nodes).toHaveLength(2);
    expect(r.total.nodes).toBe(5);
    expect(r.truncated).toBe(true);
    expect(r.edges.every((e) => r.nodes.some((n) => n.id === e.source) && r.nodes.some((n) => n.id === e.target))).toBe(true);
  });

  it('filters by type, predicate, article and minimum degree', async () => {
    expect((await get<GraphPayload>('/api/graph?types=Country')).nodes.map((n) => n.id).sort()).toEqual(['Q30', 'Q796']);
    const meets = await get<GraphPayload>('/api/graph?predicates=MEETS&minDegree=1');
    expect(meets.nodes.map((n) => n.id).sort()).toEqual(['Q6279', 'person:mustafa-al-kadhimi']);
    expect(meets.edges.map((e) => e.predicate)).toEqual(['MEETS']);
    const articles = (await cypher('MATCH (a:Article {language: "ar"}) RETURN a.id AS id')).json<CypherPayload>();
    const arabic = await get<GraphPayload>(`/api/graph?article=${articles.rows[0]!.id as string}`);
    expect(arabic.nodes.map((n) => n.id)).not.toContain('person:xss');
    expect(arabic.edges.map((e) => e.predicate).sort()).toEqual(['HEAD_OF_GOVERNMENT_OF', 'MEETS', 'VISITS']);
  });

  it.each([
    ['types=Alien', 'types'],
    ['predicates=DROP', 'predicates'],
    ['limit=0', 'limit'],
    ['limit=1000000', 'limit'],
    ['article=../../etc', 'article'],
    ['minDegree=-1', 'minDegree'],
  ])('refuses %s with a JSON message', async (query, field) => {
    const r = await get<{ error: string; issues: { path: string }[] }>(`/api/graph?${query}`, 400);
    expect(r.issues[0]!.path.split('.')[0]).toBe(field);
    expect(r.error).toContain(field);
  });
});

describe('GET /api/search', () => {
  it.each(['Biden', 'biden', 'بايدن', 'جو بايدن', 'Bide', 'Bidn', 'بايد'])('finds Joe Biden by %s', async (q) => {
    const r = await get<SearchPayload>(`/api/search?q=${encodeURIComponent(q)}`);
    expect(r.hits[0]?.id).toBe('Q6279');
  });

  it('finds Kadhimi by his Arabic name with the article prefix, and by his English alias', async () => {
    for (const q of ['الكاظمي', 'كاظمي', 'Kadhimi', 'kadh']) {
      expect((await get<SearchPayload>(`/api/search?q=${encodeURIComponent(q)}`)).hits[0]?.id, q).toBe('person:mustafa-al-kadhimi');
    }
  });

  it.each(['"', '*', '?', '~', '\\', 'a:b', '(', ')]', 'AND', 'NOT OR', '-', '+!', '/', '&&||', 'x^2', '{a TO b}', '<img src=x onerror=alert(1)>', 'ال'])(
    'treats Lucene syntax in %j as text', async (q) => {
      const r = await get<SearchPayload>(`/api/search?q=${encodeURIComponent(q)}`);
      expect(Array.isArray(r.hits)).toBe(true);
    });

  it('finds the hostile name as text', async () => {
    const r = await get<SearchPayload>(`/api/search?q=${encodeURIComponent(XSS_NAME)}`);
    expect(r.hits.map((h) => h.id)).toContain('person:xss');
  });

  it('refuses an empty or huge query', async () => {
    await get('/api/search?q=%20', 400);
    await get(`/api/search?q=${'x'.repeat(300)}`, 400);
    await get('/api/search?q=biden&limit=500', 400);
  });
});

describe('GET /api/node/:id', () => {
  it('gives properties, the Wikidata link, relations with Arabic evidence and marked mentions', async () => {
    const r = await get<NodeDetail>('/api/node/person%3Amustafa-al-kadhimi');
    expect(r.node).toMatchObject({ name: 'Mustafa al-Kadhimi', nameAr: 'مصطفى الكاظمي', type: 'Person', degree: 4 });
    const biden = await get<NodeDetail>('/api/node/Q6279');
    expect(biden.node.wikidataUrl).toBe('https://www.wikidata.org/wiki/Q6279');
    const meets = r.relations.find((x) => x.predicate === 'MEETS')!;
    expect(meets).toMatchObject({ direction: 'in', other: { id: 'Q6279', nameAr: 'جو بايدن' }, date: '2021-07' });
    const arabic = meets.evidence.find((e) => e.text === MEETING_SENTENCE_AR)!;
    expect(arabic.article).toMatchObject({ language: 'ar', title: expect.stringContaining('الكاظمي') });
    const marked = arabic.highlights.map((h) => arabic.text.slice(h.start, h.end)).sort();
    expect(marked).toEqual(['الكاظمي', 'جو بايدن']);
    expect(r.mentionCount).toBeGreaterThanOrEqual(3);
    for (const m of r.mentions) for (const h of m.highlights) expect(m.text.slice(h.start, h.end)).toMatch(/الكاظمي|Kadhimi/);
  });

  it('answers 404 for an unknown id, and handles hostile ids as data', async () => {
    expect((await get<{ error: string }>('/api/node/nobody', 404)).error).toContain('not found');
    await get(`/api/node/${encodeURIComponent("'}) DETACH DELETE n //")}`, 404);
    expect(await count(g, 'MATCH (n:Entity) RETURN count(n)')).toBe(5);
  });
});

describe('GET /api/node/:id/neighbours', () => {
  it('returns the node, its neighbours and the facts among them', async () => {
    const r = await get<GraphPayload>('/api/node/Q6279/neighbours');
    expect(r.nodes.map((n) => n.id).sort()).toEqual(['Q30', 'Q6279', 'person:mustafa-al-kadhimi']);
    expect(r.edges.map((e) => e.predicate).sort()).toEqual(['HEAD_OF_STATE_OF', 'MEETS', 'VISITS']);
  });

  it('caps the neighbours', async () => {
    const r = await get<GraphPayload>('/api/node/person%3Amustafa-al-kadhimi/neighbours?limit=1');
    expect(r.nodes).toHaveLength(2);
    expect(r.total.nodes).toBe(5);
    expect(r.truncated).toBe(true);
  });
});

describe('POST /api/cypher', () => {
  it('draws nodes and relationships as a graph', async () => {
    const res = await cypher('MATCH (a:Entity)-[r:MEETS]-(b:Entity) RETURN a, r, b');
    expect(res.statusCode).toBe(200);
    const r = res.json<CypherPayload>();
    expect(r.graph!.nodes.map((n) => n.id).sort()).toEqual(['Q6279', 'person:mustafa-al-kadhimi']);
    expect(r.graph!.edges).toEqual([expect.objectContaining({ source: 'Q6279', target: 'person:mustafa-al-kadhimi', predicate: 'MEETS' })]);
  });

  it('draws a relationship returned alone, and paths', async () => {
    expect((await cypher('MATCH ()-[r:VISITS]->() RETURN r')).json<CypherPayload>().graph!.nodes).toHaveLength(2);
    const path = (await cypher('MATCH p = (:Entity {id: $id})-[]-(:Entity) RETURN p', { id: 'Q30' })).json<CypherPayload>();
    expect(path.graph!.nodes.map((n) => n.id)).toContain('Q30');
  });

  it('returns a table for scalars', async () => {
    const r = (await cypher('MATCH (e:Entity) RETURN e.name AS name ORDER BY name')).json<CypherPayload>();
    expect(r.columns).toEqual(['name']);
    expect(r.rows).toHaveLength(5);
    expect(r.graph).toBeUndefined();
  });

  it('caps rows', async () => {
    const r = (await cypher('UNWIND range(1, 5000) AS i RETURN i')).json<CypherPayload>();
    expect(r).toMatchObject({ rowCount: 5000, truncated: true });
    expect(r.rows).toHaveLength(1000);
  });

  it.each(['CREATE (:Probe)', 'MATCH (n) DETACH DELETE n', "MATCH (n:Entity) SET n.name = 'x'", 'CALL { CREATE (:Probe) }'])(
    'refuses the write %s and changes nothing', async (query) => {
      const res = await cypher(query);
      expect(res.statusCode).toBe(403);
      expect(res.json<{ error: string }>().error).toMatch(/would write/);
      expect(await count(g, 'MATCH (n:Entity) RETURN count(n)')).toBe(5);
      expect(await count(g, 'MATCH (n:Probe) RETURN count(n)')).toBe(0);
    });

  it('stops a query that runs past the time limit, with a JSON 408', async () => {
    const limited = await buildApp(g, { cypherTimeoutMs: 1_000 });
    try {
      const started = Date.now();
      // A billion rows: far more than a second's work for Neo4j.
      const res = await limited.inject({ method: 'POST', url: '/api/cypher', payload: { query: 'UNWIND range(1, 1000000000) AS x RETURN count(x) AS n' } });
      expect(res.statusCode, res.body).toBe(408);
      expect(res.json<{ error: string }>().error).toMatch(/longer than the console's limit of 1 s/);
      expect(Date.now() - started).toBeLessThan(15_000);
      expect((await limited.inject({ method: 'POST', url: '/api/cypher', payload: { query: 'RETURN 1 AS one' } })).json<CypherPayload>().rows).toEqual([{ one: 1 }]);
    } finally {
      await limited.close();
    }
  });

  it('reports Cypher errors and bad bodies as 400 JSON', async () => {
    const res = await cypher('MATCH (n RETURN n');
    expect(res.statusCode).toBe(400);
    expect(res.json<{ error: string }>().error).toMatch(/Neo4j/);
    expect((await app.inject({ method: 'POST', url: '/api/cypher', payload: {} })).statusCode).toBe(400);
    const bad = await app.inject({ method: 'POST', url: '/api/cypher', headers: { 'content-type': 'application/json' }, payload: '{' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toHaveProperty('error');
  });
});

describe('startServer', () => {
  it('says how to build the viewer when it is missing', async () => {
    await expect(startServer(g, { port: 0, host: '127.0.0.1', viewerDir: '/nonexistent' })).rejects.toThrow(/npm run build:viewer/);
  });

  it('says which port is taken or which address does not exist, without a stack', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-viewer-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html>');
    const first = await startServer(g, { port: 0, host: '127.0.0.1', viewerDir: dir });
    try {
      const port = Number(new URL(first.url).port);
      await expect(startServer(g, { port, host: '127.0.0.1', viewerDir: dir })).rejects.toThrow(new UserError(`port ${port} on 127.0.0.1 is already in use; choose another with --port (0 picks a free one)`));
      await expect(startServer(g, { port: 0, host: '192.0.2.1', viewerDir: dir })).rejects.toBeInstanceOf(UserError);
    } finally {
      await first.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('other endpoints', () => {
  it('lists the vocabularies and articles', async () => {
    const r = await get<{ articles: { id: string; language: string }[]; predicates: string[]; counts: { entities: number } }>('/api/meta');
    expect(r.articles.map((a) => a.language).sort()).toEqual(['ar', 'en']);
    expect(r.predicates).toContain('MEETS');
    expect(r.counts.entities).toBe(5);
    const article = await get<{ sentences: { text: string }[] }>(`/api/article/${r.articles.find((a) => a.language === 'ar')!.id}`);
    expect(article.sentences.map((s) => s.text)).toContain(MEETING_SENTENCE_AR);
  });

  it('answers unknown endpoints with JSON 404', async () => {
    expect((await get<{ error: string }>('/api/nothing', 404)).error).toMatch(/no such endpoint/);
  });

  it('answers unknown endpoints with JSON 404 also when the viewer is served', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-viewer-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>kg</title>');
    const withViewer = await buildApp(g, { viewerDir: dir });
    try {
      for (const url of ['/api/nothing', '/api', '/api/node/Q6279/nothing']) {
        const res = await withViewer.inject({ method: 'GET', url });
        expect(res.statusCode, url).toBe(404);
        expect(res.json<{ error: string }>().error).toMatch(/no such endpoint/);
      }
      expect((await withViewer.inject({ method: 'GET', url: '/some/shared/view' })).body).toContain('<title>kg</title>');
    } finally {
      await withViewer.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says which parameter is wrong once', async () => {
    expect((await get<{ error: string }>('/api/search?q=%20', 400)).error).toBe('q: type something to search for');
  });
});

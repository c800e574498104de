// `kg extract --extractor llm` as a user runs it (the built dist/), against a local HTTP server that
// speaks the chat-completions wire format and gives a fixed answer. No model runs here: these tests
// check what kg does with a given answer and with a failing endpoint, not how good an answer is.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { ExtractionDocumentSchema } from '../../src/model/schemas.js';
import { articleId } from '../../src/text/article-id.js';
import { clearGraph, kg, testGraph } from '../helpers.js';
import { completionBody, startFakeLlm, type FakeLlm, type Reply } from '../extract/llm/fake-llm.js';

const SEED = 'seeds/000_fb525bee6f4d7285.txt';
const seedText = readFileSync(SEED, 'utf8');
const seedAnswer = readFileSync('test/fixtures/llm/seed-answer.json', 'utf8');
/** Empty values count as unset, so settings in the developer's environment do not leak in. */
const NO_LLM_ENV = { KG_LLM_BASE_URL: '', KG_LLM_MODEL: '', KG_LLM_API_KEY: '', KG_LLM_TIMEOUT_MS: '', KG_LLM_CHUNK_CHARS: '', KG_LLM_RETRIES: '' };
/** Retry-After: 0 lets the client retry without waiting. */
const AT_ONCE = { 'retry-after': '0' };

let server: FakeLlm | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function extractWith(reply: (call: number) => Reply, env: Record<string, string> = {}) {
  let calls = 0;
  server = await startFakeLlm(() => reply(calls++));
  return kg(['extract', SEED, '--extractor', 'llm', '--format', 'json'], {
    ...NO_LLM_ENV, KG_LLM_BASE_URL: server.baseUrl, KG_LLM_MODEL: 'test-model', KG_LLM_API_KEY: 'sk-test', ...env,
  });
}

describe('kg extract --extractor llm', () => {
  it('sends the numbered sentences and maps the answer onto a valid document', async () => {
    const r = await extractWith(() => ({ body: completionBody(seedAnswer) }));
    expect(r.code).toBe(0);
    const doc = ExtractionDocumentSchema.parse(JSON.parse(r.stdout));

    const [request] = server!.received;
    expect(request!.path).toBe('/v1/chat/completions');
    expect(request!.headers.authorization).toBe('Bearer sk-test');
    expect(request!.body).toMatchObject({ model: 'test-model', response_format: { type: 'json_object' }, stream: false });
    const user = (request!.body.messages as { role: string; content: string }[]).find((m) => m.role === 'user')!.content;
    expect(user).toContain('[6] وتأتي تصريحات الكاظمي قبيل توجهه');

    // Same article id and sentences as the rules extractor, so provenance lines up.
    const rules = JSON.parse((await kg(['extract', SEED, '--format', 'json'])).stdout);
    expect(doc.article).toEqual(rules.article);
    expect(doc.sentences).toEqual(rules.sentences);

    const byName = new Map(doc.entities.map((e) => [e.name, e]));
    const kadhimi = byName.get('Mustafa al-Kadhimi')!;
    const biden = byName.get('Joe Biden')!;
    // Ids come from the knowledge base, as the rules extractor's do.
    expect(biden.id).toBe(rules.entities.find((e: { name: string }) => e.name === 'Joe Biden').id);
    expect(kadhimi.id).toBe(rules.entities.find((e: { name: string }) => e.name === 'Mustafa al-Kadhimi').id);
    expect(kadhimi.mentions.length).toBeGreaterThanOrEqual(5);
    for (const e of doc.entities) for (const m of e.mentions) expect(seedText.slice(m.start, m.end)).toBe(m.text);
    expect(biden.mentions.map((m) => [m.text, m.sentence])).toEqual([['جو بايدن', 6]]);

    const meets = doc.triples.find((t) => t.predicate === 'MEETS')!;
    expect(meets).toMatchObject({ qualifiers: { date: '2021-07-26' }, confidence: 0.9, extractor: 'llm:test-model' });
    expect([meets.subject, meets.object].sort()).toEqual([kadhimi.id, biden.id].sort());
    expect(meets.evidence).toEqual([{ sentence: 6, text: rules.sentences[6].text, start: 994, end: 1136 }]);
    const troops = doc.triples.find((t) => t.predicate === 'HAS_TROOPS_IN')!;
    expect(troops.qualifiers).toEqual({ count: 2500 });
    expect(doc.triples.find((t) => t.predicate === 'VOTED_FOR')).toMatchObject({ qualifiers: { date: '2020-01' }, confidence: 0.7 });
    expect(doc.triples.map((t) => t.predicate).sort()).toEqual(['HAS_TROOPS_IN', 'HEAD_OF_GOVERNMENT_OF', 'MEETS', 'QUOTES', 'VOTED_FOR']);

    expect(byName.has('Wakanda')).toBe(false);
    expect(byName.has('airstrike')).toBe(false);
    expect(r.stderr).toContain('"LIKES" is not a predicate of the ontology');
    expect(r.stderr).toContain('"Weapon" is not an entity type of the ontology');
    expect(r.stderr).toContain('"E99" is not one of its entities');
    expect(r.stderr).toContain('"Wakanda": not found in the text and in no fact');
  });

  it('stores what the model found with kg ingest, marked with the model as extractor', async () => {
    // Other test files leave the seed's facts behind, with their own dates and extractors.
    const g = await testGraph();
    await clearGraph(g);
    await g.close();
    server = await startFakeLlm(() => ({ body: completionBody(seedAnswer) }));
    const env = { ...NO_LLM_ENV, KG_LLM_BASE_URL: server.baseUrl, KG_LLM_MODEL: 'test-model' };
    const r = await kg(['ingest', SEED, '--extractor', 'llm'], env);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ingested 1 article, \d+ entities, \d+ relationships/m);
    const q = await kg(['query', `MATCH (a:Person {id: 'Q6279'})-[r:MEETS]-(b:Person {id: 'person:mustafa-al-kadhimi'})
      RETURN r.extractors AS extractors, r.date AS date, r.sentenceIds AS sentenceIds`, '--format', 'json']);
    expect(JSON.parse(q.stdout)).toEqual([expect.objectContaining({
      extractors: expect.arrayContaining(['llm:test-model']), date: '2021-07-26', sentenceIds: expect.arrayContaining([`${articleId(seedText)}:6`]),
    })]);
  }, 120_000);

  it('sends a long article in chunks of whole sentences and merges the answers', async () => {
    const r = await extractWith(() => ({ body: completionBody(seedAnswer) }), { KG_LLM_CHUNK_CHARS: '700' });
    expect(r.code).toBe(0);
    const doc = ExtractionDocumentSchema.parse(JSON.parse(r.stdout));
    const sent = server!.received.map((q) => [...((q.body.messages as { content: string }[])[1]!.content.matchAll(/^\[(\d+)\]/gm))].map((m) => Number(m[1])));
    expect(sent.length).toBeGreaterThan(1);
    // Two requests are in flight at once, so they may arrive in any order.
    expect(sent.flat().sort((a, b) => a - b)).toEqual(doc.sentences.map((s) => s.index));
    // Each chunk was given the whole answer; only sentences of its own chunk count as evidence.
    const meets = doc.triples.filter((t) => t.predicate === 'MEETS');
    expect(meets).toHaveLength(1);
    expect(meets[0]!.evidence.map((e) => e.sentence)).toEqual([6]);
    expect(r.stderr).toMatch(/sentences \d+–\d+: the model's triple .* cites sentences it was not sent/);
  });

  it('asks again after a rate limit and uses the answer', async () => {
    const r = await extractWith((call) => (call === 0 ? { status: 429, headers: AT_ONCE, body: '{"error":"rate limited"}' } : { body: completionBody(seedAnswer) }));
    expect(r.code).toBe(0);
    expect(ExtractionDocumentSchema.parse(JSON.parse(r.stdout)).triples.length).toBeGreaterThan(0);
    expect(server!.received).toHaveLength(2);
  });

  it('reports a server error with its status, its body and the attempts made, and exits non-zero', async () => {
    const r = await extractWith(() => ({ status: 500, headers: AT_ONCE, body: '{"error":{"message":"model exploded"}}' }));
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^kg: seeds\/000_fb525bee6f4d7285\.txt: sentences 0–12: the LLM endpoint http:\/\/127\.0\.0\.1:\d+\/v1\/chat\/completions answered 500 Internal Server Error: \{"error":\{"message":"model exploded"\}\} \(gave up after 4 attempts, KG_LLM_RETRIES=3\)$/m);
    expect(r.stderr).not.toContain('    at ');
    expect(server!.received).toHaveLength(4);
  });

  it('reports an answer that holds no JSON', async () => {
    const r = await extractWith(() => ({ body: completionBody('Sorry, I cannot help with that.') }));
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('the model did not answer with a JSON object: "Sorry, I cannot help with that."');
  });

  it('gives up on an endpoint that does not answer within KG_LLM_TIMEOUT_MS', async () => {
    const started = Date.now();
    const r = await extractWith(() => 'hang', { KG_LLM_TIMEOUT_MS: '500' });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/did not answer within 500 ms \(KG_LLM_TIMEOUT_MS\)/);
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('reports an endpoint nobody listens on', async () => {
    server = await startFakeLlm(() => ({ body: '' }));
    const baseUrl = server.baseUrl;
    await server.close();
    server = undefined;
    const r = await kg(['extract', SEED, '--extractor', 'llm'], { ...NO_LLM_ENV, KG_LLM_BASE_URL: baseUrl, KG_LLM_MODEL: 'm', KG_LLM_RETRIES: '0' });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/cannot reach the LLM endpoint http:\/\/127\.0\.0\.1:\d+\/v1\/chat\/completions: ECONNREFUSED \(check KG_LLM_BASE_URL; gave up after 1 attempt, KG_LLM_RETRIES=0\)/);
  });

  it('says which settings are missing, for extract and for ingest, before doing anything', async () => {
    const extract = await kg(['extract', SEED, '--extractor', 'llm'], NO_LLM_ENV);
    expect(extract.code).not.toBe(0);
    expect(extract.stderr).toMatch(/^kg: --extractor llm needs KG_LLM_BASE_URL and KG_LLM_MODEL/);
    const ingest = await kg(['ingest', SEED, '--extractor', 'llm'], { ...NO_LLM_ENV, KG_LLM_BASE_URL: 'http://127.0.0.1:1/v1' });
    expect(ingest.code).not.toBe(0);
    expect(ingest.stderr).toMatch(/^kg: --extractor llm needs KG_LLM_MODEL \(/);
    expect(ingest.stdout).toBe('');
  });

  it('refuses an unknown extractor', async () => {
    const r = await kg(['extract', SEED, '--extractor', 'gpt']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain("argument 'gpt' is invalid. Allowed choices are rules, llm.");
  });
});

// The chat-completions client against a local HTTP server that plays the endpoint.
import { afterEach, describe, expect, it } from 'vitest';
import type { LlmConfig } from '../../../src/config.js';
import { UserError } from '../../../src/errors.js';
import { chatClient } from '../../../src/extract/llm/client.js';
import type { Backoff } from '../../../src/extract/llm/retry.js';
import { completionBody, failingFirst, startFakeLlm, type FakeLlm, type Received, type Reply } from './fake-llm.js';

let server: FakeLlm | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const messages = [{ role: 'system' as const, content: 'be brief' }, { role: 'user' as const, content: '[0] بغداد' }];

/** Waits of a few milliseconds, so that retrying tests stay fast. */
const QUICK: Backoff = { baseMs: 5, maxMs: 50 };
const settings = (baseUrl: string): LlmConfig => ({ baseUrl, model: 'm1', timeoutMs: 2000, concurrency: 1, chunkChars: 1000, retries: 3 });

async function client(reply: (req: Received) => Reply, more: Partial<LlmConfig> = {}, backoff = QUICK) {
  server = await startFakeLlm(reply);
  return chatClient({ ...settings(server.baseUrl), ...more }, backoff);
}

const ok = () => ({ body: completionBody('{"entities": []}') });

describe('the chat-completions client', () => {
  it('posts the model, the messages and a JSON answer request, with the key when there is one', async () => {
    const complete = await client(() => ({ body: completionBody('{"entities": []}') }), { apiKey: 'sk-secret' });
    expect(await complete(messages)).toEqual({ content: '{"entities": []}', truncated: false });
    const [req] = server!.received;
    expect(req!.path).toBe('/v1/chat/completions');
    expect(req!.headers.authorization).toBe('Bearer sk-secret');
    expect(req!.body).toEqual({ model: 'm1', messages, stream: false, response_format: { type: 'json_object' }, temperature: 0 });
  });

  it('sends no authorization header without a key', async () => {
    const complete = await client(() => ({ body: completionBody('{}') }));
    await complete(messages);
    expect(server!.received[0]!.headers.authorization).toBeUndefined();
  });

  it('asks again without a field the server refuses by name', async () => {
    const complete = await client((req) => (req.body.response_format
      ? { status: 400, body: '{"error": "\'response_format.type\' must be \'json_schema\'"}' }
      : { body: completionBody('{"triples": []}') }));
    expect((await complete(messages)).content).toBe('{"triples": []}');
    expect(server!.received.map((r) => 'response_format' in r.body)).toEqual([true, false]);
    expect(server!.received[1]!.body.temperature).toBe(0);
  });

  it('says when the answer was cut at the token limit', async () => {
    const complete = await client(() => ({ body: completionBody('{"entities": [', 'length') }));
    expect(await complete(messages)).toEqual({ content: '{"entities": [', truncated: true });
  });

  it('reports a non-2xx answer with its status and the start of its body', async () => {
    const complete = await client(() => ({ status: 401, body: JSON.stringify({ error: { message: 'Incorrect API key provided', padding: 'x'.repeat(1000) } }) }));
    const err = await complete(messages).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toMatch(/^the LLM endpoint http:\/\/127\.0\.0\.1:\d+\/v1\/chat\/completions answered 401 Unauthorized: \{"error":\{"message":"Incorrect API key provided","padding":"x+…$/);
    expect((err as Error).message.length).toBeLessThan(450);
    expect(server!.received).toHaveLength(1);
  });

  it('reports an answer that is not JSON, or not in the chat-completions format, or empty', async () => {
    await expect((await client(() => ({ body: '<html>502 Bad Gateway</html>' })))(messages))
      .rejects.toThrow(/did not answer with JSON: <html>502 Bad Gateway<\/html>$/);
    await server!.close();
    await expect((await client(() => ({ body: '{"result": "ok"}' })))(messages))
      .rejects.toThrow(/did not answer in the chat-completions format: \{"result": "ok"\}$/);
    await server!.close();
    const refusal = JSON.stringify({ choices: [{ message: { content: null, refusal: 'I cannot help with that.' }, finish_reason: 'stop' }] });
    await expect((await client(() => ({ body: refusal })))(messages)).rejects.toThrow('the model m1 gave no answer: I cannot help with that.');
  });

  it('gives up after the timeout', async () => {
    const complete = await client(() => 'hang', { timeoutMs: 300 });
    const started = Date.now();
    await expect(complete(messages)).rejects.toThrow(/^the LLM endpoint http:\/\/127\.0\.0\.1:\d+\/v1\/chat\/completions did not answer within 300 ms \(KG_LLM_TIMEOUT_MS\)$/);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('reports an endpoint nobody listens on', async () => {
    server = await startFakeLlm(() => ({ body: '' }));
    const baseUrl = server.baseUrl;
    await server.close();
    server = undefined;
    const complete = chatClient(settings(baseUrl), QUICK);
    await expect(complete(messages)).rejects.toThrow(/^cannot reach the LLM endpoint http:\/\/127\.0\.0\.1:\d+\/v1\/chat\/completions: ECONNREFUSED \(check KG_LLM_BASE_URL; gave up after 4 attempts, KG_LLM_RETRIES=3\)$/);
  });
});

describe('retrying the chat-completions client', () => {
  it('asks again after a rate limit, a server error and a dropped connection, and takes the answer', async () => {
    const complete = await client(failingFirst(1, { status: 429, body: 'slow down' }, failingFirst(1, { status: 503, body: '' }, failingFirst(1, 'drop', ok))));
    expect(await complete(messages)).toEqual({ content: '{"entities": []}', truncated: false });
    expect(server!.received).toHaveLength(4);
    expect(server!.received.map((r) => r.body)).toEqual(Array(4).fill(server!.received[0]!.body));
  });

  it('gives up after KG_LLM_RETRIES retries, saying how many attempts were made and the last status', async () => {
    const complete = await client(failingFirst(1, { status: 429, body: 'slow down' }, () => ({ status: 502, body: 'upstream gone' })), { retries: 2 });
    await expect(complete(messages)).rejects.toThrow(/^the LLM endpoint http:\/\/127\.0\.0\.1:\d+\/v1\/chat\/completions answered 502 Bad Gateway: upstream gone \(gave up after 3 attempts, KG_LLM_RETRIES=2\)$/);
    expect(server!.received).toHaveLength(3);
  });

  it('tries once with KG_LLM_RETRIES=0', async () => {
    const complete = await client(() => ({ status: 503, body: 'busy' }), { retries: 0 });
    await expect(complete(messages)).rejects.toThrow(/answered 503 Service Unavailable: busy \(gave up after 1 attempt, KG_LLM_RETRIES=0\)$/);
    expect(server!.received).toHaveLength(1);
  });

  it('does not ask again after a 400, which would come back the same', async () => {
    const complete = await client(() => ({ status: 400, body: '{"error": "messages: too long"}' }));
    await expect(complete(messages)).rejects.toThrow(/answered 400 Bad Request: \{"error": "messages: too long"\}$/);
    expect(server!.received).toHaveLength(1);
  });

  it('waits as long as Retry-After asks', async () => {
    const complete = await client(failingFirst(1, { status: 429, headers: { 'retry-after': '1' }, body: '' }, ok), {}, { baseMs: 5, maxMs: 5_000 });
    const started = Date.now();
    await complete(messages);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(server!.received).toHaveLength(2);
  });

  it('waits no longer than its cap, whatever Retry-After asks', async () => {
    const complete = await client(failingFirst(1, { status: 503, headers: { 'retry-after': '3600' }, body: '' }, ok), {}, { baseMs: 5, maxMs: 100 });
    const started = Date.now();
    await complete(messages);
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(server!.received).toHaveLength(2);
  });
});

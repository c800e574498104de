// One request to an OpenAI-compatible chat-completions endpoint (OpenAI, Ollama, vLLM, llama.cpp,
// LM Studio…) with Node's fetch. Rate limits, server errors and failed connections are retried
// (KG_LLM_RETRIES times); every way it can fail in the end becomes a UserError that says what to check.
import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';
import type { LlmConfig } from '../../config.js';
import { counted } from '../../counted.js';
import { UserError } from '../../errors.js';
import { excerpt } from './excerpt.js';
import { DEFAULT_BACKOFF, isRetryableStatus, retryDelayMs, type Backoff } from './retry.js';

export interface ChatMessage { role: 'system' | 'user'; content: string }

export interface Completion {
  content: string;
  /** the model stopped at its token limit, so the answer is likely cut short */
  truncated: boolean;
}

export type Complete = (messages: ChatMessage[]) => Promise<Completion>;

const CompletionSchema = z.object({
  choices: z.array(z.object({
    message: z.object({ content: z.string().nullish(), refusal: z.string().nullish() }),
    finish_reason: z.string().nullish(),
  })).min(1),
});

/**
 * Fields not every server takes: LM Studio wants json_schema rather than json_object, and some
 * OpenAI reasoning models refuse a temperature. A 400 naming one is retried without it.
 */
const OPTIONAL_FIELDS = {
  response_format: { type: 'json_object' },
  temperature: 0,
} as const;
type OptionalField = keyof typeof OPTIONAL_FIELDS;

const BODY_EXCERPT = 300;

/** Node's fetch hides the reason (ECONNREFUSED, ENOTFOUND…) in the error's cause. */
function networkReason(err: unknown): string {
  const cause = (err as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (err as Error).message;
}

const isTimeout = (err: unknown) => {
  const e = err as { name?: string; cause?: { code?: string } };
  // Node's fetch also gives up by itself after 300 s without response headers.
  return e.name === 'TimeoutError' || e.cause?.code === 'UND_ERR_HEADERS_TIMEOUT' || e.cause?.code === 'UND_ERR_BODY_TIMEOUT';
};

/** A failed connection is an answer too: one worth asking again, like a 429 or a 5xx. */
type Reply = { status: number; statusText: string; text: string; retryAfter: string | null } | { unreachable: string };

/** `backoff`: the waits between retries; tests make them short. */
export function chatClient(config: LlmConfig, backoff: Backoff = DEFAULT_BACKOFF): Complete {
  const url = `${config.baseUrl}/chat/completions`;
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (config.apiKey) headers.authorization = `Bearer ${config.apiKey}`;

  const post = async (body: Record<string, unknown>): Promise<Reply> => {
    try {
      const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body), signal: AbortSignal.timeout(config.timeoutMs) });
      return { status: res.status, statusText: res.statusText, text: await res.text(), retryAfter: res.headers.get('retry-after') };
    } catch (err) {
      // Not retried: a model too slow for the limit once is as slow the next time, and the wait multiplies.
      if (isTimeout(err)) throw new UserError(`the LLM endpoint ${url} did not answer within ${config.timeoutMs} ms (KG_LLM_TIMEOUT_MS)`);
      return { unreachable: networkReason(err) };
    }
  };

  return async (messages) => {
    const optional = new Set(Object.keys(OPTIONAL_FIELDS) as OptionalField[]);
    let failures = 0;
    for (;;) {
      const body: Record<string, unknown> = { model: config.model, messages, stream: false };
      for (const f of optional) body[f] = OPTIONAL_FIELDS[f];
      const res = await post(body);
      const retryable = 'unreachable' in res || isRetryableStatus(res.status);
      if (retryable) failures++;
      if (retryable && failures <= config.retries) {
        await sleep(retryDelayMs(failures, 'unreachable' in res ? null : res.retryAfter, backoff));
        continue;
      }
      const gaveUp = retryable ? `gave up after ${counted(failures, 'attempt')}, KG_LLM_RETRIES=${config.retries}` : '';
      if ('unreachable' in res) throw new UserError(`cannot reach the LLM endpoint ${url}: ${res.unreachable} (check KG_LLM_BASE_URL; ${gaveUp})`);
      if (res.status === 400 || res.status === 422) {
        const refused = [...optional].find((f) => res.text.includes(f));
        if (refused) {
          optional.delete(refused);
          continue;
        }
      }
      if (res.status < 200 || res.status > 299) {
        throw new UserError(`the LLM endpoint ${url} answered ${res.status} ${res.statusText}: ${excerpt(res.text, BODY_EXCERPT) || '(empty body)'}${gaveUp && ` (${gaveUp})`}`);
      }
      let json: unknown;
      try {
        json = JSON.parse(res.text);
      } catch {
        throw new UserError(`the LLM endpoint ${url} did not answer with JSON: ${excerpt(res.text, BODY_EXCERPT) || '(empty body)'}`);
      }
      const parsed = CompletionSchema.safeParse(json);
      if (!parsed.success) throw new UserError(`the LLM endpoint ${url} did not answer in the chat-completions format: ${excerpt(res.text, BODY_EXCERPT)}`);
      const choice = parsed.data.choices[0]!;
      if (!choice.message.content) {
        throw new UserError(`the model ${config.model} gave no answer${choice.message.refusal ? `: ${excerpt(choice.message.refusal, BODY_EXCERPT)}` : ''}`);
      }
      return { content: choice.message.content, truncated: choice.finish_reason === 'length' };
    }
  };
}

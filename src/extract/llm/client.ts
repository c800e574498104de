// One request to an OpenAI-compatible chat-completions endpoint (OpenAI, Ollama, vLLM, llama.cpp,
// LM Studio…) with Node's fetch. Every way it can fail becomes a UserError that says what to check.
import { z } from 'zod';
import type { LlmConfig } from '../../config.js';
import { UserError } from '../../errors.js';
import { excerpt } from './excerpt.js';

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

export function chatClient(config: LlmConfig): Complete {
  const url = `${config.baseUrl}/chat/completions`;
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (config.apiKey) headers.authorization = `Bearer ${config.apiKey}`;

  const post = async (body: Record<string, unknown>): Promise<{ status: number; statusText: string; text: string }> => {
    try {
      const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body), signal: AbortSignal.timeout(config.timeoutMs) });
      return { status: res.status, statusText: res.statusText, text: await res.text() };
    } catch (err) {
      if (isTimeout(err)) throw new UserError(`the LLM endpoint ${url} did not answer within ${config.timeoutMs} ms (KG_LLM_TIMEOUT_MS)`);
      throw new UserError(`cannot reach the LLM endpoint ${url}: ${networkReason(err)} (check KG_LLM_BASE_URL)`);
    }
  };

  return async (messages) => {
    const optional = new Set(Object.keys(OPTIONAL_FIELDS) as OptionalField[]);
    for (;;) {
      const body: Record<string, unknown> = { model: config.model, messages, stream: false };
      for (const f of optional) body[f] = OPTIONAL_FIELDS[f];
      const res = await post(body);
      if (res.status === 400 || res.status === 422) {
        const refused = [...optional].find((f) => res.text.includes(f));
        if (refused) {
          optional.delete(refused);
          continue;
        }
      }
      if (res.status < 200 || res.status > 299) {
        throw new UserError(`the LLM endpoint ${url} answered ${res.status} ${res.statusText}: ${excerpt(res.text, BODY_EXCERPT) || '(empty body)'}`);
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

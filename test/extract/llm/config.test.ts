// The LLM extractor's settings (loadLlmConfig in src/config.ts).
import { describe, expect, it } from 'vitest';
import { loadLlmConfig } from '../../../src/config.js';
import { UserError } from '../../../src/errors.js';

describe('LLM settings', () => {
  it('needs a base URL and a model, and says which one is missing', () => {
    expect(() => loadLlmConfig({})).toThrow(UserError);
    expect(() => loadLlmConfig({})).toThrow(/^--extractor llm needs KG_LLM_BASE_URL and KG_LLM_MODEL/);
    expect(() => loadLlmConfig({ KG_LLM_MODEL: 'm', KG_LLM_BASE_URL: '' })).toThrow(/needs KG_LLM_BASE_URL \(/);
    expect(() => loadLlmConfig({ KG_LLM_BASE_URL: 'http://localhost:11434/v1' })).toThrow(/needs KG_LLM_MODEL \(/);
  });

  it('has defaults for the rest and drops a trailing slash', () => {
    expect(loadLlmConfig({ KG_LLM_BASE_URL: 'http://localhost:11434/v1/', KG_LLM_MODEL: 'qwen2.5:7b', KG_LLM_API_KEY: '' })).toEqual({
      baseUrl: 'http://localhost:11434/v1', model: 'qwen2.5:7b', timeoutMs: 180_000, concurrency: 2, chunkChars: 6_000, retries: 3,
    });
    expect(loadLlmConfig({
      KG_LLM_BASE_URL: 'https://api.openai.com/v1', KG_LLM_MODEL: 'gpt-4o-mini', KG_LLM_API_KEY: 'sk-x',
      KG_LLM_TIMEOUT_MS: '30000', KG_LLM_CONCURRENCY: '4', KG_LLM_CHUNK_CHARS: '3000', KG_LLM_RETRIES: '0',
    })).toMatchObject({ apiKey: 'sk-x', timeoutMs: 30_000, concurrency: 4, chunkChars: 3_000, retries: 0 });
  });

  it('refuses values that cannot work', () => {
    expect(() => loadLlmConfig({ KG_LLM_BASE_URL: 'localhost:11434', KG_LLM_MODEL: 'm' })).toThrow(/^invalid LLM settings: KG_LLM_BASE_URL: /);
    expect(() => loadLlmConfig({ KG_LLM_BASE_URL: 'ftp://x/v1', KG_LLM_MODEL: 'm' })).toThrow(/KG_LLM_BASE_URL/);
    expect(() => loadLlmConfig({ KG_LLM_BASE_URL: 'http://x/v1', KG_LLM_MODEL: 'm', KG_LLM_TIMEOUT_MS: 'soon' })).toThrow(/KG_LLM_TIMEOUT_MS/);
    expect(() => loadLlmConfig({ KG_LLM_BASE_URL: 'http://x/v1', KG_LLM_MODEL: 'm', KG_LLM_CONCURRENCY: '0' })).toThrow(/KG_LLM_CONCURRENCY/);
    for (const retries of ['-1', '2.5', 'many', '11']) {
      expect(() => loadLlmConfig({ KG_LLM_BASE_URL: 'http://x/v1', KG_LLM_MODEL: 'm', KG_LLM_RETRIES: retries })).toThrow(/^invalid LLM settings: KG_LLM_RETRIES: /);
    }
  });
});

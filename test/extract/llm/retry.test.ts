// How long the chat-completions client waits before asking again (src/extract/llm/retry.ts).
import { describe, expect, it } from 'vitest';
import { isRetryableStatus, retryAfterMs, retryDelayMs } from '../../../src/extract/llm/retry.js';

const NOW = Date.UTC(2025, 5, 1, 12, 0, 0);
const backoff = { baseMs: 1_000, maxMs: 60_000 };

describe('Retry-After', () => {
  it('reads delta-seconds', () => {
    expect(retryAfterMs('2', NOW)).toBe(2_000);
    expect(retryAfterMs(' 0 ', NOW)).toBe(0);
    expect(retryAfterMs('1.5', NOW)).toBe(1_500);
  });

  it('reads HTTP dates, and a date gone by as no wait', () => {
    expect(retryAfterMs('Sun, 01 Jun 2025 12:00:30 GMT', NOW)).toBe(30_000);
    expect(retryAfterMs('Sunday, 01-Jun-25 12:00:30 GMT', NOW)).toBe(30_000);
    expect(retryAfterMs('Sun, 01 Jun 2025 11:00:00 GMT', NOW)).toBe(0);
  });

  it('ignores what it cannot read', () => {
    for (const header of [null, '', 'soon', '-5', '1 2', '5x']) expect(retryAfterMs(header, NOW), String(header)).toBeUndefined();
  });
});

describe('the wait before a retry', () => {
  it('doubles with each retry, scaled by a random half to whole', () => {
    expect([1, 2, 3].map((n) => retryDelayMs(n, null, backoff, () => 0))).toEqual([500, 1_000, 2_000]);
    expect([1, 2, 3].map((n) => retryDelayMs(n, null, backoff, () => 1))).toEqual([1_000, 2_000, 4_000]);
    expect(retryDelayMs(20, null, backoff, () => 1)).toBe(60_000);
  });

  it('is what Retry-After asks instead, up to the cap', () => {
    expect(retryDelayMs(3, '0', backoff)).toBe(0);
    expect(retryDelayMs(1, '7', backoff)).toBe(7_000);
    expect(retryDelayMs(1, '86400', backoff)).toBe(60_000);
    expect(retryDelayMs(1, 'soon', backoff, () => 1)).toBe(1_000);
  });

  it('comes after rate limits and server errors only', () => {
    expect([429, 500, 502, 503, 504].every(isRetryableStatus)).toBe(true);
    expect([400, 401, 403, 404, 413, 422].some(isRetryableStatus)).toBe(false);
  });
});

// When to ask the endpoint again and how long to wait first. Rate limits (429), server errors (5xx)
// and failed connections pass; any other answer would only come back the same.

export interface Backoff {
  /** the wait before the first retry, doubled for each one after it */
  baseMs: number;
  /** no wait is longer, even when the server's Retry-After asks for more */
  maxMs: number;
}

export const DEFAULT_BACKOFF: Backoff = { baseMs: 1_000, maxMs: 60_000 };

export const isRetryableStatus = (status: number) => status === 429 || status >= 500;

/** HTTP dates start with the day's name and hold the time; Date.parse alone would take "-5" for a year. */
const HTTP_DATE = /^[a-z]{3,9},? .+ \d\d:\d\d:\d\d/i;

/** Retry-After as milliseconds from `now`: delta-seconds or an HTTP date; undefined if absent or unreadable. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (header === null) return undefined;
  const value = header.trim();
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value) * 1000;
  const date = HTTP_DATE.test(value) ? Date.parse(value) : NaN;
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * The wait before retry number `retry` (1 for the first): what the server asked for if it did,
 * else exponential backoff scaled by a random half to whole, so that the chunks of an article
 * failing together do not all come back at the same moment.
 */
export function retryDelayMs(retry: number, retryAfter: string | null, backoff: Backoff, random: () => number = Math.random): number {
  const asked = retryAfterMs(retryAfter);
  const wait = asked ?? backoff.baseMs * 2 ** (retry - 1) * (0.5 + random() / 2);
  return Math.round(Math.min(wait, backoff.maxMs));
}

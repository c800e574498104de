// One call to the kg API: the parsed JSON answer, or an ApiFailure carrying the server's message.
import type { ApiError } from '../../src/model/api.js';

export class ApiFailure extends Error {}

export async function call<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(path, init);
  const body = await res.json().catch(() => null) as T | ApiError | null;
  if (!res.ok) throw new ApiFailure((body as ApiError | null)?.error ?? `${res.status} ${res.statusText}`);
  return body as T;
}

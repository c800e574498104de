// Every failure leaves the API as JSON `{error, statusCode}`: bad parameters are 400 with the
// offending fields, refused writes 403, unknown things 404, console queries stopped at their time
// limit 408; Cypher the server rejects is the user's error (400); anything else is ours (500,
// logged, message withheld).
import type { FastifyError, FastifyInstance } from 'fastify';
import { ZodError } from 'zod';
import type { ApiError } from '../model/api.js';
import { ReadOnlyViolation } from '../store/run-query.js';

export class NotFound extends Error {
  readonly statusCode = 404;
}

export class QueryTimedOut extends Error {
  readonly statusCode = 408;
  constructor(ms: number) {
    super(`the query ran longer than the console's limit of ${ms / 1000} s and was stopped; nothing was changed (narrow it with WHERE or LIMIT)`);
  }
}

function toApiError(err: unknown): ApiError {
  if (err instanceof ZodError) {
    const issues = err.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
    return { statusCode: 400, error: issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; '), issues };
  }
  // The CLI's wording points at --write, which the API does not offer.
  if (err instanceof ReadOnlyViolation) return { statusCode: 403, error: 'the console is read-only and this query would write to the database; nothing was changed' };
  if (err instanceof NotFound) return { statusCode: 404, error: err.message };
  const e = err as Partial<FastifyError> & { code?: string };
  if (typeof e.code === 'string' && e.code.startsWith('Neo.ClientError.')) return { statusCode: 400, error: `Neo4j: ${e.message}` };
  if (typeof e.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500) return { statusCode: e.statusCode, error: e.message ?? 'bad request' };
  return { statusCode: 500, error: 'internal error; see the server log' };
}

export function installErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((err, req, reply) => {
    const body = toApiError(err);
    // `kg serve` has no request log; a bug's stack goes to stderr.
    if (body.statusCode >= 500) console.error(`kg serve: ${req.method} ${req.url} failed:`, err);
    void reply.code(body.statusCode).send(body);
  });
  app.setNotFoundHandler((req, reply) => {
    void reply.code(404).send({ statusCode: 404, error: `no such endpoint: ${req.method} ${req.url.split('?')[0]}` } satisfies ApiError);
  });
}

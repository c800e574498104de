// The JSON API under /api. Each route validates its input with the shared schemas of
// src/model/api.ts and answers from one read module.
import type { FastifyInstance } from 'fastify';
import {
  ArticleParamsSchema, CypherBodySchema, GraphQuerySchema, NeighboursQuerySchema, NodeParamsSchema, SearchQuerySchema,
} from '../model/api.js';
import type { Graph } from '../store/connection.js';
import { runConsoleQuery } from '../store/reads/cypher-console.js';
import { isTimeout } from '../store/run-query.js';
import { readArticle } from '../store/reads/article.js';
import { readGraph } from '../store/reads/graph.js';
import { readMeta } from '../store/reads/meta.js';
import { readNeighbours } from '../store/reads/neighbours.js';
import { readNodeDetail } from '../store/reads/node-detail.js';
import { searchEntities } from '../store/reads/search.js';
import { NotFound, QueryTimedOut } from './errors.js';
import { sendGraph } from './graph-lines.js';
import { singleFlight } from './single-flight.js';

/** How long a Cypher console query may run before Neo4j stops it, unless the app is told otherwise. */
export const CYPHER_TIMEOUT_MS = 10_000;

const found = <T>(value: T | null, what: string): T => {
  if (value === null) throw new NotFound(`${what} not found`);
  return value;
};

export async function apiRoutes(app: FastifyInstance, opts: { graph: Graph; cypherTimeoutMs?: number }): Promise<void> {
  const g = opts.graph;
  const shared = singleFlight();
  const cypherTimeoutMs = opts.cypherTimeoutMs ?? CYPHER_TIMEOUT_MS;
  app.get('/meta', async () => readMeta(g));
  app.get('/graph', async (req, reply) => sendGraph(req, reply, await readGraph(g, GraphQuerySchema.parse(req.query))));
  app.get('/search', async (req) => {
    const q = SearchQuerySchema.parse(req.query);
    return shared(`search\u0000${q.q}\u0000${q.limit}`, () => searchEntities(g, q));
  });
  app.get('/node/:id', async (req) => {
    const { id } = NodeParamsSchema.parse(req.params);
    return found(await shared(`node\u0000${id}`, () => readNodeDetail(g, id)), `entity "${id}"`);
  });
  app.get('/node/:id/neighbours', async (req) => {
    const { id } = NodeParamsSchema.parse(req.params);
    return found(await readNeighbours(g, id, NeighboursQuerySchema.parse(req.query)), `entity "${id}"`);
  });
  app.get('/article/:id', async (req) => {
    const { id } = ArticleParamsSchema.parse(req.params);
    return found(await readArticle(g, id), `article "${id}"`);
  });
  app.post('/cypher', async (req) => {
    const body = CypherBodySchema.parse(req.body ?? {});
    try {
      return await runConsoleQuery(g, body, cypherTimeoutMs);
    } catch (err) {
      throw isTimeout(err) ? new QueryTimedOut(cypherTimeoutMs) : err;
    }
  });
}

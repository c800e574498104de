// Payloads of the HTTP API between `kg serve` and the viewer. The server validates requests with
// these schemas; the viewer imports the same types, so both sides change together.
import { z } from 'zod';
import { ENTITY_TYPES, PREDICATES } from './ontology.js';
import { ArticleIdSchema } from './schemas.js';

/** Upper bounds on what one request may ask for; they keep a response small enough to draw. */
export const LIMITS = {
  graphNodes: { default: 2_000, max: 50_000 },
  graphEdges: 200_000,
  neighbours: { default: 100, max: 1_000 },
  search: { default: 10, max: 50 },
  queryLength: 200,
  detailRelations: 500,
  detailEvidence: 20,
  detailMentions: 50,
  articleSentences: 2_000,
  metaArticles: 5_000,
  cypherRows: 1_000,
  cypherLength: 10_000,
} as const;

/** Comma-separated lists in query strings (`types=Person,Country`), each item checked. */
const csvOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.string().max(2_000).transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean))
    .pipe(z.array(z.enum(values)).max(100));

const limit = (bounds: { default: number; max: number }) => z.coerce.number().int().min(1).max(bounds.max).default(bounds.default);

export const GraphQuerySchema = z.object({
  types: csvOf(ENTITY_TYPES).optional(),
  predicates: csvOf(PREDICATES).optional(),
  article: ArticleIdSchema.optional(),
  minDegree: z.coerce.number().int().min(0).max(1_000_000).default(0),
  limit: limit(LIMITS.graphNodes),
});
export type GraphQuery = z.infer<typeof GraphQuerySchema>;

export const NeighboursQuerySchema = z.object({
  predicates: csvOf(PREDICATES).optional(),
  limit: limit(LIMITS.neighbours),
});
export type NeighboursQuery = z.infer<typeof NeighboursQuerySchema>;

export const SearchQuerySchema = z.object({
  q: z.string().trim().min(1, 'type something to search for').max(LIMITS.queryLength),
  limit: limit(LIMITS.search),
});
export type SearchQuery = z.infer<typeof SearchQuerySchema>;

export const NodeParamsSchema = z.object({ id: z.string().min(1).max(2_000) });
export const ArticleParamsSchema = z.object({ id: ArticleIdSchema });

export const CypherBodySchema = z.object({
  query: z.string().trim().min(1, 'empty').max(LIMITS.cypherLength),
  params: z.record(z.string(), z.unknown()).default({}),
});
export type CypherBody = z.infer<typeof CypherBodySchema>;

/** A node as the viewer draws it. `type` is an entity type, or a label for nodes the console returns. */
export type GraphNode = { id: string; name: string; nameAr?: string; type: string; degree: number };
/** One stored relationship; the viewer folds parallel ones into a single drawn edge. */
export type GraphEdge = { id: string; source: string; target: string; predicate: string; confidence?: number };
export type GraphPayload = {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** How many nodes matched before the cap: the viewer says "N of M shown". */
  total: { nodes: number; edges: number };
  truncated: boolean;
};

export type SearchHit = { id: string; name: string; nameAr?: string; type: string; aliases: string[]; score: number };
export type SearchPayload = { query: string; hits: SearchHit[] };

/** A stretch of a sentence naming an entity; offsets are into the sentence text. */
export type Highlight = { start: number; end: number; entityId: string };
export type EvidenceSentence = {
  sentenceId: string;
  text: string;
  highlights: Highlight[];
  article: { id: string; title: string; url?: string; language?: string; publishedAt?: string };
};
export type Relation = {
  predicate: string;
  direction: 'out' | 'in';
  other: { id: string; name: string; nameAr?: string; type: string };
  confidence?: number;
  date?: string;
  count?: number;
  firstSeen?: string;
  lastSeen?: string;
  extractors: string[];
  evidence: EvidenceSentence[];
};
export type NodeDetail = {
  node: { id: string; name: string; nameAr?: string; type: string; aliases: string[]; wikidataId?: string; wikidataUrl?: string; degree: number };
  relations: Relation[];
  mentions: EvidenceSentence[];
  mentionCount: number;
};

export type ArticleSummary = { id: string; title: string; language?: string; url?: string; publishedAt?: string; source?: string; sentenceCount?: number };
export type ArticlePayload = ArticleSummary & { sentences: { id: string; index: number; text: string }[]; truncated: boolean };
export type MetaPayload = {
  types: readonly string[];
  predicates: readonly string[];
  articles: ArticleSummary[];
  counts: { entities: number; relationships: number; articles: number };
};

export type CypherPayload = {
  columns: string[];
  rows: Record<string, unknown>[];
  /** Rows before the cap. */
  rowCount: number;
  truncated: boolean;
  /** Present when the result holds nodes, relationships or paths. */
  graph?: GraphPayload;
};

export type ApiError = { error: string; statusCode: number; issues?: { path: string; message: string }[] };

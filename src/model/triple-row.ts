// The row of `kg export --format jsonl` and of `kg import`: one fact with both of its entities and
// its evidence, self-contained so that a line can be read, filtered or produced without the graph.
import { z } from 'zod';
import { EntityTypeSchema, EvidenceSchema, IsoDateSchema, PredicateSchema } from './schemas.js';

export const EntityRefSchema = z.object({
  id: z.string().min(1),
  type: EntityTypeSchema,
  name: z.string().min(1),
  nameAr: z.string().nullish(),
  aliases: z.array(z.string()).default([]),
  wikidataId: z.string().regex(/^Q\d+$/).nullish(),
});
export type EntityRef = z.infer<typeof EntityRefSchema>;

/** An evidence sentence; its graph id is "<articleId>:<sentence>". */
export const SourcedEvidenceSchema = EvidenceSchema.extend({
  articleId: z.string().min(1).regex(/^[^:]+$/, 'an article id cannot contain ":"'),
}).refine((e) => e.end >= e.start, 'end before start');
export type SourcedEvidence = z.infer<typeof SourcedEvidenceSchema>;

export const TripleRowSchema = z.object({
  subject: EntityRefSchema,
  predicate: PredicateSchema,
  object: EntityRefSchema,
  qualifiers: z.object({
    date: IsoDateSchema.nullish(),
    count: z.number().int().nonnegative().nullish(),
  }).default({}),
  evidence: z.array(SourcedEvidenceSchema).min(1),
  confidence: z.number().min(0).max(1),
  extractors: z.array(z.string().min(1)).min(1),
  /** Publication (or ingestion) dates of the first and last article that stated the fact. */
  firstSeen: z.string().nullish(),
  lastSeen: z.string().nullish(),
});
export type TripleRow = z.infer<typeof TripleRowSchema>;

// Data contracts shared by the pipeline, the store, the server and the viewer. Types are inferred
// from these schemas so a document that validates is exactly what the code expects.
import { z } from 'zod';
import { ENTITY_TYPES, LANGUAGES, PREDICATES } from './ontology.js';

export const EntityTypeSchema = z.enum(ENTITY_TYPES);
export const PredicateSchema = z.enum(PREDICATES);
export const LanguageSchema = z.enum(LANGUAGES);

/** ISO 8601 date at year, month or day precision: 2020, 2020-01, 2020-01-05. */
export const IsoDateSchema = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)');

/** Offsets are UTF-16 code-unit indexes into the original file text (JavaScript string indexes). */
export const SpanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
}).refine((s) => s.end >= s.start, 'end before start');

export const SentenceSchema = z.object({
  index: z.number().int().nonnegative(),
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Sentence = z.infer<typeof SentenceSchema>;

export const MentionSchema = z.object({
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  sentence: z.number().int().nonnegative(),
});
export type Mention = z.infer<typeof MentionSchema>;

export const EntitySchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  nameAr: z.string().optional(),
  type: EntityTypeSchema,
  aliases: z.array(z.string()).default([]),
  wikidataId: z.string().regex(/^Q\d+$/).optional(),
  mentions: z.array(MentionSchema).default([]),
});
export type Entity = z.infer<typeof EntitySchema>;

export const QualifiersSchema = z.object({
  date: IsoDateSchema.optional(),
  count: z.number().int().nonnegative().optional(),
}).default({});
export type Qualifiers = z.infer<typeof QualifiersSchema>;

export const EvidenceSchema = z.object({
  sentence: z.number().int().nonnegative(),
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const TripleSchema = z.object({
  subject: z.string().min(1),
  predicate: PredicateSchema,
  object: z.string().min(1),
  qualifiers: QualifiersSchema,
  evidence: z.array(EvidenceSchema).min(1),
  confidence: z.number().min(0).max(1),
  extractor: z.string().min(1),
});
export type Triple = z.infer<typeof TripleSchema>;

/** sha256 of the normalised text, first 16 hex digits. */
export const ArticleIdSchema = z.string().regex(/^[0-9a-f]{16}$/, 'article id: 16 hex digits');

export const ArticleMetaSchema = z.object({
  id: ArticleIdSchema,
  title: z.string(),
  source: z.string().optional(),
  url: z.string().optional(),
  language: LanguageSchema,
  path: z.string().optional(),
  publishedAt: IsoDateSchema.optional(),
});
export type ArticleMeta = z.infer<typeof ArticleMetaSchema>;

/** What `kg extract FILE --format json` prints, and what `kg ingest` stores. */
export const ExtractionDocumentSchema = z.object({
  article: ArticleMetaSchema,
  sentences: z.array(SentenceSchema),
  entities: z.array(EntitySchema),
  triples: z.array(TripleSchema),
  warnings: z.array(z.string()).default([]),
});
export type ExtractionDocument = z.infer<typeof ExtractionDocumentSchema>;

/** One entry of the knowledge base (data/kb/*.jsonl, or a user's file). */
export const KbEntrySchema = z.object({
  /** Stable id: the Wikidata QID when known, else `type:slug`. Filled by the loader when absent. */
  id: z.string().min(1).optional(),
  type: EntityTypeSchema,
  name: z.string().min(1),
  nameAr: z.string().optional(),
  aliases: z.array(z.string()).default([]),
  wikidataId: z.string().regex(/^Q\d+$/).optional(),
  /** Nationality adjectives and demonyms (both genders, singular and plural, Arabic and English). */
  adjectives: z.array(z.string()).default([]),
  /** For a country: the KB id of its capital; for a place: the id of the country it lies in. */
  capital: z.string().optional(),
  country: z.string().optional(),
  /** Known roles, e.g. { predicate: 'HEAD_OF_STATE_OF', object: 'Q30', from: '2021', to: '2025' }. */
  roles: z.array(z.object({
    predicate: PredicateSchema,
    object: z.string(),
    from: IsoDateSchema.optional(),
    to: IsoDateSchema.optional(),
  })).default([]),
});
export type KbEntry = z.infer<typeof KbEntrySchema>;

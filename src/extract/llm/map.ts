// From the model's answer for one chunk of sentences to entities and triples of the document
// contract. Nothing the model says is trusted: types and predicates must be the ontology's, entity
// references must name an entity of the answer, sentence numbers must be sentences of the chunk,
// qualifiers must parse. What fails is dropped and said in a warning; mentions and evidence are
// taken from the article's own text, never from the model's copy of it.
import { ENTITY_TYPES, SYMMETRIC_PREDICATES, isPredicate, type EntityType, type Predicate } from '../../model/ontology.js';
import { IsoDateSchema, type Entity, type Sentence, type Triple } from '../../model/schemas.js';
import type { Kb } from '../../kb/load.js';
import { nameKey } from '../../kb/names.js';
import type { Answer, AnswerTriple } from './answer.js';
import { locateMentions } from './locate.js';
import { resolveEntity } from './resolve-entity.js';

/** The confidence of a fact whose model gave none: below the rules' frames, above a guess. */
export const DEFAULT_CONFIDENCE = 0.7;

export interface ChunkResult { entities: Entity[]; triples: Triple[]; warnings: string[] }

export interface MapContext {
  /** the sentences sent in this chunk; their numbers are the article's */
  sentences: Sentence[];
  kb: Kb;
  /** recorded on every triple, e.g. llm:qwen2.5:7b */
  extractor: string;
}

const typeByKey = new Map<string, EntityType>(ENTITY_TYPES.map((t) => [t.toLowerCase(), t]));
/** "Person", "person", "PERSON" are the same type; anything else is not a type. */
const entityType = (s: string): EntityType | undefined => typeByKey.get(s.trim().toLowerCase());

/** "MEETS", "meets", "Has troops in" are the same predicate. */
function predicate(s: string): Predicate | undefined {
  const p = s.trim().toUpperCase().replace(/[\s-]+/g, '_');
  return isPredicate(p) ? p : undefined;
}

/** An integer count from 2500, "2500" or "2,500"; anything else is no count. */
function count(v: number | string): number | undefined {
  const n = typeof v === 'number' ? v : /^\d[\d,\s]*$/.test(v.trim()) ? Number(v.replace(/[,\s]/g, '')) : NaN;
  return Number.isSafeInteger(n) && n >= 0 ? n : undefined;
}

const clamp = (x: number) => Math.min(1, Math.max(0, x));

const show = (t: AnswerTriple) => JSON.stringify(`${t.subject} ${t.predicate} ${t.object}`);

export function mapAnswer(answer: Answer, ctx: MapContext): ChunkResult {
  const warnings = [...answer.problems];
  const entities: Entity[] = [];
  /** the model's entity labels (and names, which models use in triples now and then) → entity ids */
  const refs = new Map<string, string>();
  const byName = new Map<string, string>();
  for (const e of answer.entities) {
    const type = entityType(e.type);
    if (!type) {
      warnings.push(`dropped the model's entity ${JSON.stringify(e.name || e.nameAr)}: ${JSON.stringify(e.type)} is not an entity type of the ontology`);
      continue;
    }
    const r = resolveEntity(ctx.kb, type, e.name ?? undefined, e.nameAr ?? undefined, e.mentions);
    const mentions = locateMentions([r.name, ...r.aliases, e.name ?? '', e.nameAr ?? '', ...e.mentions], ctx.sentences);
    const aliases = [...new Set([...r.aliases, ...mentions.map((m) => m.text)])].filter((a) => a !== r.name);
    entities.push({
      id: r.id, type: r.type, name: r.name, aliases, mentions,
      ...(r.nameAr ? { nameAr: r.nameAr } : {}),
      ...(r.wikidataId ? { wikidataId: r.wikidataId } : {}),
    });
    refs.set(e.id, r.id);
    for (const n of [e.name, e.nameAr]) if (n) byName.set(nameKey(n), r.id);
  }
  const entityOf = (ref: string) => refs.get(ref) ?? byName.get(nameKey(ref));

  const chunk = new Map(ctx.sentences.map((s) => [s.index, s]));
  const triples: Triple[] = [];
  for (const t of answer.triples) {
    const p = predicate(t.predicate);
    if (!p) {
      warnings.push(`dropped the model's triple ${show(t)}: ${JSON.stringify(t.predicate)} is not a predicate of the ontology`);
      continue;
    }
    let s = entityOf(t.subject);
    let o = entityOf(t.object);
    if (!s || !o) {
      warnings.push(`dropped the model's triple ${show(t)}: ${JSON.stringify(s ? t.object : t.subject)} is not one of its entities`);
      continue;
    }
    if (s === o) {
      warnings.push(`dropped the model's triple ${show(t)}: subject and object are the same entity`);
      continue;
    }
    if (SYMMETRIC_PREDICATES.has(p) && o < s) [s, o] = [o, s];
    const numbers = [...new Set(t.sentences)];
    const evidence = numbers.flatMap((n) => chunk.get(n) ?? []).map((x) => ({ sentence: x.index, text: x.text, start: x.start, end: x.end }));
    if (evidence.length < numbers.length) {
      warnings.push(`the model's triple ${show(t)} cites sentences it was not sent: ${numbers.filter((n) => !chunk.has(n)).join(', ')}`);
    }
    if (evidence.length === 0) {
      warnings.push(`dropped the model's triple ${show(t)}: no evidence sentence`);
      continue;
    }
    const qualifiers: Triple['qualifiers'] = {};
    if (t.date) {
      if (IsoDateSchema.safeParse(t.date).success) qualifiers.date = t.date;
      else warnings.push(`ignored the date ${JSON.stringify(t.date)} of the model's triple ${show(t)}: not YYYY, YYYY-MM or YYYY-MM-DD`);
    }
    if (t.count !== undefined && t.count !== null) {
      const n = count(t.count);
      if (n !== undefined) qualifiers.count = n;
      else warnings.push(`ignored the count ${JSON.stringify(t.count)} of the model's triple ${show(t)}: not a whole number`);
    }
    const confidence = t.confidence !== undefined && Number.isFinite(t.confidence) ? clamp(t.confidence) : DEFAULT_CONFIDENCE;
    triples.push({ subject: s, predicate: p, object: o, qualifiers, evidence, confidence, extractor: ctx.extractor });
  }
  return { entities, triples, warnings };
}

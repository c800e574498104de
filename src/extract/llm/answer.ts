// The JSON the model is asked for (see prompt.ts) and how its reply is read. Models wrap the object
// in code fences or prose, think aloud first, and get single fields wrong; so the reply is searched
// for the object, and each entity and triple is checked on its own: a bad item costs only itself.
// Types, predicates, dates and counts are left as text here and checked against the ontology when
// the answer is mapped, where a warning can name what was dropped.
import { z } from 'zod';
import { UserError } from '../../errors.js';
import { excerpt } from './excerpt.js';

/** Models number their entities as often as they name them: 1 and "1" are the same reference. */
const RefSchema = z.union([z.string().min(1), z.number()]).transform(String);

/** A single value where a list was asked for is read as a list of one; null as none. */
const listOf = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (v === null || v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(item));

export const AnswerEntitySchema = z.object({
  id: RefSchema,
  type: z.string(),
  name: z.string().trim().nullish(),
  nameAr: z.string().trim().nullish(),
  /** the entity's surface forms, as written in the article */
  mentions: listOf(z.string()),
}).refine((e) => Boolean(e.name || e.nameAr), 'an entity needs a name or an Arabic name');
export type AnswerEntity = z.infer<typeof AnswerEntitySchema>;

export const AnswerTripleSchema = z.object({
  subject: RefSchema,
  predicate: z.string(),
  object: RefSchema,
  sentences: listOf(z.coerce.number()),
  date: z.string().nullish(),
  count: z.union([z.number(), z.string()]).nullish(),
  // A confidence that is not a number is no reason to lose the fact: the default applies.
  confidence: z.number().optional().catch(undefined),
});
export type AnswerTriple = z.infer<typeof AnswerTripleSchema>;

const AnswerSchema = z.object({
  entities: z.array(z.unknown()).optional(),
  triples: z.array(z.unknown()).optional(),
}).refine((a) => a.entities !== undefined || a.triples !== undefined, 'no "entities" or "triples" list');

export interface Answer {
  entities: AnswerEntity[];
  triples: AnswerTriple[];
  /** items dropped because they did not have the shape asked for */
  problems: string[];
}

const quote = (s: string, max = 120) => JSON.stringify(excerpt(s, max));

/** The end of the JSON value that opens with the brace at `open`, skipping braces inside strings. */
function balancedEnd(s: string, open: number): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = open; i < s.length; i++) {
    const c = s[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i + 1;
  }
  return undefined;
}

/** The first JSON object in a reply: the reply itself, a fenced block, or one found in prose. */
export function findJsonObject(reply: string): unknown {
  // Reasoning models put their thoughts, braces and all, before the answer.
  const text = reply.replace(/<think>[\s\S]*?<\/think>/g, '');
  const fenced = [...text.matchAll(/```[a-zA-Z]*\s*\n?([\s\S]*?)```/g)].map((m) => m[1]!);
  for (const candidate of [text, ...fenced]) {
    try {
      const v: unknown = JSON.parse(candidate.trim());
      if (typeof v === 'object' && v !== null && !Array.isArray(v)) return v;
    } catch {
      // not JSON as a whole: look inside below
    }
  }
  for (let open = text.indexOf('{'); open !== -1; open = text.indexOf('{', open + 1)) {
    const end = balancedEnd(text, open);
    if (end === undefined) continue;
    try {
      return JSON.parse(text.slice(open, end));
    } catch {
      // a brace in prose; try the next one
    }
  }
  return undefined;
}

const describe = (e: z.ZodError) => e.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ');

/** Reads a model's reply; throws a UserError when it holds no usable answer at all. */
export function parseAnswer(reply: string): Answer {
  const json = findJsonObject(reply);
  if (json === undefined) throw new UserError(`the model did not answer with a JSON object: ${quote(reply)}`);
  const top = AnswerSchema.safeParse(json);
  if (!top.success) throw new UserError(`the model's JSON is not the answer asked for (${describe(top.error)}): ${quote(JSON.stringify(json))}`);
  const problems: string[] = [];
  const items = <T>(list: unknown[] | undefined, schema: z.ZodType<T>, kind: string): T[] => (list ?? []).flatMap((raw, i) => {
    const r = schema.safeParse(raw);
    if (r.success) return [r.data];
    problems.push(`dropped the model's ${kind} #${i} ${quote(JSON.stringify(raw), 80)}: ${describe(r.error)}`);
    return [];
  });
  return {
    entities: items(top.data.entities, AnswerEntitySchema, 'entity'),
    triples: items(top.data.triples, AnswerTripleSchema, 'triple'),
    problems,
  };
}

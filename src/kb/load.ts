// The knowledge base: the curated entries shipped in data/kb/ plus the user's own files.
// Pure apart from reading files and the KG_KB_PATH environment variable; read once per process.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UserError } from '../errors.js';
import { ENTITY_TYPES, PREDICATES } from '../model/ontology.js';
import { KbEntrySchema, type KbEntry } from '../model/schemas.js';
import { slug } from './slug.js';

export type KbEntryWithId = KbEntry & { id: string };
export type Kb = { entries: KbEntryWithId[]; byId: Map<string, KbEntryWithId> };
export type LoadKbOptions = {
  /** Extra files or folders (of *.jsonl / *.json files) merged after the shipped KB and KG_KB_PATH. */
  extraFiles?: string[];
  /** Skip the files shipped in data/kb/ (tests, or a user who wants only their own KB). */
  noBuiltin?: boolean;
  /** Environment to read KG_KB_PATH from; defaults to process.env. */
  env?: Record<string, string | undefined>;
};

/** Folder of the shipped KB: works from src/kb/ and from dist/kb/ (both one level under the root). */
export const KB_DIR: string = fileURLToPath(new URL('../../data/kb/', import.meta.url));

const MAX_REPORTED_ERRORS = 20;

/** The id the loader gives an entry without one: its QID, else `type:slug(name)`. */
export function kbEntryId(entry: Pick<KbEntry, 'id' | 'type' | 'name' | 'wikidataId'>): string {
  return entry.id ?? entry.wikidataId ?? `${entry.type.toLowerCase()}:${slug(entry.name)}`;
}

/** *.jsonl and *.json files of a folder, sorted by name (not recursive: data/kb/sources/ is not KB). */
function kbFilesIn(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl') || f.endsWith('.json'))
    .sort()
    .map((f) => join(dir, f));
}

function expandPath(p: string): string[] {
  const abs = resolve(p);
  let st;
  try {
    st = statSync(abs);
  } catch {
    throw new UserError(`KB file not found: ${p}`);
  }
  return st.isDirectory() ? kbFilesIn(abs) : [abs];
}

type Raw = { value: unknown; where: string };

function rawRecords(file: string, text: string, errors: string[]): Raw[] {
  const out: Raw[] = [];
  if (file.endsWith('.json')) {
    let arr: unknown;
    try {
      arr = JSON.parse(text);
    } catch (e) {
      errors.push(`${file}: invalid JSON: ${(e as Error).message}`);
      return out;
    }
    if (!Array.isArray(arr)) {
      errors.push(`${file}: a .json KB file must hold an array of entries`);
      return out;
    }
    arr.forEach((value, i) => out.push({ value, where: `${file}:[${i}]` }));
    return out;
  }
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '' || line.startsWith('//') || line.startsWith('#')) continue;
    try {
      out.push({ value: JSON.parse(line), where: `${file}:${i + 1}` });
    } catch (e) {
      errors.push(`${file}:${i + 1}: invalid JSON: ${(e as Error).message}`);
    }
  }
  return out;
}

const ENTRY_KEYS = new Set(['id', 'type', 'name', 'nameAr', 'aliases', 'wikidataId', 'adjectives', 'capital', 'country', 'roles']);
const ROLE_KEYS = new Set(['predicate', 'object', 'from', 'to']);
const TYPE_SET: ReadonlySet<unknown> = new Set(ENTITY_TYPES);
const PREDICATE_SET: ReadonlySet<unknown> = new Set(PREDICATES);
const QID_RE = /^Q\d+$/;
const ISO_DATE_RE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const optString = (x: unknown): boolean => x === undefined || typeof x === 'string';
const optStrings = (x: unknown): boolean => x === undefined || (Array.isArray(x) && x.every((s) => typeof s === 'string'));
const optDate = (x: unknown): boolean => x === undefined || (typeof x === 'string' && ISO_DATE_RE.test(x));

/**
 * Fast path: true only for an entry that KbEntrySchema certainly accepts unchanged (apart from list
 * defaults). Anything unusual (an unknown key, a wrong type) goes through zod, which also words the
 * error. Loading ~2,000 shipped entries through zod alone costs more than the 300 ms budget on a busy
 * machine; test/kb/load.test.ts checks that this agrees with the schema.
 */
export function isPlainKbEntry(x: unknown): boolean {
  if (!isObj(x)) return false;
  for (const k in x) if (!ENTRY_KEYS.has(k)) return false;
  if (!(x.id === undefined || (typeof x.id === 'string' && x.id.length > 0))) return false;
  if (!TYPE_SET.has(x.type)) return false;
  if (!(typeof x.name === 'string' && x.name.length > 0)) return false;
  if (!optString(x.nameAr) || !optString(x.capital) || !optString(x.country)) return false;
  if (!optStrings(x.aliases) || !optStrings(x.adjectives)) return false;
  if (!(x.wikidataId === undefined || (typeof x.wikidataId === 'string' && QID_RE.test(x.wikidataId)))) return false;
  if (x.roles !== undefined) {
    if (!Array.isArray(x.roles)) return false;
    for (const r of x.roles) {
      if (!isObj(r)) return false;
      for (const k in r) if (!ROLE_KEYS.has(k)) return false;
      if (!PREDICATE_SET.has(r.predicate) || typeof r.object !== 'string' || !optDate(r.from) || !optDate(r.to)) return false;
    }
  }
  return true;
}

/** Validate one decoded entry: the KbEntry, or the error message. */
export function validateKbEntry(value: unknown): { entry: KbEntry } | { error: string } {
  if (isPlainKbEntry(value)) {
    const v = value as KbEntry;
    return {
      entry: {
        ...v,
        aliases: v.aliases ?? [],
        adjectives: v.adjectives ?? [],
        roles: (v.roles ?? []).map((r) => ({ ...r })),
      },
    };
  }
  const r = KbEntrySchema.safeParse(value);
  if (r.success) return { entry: r.data };
  return { error: r.error.issues.map((iss) => `${iss.path.join('.') || '(entry)'}: ${iss.message}`).join('; ') };
}

/** Parse and validate one KB file's text; bad lines are appended to `errors` as "file:line: message". */
export function parseKbText(file: string, text: string, errors: string[]): KbEntryWithId[] {
  const entries: KbEntryWithId[] = [];
  for (const { value, where } of rawRecords(file, text.replace(/^\uFEFF/, ''), errors)) {
    const r = validateKbEntry(value);
    if ('error' in r) {
      errors.push(`${where}: ${r.error}`);
      continue;
    }
    entries.push({ ...r.entry, id: kbEntryId(r.entry) });
  }
  return entries;
}

const uniqStrings = (xs: string[]): string[] => [...new Set(xs)];

/** Merge b into a (same id): a's name and scalar fields win; lists are united. */
function merge(a: KbEntryWithId, b: KbEntryWithId): KbEntryWithId {
  const roleKey = (r: KbEntry['roles'][number]) => `${r.predicate}|${r.object}|${r.from ?? ''}|${r.to ?? ''}`;
  const roles = [...a.roles];
  const seen = new Set(roles.map(roleKey));
  for (const r of b.roles) if (!seen.has(roleKey(r))) { roles.push(r); seen.add(roleKey(r)); }
  const nameAr = a.nameAr ?? b.nameAr;
  const aliases = uniqStrings([...a.aliases, b.name, ...(b.nameAr ? [b.nameAr] : []), ...b.aliases])
    .filter((x) => x !== a.name && x !== nameAr);
  const merged: KbEntryWithId = {
    ...a,
    aliases,
    adjectives: uniqStrings([...a.adjectives, ...b.adjectives]),
    roles,
  };
  if (nameAr !== undefined) merged.nameAr = nameAr;
  const wikidataId = a.wikidataId ?? b.wikidataId;
  if (wikidataId !== undefined) merged.wikidataId = wikidataId;
  const capital = a.capital ?? b.capital;
  if (capital !== undefined) merged.capital = capital;
  const country = a.country ?? b.country;
  if (country !== undefined) merged.country = country;
  return merged;
}

/** Files the KB is read from, in order: shipped, KG_KB_PATH, extraFiles. */
export function kbFiles(options: LoadKbOptions = {}): string[] {
  const env = options.env ?? process.env;
  const fromEnv = (env.KG_KB_PATH ?? '').split(':').map((s) => s.trim()).filter(Boolean);
  return [
    ...(options.noBuiltin ? [] : kbFilesIn(KB_DIR)),
    ...fromEnv.flatMap(expandPath),
    ...(options.extraFiles ?? []).flatMap(expandPath),
  ];
}

/** Build a KB from files; throws one UserError listing every bad line (file:line: problem). Not cached. */
export function buildKb(files: string[]): Kb {
  const errors: string[] = [];
  const byId = new Map<string, KbEntryWithId>();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const e of parseKbText(file, text, errors)) {
      const prev = byId.get(e.id);
      if (!prev) byId.set(e.id, e);
      else if (prev.type !== e.type) errors.push(`${file}: entry ${e.id} "${e.name}" is a ${e.type} but was already loaded as a ${prev.type} ("${prev.name}")`);
      else byId.set(e.id, merge(prev, e));
    }
  }
  if (errors.length > 0) {
    const shown = errors.slice(0, MAX_REPORTED_ERRORS);
    const more = errors.length > shown.length ? `\n… and ${errors.length - shown.length} more` : '';
    throw new UserError(`invalid knowledge base entries:\n${shown.join('\n')}${more}`);
  }
  return { entries: [...byId.values()], byId };
}

const cache = new Map<string, Kb>();

/**
 * The knowledge base: every data/kb/*.jsonl and *.json shipped with the package, then the files and
 * folders in KG_KB_PATH (colon-separated), then `extraFiles`. Validated with KbEntrySchema; ids filled
 * (QID, else `type:slug(name)`); entries with the same id merged (first name wins, aliases united).
 * Cached per distinct file list for the life of the process.
 */
export function loadKb(options: LoadKbOptions = {}): Kb {
  const files = kbFiles(options);
  const key = files.join('\n');
  let kb = cache.get(key);
  if (!kb) {
    kb = buildKb(files);
    cache.set(key, kb);
  }
  return kb;
}

/** Forget cached KBs (tests; a long-running process after the user edited a KB file). */
export function clearKbCache(): void {
  cache.clear();
}

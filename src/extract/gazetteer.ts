// Longest-match lookup of knowledge-base names, aliases and nationality adjectives over tokens.
// Arabic is matched on clitic readings of the first word and article-free forms of the rest;
// English multiword names ignore case, while short acronyms ("US", "IS", "AP") must match exactly
// so ordinary words are not read as names.
import { fold, isArabic } from '../text/arabic.js';
import { nameStart, readings, stemKey, tokenize, type Token } from '../text/tokens.js';
import type { KbEntryWithId, KbLike } from './kb-types.js';
import { titles } from './lexicons.js';

export interface Surface {
  entry: KbEntryWithId;
  /** keys of the words after the first */
  rest: string[];
  /** the first word's key */
  first: string;
  /** original spelling of each word, for case checks */
  words: string[];
  adjective: boolean;
  /** the surface is an acronym: case must match exactly */
  exact: boolean;
  /** a single English word: must be capitalised in the text */
  capitalised: boolean;
  /** a single Arabic word written with the article ("الفتح"): without it, it is another word ("فتح") */
  definite?: boolean;
}

export interface GazetteerMatch {
  entry: KbEntryWithId;
  adjective: boolean;
  /** token range [from, to) */
  from: number;
  to: number;
  /** original character span, proclitics excluded */
  start: number;
  end: number;
  /** proclitics (folded) before the name on its first word, e.g. "ب" in "بالرئيس" */
  proclitic: string;
}

export interface Gazetteer { index: Map<string, Surface[]> }

const JOINERS = /^[\s\-‐–’'.]*$/;

function surfaces(entry: KbEntryWithId): Array<{ form: string; adjective: boolean }> {
  const out = [entry.name, entry.nameAr ?? '', ...entry.aliases].filter(Boolean).map((form) => ({ form, adjective: false }));
  for (const a of entry.adjectives) out.push({ form: a, adjective: true });
  // "الملك عبد الله الثاني": the title is read as a title, so the name after it must be a form too.
  if (entry.type === 'Person') {
    // Words of the forms that do not open with a title: the rest must start with one ("عبد"), so
    // that "الأمين العام للأمم المتحدة" does not leave "الأمم المتحدة" as a name of the person.
    const nameWords = new Set(out.flatMap(({ form }) => {
      const toks = tokenize(form);
      return titles.matchAt(toks, 0) ? [] : toks.map((x) => stemKey(x.key));
    }));
    for (const { form } of [...out]) {
      const toks = tokenize(form);
      const t = titles.matchAt(toks, 0);
      if (!t || toks.length - t.to < 2 || !nameWords.has(stemKey(toks[t.to]!.key))) continue;
      const rest = form.slice(toks[t.to]!.start);
      if (!out.some((o) => o.form === rest)) out.push({ form: rest, adjective: false });
    }
  }
  return out;
}

export function buildGazetteer(kb: KbLike): Gazetteer {
  const index = new Map<string, Surface[]>();
  for (const entry of kb.entries) {
    for (const { form, adjective } of surfaces(entry)) {
      const toks = tokenize(form);
      if (!toks.length) continue;
      const letters = form.replace(/[^\p{L}]/gu, '');
      if (letters.length < 2) continue;
      const arabic = isArabic(form);
      const exact = !arabic && letters.length <= 5 && letters === letters.toUpperCase();
      const words = toks.map((t) => t.text);
      const keys = toks.map((t) => stemKey(t.key));
      const s: Surface = {
        entry, adjective, exact, words, first: keys[0]!, rest: keys.slice(1),
        capitalised: !arabic && toks.length === 1 && /^\p{Lu}/u.test(form),
        ...(arabic && !adjective && toks.length === 1 && toks[0]!.key.startsWith('ال') && stemKey(toks[0]!.key) !== toks[0]!.key ? { definite: true } : {}),
      };
      const list = index.get(s.first);
      if (!list) index.set(s.first, [s]);
      else if (!list.some((o) => o.entry === entry && o.rest.join(' ') === s.rest.join(' ') && o.adjective === adjective)) list.push(s);
    }
  }
  return { index };
}

function fits(s: Surface, tokens: Token[], i: number): boolean {
  if (i + s.rest.length >= tokens.length) return false;
  for (let k = 0; k < s.rest.length; k++) {
    const t = tokens[i + 1 + k]!;
    if (t.stem !== s.rest[k] || !JOINERS.test(t.gap)) return false;
  }
  if (s.exact) return s.words.every((w, k) => tokens[i + k]!.text === w);
  if (s.capitalised) return /^\p{Lu}/u.test(tokens[i]!.text);
  // A multi-word English name needs a capital, unless the KB writes it in lower case on purpose
  // ("international coalition").
  if (!isArabic(s.first)) return s.words.length === 1 || s.words.every((w) => !/\p{Lu}/u.test(w)) || tokens.slice(i, i + s.words.length).some((t) => /\p{Lu}/u.test(t.text));
  return true;
}

/** The longest knowledge-base match starting at token i, if any. */
export function matchAt(g: Gazetteer, tokens: Token[], i: number): GazetteerMatch | undefined {
  const tok = tokens[i]!;
  let best: { s: Surface; prefix: number; suffix: number; len: number } | undefined;
  for (const r of readings(tok)) {
    for (const s of g.index.get(r.stem) ?? []) {
      const len = s.rest.length + 1;
      if (!fits(s, tokens, i) || (s.definite && !r.definite)) continue;
      // Longer names win; among equals the reading with fewer stripped letters, then names over
      // adjectives, except that a name written without the article does not take it: "السورية" is
      // the adjective, not the name "سورية".
      const nameFirst = !(r.definite && !s.definite);
      if (!best || len > best.len || (len === best.len && (r.prefix < best.prefix || (r.prefix === best.prefix && (nameFirst ? best.s.adjective && !s.adjective : s.adjective && !best.s.adjective))))) {
        best = { s, prefix: r.prefix, suffix: r.suffix, len };
      }
    }
  }
  if (!best) return undefined;
  const last = tokens[i + best.len - 1]!;
  return {
    entry: best.s.entry, adjective: best.s.adjective, from: i, to: i + best.len,
    start: nameStart(tok, best.prefix), end: last.end - (best.len === 1 ? best.suffix : 0),
    proclitic: fold(tok.text.slice(0, best.prefix)),
  };
}

/** All non-overlapping knowledge-base matches in a token sequence, left to right. */
export function matchAll(g: Gazetteer, tokens: Token[]): GazetteerMatch[] {
  const out: GazetteerMatch[] = [];
  for (let i = 0; i < tokens.length;) {
    const m = matchAt(g, tokens, i);
    if (m) { out.push(m); i = m.to; } else i++;
  }
  return out;
}

/** Adds one entry (an article-local name) to a gazetteer built earlier. */
export function addEntry(g: Gazetteer, entry: KbEntryWithId): void {
  const one = buildGazetteer({ entries: [entry] });
  for (const [k, list] of one.index) {
    const existing = g.index.get(k);
    if (!existing) g.index.set(k, list);
    else for (const s of list) if (!existing.some((o) => o.entry.id === s.entry.id && o.rest.join(' ') === s.rest.join(' '))) existing.push(s);
  }
}

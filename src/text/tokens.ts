// Word tokens with their offsets, a folded key for matching, and the Arabic clitic readings of each
// token. Arabic glues conjunctions, prepositions and the article to the word ("وبالرئيس" = و+ب+ال+رئيس)
// and pronouns to its end ("انسحابهم"), so a word is matched through each of its possible stems.
import { foldWithMap, isArabic } from './arabic.js';

export interface Token {
  /** original text of the token */
  text: string;
  start: number;
  end: number;
  /** folded form (Arabic variants folded, Latin lower-cased) */
  key: string;
  /** the key as gazetteers store words: Arabic without the article */
  stem: string;
  /** text between the previous token (or the sentence start) and this one */
  gap: string;
  arabic: boolean;
}

export interface Reading {
  /** the stem, folded, without the article ال */
  stem: string;
  /** characters of the original token before the stem (proclitics) */
  prefix: number;
  /** characters of the original token after the stem (enclitics) */
  suffix: number;
  /** the stem carried the article (ال or the ل of لل) */
  definite: boolean;
}

/**
 * Letters and digits; a point or comma between digits stays in the number ("2.5", "2,500"), not a
 * clause break; a "+" closing a word is part of the name ("OPEC+", "أوبك+" is not OPEC).
 */
const WORD = /(?:[\p{L}\p{M}\p{N}]|(?<=\p{N})[.,٫٬](?=\p{N}))+(?:\+(?<=\p{L}\+)(?![\p{L}\p{N}+]))?/gu;

const keyCache = new Map<string, string>();
function foldKey(word: string): string {
  let k = keyCache.get(word);
  if (k === undefined) {
    if (keyCache.size > 100000) keyCache.clear();
    k = foldWithMap(word).text;
    keyCache.set(word, k);
  }
  return k;
}

export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    const start = m.index!;
    const t = m[0];
    const key = foldKey(t);
    if (!key) { continue; }
    // The possessive "’s" is punctuation of the word before, not a word: "Egypt’s President".
    if (key === 's' && /^['’]$/.test(text.slice(last, start)) && out.length) { continue; }
    const arabic = isArabic(t);
    out.push({ text: t, start: start + offset, end: start + t.length + offset, key, stem: arabic ? stripArticle(key).stem : key, gap: text.slice(last, start), arabic });
    last = start + t.length;
  }
  return out;
}

// Proclitic sequences, longest first. "لل" is ل + the article with its alef dropped.
const PREFIXES = ['وبال', 'وكال', 'فبال', 'ولل', 'فلل', 'وال', 'فال', 'بال', 'كال', 'لل', 'وب', 'ول', 'وك', 'فب', 'فل', 'ال', 'و', 'ف', 'ب', 'ل', 'ك'];
const SUFFIXES = ['هما', 'كما', 'هم', 'هن', 'ها', 'كم', 'نا', 'ه'];
const MIN_STEM = 2;

const stripArticle = (s: string): { stem: string; definite: boolean } =>
  s.startsWith('ال') && s.length - 2 >= MIN_STEM ? { stem: s.slice(2), definite: true } : { stem: s, definite: false };

/** Folded key of a word as gazetteers store it: the article removed. */
export function stemKey(folded: string): string {
  return isArabic(folded) ? stripArticle(folded).stem : folded;
}

/**
 * Clitic readings of one token, the unsegmented reading first. `withSuffix` adds readings with a
 * pronoun suffix removed (event nouns: "انسحابهم"); names rarely carry one and would over-match.
 */
export function readings(token: Token, withSuffix = false): Reading[] {
  if (!token.arabic) return [{ stem: token.key, prefix: 0, suffix: 0, definite: false }];
  // Readings depend on the word alone; news repeats its words, so they are computed once per word.
  const id = withSuffix ? `+${token.text}` : token.text;
  let r = readingCache.get(id);
  if (!r) {
    if (readingCache.size > 100000) readingCache.clear();
    r = computeReadings(token, withSuffix);
    readingCache.set(id, r);
  }
  return r;
}

const readingCache = new Map<string, Reading[]>();

function computeReadings(token: Token, withSuffix: boolean): Reading[] {
  const key = token.key;
  const out: Reading[] = [];
  const seen = new Set<string>();
  // The folded key has the same length as the token unless marks were dropped; map back via the text.
  const orig = foldWithMap(token.text).map;
  const add = (foldedStart: number, foldedEnd: number, definite: boolean) => {
    const stem = key.slice(foldedStart, foldedEnd);
    const id = `${stem}|${foldedStart}`;
    if (stem.length < MIN_STEM || seen.has(id)) return;
    seen.add(id);
    out.push({ stem, prefix: orig[foldedStart]!, suffix: token.text.length - orig[foldedEnd]!, definite });
  };
  const bases: Array<{ start: number; definite: boolean }> = [];
  const a = stripArticle(key);
  bases.push({ start: key.length - a.stem.length, definite: a.definite });
  for (const p of PREFIXES) {
    if (!key.startsWith(p) || key.length - p.length < MIN_STEM) continue;
    const rest = key.slice(p.length);
    const definite = p.endsWith('ال') || p.endsWith('لل');
    const r = definite ? { stem: rest, definite } : stripArticle(rest);
    bases.push({ start: key.length - r.stem.length, definite: definite || r.definite });
  }
  // Accusative tanween is written on an extra alef ("قراراً", often without the mark): the word without it is a stem.
  const tanween = key.endsWith('ا') && (/\u064B/.test(token.text) || key.length >= 5) ? 1 : 0;
  // Fewer clitics first: "وبحث" is و+بحث before it is وب+حث.
  bases.sort((x, y) => x.start - y.start);
  for (const b of bases) {
    add(b.start, key.length, b.definite);
    if (tanween) add(b.start, key.length - 1, b.definite);
    if (!withSuffix) continue;
    for (const s of SUFFIXES) {
      if (!key.endsWith(s) || key.length - s.length - b.start < 3) continue;
      add(b.start, key.length - s.length, b.definite);
      // A tā' marbūṭa is written ت before a pronoun: "زيارته" is the noun "زيارة" (folded "زياره") + "ه".
      const end = key.length - s.length;
      if (key[end - 1] === 'ت') {
        const stem = key.slice(b.start, end - 1) + 'ه';
        const id = `${stem}|${b.start}`;
        if (!seen.has(id)) { seen.add(id); out.push({ stem, prefix: orig[b.start]!, suffix: token.text.length - orig[end]!, definite: b.definite }); }
      }
    }
  }
  return out;
}

/**
 * Where a name starts inside a token whose first `prefix` characters are proclitics: the article
 * stays with the name ("والجيش" → "الجيش"), other clitics do not ("بوزارة" → "وزارة").
 */
export function nameStart(token: Token, prefix: number): number {
  const p = token.text.slice(0, prefix);
  if (prefix > 2 && /[اٱإأآ]ل$/.test(p)) return token.start + prefix - 2;
  if (/^[اٱإأآ]ل$/.test(p)) return token.start;
  return token.start + prefix;
}

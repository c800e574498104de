// Where the surface forms a model gave for an entity occur in the sentences, as offsets into the
// article. Models respell: they drop or add vowel marks, pick another hamza seat or change the case,
// so forms are compared on the folded text (src/text/arabic.ts), whose map leads back to the
// original characters. A form must be a whole word, except that Arabic writes its prepositions and
// conjunctions onto the next word: "وبايدن" holds a mention of "بايدن".
import type { Mention, Sentence } from '../../model/schemas.js';
import { foldWithMap, isArabic, type Folded } from '../../text/arabic.js';

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
/** و/ف (and, so) then ب/ل/ك (with, to, like), folded, as they attach before a name. */
const ARABIC_PROCLITICS = /^[وف]?[بلك]?$/;
/** ل before the article fuses with it: ل + الولايات is written للولايات, leaving no ال to find. */
const LAM_ALEF_LAM = /^[وف]?لل$/;
/** Acronyms keep their case: "US" is a country, "us" a pronoun. */
const ACRONYM = /^[A-Z][A-Z.]{1,7}$/;
const TRAILING_INVISIBLE = /\p{Cf}+$/u;

const foldedSentences = new WeakMap<Sentence, Folded>();
function folded(s: Sentence): Folded {
  let f = foldedSentences.get(s);
  if (!f) { f = foldWithMap(s.text); foldedSentences.set(s, f); }
  return f;
}

const NOTHING = /^$/;

/** What a folded form is looked for as, and what may precede it inside its word. */
function variants(key: string, arabic: boolean): { key: string; prefix: RegExp }[] {
  if (!arabic) return [{ key, prefix: NOTHING }];
  return [{ key, prefix: ARABIC_PROCLITICS }, ...(key.startsWith('ال') && key.length > 3 ? [{ key: key.slice(2), prefix: LAM_ALEF_LAM }] : [])];
}

function occurrences(form: string, sentence: Sentence): Mention[] {
  const trimmed = form.trim();
  const key = foldWithMap(trimmed).text;
  if (key.replace(/[^\p{L}\p{N}]/gu, '').length < 2) return [];
  const exactCase = ACRONYM.test(trimmed);
  const { text, map } = folded(sentence);
  const out: Mention[] = [];
  for (const v of variants(key, isArabic(trimmed))) {
    for (let at = text.indexOf(v.key); at !== -1; at = text.indexOf(v.key, at + 1)) {
      const end = at + v.key.length;
      if (end < text.length && WORD_CHAR.test(text[end]!)) continue;
      let wordStart = at;
      while (wordStart > 0 && WORD_CHAR.test(text[wordStart - 1]!)) wordStart--;
      if (!v.prefix.test(text.slice(wordStart, at))) continue;
      const from = map[at]!;
      const slice = sentence.text.slice(from, map[end]!).replace(TRAILING_INVISIBLE, '');
      if (exactCase && slice !== trimmed) continue;
      out.push({ text: slice, start: sentence.start + from, end: sentence.start + from + slice.length, sentence: sentence.index });
    }
  }
  return out;
}

/** Mentions of any of `forms` in `sentences`; where two forms overlap, the longer one stands. */
export function locateMentions(forms: Iterable<string>, sentences: Sentence[]): Mention[] {
  const unique = [...new Set([...forms].map((f) => f.trim()).filter(Boolean))];
  const found = sentences.flatMap((s) => unique.flatMap((f) => occurrences(f, s)));
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Mention[] = [];
  for (const m of found) {
    const last = out[out.length - 1];
    if (!last || m.start >= last.end) out.push(m);
  }
  return out;
}

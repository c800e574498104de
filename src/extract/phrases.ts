// Fixed phrases of a lexicon (titles, event nouns, verb forms) found over tokens. Arabic phrases
// are matched through the clitic readings of their first word; `strict` lexicons also require the
// article to agree ("الرئيس" the president vs "رئيس" head of).
import { fold, isArabic } from '../text/arabic.js';
import { readings, stemKey, tokenize, type Token } from '../text/tokens.js';

interface Entry<T> { rest: string[]; definite: boolean; value: T; len: number }

export interface PhraseMatch<T> {
  value: T;
  from: number;
  to: number;
  /** the proclitics (folded) on the first word, e.g. "و" or "ب" */
  proclitic: string;
  /** characters of proclitics on the first word in the original text */
  prefix: number;
  /** pronoun suffix letters removed from a one-word match */
  suffix: number;
  definite: boolean;
}

export class PhraseLexicon<T> {
  private readonly index = new Map<string, Array<Entry<T>>>();

  constructor(phrases: Record<string, T> | Array<[string, T]>, private readonly strict = false, private readonly withSuffix = false) {
    const pairs = Array.isArray(phrases) ? phrases : Object.entries(phrases);
    for (const [phrase, value] of pairs) {
      const toks = tokenize(phrase);
      if (!toks.length) continue;
      const first = toks[0]!.key;
      const definite = isArabic(first) && first.startsWith('ال') && first.length > 3;
      const keys = toks.map((t) => stemKey(t.key));
      const list = this.index.get(keys[0]!) ?? [];
      list.push({ rest: keys.slice(1), definite, value, len: keys.length });
      list.sort((a, b) => b.len - a.len);
      this.index.set(keys[0]!, list);
    }
  }

  /** The longest phrase starting at token i. */
  matchAt(tokens: Token[], i: number): PhraseMatch<T> | undefined {
    const tok = tokens[i];
    if (!tok) return undefined;
    let best: PhraseMatch<T> | undefined;
    for (const r of readings(tok, this.withSuffix)) {
      for (const e of this.index.get(r.stem) ?? []) {
        if (best && e.len <= best.to - best.from) continue;
        if (this.strict && tok.arabic && e.definite !== r.definite) continue;
        if (e.len > 1 && r.suffix) continue;
        if (i + e.len > tokens.length) continue;
        let ok = true;
        for (let k = 0; k < e.rest.length && ok; k++) {
          const t = tokens[i + 1 + k]!;
          ok = t.stem === e.rest[k] && /^[\s\-‐/]*$/.test(t.gap);
        }
        if (!ok) continue;
        best = { value: e.value, from: i, to: i + e.len, prefix: r.prefix, proclitic: fold(tok.text.slice(0, r.prefix)), suffix: r.suffix, definite: r.definite };
      }
    }
    return best;
  }
}

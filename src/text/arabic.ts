// Arabic letter folding for matching only. Spelling varies across outlets (hamza seats, ta marbuta,
// alef maqsura, vowel marks, tatweel), so names are compared on a folded form; the map leads every
// folded character back to its position in the original so matches still slice the original text.

const FOLD: Record<string, string> = {
  '\u0622': '\u0627', '\u0623': '\u0627', '\u0625': '\u0627', '\u0671': '\u0627', // alef variants → ا
  '\u0629': '\u0647', // ة → ه
  '\u0649': '\u064A', // ى → ي
  '\u0624': '\u0648', // ؤ → و
  '\u0626': '\u064A', // ئ → ي
  '\u06CC': '\u064A', '\u06A9': '\u0643', // Persian yeh and keheh
};

export interface Folded {
  /** folded text */
  text: string;
  /** map[i] = index in the original of folded character i; map[text.length] = original length */
  map: number[];
}

const isDropped = (code: number) => (code >= 0x064b && code <= 0x065f) || code === 0x0670 || code === 0x0640
  || (code >= 0x06d6 && code <= 0x06ed) || (code >= 0x200c && code <= 0x200f) || code === 0x061c;

/** Folds Arabic variants and lower-cases Latin, one character at a time, keeping an offset map. */
export function foldWithMap(original: string): Folded {
  const out: string[] = [];
  const map: number[] = [];
  for (let i = 0; i < original.length; i++) {
    const code = original.charCodeAt(i);
    if (code < 0x80) {
      out.push(code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : original[i]!);
      map.push(i);
      continue;
    }
    if (isDropped(code)) continue;
    const c = original[i]!;
    const f = FOLD[c] ?? c.toLowerCase();
    // toLowerCase can lengthen a character (İ → i̇); keep the map one-to-one with the folded text.
    for (let k = 0; k < f.length; k++) map.push(i);
    out.push(f);
  }
  map.push(original.length);
  return { text: out.join(''), map };
}

const DROPPED = /[\u064B-\u065F\u0670\u0640\u06D6-\u06ED\u200C-\u200F\u061C]/g;
const VARIANTS = /[\u0622\u0623\u0625\u0671\u0629\u0649\u0624\u0626\u06CC\u06A9]/g;

/**
 * The folded text alone, by native replaces (no offset map). Equal to foldWithMap's text except for
 * the rare context-dependent lower-casing (Greek final sigma), which no name lookup depends on.
 */
export function fold(s: string): string {
  return s.replace(DROPPED, '').replace(VARIANTS, (c) => FOLD[c]!).toLowerCase();
}

export const ARABIC_LETTER = /[\u0621-\u064A\u0671-\u06D3\u06FA-\u06FF]/;
export const isArabic = (s: string): boolean => ARABIC_LETTER.test(s);

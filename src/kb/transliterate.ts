// Arabic (and Persian-letter) script → readable Latin, table-driven. Not a scholarly romanisation:
// short vowels are not written in Arabic text, so only long vowels and written harakat come out
// (كاظمي → kazmi, مصطفى → mustfa, الحشد الشعبي → al-hshd al-shabi). Good enough for ids and for a
// Latin rendering of unknown names; deterministic and pure.

const CONSONANTS: Readonly<Record<string, string>> = {
  'ب': 'b', 'ت': 't', 'ث': 'th', 'ج': 'j', 'ح': 'h', 'خ': 'kh', 'د': 'd', 'ذ': 'dh', 'ر': 'r', 'ز': 'z',
  'س': 's', 'ش': 'sh', 'ص': 's', 'ض': 'd', 'ط': 't', 'ظ': 'z', 'ع': '', 'غ': 'gh', 'ف': 'f', 'ق': 'q',
  'ك': 'k', 'ل': 'l', 'م': 'm', 'ن': 'n', 'ه': 'h', 'ء': '',
  // Persian, Urdu and dialect letters
  'پ': 'p', 'چ': 'ch', 'گ': 'g', 'ژ': 'zh', 'ک': 'k', 'ڤ': 'v', 'ڨ': 'g', 'ڭ': 'g', 'ھ': 'h',
};

const VOWEL_LETTERS: Readonly<Record<string, string>> = {
  'ا': 'a', 'أ': 'a', 'إ': 'i', 'آ': 'a', 'ٱ': 'a', 'ى': 'a', 'ة': 'a', 'ؤ': 'u', 'ئ': 'i',
};

const HARAKAT: Readonly<Record<string, string>> = {
  '\u064E': 'a', '\u064F': 'u', '\u0650': 'i', // fatha, damma, kasra
  '\u064B': '', '\u064C': '', '\u064D': '', '\u0652': '', '\u0670': 'a', // tanwin, sukun, dagger alef
};

const ARABIC_DIGITS = '٠١٢٣٤٥٦٧٨٩';
const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';

const ARABIC_RE = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/;

/** True when the text contains Arabic-script letters. */
export const hasArabic = (text: string): boolean => ARABIC_RE.test(text);

const isLetter = (ch: string | undefined): boolean =>
  ch !== undefined && (ch in CONSONANTS || ch in VOWEL_LETTERS || ch === 'و' || ch === 'ي' || ch === 'ی');

function word(w: string): string {
  // Drop tatweel; map presentation forms to base letters.
  const clean = w.normalize('NFKC').replace(/\u0640/g, '');
  if (/^[وبلف]?[ا]?لل[\u0651\u064E\u0670]*ه$/.test(clean) || clean === 'الله') return 'allah';
  const chars = [...clean];
  let out = '';
  let i = 0;
  // Definite article: ال / ٱل at the start of a word of at least 4 letters (not الله's lam-lam edge cases).
  if (chars.length >= 4 && (chars[0] === 'ا' || chars[0] === 'ٱ') && chars[1] === 'ل') {
    out = 'al-';
    i = 2;
  }
  for (; i < chars.length; i++) {
    const ch = chars[i]!;
    const prev = chars[i - 1];
    const next = chars[i + 1];
    const atStart = i === 0 || (out.endsWith('-') && out.length === 3 && i === 2);
    if (ch === 'ع' && atStart) out += 'a';
    else if (ch === 'ي' && next === 'ة' && i + 2 === chars.length) out += 'iy';
    else if (ch in CONSONANTS) out += CONSONANTS[ch];
    else if (ch in VOWEL_LETTERS) out += VOWEL_LETTERS[ch];
    else if (ch === 'و') {
      // consonant w at the start, before or after a long alef, else the long vowel u
      out += atStart || next === 'ا' || prev === 'ا' || next === undefined && !isLetter(prev) ? 'w' : 'u';
    } else if (ch === 'ي' || ch === 'ی') {
      out += atStart || next === 'ا' || next === 'و' || prev === 'ا' ? 'y' : 'i';
    } else if (ch in HARAKAT) out += HARAKAT[ch];
    else if (ch === '\u0651') {
      // shadda: double the previous consonant
      const m = /([bcdfghjklmnpqrstvwxyz])h?$/.exec(out);
      if (m) out += m[0];
    } else {
      const d = ARABIC_DIGITS.indexOf(ch);
      const p = PERSIAN_DIGITS.indexOf(ch);
      if (d >= 0) out += String(d);
      else if (p >= 0) out += String(p);
      else if (ch === '،') out += ',';
      else if (ch === '؛') out += ';';
      else if (ch === '؟') out += '?';
      else out += ch;
    }
  }
  // collapse doubled vowels produced by hamza seats next to long vowels (إيران → iiran → iran)
  return out.replace(/([aiu])\1+/g, '$1').replace(/^al-l(?=[aiu]|$)/, 'al-l');
}

/**
 * Transliterate Arabic-script text into lowercase readable Latin. Non-Arabic characters pass through
 * unchanged, so mixed text keeps its Latin parts.
 */
export function transliterate(text: string): string {
  if (!hasArabic(text)) return text;
  return text.split(/(\s+)/).map((part) => (/^\s+$/.test(part) ? part : word(part))).join('');
}

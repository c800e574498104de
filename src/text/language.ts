// Language of an article from the share of Arabic letters among all letters: news in Arabic quotes
// Latin names and acronyms, English news rarely carries Arabic script.
import type { Language } from '../model/ontology.js';

export function arabicShare(text: string): number {
  let arabic = 0;
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) letters++;
    } else if ((c >= 0x0621 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3) || (c >= 0x06fa && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc)) {
      letters++;
      arabic++;
    } else if (/\p{L}/u.test(text[i]!)) letters++;
  }
  return letters === 0 ? 0 : arabic / letters;
}

export function detectLanguage(text: string): Language {
  // A sample is enough for a language decision and keeps huge files cheap.
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  return arabicShare(sample) >= 0.3 ? 'ar' : 'en';
}

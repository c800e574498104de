// Language of an article from the share of Arabic letters among all letters: news in Arabic quotes
// Latin names and acronyms, English news rarely carries Arabic script.
import type { Language } from '../model/ontology.js';

export function arabicShare(text: string): number {
  let arabic = 0;
  let letters = 0;
  for (const ch of text) {
    if (/\p{L}/u.test(ch)) {
      letters++;
      if (/[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/.test(ch)) arabic++;
    }
  }
  return letters === 0 ? 0 : arabic / letters;
}

export function detectLanguage(text: string): Language {
  // A sample is enough for a language decision and keeps huge files cheap.
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  return arabicShare(sample) >= 0.3 ? 'ar' : 'en';
}

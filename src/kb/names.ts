// Surface forms of KB entries and a lookup index over them. Matching keys fold the differences that
// news text does not keep consistently: Arabic diacritics, tatweel, hamza seats on alef, final ى/ي,
// Latin accents and letter case (acronyms excepted: "US" ≠ "us").
import type { Kb, KbEntryWithId } from './load.js';

const HARAKAT_RE = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;

/** Arabic folding: no harakat or tatweel, أ إ آ ٱ → ا, ى → ي. Other text passes through unchanged. */
export function normalizeArabic(s: string): string {
  return s.replace(HARAKAT_RE, '').replace(/[أإآٱ]/g, 'ا').replace(/ى/g, 'ي');
}

/**
 * The key under which a surface form is indexed and looked up: Unicode NFKC, Arabic folded, Latin
 * accents stripped, whitespace collapsed, lowercased unless the form is an all-capital acronym of
 * 2–6 letters (so "US", "IS", "AP" do not match the words "us", "is", "ap").
 */
export function nameKey(s: string): string {
  let k = normalizeArabic(s.normalize('NFKC')).trim().replace(/\s+/g, ' ');
  k = k.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
  k = k.replace(/[’‘`´]/g, "'");
  if (/^[A-Z][A-Z.]{1,7}$/.test(k) && k.replace(/\./g, '').length <= 6) return k;
  return k.toLowerCase();
}

export type NameForm = 'name' | 'nameAr' | 'alias' | 'adjective';
export type NameHit = { id: string; form: NameForm };

/** Every surface form of an entry with its kind (canonical name, Arabic name, alias, adjective). */
export function entryNames(e: KbEntryWithId): { text: string; form: NameForm }[] {
  return [
    { text: e.name, form: 'name' as const },
    ...(e.nameAr ? [{ text: e.nameAr, form: 'nameAr' as const }] : []),
    ...e.aliases.map((text) => ({ text, form: 'alias' as const })),
    ...e.adjectives.map((text) => ({ text, form: 'adjective' as const })),
  ];
}

/** nameKey(surface form) → the entries it may denote. A key with several hits is ambiguous. */
export function buildNameIndex(kb: Kb): Map<string, NameHit[]> {
  const index = new Map<string, NameHit[]>();
  for (const e of kb.entries) {
    for (const { text, form } of entryNames(e)) {
      const key = nameKey(text);
      if (key === '') continue;
      const hits = index.get(key);
      if (!hits) index.set(key, [{ id: e.id, form }]);
      else if (!hits.some((h) => h.id === e.id)) hits.push({ id: e.id, form });
    }
  }
  return index;
}

const indexCache = new WeakMap<Kb, Map<string, NameHit[]>>();

/** Entries a surface form may denote (empty when unknown); the index is built once per KB. */
export function lookupName(kb: Kb, text: string): NameHit[] {
  let index = indexCache.get(kb);
  if (!index) {
    index = buildNameIndex(kb);
    indexCache.set(kb, index);
  }
  return index.get(nameKey(text)) ?? [];
}

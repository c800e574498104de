// Turns what a user typed into a Lucene query for Neo4j's full-text indexes. Every character
// Lucene treats as syntax is escaped, so input is only ever searched for, never interpreted.

const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export const escapeLucene = (term: string) => term.replace(SPECIAL, (c) => `\\${c}`);

/** Splits on whitespace and on characters that analyzers treat as separators anyway. */
export function searchTerms(input: string): string[] {
  return input.normalize('NFC')
    // Tatweel and harakat never reach the index (the Arabic analyzer drops them); drop them here too.
    .replace(/[\u0640\u064B-\u065F\u0670]/g, '')
    // Operator words (AND, OR, NOT, TO) are syntax only in capitals; the analyzers lowercase anyway.
    .toLowerCase()
    .split(/[\s,;.،؛]+/u)
    .filter(Boolean)
    .slice(0, 8);
}

/**
 * Each term matches exactly (through the analyzer, which also strips Arabic clitics such as ال),
 * as a prefix (for typing), or fuzzily (for misspellings and transliteration variants); the last
 * term of the input is the one being typed, so only it needs the prefix.
 */
export function luceneQuery(input: string): string | null {
  const terms = searchTerms(input);
  if (terms.length === 0) return null;
  return terms.map((t, i) => {
    const e = escapeLucene(t);
    const parts = [`${e}^4`];
    if (i === terms.length - 1) parts.push(`${e}*^2`);
    if ([...t].length >= 4) parts.push(`${e}~1`);
    return `(${parts.join(' OR ')})`;
  }).join(' AND ');
}

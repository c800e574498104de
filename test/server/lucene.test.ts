import { describe, expect, it } from 'vitest';
import { escapeLucene, luceneQuery } from '../../src/store/reads/lucene.js';

describe('luceneQuery', () => {
  it('escapes every Lucene special character', () => {
    const special = '+-&|!(){}[]^"~*?:\\/';
    expect(escapeLucene(special)).toBe([...special].map((c) => `\\${c}`).join(''));
  });

  it('asks for exact, prefix (last word only) and fuzzy matches', () => {
    expect(luceneQuery('Joe Biden')).toBe('(joe^4) AND (biden^4 OR biden*^2 OR biden~1)');
  });

  it('lowercases operator words and drops Arabic diacritics and tatweel', () => {
    expect(luceneQuery('NOT')).toBe('(not^4 OR not*^2)');
    expect(luceneQuery('بـايْدن')).toBe(luceneQuery('بايدن'));
  });

  it('gives nothing for blank input', () => {
    expect(luceneQuery('  ، ')).toBeNull();
  });
});

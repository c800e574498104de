import { describe, expect, it } from 'vitest';
import type { KbEntryWithId } from '../../src/extract/kb-types.js';
import { surnameMerges } from '../../src/resolve/merge.js';

const p = (id: string, name: string, nameAr?: string): KbEntryWithId => ({ id, type: 'Person', name, aliases: [], adjectives: [], roles: [], ...(nameAr ? { nameAr } : {}) });

describe('surnameMerges', () => {
  it('merges a surname into the full name', () => {
    const m = surnameMerges([p('person:mora', 'Mora'), p('Q1', 'Enrique Mora')], (id) => id.startsWith('person:'));
    expect(m.get('person:mora')).toBe('Q1');
  });
  it('matches Arabic surnames with or without the article', () => {
    const m = surnameMerges([p('person:kaabi', 'Kaabi', 'الكعبي'), p('person:hassan', 'Hassan Shaker al-Kaabi', 'حسن شاكر الكعبي')], () => true);
    expect(m.get('person:kaabi')).toBe('person:hassan');
  });
  it('leaves a surname shared by two full names alone', () => {
    const m = surnameMerges([p('person:sadr', 'Sadr'), p('a', 'Muqtada al-Sadr'), p('b', 'Mohammed al-Sadr')], (id) => id.startsWith('person:'));
    expect(m.has('person:sadr')).toBe(false);
  });
  it('never merges KB people away', () => {
    const m = surnameMerges([p('Q9', 'Mora'), p('Q1', 'Enrique Mora')], () => false);
    expect(m.size).toBe(0);
  });
});

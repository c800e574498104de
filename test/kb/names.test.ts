import { describe, expect, it } from 'vitest';
import { loadKb } from '../../src/kb/load.js';
import { buildNameIndex, lookupName, nameKey, normalizeArabic } from '../../src/kb/names.js';

const kb = loadKb({ env: {} });
const ids = (text: string) => lookupName(kb, text).map((h) => h.id);

describe('name keys', () => {
  it('folds Arabic spelling variants', () => {
    expect(normalizeArabic('الأمريكيّة')).toBe('الامريكية');
    expect(normalizeArabic('مصطفى')).toBe('مصطفي');
    expect(nameKey('إيران')).toBe(nameKey('ايران'));
  });
  it('folds Latin case and accents but keeps acronyms apart from words', () => {
    expect(nameKey('Erdoğan')).toBe(nameKey('erdogan'));
    expect(nameKey('US')).not.toBe(nameKey('us'));
    expect(nameKey('U.S.')).toBe('U.S.');
  });
});

describe('lookupName over the shipped KB', () => {
  it('finds countries by name, alias and adjective in both languages', () => {
    for (const t of ['Iraq', 'العراق', 'العراقية', 'العراقيين', 'Iraqi']) expect(ids(t), t).toContain('Q796');
    for (const t of ['US', 'U.S.', 'أمريكا', 'اميركا', 'الأميركية', 'الامريكي', 'American']) expect(ids(t), t).toContain('Q30');
    expect(ids('us')).not.toContain('Q30');
  });
  it('finds people and organisations by their news short forms', () => {
    expect(lookupName(kb, 'الكاظمي').length).toBe(1);
    expect(lookupName(kb, 'Kadhimi')[0]?.id).toBe(lookupName(kb, 'مصطفى الكاظمي')[0]?.id);
    expect(lookupName(kb, 'أبومهدي المهندس')[0]?.id).toBe(lookupName(kb, 'Abu Mahdi al-Muhandis')[0]?.id);
    expect(lookupName(kb, 'داعش')[0]?.id).toBe('Q2429253');
    expect(lookupName(kb, 'الحشد الشعبي')[0]?.id).toBe(lookupName(kb, 'PMF')[0]?.id);
    expect(lookupName(kb, 'أنصار الله')[0]?.id).toBe(lookupName(kb, 'Houthis')[0]?.id);
    expect(lookupName(kb, 'فرانس برس')[0]?.id).toBe('Q40464');
  });
  it('indexes every entry under its canonical name', () => {
    const index = buildNameIndex(kb);
    for (const e of kb.entries) expect(index.get(nameKey(e.name))?.some((h) => h.id === e.id), e.id).toBe(true);
  });
});

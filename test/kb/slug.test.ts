import { describe, expect, it } from 'vitest';
import { slug } from '../../src/kb/slug.js';
import { hasArabic, transliterate } from '../../src/kb/transliterate.js';

describe('slug', () => {
  it('lowercases, strips accents and joins with hyphens', () => {
    expect(slug('Mustafa al-Kadhimi')).toBe('mustafa-al-kadhimi');
    expect(slug("Côte d'Ivoire")).toBe('cote-divoire');
    expect(slug('Washington, D.C.')).toBe('washington-d-c');
    expect(slug('  ')).toBe('x');
  });
  it('transliterates Arabic names', () => {
    expect(slug('مصطفى الكاظمي')).toMatch(/^[a-z0-9-]+$/);
    expect(slug('كاظمي')).toBe('kazmi');
    expect(slug('إيران')).toBe('iran');
    expect(slug('عبد الله')).toBe('abd-allah');
  });
});

describe('transliterate', () => {
  it('maps letters, long vowels and the article', () => {
    expect(transliterate('نوري المالكي')).toBe('nuri al-malki');
    expect(transliterate('الولايات المتحدة')).toBe('al-wlayat al-mthda');
    expect(transliterate('محمود')).toBe('mhmud');
    expect(transliterate('Reuters')).toBe('Reuters');
  });
  it('detects Arabic script', () => {
    expect(hasArabic('بغداد')).toBe(true);
    expect(hasArabic('Baghdad')).toBe(false);
  });
});

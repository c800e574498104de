import { describe, expect, it } from 'vitest';
import { arabicShare, detectLanguage } from '../../src/text/language.js';

describe('detectLanguage', () => {
  it('detects Arabic and English', () => {
    expect(detectLanguage('أعلن رئيس الوزراء العراقي')).toBe('ar');
    expect(detectLanguage('The Iraqi prime minister said')).toBe('en');
  });
  it('takes Arabic with Latin acronyms as Arabic', () => {
    expect(detectLanguage('قالت وكالة AP إن الرئيس بايدن سيلتقي الكاظمي في واشنطن')).toBe('ar');
  });
  it('takes English quoting an Arabic name as English', () => {
    expect(detectLanguage('The group, known as داعش, was defeated in Mosul after a long campaign by Iraqi forces')).toBe('en');
  });
  it('gives 0 share for text without letters', () => {
    expect(arabicShare('123 !!!')).toBe(0);
    expect(detectLanguage('')).toBe('en');
  });
});

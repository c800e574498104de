import { describe, expect, it } from 'vitest';
import { articleId } from '../../src/text/article-id.js';

describe('articleId', () => {
  it('is 16 hex digits', () => {
    expect(articleId('الكاظمي: العراق')).toMatch(/^[0-9a-f]{16}$/);
  });
  it('ignores whitespace runs, leading and trailing space', () => {
    expect(articleId('  a  b\n\nc ')).toBe(articleId('a b c'));
  });
  it('ignores Unicode composition (NFC)', () => {
    expect(articleId('e\u0301')).toBe(articleId('\u00e9'));
  });
  it('differs for different texts', () => {
    expect(articleId('a b')).not.toBe(articleId('a c'));
  });
});

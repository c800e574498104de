import { describe, expect, it } from 'vitest';
import { fold, foldWithMap } from '../../src/text/arabic.js';

describe('fold', () => {
  it('folds alef and hamza variants, ta marbuta, alef maqsura', () => {
    expect(fold('أإآٱ')).toBe('اااا');
    expect(fold('الحكومة')).toBe('الحكومه');
    expect(fold('مصطفى')).toBe('مصطفي');
    expect(fold('مؤتمر')).toBe('موتمر');
    expect(fold('رئيس')).toBe('رييس');
  });
  it('drops harakat and tatweel', () => {
    expect(fold('صوّت')).toBe('صوت');
    expect(fold('قراراً')).toBe('قرارا');
    expect(fold('العـــراق')).toBe('العراق');
  });
  it('lower-cases Latin', () => {
    expect(fold('Iraq US')).toBe('iraq us');
  });
});

describe('foldWithMap', () => {
  it('maps every folded character back to the original', () => {
    const original = 'ويُفترض أن يؤدّي';
    const { text, map } = foldWithMap(original);
    expect(text).toBe('ويفترض ان يودي');
    for (let i = 0; i < text.length; i++) {
      expect(fold(original[map[i]!]!)).toBe(text[i]);
    }
    expect(map[text.length]).toBe(original.length);
  });
});

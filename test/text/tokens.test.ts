import { describe, expect, it } from 'vitest';
import { nameStart, readings, stemKey, tokenize } from '../../src/text/tokens.js';

describe('tokenize', () => {
  it('gives word tokens with offsets, folded keys and gaps', () => {
    const t = tokenize('قال: الكاظمي، US-led', 10);
    expect(t.map((x) => x.text)).toEqual(['قال', 'الكاظمي', 'US', 'led']);
    expect(t[1]).toMatchObject({ start: 15, end: 22, key: 'الكاظمي', gap: ': ', arabic: true });
    expect(t[2]!.key).toBe('us');
    expect(t[3]!.gap).toBe('-');
  });
  it('keeps a "+" closing a word in it ("OPEC+" is not OPEC), not one between words or after a digit', () => {
    expect(tokenize('OPEC+ met, أوبك+ اجتمعت').map((x) => x.text)).toEqual(['OPEC+', 'met', 'أوبك+', 'اجتمعت']);
    expect(tokenize('A+B rose 5+ points').map((x) => x.text)).toEqual(['A', 'B', 'rose', '5', 'points']);
  });
});

describe('readings', () => {
  const stems = (w: string, suffix = false) => readings(tokenize(w)[0]!, suffix).map((r) => r.stem);
  it('strips conjunctions, prepositions and the article', () => {
    expect(stems('بالرئيس')).toContain('رييس');
    expect(stems('للولايات')).toContain('ولايات');
    expect(stems('وواشنطن')).toContain('واشنطن');
    expect(stems('لإيران')).toContain('ايران');
    expect(stems('وبالعراق')).toContain('عراق');
  });
  it('prefers fewer clitics', () => {
    expect(stems('وبحث').slice(0, 2)).toEqual(['وبحث', 'بحث']);
  });
  it('puts the unsegmented reading first', () => {
    expect(stems('بايدن')[0]).toBe('بايدن');
  });
  it('strips pronoun suffixes only when asked', () => {
    expect(stems('انسحابهم')).not.toContain('انسحاب');
    expect(stems('انسحابهم', true)).toContain('انسحاب');
  });
  it('reads accusative tanween without its alef', () => {
    expect(stems('قراراً')).toContain('قرار');
  });
  it('reports the proclitic length in the original text', () => {
    const r = readings(tokenize('للولايات')[0]!).find((x) => x.stem === 'ولايات')!;
    expect(r.prefix).toBe(2);
    expect(r.definite).toBe(true);
  });
  it('leaves Latin words alone', () => {
    expect(stems('Biden')).toEqual(['biden']);
  });
});

describe('stemKey and nameStart', () => {
  it('drops the article for gazetteer keys', () => {
    expect(stemKey('العراق')).toBe('عراق');
    expect(stemKey('iraq')).toBe('iraq');
  });
  it('keeps the article with the name but not other clitics', () => {
    const [w] = tokenize('والجيش');
    expect(nameStart(w!, 3)).toBe(1);
    const [b] = tokenize('بوزارة');
    expect(nameStart(b!, 1)).toBe(1);
  });
});

describe('readings with a pronoun suffix', () => {
  it('restores the tā\' marbūṭa written ت before the pronoun ("زيارته" → "زياره")', () => {
    const r = readings(tokenize('زيارته')[0]!, true);
    expect(r.map((x) => x.stem)).toContain('زياره');
    expect(r.find((x) => x.stem === 'زياره')!.suffix).toBe(1);
    expect(readings(tokenize('زيارته')[0]!, false).map((x) => x.stem)).not.toContain('زياره');
  });
});

describe('numbers', () => {
  it('keeps a decimal point or a thousands comma inside the number, so it breaks no clause', () => {
    expect(tokenize('تقديم 2.5 مليار يورو').map((t) => t.text)).toEqual(['تقديم', '2.5', 'مليار', 'يورو']);
    expect(tokenize('some 2,500 troops, and more.').map((t) => t.text)).toEqual(['some', '2,500', 'troops', 'and', 'more']);
  });
});

import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/text/sentences.js';

const texts = (t: string) => splitSentences(t).map((s) => s.text);

describe('splitSentences', () => {
  it('splits English on . ! ? and keeps offsets', () => {
    const t = 'He came. She left! Why? Done.';
    const s = splitSentences(t);
    expect(s.map((x) => x.text)).toEqual(['He came.', 'She left!', 'Why?', 'Done.']);
    for (const x of s) expect(t.slice(x.start, x.end)).toBe(x.text);
    expect(s.map((x) => x.index)).toEqual([0, 1, 2, 3]);
  });
  it('splits Arabic on . and ؟ and on line breaks', () => {
    expect(texts('هل قال ذلك؟ نعم قاله.\nعنوان بلا نقطة')).toEqual(['هل قال ذلك؟', 'نعم قاله.', 'عنوان بلا نقطة']);
  });
  it('keeps abbreviations, initials and decimals inside the sentence', () => {
    expect(texts('Mr. Smith met Dr. Jones on Jan. 5 in the U.S. capital. Growth was 3.5 percent.'))
      .toEqual(['Mr. Smith met Dr. Jones on Jan. 5 in the U.S. capital.', 'Growth was 3.5 percent.']);
    expect(texts('Joseph R. Biden spoke.')).toEqual(['Joseph R. Biden spoke.']);
  });
  it('ends a sentence after U.S. when a new sentence starts', () => {
    expect(texts('Troops left the U.S. They returned.')).toEqual(['Troops left the U.S.', 'They returned.']);
  });
  it('does not split inside quotations', () => {
    expect(texts('وقال الكاظمي “ما نريده. هو الدعم”. ثم غادر.')).toEqual(['وقال الكاظمي “ما نريده. هو الدعم”.', 'ثم غادر.']);
    expect(texts('He said «Stop. Now.» Then left.')).toEqual(['He said «Stop. Now.»', 'Then left.']);
  });
  it('offsets add the given base and numbering continues', () => {
    const s = splitSentences('A b. C d.', 100, 7);
    expect(s[1]).toEqual({ index: 8, text: 'C d.', start: 105, end: 109 });
  });
  it('gives nothing for blank text', () => {
    expect(splitSentences(' \n\n ')).toEqual([]);
  });
});

describe('dotted acronyms before a title', () => {
  it('"U.S. President" does not end a sentence; "U.S." before a new sentence still does', () => {
    expect(texts('It was proposed by U.S. President Joe Biden in May.')).toEqual(['It was proposed by U.S. President Joe Biden in May.']);
    expect(texts('He flew to the U.S. Then he went home.')).toEqual(['He flew to the U.S.', 'Then he went home.']);
  });
});

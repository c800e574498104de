import { describe, expect, it } from 'vitest';
import { locateMentions } from '../../../src/extract/llm/locate.js';
import type { Sentence } from '../../../src/model/schemas.js';
import { splitSentences } from '../../../src/text/sentences.js';

/** The article's sentences, and each mention read back from the article by its offsets. */
function find(article: string, forms: string[]) {
  const sentences: Sentence[] = splitSentences(article);
  const mentions = locateMentions(forms, sentences);
  for (const m of mentions) expect(article.slice(m.start, m.end)).toBe(m.text);
  return mentions.map((m) => [m.text, m.sentence]);
}

describe('locating surface forms', () => {
  it('finds every occurrence as whole words, with offsets into the article', () => {
    const article = 'Headline\n\nBiden met Kadhimi. Later, Biden left; Bidenomics is another word.';
    expect(find(article, ['Biden'])).toEqual([['Biden', 1], ['Biden', 2]]);
    const [m] = locateMentions(['Kadhimi'], splitSentences(article));
    expect(m).toEqual({ text: 'Kadhimi', start: 20, end: 27, sentence: 1 });
  });

  it('takes Arabic names with the prepositions and conjunctions written onto them', () => {
    const article = 'التقى الكاظمي وبايدن، ثم قال لبايدن إن العراق مستعد. بايدنية ليست اسما.';
    expect(find(article, ['بايدن'])).toEqual([['بايدن', 0], ['بايدن', 0]]);
    // ل before the article: للولايات holds الولايات without its alef.
    expect(find('رسالة طمأنة للولايات المتحدة.', ['الولايات المتحدة'])).toEqual([['ولايات المتحدة', 0]]);
    expect(find('الولايات المتحدة وسوريا', ['الولايات المتحدة'])).toEqual([['الولايات المتحدة', 0]]);
  });

  it('ignores vowel marks, hamza seats and letter case, and keeps the article\'s own spelling', () => {
    expect(find('ويُفترض أن يؤدّي الحوار إلى اتفاق مع أمريكا.', ['يؤدي', 'امريكا'])).toEqual([['يؤدّي', 0], ['أمريكا', 0]]);
    expect(find('the islamic state claimed it', ['Islamic State'])).toEqual([['islamic state', 0]]);
  });

  it('matches acronyms only in capitals', () => {
    expect(find('Tell us what the US wants.', ['US'])).toEqual([['US', 0]]);
  });

  it('keeps the longer of two overlapping forms and skips forms too short to mean anything', () => {
    expect(find('President Joe Biden spoke.', ['Biden', 'Joe Biden', 'J', ' '])).toEqual([['Joe Biden', 0]]);
  });

  it('finds nothing for a form the text does not hold', () => {
    expect(find('Kadhimi met Biden.', ['Wakanda', "'}) DETACH DELETE n //"])).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { chunkSentences } from '../../../src/extract/llm/chunks.js';
import type { Sentence } from '../../../src/model/schemas.js';

const sentence = (index: number, length: number): Sentence => ({ index, text: 'x'.repeat(length), start: index * 1000, end: index * 1000 + length });

describe('chunks', () => {
  it('packs whole sentences in order under the budget', () => {
    const s = [sentence(0, 40), sentence(1, 40), sentence(2, 40), sentence(3, 10)];
    expect(chunkSentences(s, 100).map((c) => c.map((x) => x.index))).toEqual([[0, 1], [2, 3]]);
    expect(chunkSentences(s, 1000).map((c) => c.map((x) => x.index))).toEqual([[0, 1, 2, 3]]);
  });

  it('sends a sentence longer than the budget on its own, uncut', () => {
    const s = [sentence(0, 10), sentence(1, 500), sentence(2, 10)];
    expect(chunkSentences(s, 100).map((c) => c.map((x) => x.index))).toEqual([[0], [1], [2]]);
    expect(chunkSentences(s, 100)[1]![0]!.text).toHaveLength(500);
  });

  it('makes no chunk of no sentences', () => {
    expect(chunkSentences([], 100)).toEqual([]);
  });
});

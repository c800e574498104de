// Long articles go to the model in pieces: whole sentences, as many as fit in a character budget,
// so that a small local model's context holds the instructions, the chunk and the answer. A
// sentence longer than the budget goes alone rather than being cut.
import type { Sentence } from '../../model/schemas.js';

export function chunkSentences(sentences: Sentence[], budget: number): Sentence[][] {
  const chunks: Sentence[][] = [];
  let current: Sentence[] = [];
  let size = 0;
  for (const s of sentences) {
    if (current.length > 0 && size + s.text.length > budget) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push(s);
    size += s.text.length;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

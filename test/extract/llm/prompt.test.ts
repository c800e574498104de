import { describe, expect, it } from 'vitest';
import { buildMessages, systemPrompt, userPrompt } from '../../../src/extract/llm/prompt.js';
import { ENTITY_TYPE_MEANINGS, ENTITY_TYPES, PREDICATE_MEANINGS, PREDICATE_SIGNATURES, PREDICATES } from '../../../src/model/ontology.js';
import type { ArticleMeta, Sentence } from '../../../src/model/schemas.js';

const article: ArticleMeta = { id: '0123456789abcdef', title: 'Kadhimi to meet Biden', language: 'en', publishedAt: '2021-07-25' };
const sentences: Sentence[] = [
  { index: 3, text: 'Kadhimi will meet Biden on Monday.', start: 100, end: 134 },
  { index: 4, text: 'About 2,500 US troops are in Iraq.', start: 135, end: 169 },
];

describe('the prompt', () => {
  it('lists every type and predicate of the ontology with its meaning and usual ends', () => {
    const p = systemPrompt();
    for (const t of ENTITY_TYPES) expect(p).toContain(`- ${t}: ${ENTITY_TYPE_MEANINGS[t]}`);
    for (const pr of PREDICATES) expect(p).toContain(`- ${pr} (${PREDICATE_SIGNATURES[pr]}): ${PREDICATE_MEANINGS[pr]}`);
    expect(p).toContain('MEETS, NEGOTIATES_WITH, AGREES_WITH, ALLIED_WITH have no direction');
  });

  it('shows an example answer that is valid JSON with the fields the parser reads', () => {
    const example = systemPrompt().match(/^\{"entities".*$/m)![0];
    const answer = JSON.parse(example);
    expect(Object.keys(answer.entities[0]).sort()).toEqual(['id', 'mentions', 'name', 'nameAr', 'type']);
    expect(Object.keys(answer.triples[0]).sort()).toEqual(['confidence', 'count', 'date', 'object', 'predicate', 'sentences', 'subject']);
  });

  it('numbers the sentences with their index in the article and gives title, language and date', () => {
    expect(userPrompt(article, sentences, 2).split('\n')).toEqual([
      'Title: Kadhimi to meet Biden',
      'Language: English',
      'Published: 2021-07-25',
      '',
      '[3] Kadhimi will meet Biden on Monday.',
      '[4] About 2,500 US troops are in Iraq.',
    ]);
  });

  it('says when a chunk is part of a longer article, and leaves out what is unknown', () => {
    const p = userPrompt({ id: '0123456789abcdef', title: '', language: 'ar' }, sentences, 40);
    expect(p).toContain('Sentences 3–4 of 40; the others are sent separately.');
    expect(p).toContain('Language: Arabic');
    expect(p).not.toContain('Title:');
    expect(p).not.toContain('Published:');
  });

  it('sends the instructions as the system message and the article as the user message', () => {
    const m = buildMessages(article, sentences, 2);
    expect(m.map((x) => x.role)).toEqual(['system', 'user']);
    expect(m[0]!.content).toBe(systemPrompt());
    expect(m[1]!.content).toContain('[4] About 2,500 US troops are in Iraq.');
  });
});

import { describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/extract/llm/answer.js';
import { DEFAULT_CONFIDENCE, mapAnswer } from '../../../src/extract/llm/map.js';
import { slug } from '../../../src/kb/slug.js';
import type { Sentence } from '../../../src/model/schemas.js';
import { splitSentences } from '../../../src/text/sentences.js';
import { fixtureKb } from '../kb-fixture.js';

const EN = 'Iraqi Prime Minister Mustafa al-Kadhimi met U.S. President Joe Biden at the White House on Monday. Biden said about 2,500 American troops would stay in Iraq.';
const sentences: Sentence[] = splitSentences(EN);
const ctx = { sentences, kb: fixtureKb, extractor: 'llm:test' };

const answer = (a: Partial<Answer>): Answer => ({ entities: [], triples: [], problems: [], ...a });
const person = (id: string, name: string, mentions: string[] = []) => ({ id, type: 'Person', name, nameAr: null, mentions });
const triple = (subject: string, predicate: string, object: string, more: Partial<Answer['triples'][number]> = {}) =>
  ({ subject, predicate, object, sentences: [0], ...more });

describe('mapping entities', () => {
  it('resolves names through the knowledge base to the ids the rules extractor gives', () => {
    const r = mapAnswer(answer({
      entities: [
        person('A', 'Mustafa al-Kadhimi', ['Mustafa al-Kadhimi']),
        { id: 'B', type: 'Country', name: 'America', nameAr: null, mentions: [] },
        // "Iraqi" is an adjective of Iraq in the KB, not a name of it.
        { id: 'C', type: 'Country', name: 'Iraqi', nameAr: null, mentions: [] },
        // Typed as a country by the model; the KB knows Washington as a place.
        { id: 'D', type: 'Country', name: 'Washington', nameAr: 'واشنطن', mentions: [] },
      ],
    }), ctx);
    expect(r.entities.map((e) => [e.id, e.type, e.name, e.wikidataId])).toEqual([
      ['Q56537373', 'Person', 'Mustafa al-Kadhimi', 'Q56537373'],
      ['Q30', 'Country', 'United States', 'Q30'],
      ['country:iraqi', 'Country', 'Iraqi', undefined],
      ['Q61', 'Place', 'Washington, D.C.', 'Q61'],
    ]);
  });

  it('gives an entity the KB lacks the local type:slug id, from its English name or a transliteration', () => {
    const r = mapAnswer(answer({
      entities: [
        { id: 'A', type: 'organization', name: 'White House', nameAr: 'البيت الأبيض', mentions: ['White House'] },
        { id: 'B', type: 'Person', name: null, nameAr: 'فؤاد حسين', mentions: [] },
        { id: 'C', type: 'Person', name: 'فؤاد حسين', nameAr: null, mentions: [] },
      ],
    }), ctx);
    expect(r.entities[0]).toMatchObject({ id: 'organization:white-house', type: 'Organization', name: 'White House', nameAr: 'البيت الأبيض', aliases: ['البيت الأبيض'] });
    // The id the rules extractor gives a name the KB lacks: the slug of its transliteration.
    expect(r.entities[1]).toMatchObject({ id: `person:${slug('فؤاد حسين')}`, nameAr: 'فؤاد حسين' });
    expect(r.entities[2]).toMatchObject({ id: `person:${slug('فؤاد حسين')}`, nameAr: 'فؤاد حسين' });
    expect(r.entities[1]!.name).toMatch(/^[\x20-\x7e]+$/);
  });

  it('drops an entity whose type is not the ontology\'s, and the facts that need it', () => {
    const r = mapAnswer(answer({
      entities: [person('A', 'Joe Biden'), { id: 'W', type: 'Weapon', name: 'drone', nameAr: null, mentions: [] }],
      triples: [triple('A', 'ATTACKED', 'W')],
    }), ctx);
    expect(r.entities.map((e) => e.id)).toEqual(['Q6279']);
    expect(r.triples).toEqual([]);
    expect(r.warnings).toEqual([
      'dropped the model\'s entity "drone": "Weapon" is not an entity type of the ontology',
      'dropped the model\'s triple "A ATTACKED W": "W" is not one of its entities',
    ]);
  });
});

describe('mapping triples', () => {
  const people = [person('A', 'Mustafa al-Kadhimi'), person('B', 'Joe Biden'), { id: 'I', type: 'Country', name: 'Iraq', nameAr: null, mentions: [] }, { id: 'U', type: 'Country', name: 'United States', nameAr: null, mentions: [] }];

  it('keeps predicates of the ontology, however they are written, and drops the others', () => {
    const r = mapAnswer(answer({
      entities: people,
      triples: [triple('U', 'has troops in', 'I', { sentences: [1] }), triple('A', 'Meets', 'B'), triple('A', 'LIKES', 'B'), triple('A', 'MEETS n) DETACH DELETE n //', 'B')],
    }), ctx);
    expect(r.triples.map((t) => t.predicate)).toEqual(['HAS_TROOPS_IN', 'MEETS']);
    expect(r.warnings).toEqual([
      'dropped the model\'s triple "A LIKES B": "LIKES" is not a predicate of the ontology',
      'dropped the model\'s triple "A MEETS n) DETACH DELETE n // B": "MEETS n) DETACH DELETE n //" is not a predicate of the ontology',
    ]);
  });

  it('stores a symmetric fact from the smaller id, and drops a fact about one entity with itself', () => {
    const r = mapAnswer(answer({ entities: people, triples: [triple('B', 'MEETS', 'A'), triple('B', 'SUPPORTS', 'A'), triple('A', 'MEETS', 'A')] }), ctx);
    expect(r.triples.map((t) => `${t.subject} ${t.predicate} ${t.object}`)).toEqual(['Q56537373 MEETS Q6279', 'Q6279 SUPPORTS Q56537373']);
    expect(r.warnings).toEqual(['dropped the model\'s triple "A MEETS A": subject and object are the same entity']);
  });

  it('reads entity references given as names instead of labels', () => {
    const r = mapAnswer(answer({ entities: people, triples: [triple('joe biden', 'MEETS', 'Mustafa al-Kadhimi')] }), ctx);
    expect(r.triples).toHaveLength(1);
  });

  it('takes evidence from the article\'s sentences, and only from sentences it sent', () => {
    const r = mapAnswer(answer({ entities: people, triples: [triple('U', 'HAS_TROOPS_IN', 'I', { sentences: [1, 1, 7] }), triple('A', 'MEETS', 'B', { sentences: [9] })] }), ctx);
    expect(r.triples[0]!.evidence).toEqual([{ sentence: 1, text: sentences[1]!.text, start: 99, end: 157 }]);
    expect(r.triples).toHaveLength(1);
    expect(r.warnings).toEqual([
      'the model\'s triple "U HAS_TROOPS_IN I" cites sentences it was not sent: 7',
      'the model\'s triple "A MEETS B" cites sentences it was not sent: 9',
      'dropped the model\'s triple "A MEETS B": no evidence sentence',
    ]);
  });

  it('keeps dates and counts that parse, ignores the others with a warning, and clamps confidence', () => {
    const r = mapAnswer(answer({
      entities: people,
      triples: [
        triple('U', 'HAS_TROOPS_IN', 'I', { sentences: [1], count: '2,500', date: '2021-07', confidence: 1.7 }),
        triple('A', 'MEETS', 'B', { date: 'Monday', count: -3, confidence: -0.5 }),
        triple('A', 'VISITS', 'U', { date: null, count: null }),
      ],
    }), ctx);
    const [troops, meets, visits] = r.triples;
    expect(troops).toMatchObject({ qualifiers: { count: 2500, date: '2021-07' }, confidence: 1, extractor: 'llm:test' });
    expect(meets).toMatchObject({ qualifiers: {}, confidence: 0 });
    expect(visits).toMatchObject({ qualifiers: {}, confidence: DEFAULT_CONFIDENCE });
    expect(r.warnings).toEqual([
      'ignored the date "Monday" of the model\'s triple "A MEETS B": not YYYY, YYYY-MM or YYYY-MM-DD',
      'ignored the count -3 of the model\'s triple "A MEETS B": not a whole number',
    ]);
  });
});

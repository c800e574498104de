import { describe, expect, it } from 'vitest';
import { findJsonObject, parseAnswer } from '../../../src/extract/llm/answer.js';
import { UserError } from '../../../src/errors.js';

const ANSWER = {
  entities: [{ id: 'E1', type: 'Person', name: 'Joe Biden', nameAr: 'جو بايدن', mentions: ['بايدن'] }],
  triples: [{ subject: 'E1', predicate: 'MEETS', object: 'E2', sentences: [1], date: null, count: null, confidence: 0.8 }],
};
const json = JSON.stringify(ANSWER);

describe('reading the model reply', () => {
  it('reads a bare JSON object', () => {
    const a = parseAnswer(json);
    expect(a.entities).toEqual([{ id: 'E1', type: 'Person', name: 'Joe Biden', nameAr: 'جو بايدن', mentions: ['بايدن'] }]);
    expect(a.triples).toEqual([{ subject: 'E1', predicate: 'MEETS', object: 'E2', sentences: [1], date: null, count: null, confidence: 0.8 }]);
    expect(a.problems).toEqual([]);
  });

  it('finds the object in a code fence, in prose, and after a reasoning model\'s thoughts', () => {
    expect(findJsonObject(`Here you go:\n\`\`\`json\n${json}\n\`\`\`\nAnything else?`)).toEqual(ANSWER);
    expect(findJsonObject(`\`\`\`\n${json}\n\`\`\``)).toEqual(ANSWER);
    expect(findJsonObject(`The graph is ${json} as asked {sic}.`)).toEqual(ANSWER);
    expect(findJsonObject(`<think>The user wants {"entities": …} so</think>\n${json}`)).toEqual(ANSWER);
    // Braces inside strings do not end the object.
    expect(findJsonObject('Note: {"entities": [{"id": "}{", "type": "Concept", "name": "a } b"}]} done')).toEqual({ entities: [{ id: '}{', type: 'Concept', name: 'a } b' }] });
  });

  it('refuses a reply without a JSON object, quoting its start', () => {
    expect(() => parseAnswer('I am sorry, I cannot do that.')).toThrow(UserError);
    expect(() => parseAnswer('I am sorry, I cannot do that.')).toThrow('the model did not answer with a JSON object: "I am sorry, I cannot do that."');
    expect(() => parseAnswer('{"entities": [')).toThrow('did not answer with a JSON object');
    expect(() => parseAnswer('[1, 2, 3]')).toThrow('did not answer with a JSON object');
    expect(() => parseAnswer('')).toThrow('did not answer with a JSON object');
  });

  it('refuses JSON of another shape', () => {
    expect(() => parseAnswer('{"facts": []}')).toThrow(/not the answer asked for \(no "entities" or "triples" list\)/);
    expect(() => parseAnswer('{"entities": "Biden", "triples": []}')).toThrow(/not the answer asked for \(entities: /);
  });

  it('drops single items of the wrong shape with a reason, and keeps the rest', () => {
    const a = parseAnswer(JSON.stringify({
      entities: [
        ANSWER.entities[0],
        { id: 'E2', type: 7, name: 'Iraq' },
        { id: 'E3', type: 'Country' },
        'Iran',
      ],
      triples: [
        ANSWER.triples[0],
        { subject: 'E1', object: 'E2', sentences: [1] },
        { subject: 'E1', predicate: 'MEETS', object: 'E2', sentences: ['one'] },
      ],
    }));
    expect(a.entities.map((e) => e.id)).toEqual(['E1']);
    expect(a.triples).toHaveLength(1);
    expect(a.problems).toHaveLength(5);
    expect(a.problems[0]).toMatch(/^dropped the model's entity #1 .*: type: /);
    expect(a.problems[1]).toMatch(/^dropped the model's entity #2 .*an entity needs a name or an Arabic name/);
    expect(a.problems[3]).toMatch(/^dropped the model's triple #1 .*predicate: /);
    expect(a.problems[4]).toMatch(/^dropped the model's triple #2 .*sentences\.0: /);
  });

  it('accepts the small liberties models take: numeric ids, one number for a list, no mentions, null, a bad confidence', () => {
    const a = parseAnswer(JSON.stringify({
      entities: [{ id: 1, type: 'Person', name: null, nameAr: 'بايدن' }],
      triples: [{ subject: 1, predicate: 'MEETS', object: 2, sentences: 4, confidence: 'high' }],
    }));
    expect(a.entities[0]).toMatchObject({ id: '1', name: null, nameAr: 'بايدن', mentions: [] });
    expect(a.triples[0]).toMatchObject({ subject: '1', object: '2', sentences: [4], confidence: undefined });
    expect(a.problems).toEqual([]);
  });

  it('keeps hostile strings verbatim as values: they are data, never code', () => {
    const cypher = "'}) DETACH DELETE n //";
    const html = '<script>alert("x")</script>';
    const a = parseAnswer(JSON.stringify({
      entities: [{ id: cypher, type: 'Concept', name: html, nameAr: '\u202Eمرحبا', mentions: [cypher, html] }],
      triples: [{ subject: cypher, predicate: 'MEETS` {x: 1}) //', object: html, sentences: [0], date: '2021"; DROP' }],
    }));
    expect(a.entities[0]).toEqual({ id: cypher, type: 'Concept', name: html, nameAr: '\u202Eمرحبا', mentions: [cypher, html] });
    expect(a.triples[0]).toMatchObject({ subject: cypher, predicate: 'MEETS` {x: 1}) //', object: html, date: '2021"; DROP' });
  });
});

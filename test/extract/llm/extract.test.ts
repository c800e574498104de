// The LLM extractor from article to document, with a stand-in for the model: what is sent, and what
// becomes of a given answer. The sentences here are written for the test, in Arabic and English.
import { describe, expect, it } from 'vitest';
import type { LlmConfig } from '../../../src/config.js';
import { UserError } from '../../../src/errors.js';
import type { ChatMessage, Complete } from '../../../src/extract/llm/client.js';
import { extractDocumentWithLlm } from '../../../src/extract/llm/extract.js';
import { ExtractionDocumentSchema } from '../../../src/model/schemas.js';
import { extractDocument } from '../../../src/pipeline.js';
import { fixtureKb } from '../kb-fixture.js';

const config: LlmConfig = { baseUrl: 'http://unused/v1', model: 'test-model', timeoutMs: 1000, concurrency: 2, chunkChars: 10_000, retries: 0 };

const AR = 'التقى رئيس الوزراء العراقي مصطفى الكاظمي بالرئيس الأميركي جو بايدن في واشنطن يوم الاثنين.\nوقال الكاظمي إن نحو 2500 جندي أميركي ما زالوا في العراق.';
const EN = 'Iraqi Prime Minister Mustafa al-Kadhimi met U.S. President Joe Biden at the White House on Monday. Biden said about 2,500 American troops would stay in Iraq.';

/** A model that gives `answer` (a function of the request, or fixed) and records what it was sent. */
function model(answer: unknown | ((messages: ChatMessage[]) => unknown), truncated = false) {
  const sent: ChatMessage[][] = [];
  const complete: Complete = async (messages) => {
    sent.push(messages);
    const a = typeof answer === 'function' ? (answer as (m: ChatMessage[]) => unknown)(messages) : answer;
    return { content: typeof a === 'string' ? a : JSON.stringify(a), truncated };
  };
  return { complete, sent };
}

const KADHIMI_MEETS_BIDEN = {
  entities: [
    { id: 'E1', type: 'Person', name: 'Mustafa al-Kadhimi', nameAr: 'مصطفى الكاظمي', mentions: ['مصطفى الكاظمي', 'الكاظمي', 'Mustafa al-Kadhimi'] },
    { id: 'E2', type: 'Person', name: 'Joe Biden', nameAr: 'جو بايدن', mentions: ['جو بايدن', 'Joe Biden', 'Biden'] },
    { id: 'E3', type: 'Country', name: 'Iraq', nameAr: 'العراق', mentions: ['العراق', 'Iraq'] },
    { id: 'E4', type: 'Country', name: 'United States', nameAr: 'الولايات المتحدة', mentions: [] },
  ],
  triples: [
    { subject: 'E2', predicate: 'MEETS', object: 'E1', sentences: [0], date: '2021-07-26', confidence: 0.9 },
    { subject: 'E4', predicate: 'HAS_TROOPS_IN', object: 'E3', sentences: [1], count: 2500 },
  ],
};

const mentionsOf = (doc: { entities: { id: string; mentions: { text: string; start: number; end: number; sentence: number }[] }[] }, id: string) =>
  doc.entities.find((e) => e.id === id)!.mentions.map((m) => [m.text, m.start, m.end, m.sentence]);

describe('the LLM extractor', () => {
  it('maps an answer about an Arabic article to a valid document with offsets into the article', async () => {
    const { complete, sent } = model(KADHIMI_MEETS_BIDEN);
    const doc = ExtractionDocumentSchema.parse(await extractDocumentWithLlm({ path: 'ar.txt', text: AR, format: 'txt' }, config, { kb: fixtureKb, complete }));
    expect(sent).toHaveLength(1);
    expect(sent[0]![1]!.content).toContain('[1] وقال الكاظمي إن نحو 2500 جندي أميركي ما زالوا في العراق.');

    const rules = extractDocument({ path: 'ar.txt', text: AR, format: 'txt' }, { kb: fixtureKb });
    expect(doc.article).toEqual(rules.article);
    expect(doc.sentences).toEqual(rules.sentences);

    expect(mentionsOf(doc, 'Q56537373')).toEqual([['مصطفى الكاظمي', 27, 40, 0], ['الكاظمي', 95, 102, 1]]);
    expect(mentionsOf(doc, 'Q6279')).toEqual([['جو بايدن', 58, 66, 0]]);
    // "العراقي" is an adjective, not a mention of Iraq.
    expect(mentionsOf(doc, 'Q796')).toEqual([['العراق', 139, 145, 1]]);
    // Not named in the text, but a fact needs it.
    expect(mentionsOf(doc, 'Q30')).toEqual([]);
    for (const e of doc.entities) for (const m of e.mentions) expect(AR.slice(m.start, m.end)).toBe(m.text);

    expect(doc.triples).toEqual([
      { subject: 'Q30', predicate: 'HAS_TROOPS_IN', object: 'Q796', qualifiers: { count: 2500 }, confidence: 0.7, extractor: 'llm:test-model',
        evidence: [{ sentence: 1, text: 'وقال الكاظمي إن نحو 2500 جندي أميركي ما زالوا في العراق.', start: 90, end: 146 }] },
      { subject: 'Q56537373', predicate: 'MEETS', object: 'Q6279', qualifiers: { date: '2021-07-26' }, confidence: 0.9, extractor: 'llm:test-model',
        evidence: [{ sentence: 0, text: AR.slice(0, 89), start: 0, end: 89 }] },
    ]);
    expect(doc.warnings).toEqual([]);
  });

  it('maps the same answer about an English article, with English offsets', async () => {
    const { complete } = model(KADHIMI_MEETS_BIDEN);
    const doc = ExtractionDocumentSchema.parse(await extractDocumentWithLlm({ path: 'en.txt', text: EN, format: 'txt' }, config, { kb: fixtureKb, complete }));
    expect(doc.article.language).toBe('en');
    expect(mentionsOf(doc, 'Q56537373')).toEqual([['Mustafa al-Kadhimi', 21, 39, 0]]);
    expect(mentionsOf(doc, 'Q6279')).toEqual([['Joe Biden', 59, 68, 0], ['Biden', 99, 104, 1]]);
    expect(mentionsOf(doc, 'Q796')).toEqual([['Iraq', 152, 156, 1]]);
    expect(doc.triples.find((t) => t.predicate === 'MEETS')!.evidence).toEqual([{ sentence: 0, text: EN.slice(0, 98), start: 0, end: 98 }]);
  });

  it('keeps hostile strings verbatim in names and aliases; ids stay slugs', async () => {
    const cypher = "'}) DETACH DELETE n //";
    const html = '<script>alert(1)</script>';
    const text = `The group ${html} met ${cypher} in Baghdad.`;
    const { complete } = model({
      entities: [
        { id: 'E1', type: 'Organization', name: html, mentions: [html] },
        { id: 'E2', type: 'Person', name: cypher, mentions: [cypher] },
      ],
      triples: [{ subject: 'E1', predicate: 'MEETS', object: 'E2', sentences: [0] }],
    });
    const doc = ExtractionDocumentSchema.parse(await extractDocumentWithLlm({ path: 'x.txt', text, format: 'txt' }, config, { kb: fixtureKb, complete }));
    const org = doc.entities.find((e) => e.type === 'Organization')!;
    const who = doc.entities.find((e) => e.type === 'Person')!;
    expect(org).toMatchObject({ id: 'organization:script-alert-1-script', name: html, mentions: [{ text: html, start: 10, end: 10 + html.length, sentence: 0 }] });
    expect(who).toMatchObject({ id: 'person:detach-delete-n', name: cypher });
    expect(text.slice(who.mentions[0]!.start, who.mentions[0]!.end)).toBe(cypher);
    expect(doc.triples).toHaveLength(1);
  });

  it('sends a long article in chunks, at most `concurrency` at a time, and merges what they say', async () => {
    const text = Array.from({ length: 6 }, (_, i) => `Kadhimi met Biden in round ${i + 1}.`).join('\n');
    let inFlight = 0;
    let most = 0;
    const complete: Complete = async (messages) => {
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((r) => setTimeout(r, 20));
      inFlight--;
      const numbers = [...messages[1]!.content.matchAll(/^\[(\d+)\]/gm)].map((m) => Number(m[1]));
      return { truncated: false, content: JSON.stringify({
        entities: [
          { id: 'K', type: 'Person', name: 'Mustafa al-Kadhimi', mentions: ['Kadhimi'] },
          { id: 'B', type: 'Person', name: 'Joe Biden', mentions: ['Biden'] },
        ],
        triples: [{ subject: 'K', predicate: 'MEETS', object: 'B', sentences: numbers, confidence: 0.5 + numbers[0]! / 10 }],
      }) };
    };
    const doc = await extractDocumentWithLlm({ path: 'long.txt', text, format: 'txt' }, { ...config, chunkChars: 70, concurrency: 2 }, { kb: fixtureKb, complete });
    expect(most).toBe(2);
    expect(doc.triples).toHaveLength(1);
    expect(doc.triples[0]!.evidence.map((e) => e.sentence)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(doc.triples[0]!.confidence).toBeCloseTo(0.9);
    expect(doc.entities.find((e) => e.id === 'Q6279')!.mentions.map((m) => m.sentence)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('names the article and the sentences when a chunk fails, and says when the answer was cut short', async () => {
    const bad = model('Sorry.');
    await expect(extractDocumentWithLlm({ path: 'en.txt', text: EN, format: 'txt' }, config, { kb: fixtureKb, complete: bad.complete }))
      .rejects.toThrow(new UserError('en.txt: sentences 0–1: the model did not answer with a JSON object: "Sorry."'));
    const cut = model('{"entities": [{"id": "E1", "type": "Person", "name": "Joe', true);
    await expect(extractDocumentWithLlm({ path: 'en.txt', text: EN, format: 'txt' }, config, { kb: fixtureKb, complete: cut.complete }))
      .rejects.toThrow(/the answer hit the model's token limit; lower KG_LLM_CHUNK_CHARS/);
    const partial = model(KADHIMI_MEETS_BIDEN, true);
    const doc = await extractDocumentWithLlm({ path: 'en.txt', text: EN, format: 'txt' }, config, { kb: fixtureKb, complete: partial.complete });
    expect(doc.warnings).toEqual(['en.txt: sentences 0–1: the answer hit the model\'s token limit and may miss facts; lower KG_LLM_CHUNK_CHARS or raise the model\'s output limit']);
  });

  it('asks no model about an empty article', async () => {
    const { complete, sent } = model(KADHIMI_MEETS_BIDEN);
    const doc = await extractDocumentWithLlm({ path: 'empty.txt', text: ' \n', format: 'txt' }, config, { kb: fixtureKb, complete });
    expect(sent).toHaveLength(0);
    expect(doc).toMatchObject({ sentences: [], entities: [], triples: [], warnings: ['empty.txt: the article is empty; nothing to extract'] });
  });
});

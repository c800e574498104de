import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ExtractionDocumentSchema, type ExtractionDocument } from '../src/model/schemas.js';
import { extractDocument } from '../src/pipeline.js';
import { fixtureKb } from './extract/kb-fixture.js';

const SEED = new URL('../seeds/000_fb525bee6f4d7285.txt', import.meta.url);

function expectOffsetsSliceBack(doc: ExtractionDocument, text: string) {
  for (const s of doc.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  for (const e of doc.entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  for (const t of doc.triples) for (const ev of t.evidence) expect(text.slice(ev.start, ev.end)).toBe(ev.text);
}

describe('extractDocument on the seed article (shipped KB)', () => {
  const text = readFileSync(SEED, 'utf8');
  const doc = extractDocument({ path: 'seeds/000_fb525bee6f4d7285.txt', text, format: 'txt' });
  const byName = (re: RegExp) => doc.entities.find((e) => re.test(e.name))!;

  it('validates and is Arabic', () => {
    expect(ExtractionDocumentSchema.safeParse(doc).success).toBe(true);
    expect(doc.article.language).toBe('ar');
    expect(doc.article.id).toMatch(/^[0-9a-f]{16}$/);
  });
  it('finds Kadhimi MEETS Biden with its Arabic evidence sentence', () => {
    const kadhimi = byName(/Kadhimi/);
    const biden = byName(/Biden/);
    const meets = doc.triples.find((t) => t.predicate === 'MEETS' && [t.subject, t.object].sort().join() === [kadhimi.id, biden.id].sort().join());
    expect(meets).toBeDefined();
    expect(meets!.evidence[0]!.text).toContain('يلتقي بالرئيس جو بايدن');
  });
  it('finds the head of government from the unnamed title', () => {
    const kadhimi = byName(/Kadhimi/);
    expect(doc.triples.some((t) => t.subject === kadhimi.id && t.predicate === 'HEAD_OF_GOVERNMENT_OF' && t.object === byName(/^Iraq$/).id)).toBe(true);
  });
  it('slices every offset back to its text', () => {
    expectOffsetsSliceBack(doc, text);
  });
  it('is deterministic', () => {
    expect(extractDocument({ path: 'seeds/000_fb525bee6f4d7285.txt', text, format: 'txt' })).toEqual(doc);
  });
});

describe('extractDocument edge cases', () => {
  it('gives an empty document with a warning for an empty article', () => {
    const doc = extractDocument({ path: 'empty.txt', text: '', format: 'txt' }, { kb: fixtureKb });
    expect(doc.entities).toEqual([]);
    expect(doc.sentences).toEqual([]);
    expect(doc.warnings[0]).toMatch(/empty\.txt.*empty/);
    expect(ExtractionDocumentSchema.safeParse(doc).success).toBe(true);
  });
  it('honours a forced language', () => {
    expect(extractDocument({ path: 'x.txt', text: 'Iraq', format: 'txt' }, { kb: fixtureKb, lang: 'ar' }).article.language).toBe('ar');
  });
  it('gives the same id to the same unknown entity in two articles', () => {
    const a = extractDocument({ path: 'a.txt', text: 'قال زعيم حركة النهضة راشد الغنوشي إن الحركة مستعدة.', format: 'txt' }, { kb: fixtureKb });
    const b = extractDocument({ path: 'b.txt', text: 'التقى زعيم حركة النهضة راشد الغنوشي بالسفير.', format: 'txt' }, { kb: fixtureKb });
    const person = (d: ExtractionDocument) => d.entities.find((e) => e.type === 'Person' && e.nameAr === 'راشد الغنوشي')?.id;
    expect(person(a)).toBeDefined();
    expect(person(a)).toBe(person(b));
  });
});

describe('properties over arbitrary text', () => {
  const pieces = fc.constantFrom('الكاظمي', 'بالرئيس', 'وواشنطن', ' ', '، ', '. ', '\n', 'Iraq', 'U.S.', '“', '”', 'قوات', 'أميركية', 'مقتل', '2500', 'between', 'and', 'ً', '\u0000', '😀', 'Mr.');
  const texts = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.array(pieces, { maxLength: 40 }).map((a) => a.join('')));
  it('never throws, validates, and slices back', () => {
    fc.assert(fc.property(texts, (text) => {
      const doc = extractDocument({ path: 'p.txt', text, format: 'txt' }, { kb: fixtureKb });
      expect(ExtractionDocumentSchema.safeParse(doc).success).toBe(true);
      expectOffsetsSliceBack(doc, text);
    }), { numRuns: 300 });
  });
});

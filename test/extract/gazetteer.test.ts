import { describe, expect, it } from 'vitest';
import { buildGazetteer, matchAll } from '../../src/extract/gazetteer.js';
import { tokenize } from '../../src/text/tokens.js';
import { fixtureKb } from './kb-fixture.js';

const g = buildGazetteer(fixtureKb);
const found = (text: string) => matchAll(g, tokenize(text)).map((m) => ({ id: m.entry.id, text: text.slice(m.start, m.end), adjective: m.adjective }));

describe('KB matching', () => {
  it('matches through Arabic clitics', () => {
    expect(found('يلتقي بالرئيس بايدن')).toContainEqual({ id: 'Q6279', text: 'بايدن', adjective: false });
    expect(found('رسائل للولايات المتحدة')).toContainEqual({ id: 'Q30', text: 'ولايات المتحدة', adjective: false });
    expect(found('بين بغداد وواشنطن')).toEqual([
      { id: 'Q1530', text: 'بغداد', adjective: false }, { id: 'Q61', text: 'واشنطن', adjective: false }]);
    expect(found('الموالية لإيران')).toContainEqual({ id: 'Q794', text: 'إيران', adjective: false });
  });
  it('prefers the longest name', () => {
    expect(found('تنظيم الدولة الإسلامية').map((m) => m.text)).toEqual(['تنظيم الدولة الإسلامية']);
    expect(found('مصطفى الكاظمي قال').map((m) => m.text)).toEqual(['مصطفى الكاظمي']);
  });
  it('keeps the article with the name and drops other clitics', () => {
    expect(found('والعراق')[0]!.text).toBe('العراق');
    expect(found('بالعراق')[0]!.text).toBe('العراق');
  });
  it('folds spelling variants', () => {
    expect(found('قوات أمريكية')[0]).toMatchObject({ id: 'Q30', adjective: true });
    expect(found('ايران')[0]!.id).toBe('Q794');
  });
  it('finds nationality adjectives as adjectives', () => {
    expect(found('البرلمان العراقي')).toContainEqual({ id: 'Q796', text: 'العراقي', adjective: true });
    expect(found('Iranian officials')[0]).toMatchObject({ id: 'Q794', adjective: true });
  });
  it('is case-insensitive for multiword English names but exact for acronyms', () => {
    expect(found('the Associated press reported').map((m) => m.id)).toEqual(['Q40469']);
    expect(found('US troops')[0]!.id).toBe('Q30');
    expect(found('let us go')).toEqual([]);
    expect(found('the IS fighters')[0]!.id).toBe('Q2429253');
    expect(found('what is it')).toEqual([]);
  });
  it('matches dotted acronyms', () => {
    expect(found('the U.S. said')[0]!.id).toBe('Q30');
  });
});

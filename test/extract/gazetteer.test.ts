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

describe('aliases written with the article', () => {
  const kb = { entries: [{ id: 'organization:fatah-alliance', type: 'Organization' as const, name: 'Fatah Alliance', nameAr: 'تحالف الفتح', aliases: ['الفتح'], adjectives: [], roles: [] }] };
  const g2 = buildGazetteer(kb as unknown as Parameters<typeof buildGazetteer>[0]);
  const found2 = (text: string) => matchAll(g2, tokenize(text)).map((m) => text.slice(m.start, m.end));
  it('a one-word alias with the article does not match the bare word ("فتح الطرق" is "opening the roads")', () => {
    expect(found2('وبحث سبل فتح الطرق وفتح المعابر')).toEqual([]);
    expect(found2('وقال قادة الفتح وبالفتح')).toEqual(['الفتح', 'الفتح']);
  });
});

describe('KB names that open with a title', () => {
  const kb = { entries: [
    { id: 'person:abdullah-ii', type: 'Person' as const, name: 'Abdullah II of Jordan', nameAr: 'الملك عبد الله الثاني', aliases: ['عبد الله الثاني بن الحسين'], adjectives: [], roles: [] },
    { id: 'person:guterres', type: 'Person' as const, name: 'Antonio Guterres', nameAr: 'أنطونيو غوتيريش', aliases: ['الأمين العام للأمم المتحدة أنطونيو غوتيريش'], adjectives: [], roles: [] },
  ] };
  const g3 = buildGazetteer(kb as unknown as Parameters<typeof buildGazetteer>[0]);
  it('also match the name without the title, which the extractor reads as a title', () => {
    const text = 'استقبل العاهل الأردني الملك عبد الله الثاني الوزير';
    const ms = matchAll(g3, tokenize(text)).map((m) => text.slice(m.start, m.end));
    expect(ms.some((x) => x.includes('عبد الله الثاني'))).toBe(true);
    expect(matchAll(g3, tokenize('قال عبد الله الثاني إن')).map((m) => m.entry.id)).toEqual(['person:abdullah-ii']);
    // only when the rest opens with a word of the person's name: "الأمم المتحدة" is not Guterres
    expect(matchAll(g3, tokenize('دعت الأمم المتحدة إلى')).map((m) => m.entry.id)).toEqual([]);
  });
});

describe('English aliases written in lower case', () => {
  const kb = { entries: [{ id: 'organization:global-coalition', type: 'Organization' as const, name: 'Global Coalition to Defeat ISIS', aliases: ['international coalition', 'Global Coalition'], adjectives: [], roles: [] }] };
  const g4 = buildGazetteer(kb as unknown as Parameters<typeof buildGazetteer>[0]);
  const found4 = (text: string) => matchAll(g4, tokenize(text)).map((m) => text.slice(m.start, m.end));
  it('match in lower case; capitalised aliases still need a capital', () => {
    expect(found4('troops of the international coalition left')).toEqual(['international coalition']);
    expect(found4('a global coalition of donors')).toEqual([]);
  });
});

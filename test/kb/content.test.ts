// Properties of the KB shipped in data/kb/: these fail when the data or the generator regress.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KB_DIR, loadKb, type KbEntryWithId } from '../../src/kb/load.js';
import { slug } from '../../src/kb/slug.js';

const kb = loadKb({ env: {} });
const countries = kb.entries.filter((e) => e.type === 'Country');
const byName = (name: string, type = 'Country'): KbEntryWithId => {
  const e = kb.entries.find((x) => x.name === name && x.type === type);
  if (!e) throw new Error(`no ${type} ${name}`);
  return e;
};
const AR = /[\u0600-\u06FF]/;

// Raw lines of the shipped files, before merging.
const raw: { file: string; line: number; e: Record<string, unknown> }[] = [];
for (const f of readdirSync(KB_DIR).filter((x) => x.endsWith('.jsonl'))) {
  readFileSync(join(KB_DIR, f), 'utf8').split('\n').forEach((l, i) => {
    if (l.trim()) raw.push({ file: f, line: i + 1, e: JSON.parse(l) as Record<string, unknown> });
  });
}

const ARAB_LEAGUE = ['DZ', 'BH', 'KM', 'DJ', 'EG', 'IQ', 'JO', 'KW', 'LB', 'LY', 'MR', 'MA', 'OM', 'PS', 'QA', 'SA', 'SO', 'SD', 'SY', 'TN', 'AE', 'YE'];
const ARAB_LEAGUE_NAMES = ['Algeria', 'Bahrain', 'Comoros', 'Djibouti', 'Egypt', 'Iraq', 'Jordan', 'Kuwait', 'Lebanon', 'Libya', 'Mauritania',
  'Morocco', 'Oman', 'Palestine', 'Qatar', 'Saudi Arabia', 'Somalia', 'Sudan', 'Syria', 'Tunisia', 'United Arab Emirates', 'Yemen'];

describe('shipped KB content', () => {
  it('has at least 1,500 entries and about 250 countries', () => {
    expect(kb.entries.length).toBeGreaterThanOrEqual(1500);
    expect(countries.length).toBeGreaterThanOrEqual(245);
  });

  it('gives every country an Arabic name', () => {
    const missing = countries.filter((c) => !c.nameAr || !AR.test(c.nameAr)).map((c) => c.name);
    expect(missing).toEqual([]);
  });

  it('gives every Arab League member an Arabic adjective', () => {
    expect(ARAB_LEAGUE_NAMES).toHaveLength(ARAB_LEAGUE.length);
    const missing = ARAB_LEAGUE_NAMES.filter((n) => !byName(n).adjectives.some((a) => AR.test(a)));
    expect(missing).toEqual([]);
  });

  it('knows the Iraqi and American adjectives in both languages', () => {
    const iraq = byName('Iraq');
    expect(iraq.wikidataId).toBe('Q796');
    expect(iraq.adjectives).toEqual(expect.arrayContaining(['Iraqi', 'العراقي', 'العراقية', 'عراقي', 'عراقية', 'العراقيين', 'العراقيون']));
    const us = byName('United States');
    expect(us.id).toBe('Q30');
    expect(us.adjectives).toEqual(expect.arrayContaining(['American', 'الأميركية', 'الأمريكية', 'الأميركي', 'الأمريكي', 'أميركية', 'الأمريكيين']));
    expect(us.aliases).toEqual(expect.arrayContaining(['US', 'U.S.', 'USA', 'America', 'أميركا', 'أمريكا']));
    expect(us.nameAr).toBe('الولايات المتحدة');
    const uk = byName('United Kingdom');
    expect(uk.aliases).toEqual(expect.arrayContaining(['UK', 'Britain', 'بريطانيا']));
    for (const [n, adj] of [['Iran', 'الإيرانية'], ['Turkey', 'التركي'], ['Libya', 'الليبية'], ['Egypt', 'Egyptian']] as const) {
      expect(byName(n).adjectives).toContain(adj);
    }
  });

  it('links every country with a capital to a Place that points back', () => {
    const iraq = byName('Iraq');
    expect(iraq.capital).toBe('Q1530');
    expect(kb.byId.get('Q1530')?.nameAr).toBe('بغداد');
    for (const c of countries.filter((x) => x.capital)) {
      const cap = kb.byId.get(c.capital!);
      expect(cap?.type, c.name).toBe('Place');
      expect(cap?.country, c.name).toBe(c.id);
    }
  });

  it('uses well-formed QIDs, and no two entries share one', () => {
    const seen = new Map<string, string>();
    for (const e of kb.entries) {
      if (e.wikidataId === undefined) continue;
      expect(e.wikidataId).toMatch(/^Q\d+$/);
      expect(seen.get(e.wikidataId), `${e.wikidataId}: ${e.name} / ${seen.get(e.wikidataId)}`).toBeUndefined();
      seen.set(e.wikidataId, e.name);
      expect(e.id).toBe(e.wikidataId);
    }
    // Across the raw files a QID may repeat only for the same type and canonical name (a merge).
    const rawSeen = new Map<string, string>();
    for (const { file, line, e } of raw) {
      if (typeof e.wikidataId !== 'string') continue;
      const key = `${e.type as string}|${e.name as string}`;
      const prev = rawSeen.get(e.wikidataId);
      expect(prev === undefined || prev === key, `${file}:${line} ${e.wikidataId} ${key} vs ${prev}`).toBe(true);
      rawSeen.set(e.wikidataId, key);
    }
  });

  it('gives entries without QID the id type:slug(name)', () => {
    for (const e of kb.entries.filter((x) => !x.wikidataId)) {
      expect(e.id.startsWith(`${e.type.toLowerCase()}:${slug(e.name)}`), e.id).toBe(true);
    }
  });

  it('references only existing ids (capital, country, role objects)', () => {
    const dangling: string[] = [];
    for (const e of kb.entries) {
      for (const ref of [e.capital, e.country, ...e.roles.map((r) => r.object)]) {
        if (ref !== undefined && !kb.byId.has(ref)) dangling.push(`${e.id} → ${ref}`);
      }
    }
    expect(dangling).toEqual([]);
  });

  it('keeps role dates ordered and role kinds sensible', () => {
    for (const e of kb.entries) {
      for (const r of e.roles) {
        if (r.from && r.to) expect(r.from <= r.to, `${e.name} ${r.predicate} ${r.from}-${r.to}`).toBe(true);
        const obj = kb.byId.get(r.object)!;
        if (r.predicate === 'HEAD_OF_STATE_OF' || r.predicate === 'HEAD_OF_GOVERNMENT_OF') {
          expect(e.type).toBe('Person');
          expect(obj.type, `${e.name} → ${obj.name}`).toBe('Country');
        }
        if (r.predicate === 'LEADER_OF') expect(obj.type, `${e.name} → ${obj.name}`).toMatch(/^(Organization|Country)$/);
        if (r.predicate === 'CAPITAL_OF') expect(obj.type).toBe('Country');
      }
    }
  });

  it('writes Arabic names in Arabic script and canonical names in Latin script', () => {
    for (const e of kb.entries) {
      if (e.nameAr !== undefined) expect(AR.test(e.nameAr), `${e.id} ${e.nameAr}`).toBe(true);
      expect(AR.test(e.name), `${e.id} ${e.name}`).toBe(false);
      expect(e.aliases).not.toContain(e.name);
    }
  });

  it('has curated people, organisations and places beyond the generated countries', () => {
    const n = (t: string) => kb.entries.filter((e) => e.type === t).length;
    expect(n('Person')).toBeGreaterThanOrEqual(300);
    expect(n('Organization')).toBeGreaterThanOrEqual(250);
    expect(n('Place')).toBeGreaterThanOrEqual(400);
  });
});

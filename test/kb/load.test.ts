import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildKb, clearKbCache, isPlainKbEntry, kbFiles, loadKb, validateKbEntry } from '../../src/kb/load.js';
import { ENTITY_TYPES, PREDICATES } from '../../src/model/ontology.js';
import { KbEntrySchema } from '../../src/model/schemas.js';

const tmp = mkdtempSync(join(tmpdir(), 'kg-kb-'));
const write = (name: string, text: string): string => {
  const p = join(tmp, name);
  writeFileSync(p, text);
  return p;
};

beforeEach(() => clearKbCache());

describe('loadKb', () => {
  it('loads the shipped KB quickly and caches it', () => {
    const t0 = performance.now();
    const kb = loadKb({ env: {} });
    const ms = performance.now() - t0;
    expect(kb.entries.length).toBeGreaterThan(0);
    expect(ms).toBeLessThan(300);
    expect(loadKb({ env: {} })).toBe(kb);
  });

  it('rejects a bad user file and names file and line', () => {
    const bad = write('bad.jsonl', [
      '{"type":"Person","name":"Good Person"}',
      '',
      '{"type":"Alien","name":"Zork"}',
      '{"type":"Person","name":"X","wikidataId":"q12"}',
      '{not json',
    ].join('\n'));
    let message = '';
    try {
      loadKb({ extraFiles: [bad], env: {} });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain(`${bad}:3:`);
    expect(message).toContain(`${bad}:4:`);
    expect(message).toContain(`${bad}:5:`);
    expect(message).not.toContain(`${bad}:1:`);
  });

  it('extends the KB with a user file (extraFiles) and merges duplicates by id', () => {
    const user = write('user.jsonl', [
      '{"type":"Person","name":"Jane Q. Example","nameAr":"جين مثال","aliases":["Example"]}',
      '{"type":"Country","name":"Iraq","wikidataId":"Q796","aliases":["Mesopotamia (test alias)"]}',
      '{"type":"Person","name":"Jane Q. Example","aliases":["J. Example"]}',
    ].join('\n'));
    const kb = loadKb({ extraFiles: [user], env: {} });
    const jane = kb.byId.get('person:jane-q-example');
    expect(jane?.nameAr).toBe('جين مثال');
    expect(jane?.aliases).toEqual(expect.arrayContaining(['Example', 'J. Example']));
    const iraq = kb.byId.get('Q796');
    expect(iraq?.name).toBe('Iraq');
    expect(iraq?.aliases).toContain('Mesopotamia (test alias)');
    expect(iraq?.aliases).toContain('جمهورية العراق');
  });

  it('reads KG_KB_PATH (files and folders, colon-separated) and .json arrays', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-kb-dir-'));
    writeFileSync(join(dir, 'a.json'), JSON.stringify([{ type: 'Organization', name: 'Test Org Alpha' }]));
    const f = write('env.jsonl', '{"type":"Place","name":"Testville","country":"Q796"}\n');
    const kb = loadKb({ env: { KG_KB_PATH: `${dir}:${f}` } });
    expect(kb.byId.get('organization:test-org-alpha')?.type).toBe('Organization');
    expect(kb.byId.get('place:testville')?.country).toBe('Q796');
    expect(kbFiles({ env: { KG_KB_PATH: f }, noBuiltin: true })).toEqual([f]);
  });

  it('reports a bad element of a .json array and a type clash', () => {
    const j = write('bad.json', JSON.stringify([{ type: 'Person', name: 'Ok' }, { type: 'Person' }]));
    expect(() => buildKb([j])).toThrow(/bad\.json:\[1\]/);
    const clash = write('clash.jsonl', '{"type":"Person","name":"Iraq","wikidataId":"Q796"}\n');
    expect(() => loadKb({ extraFiles: [clash], env: {} })).toThrow(/Q796/);
  });

  it('fails clearly on a missing user file', () => {
    expect(() => loadKb({ extraFiles: [join(tmp, 'nope.jsonl')], env: {} })).toThrow(/not found/);
  });
});

describe('validateKbEntry fast path', () => {
  const roleArb = fc.record({
    predicate: fc.oneof(fc.constantFrom(...PREDICATES), fc.string()),
    object: fc.oneof(fc.string(), fc.integer()),
    from: fc.option(fc.oneof(fc.constantFrom('2020', '2020-01', '2020-01-05', '20', '2020-1'), fc.string()), { nil: undefined }),
    to: fc.option(fc.constantFrom('2021', 'x'), { nil: undefined }),
  }, { requiredKeys: ['predicate', 'object'] });
  const entryArb = fc.record({
    id: fc.oneof(fc.string(), fc.constant(undefined)),
    type: fc.oneof(fc.constantFrom(...ENTITY_TYPES), fc.string()),
    name: fc.oneof(fc.string(), fc.integer()),
    nameAr: fc.oneof(fc.string(), fc.integer()),
    aliases: fc.oneof(fc.array(fc.string()), fc.array(fc.oneof(fc.string(), fc.integer()))),
    wikidataId: fc.oneof(fc.constantFrom('Q30', 'Q1', 'q30', 'Q', 'Q3x'), fc.string()),
    adjectives: fc.array(fc.string()),
    capital: fc.oneof(fc.string(), fc.constant(null)),
    country: fc.string(),
    roles: fc.oneof(fc.array(roleArb), fc.constant('x')),
    extra: fc.string(),
  }, { requiredKeys: [] });

  const validArb = fc.record({
    id: fc.string({ minLength: 1 }),
    type: fc.constantFrom(...ENTITY_TYPES, 'Alien'),
    name: fc.string(),
    nameAr: fc.string(),
    aliases: fc.array(fc.string()),
    wikidataId: fc.oneof(fc.nat().map((n) => `Q${n}`), fc.constantFrom('q30', 'Q', 'Q3x', '', ' Q1')),
    adjectives: fc.array(fc.string()),
    capital: fc.string(),
    country: fc.string(),
    roles: fc.array(fc.record({
      predicate: fc.constantFrom(...PREDICATES),
      object: fc.string(),
      from: fc.constantFrom('2020', '2020-01', '2020-01-05', '20', '2020-1-1'),
      to: fc.constantFrom('2021', '2021-12', 'now'),
    }, { requiredKeys: ['predicate', 'object'] })),
  }, { requiredKeys: ['type', 'name'] });

  it('agrees with KbEntrySchema on random entries', () => {
    let fast = 0;
    fc.assert(fc.property(fc.oneof(validArb, entryArb), (value) => {
      const z = KbEntrySchema.safeParse(value);
      if (isPlainKbEntry(value)) {
        fast++;
        expect(z.success).toBe(true);
        const r = validateKbEntry(value);
        expect('entry' in r && r.entry).toEqual(z.data);
      }
      expect('entry' in validateKbEntry(value)).toBe(z.success);
    }), { numRuns: 2000 });
    expect(fast).toBeGreaterThan(0);
  });

  it('agrees with KbEntrySchema on every shipped entry', () => {
    for (const f of kbFiles({ env: {} })) {
      for (const line of readFileSync(f, 'utf8').split('\n').filter(Boolean)) {
        const value: unknown = JSON.parse(line);
        expect(isPlainKbEntry(value), `${f}: ${line.slice(0, 80)}`).toBe(true);
        const r = validateKbEntry(value);
        expect('entry' in r && r.entry).toEqual(KbEntrySchema.parse(value));
      }
    }
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildKb, clearKbCache, kbFiles, loadKb } from '../../src/kb/load.js';

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

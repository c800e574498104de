// data/kb/*.jsonl are generated from the npm packages and data/kb/sources/ by
// scripts/build-kb-countries.mjs; this fails when someone edits a source without regenerating
// (or edits a generated file by hand).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { KB_DIR } from '../../src/kb/load.js';

const script = fileURLToPath(new URL('../../scripts/build-kb-countries.mjs', import.meta.url));

describe('generated KB files', () => {
  it('are up to date with scripts/build-kb-countries.mjs and data/kb/sources/', () => {
    const out = mkdtempSync(join(tmpdir(), 'kg-kb-gen-'));
    execFileSync(process.execPath, [script, '--out', out], { stdio: 'pipe' });
    const generated = readdirSync(out).filter((f) => f.endsWith('.jsonl')).sort();
    expect(generated).toEqual(expect.arrayContaining(['countries.jsonl', 'places.jsonl', 'people.jsonl', 'organizations.jsonl']));
    for (const f of generated) {
      expect(readFileSync(join(KB_DIR, f), 'utf8') === readFileSync(join(out, f), 'utf8'), `${f} differs: run node scripts/build-kb-countries.mjs`).toBe(true);
    }
  });
});

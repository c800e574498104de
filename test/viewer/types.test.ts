// The viewer is bundled by Vite, which does not type-check, and lies outside tsconfig.json; this
// keeps it under the same strict TypeScript as the rest.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

describe('viewer sources', () => {
  it('type-check with viewer/tsconfig.json', async () => {
    const r = await promisify(execFile)('npx', ['tsc', '-p', 'viewer/tsconfig.json'], { encoding: 'utf8' }).catch((e: { stdout: string }) => e);
    expect(r.stdout).toBe('');
  });
});

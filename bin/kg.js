#!/usr/bin/env node
// Thin launcher so `npx kg` works from a checkout once `npm run build` has produced dist/.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
const cli = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(fileURLToPath(cli))) {
  console.error('kg: dist/cli.js is missing; run `npm run build` first.');
  process.exit(1);
}
const { main } = await import(cli.href);
await main(process.argv);

#!/usr/bin/env node
// Scores `kg extract` against the gold annotations in ../shared/eval (seed and dev sets) and the
// project's own fixtures (test/fixtures/articles, articles no rule was written from) and prints,
// per article, precision/recall/F1 of entities and triples, then each set's summary line.
// Run `npm run build` first; exits 0 with a note when the evaluation folder is absent.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = join(root, '..', 'shared');
const scorer = join(shared, 'eval', 'score.mjs');
if (!existsSync(scorer)) {
  console.log('eval: ../shared/eval is absent; nothing to score.');
  process.exit(0);
}
if (!existsSync(join(root, 'dist', 'cli.js'))) {
  console.error('eval: dist/cli.js is missing; run `npm run build` first.');
  process.exit(1);
}

const sets = [
  { name: 'seed', gold: join(shared, 'eval', 'gold'), articles: join(shared, 'seeds') },
  { name: 'dev', gold: join(shared, 'eval', 'dev', 'gold'), articles: join(shared, 'eval', 'dev', 'articles') },
  // Written and annotated before the extractor was run on them: the estimate for unseen news.
  { name: 'project fixtures', gold: join(root, 'test', 'fixtures', 'articles', 'gold'), articles: join(root, 'test', 'fixtures', 'articles') },
].filter((s) => existsSync(s.gold) && existsSync(s.articles));

const extract = `node ${JSON.stringify(join(root, 'bin', 'kg.js'))} extract --format json`;
const fx = (x) => x.toFixed(2);
const verbose = process.argv.includes('--verbose');

for (const set of sets) {
  const out = execFileSync('node', [scorer, '--gold-dir', set.gold, '--articles', set.articles, '--extract', extract],
    { encoding: 'utf8', maxBuffer: 1 << 28, cwd: root });
  const lines = out.trimEnd().split('\n');
  const summary = lines.pop();
  // The scorer prints one pretty JSON object per article before the summary line.
  const results = JSON.parse(`[${lines.join('\n').replace(/\}\n\{/g, '},{')}]`);
  console.log(`\n== ${set.name}`);
  console.log('article'.padEnd(40), 'ent P   R   F1  | tri P   R   F1');
  for (const r of results) {
    const e = r.entities, t = r.triples;
    console.log(r.article.padEnd(40), `${fx(e.P)} ${fx(e.R)} ${fx(e.F1)} | ${fx(t.P)} ${fx(t.R)} ${fx(t.F1)}`);
    if (verbose) {
      if (e.missed.length) console.log('   missed entities:', e.missed.join('; '));
      if (e.spurious.length) console.log('   spurious entities:', e.spurious.join('; '));
      if (t.missed.length) console.log('   missed triples:', t.missed.join('; '));
      if (t.wrong.length) console.log('   wrong triples:', t.wrong.join('; '));
    }
  }
  console.log(`${set.name}: ${summary}`);
}

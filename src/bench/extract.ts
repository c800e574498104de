// Extraction throughput: builds corpora by repeating the seed articles (and the dev articles when
// ../shared is present) to two sizes, extracts every article, and prints MB/s, articles/s and the
// peak resident memory. Memory should not grow with the corpus: articles are extracted one by one.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadKb } from '../kb/load.js';
import { extractDocument } from '../pipeline.js';
import { detectLanguage } from '../text/language.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

function articles(): Array<{ name: string; text: string }> {
  const dirs = [join(root, 'seeds'), join(root, '..', 'shared', 'eval', 'dev', 'articles')];
  const out: Array<{ name: string; text: string }> = [];
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort()) {
      if (f.endsWith('.txt') && !f.endsWith('.source.txt')) out.push({ name: f, text: readFileSync(join(dir, f), 'utf8') });
    }
  }
  return out;
}

function run(corpus: Array<{ name: string; text: string }>, targetBytes: number, label: string): void {
  let bytes = 0;
  let arabicBytes = 0;
  let count = 0;
  let peak = process.memoryUsage().rss;
  const t0 = performance.now();
  // CPU time as well as wall time: on a shared machine the CPU seconds say what one core does.
  const c0 = process.cpuUsage();
  for (let i = 0; bytes < targetBytes; i++) {
    const a = corpus[i % corpus.length]!;
    const doc = extractDocument({ path: a.name, text: a.text, format: 'txt' });
    const size = Buffer.byteLength(a.text, 'utf8');
    bytes += size;
    if (doc.article.language === 'ar') arabicBytes += size;
    count++;
    if (count % 50 === 0) peak = Math.max(peak, process.memoryUsage().rss);
  }
  const secs = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(c0);
  const cpuSecs = (cpu.user + cpu.system) / 1e6;
  peak = Math.max(peak, process.memoryUsage().rss);
  const mb = bytes / 1048576;
  console.log(`${label.padEnd(8)} ${mb.toFixed(1).padStart(6)} MB  ${count} articles  ${secs.toFixed(1)} s  `
    + `${(mb / secs).toFixed(2)} MB/s  ${(count / secs).toFixed(0)} articles/s  `
    + `Arabic ${(arabicBytes / 1048576 / secs).toFixed(2)} MB/s  per CPU-second ${(mb / cpuSecs).toFixed(2)} MB  `
    + `peak RSS ${(peak / 1048576).toFixed(0)} MB`);
}

const corpus = articles();
if (!corpus.length) {
  console.error('bench: no articles found in seeds/');
  process.exit(1);
}
const arabic = corpus.filter((a) => detectLanguage(a.text) === 'ar');
loadKb(); // the KB loads once per process; keep it out of the timing
console.log(`bench: ${corpus.length} distinct articles (${arabic.length} Arabic), repeated`);
const small = Number(process.env.BENCH_SMALL_MB ?? 5) * 1048576;
const large = Number(process.env.BENCH_LARGE_MB ?? 20) * 1048576;
run(corpus, small, 'mixed');
run(corpus, large, 'mixed');
if (arabic.length) run(arabic, small, 'arabic');

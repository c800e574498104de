// `kg extract FILE`: read one article and print its extraction document, without touching Neo4j.
import { Option, type Command } from 'commander';
import { extractorNamed, type ExtractorName } from '../extractors.js';
import type { ExtractionDocument } from '../model/schemas.js';
import { readArticleFile } from '../text/read-article.js';
import { extractorOption } from './extractor-option.js';
import { formatTable as table } from './output.js';

const FORMATS = ['json', 'jsonl', 'table'] as const;
type Format = (typeof FORMATS)[number];
type Opts = { format: Format; lang: 'ar' | 'en' | 'auto'; extractor: ExtractorName };

/**
 * The document as JSON, piece by piece: one line per sentence, entity and triple. A long article's
 * document can outgrow the longest string V8 can make, so it is never built as one string.
 */
export function* jsonChunks(doc: ExtractionDocument): Generator<string> {
  yield `{\n"article": ${JSON.stringify(doc.article)}`;
  for (const key of ['sentences', 'entities', 'triples', 'warnings'] as const) {
    const items: unknown[] = doc[key];
    yield `,\n${JSON.stringify(key)}: [`;
    for (let i = 0; i < items.length; i++) yield `${i ? ',' : ''}\n  ${JSON.stringify(items[i])}`;
    yield items.length ? '\n]' : ']';
  }
  yield '\n}\n';
}

export function* jsonlChunks(doc: ExtractionDocument): Generator<string> {
  for (const e of doc.entities) yield `${JSON.stringify({ kind: 'entity', ...e })}\n`;
  for (const t of doc.triples) yield `${JSON.stringify({ kind: 'triple', ...t })}\n`;
}

async function writeAll(chunks: Iterable<string>): Promise<void> {
  let buffer = '';
  const flush = async () => {
    if (!buffer) return;
    const ok = process.stdout.write(buffer);
    buffer = '';
    if (!ok) await new Promise<void>((resolve) => process.stdout.once('drain', () => resolve()));
  };
  for (const c of chunks) {
    buffer += c;
    if (buffer.length > 1 << 16) await flush();
  }
  await flush();
}

export function formatTable(doc: ExtractionDocument): string {
  const name = new Map(doc.entities.map((e) => [e.id, e.name]));
  const entities = table(['id', 'type', 'name', 'nameAr', 'mentions'],
    doc.entities.map((e) => ({ id: e.id, type: e.type, name: e.name, nameAr: e.nameAr ?? '', mentions: e.mentions.length })));
  const triples = table(['subject', 'predicate', 'object', 'qualifiers', 'evidence'],
    doc.triples.map((t) => ({
      subject: name.get(t.subject) ?? t.subject, predicate: t.predicate, object: name.get(t.object) ?? t.object,
      qualifiers: Object.keys(t.qualifiers).length ? t.qualifiers : '', evidence: t.evidence[0]?.text ?? '',
    })), 100);
  const head = `${doc.article.title || doc.article.path || doc.article.id} [${doc.article.language}] ${doc.sentences.length} sentences`;
  return [head, '', 'Entities', entities, '', 'Triples', triples].join('\n');
}

export function registerExtract(program: Command): void {
  program.command('extract')
    .description('extract entities and relation triples from one article (.txt, .md, .html) and print them')
    .argument('<file>', 'the article file')
    .addOption(new Option('--format <format>', 'output format').choices(FORMATS).default('json'))
    .addOption(new Option('--lang <lang>', 'article language').choices(['ar', 'en', 'auto']).default('auto'))
    .addOption(extractorOption())
    .addHelpText('after', `
Examples:
  kg extract seeds/000_fb525bee6f4d7285.txt
  kg extract article.html --format table
  kg extract article.txt --format jsonl --lang en
  KG_LLM_BASE_URL=http://localhost:11434/v1 KG_LLM_MODEL=qwen2.5:7b kg extract article.txt --extractor llm`)
    .action(async (file: string, opts: Opts) => {
      const extract = await extractorNamed(opts.extractor);
      const doc = await extract(await readArticleFile(file), { lang: opts.lang });
      for (const w of doc.warnings) console.error(`kg: warning: ${w}`);
      if (opts.format === 'table') await writeAll([`${formatTable(doc)}\n`]);
      else await writeAll(opts.format === 'json' ? jsonChunks(doc) : jsonlChunks(doc));
    });
}

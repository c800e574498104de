// The LLM extractor: an article's sentences (split and numbered as the rules extractor splits
// them, so provenance lines up) go to an OpenAI-compatible model chunk by chunk; the answers are
// checked, mapped onto the ontology and the knowledge base, merged, and validated as a document.
import type { LlmConfig } from '../../config.js';
import { UserError } from '../../errors.js';
import { loadKb, type Kb } from '../../kb/load.js';
import type { Language } from '../../model/ontology.js';
import { ExtractionDocumentSchema, type ExtractionDocument, type Sentence } from '../../model/schemas.js';
import { articleMeta, extractDocument } from '../../pipeline.js';
import type { RawArticle } from '../../text/read-article.js';
import { splitSentences } from '../../text/sentences.js';
import { parseAnswer, type Answer } from './answer.js';
import { chunkSentences } from './chunks.js';
import { chatClient, type Complete, type Completion } from './client.js';
import { mapAnswer, type ChunkResult } from './map.js';
import { mergeChunks } from './merge.js';
import { buildMessages } from './prompt.js';

export interface LlmExtractOptions {
  lang?: Language | 'auto';
  /** the knowledge base entity names resolve against; the shipped one by default */
  kb?: Kb;
  /** the model; an HTTP client for `config` by default */
  complete?: Complete;
}

/** Runs `fn` over `items` with at most `limit` calls in flight; results keep the items' order. */
async function mapLimit<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

const SMALLER_CHUNKS = 'lower KG_LLM_CHUNK_CHARS or raise the model\'s output limit';

function answerOf(reply: Completion): Answer {
  try {
    return parseAnswer(reply.content);
  } catch (err) {
    // A reply cut off at the token limit is the likely reason, and one the user can do something about.
    if (reply.truncated && err instanceof UserError) throw new UserError(`${err.message} (the answer hit the model's token limit; ${SMALLER_CHUNKS})`);
    throw err;
  }
}

export async function extractDocumentWithLlm(raw: RawArticle, config: LlmConfig, opts: LlmExtractOptions = {}): Promise<ExtractionDocument> {
  // An empty article needs no model: the document is the one every extractor gives.
  if (!raw.text.trim()) return extractDocument(raw, { lang: opts.lang ?? 'auto' });
  const article = articleMeta(raw, opts.lang);
  const sentences = splitSentences(raw.text);
  const kb = opts.kb ?? loadKb();
  const complete = opts.complete ?? chatClient(config);
  const extractor = `llm:${config.model}`;

  const readChunk = async (chunk: Sentence[]): Promise<ChunkResult> => {
    const where = `sentences ${chunk[0]!.index}–${chunk[chunk.length - 1]!.index}`;
    try {
      const reply = await complete(buildMessages(article, chunk, sentences.length));
      const result = mapAnswer(answerOf(reply), { sentences: chunk, kb, extractor });
      if (reply.truncated) result.warnings.push(`the answer hit the model's token limit and may miss facts; ${SMALLER_CHUNKS}`);
      return { ...result, warnings: result.warnings.map((w) => `${where}: ${w}`) };
    } catch (err) {
      if (err instanceof UserError) throw new UserError(`${raw.path}: ${where}: ${err.message}`, err.exitCode);
      throw err;
    }
  };

  const merged = mergeChunks(await mapLimit(chunkSentences(sentences, config.chunkChars), config.concurrency, readChunk));
  return ExtractionDocumentSchema.parse({ article, sentences, ...merged, warnings: merged.warnings.map((w) => `${raw.path}: ${w}`) });
}

// The extractors `kg extract`, `kg ingest` and `kg up` choose from: the offline rules (the default)
// or a model behind any OpenAI-compatible endpoint. The LLM code loads only when it is chosen.
import { loadLlmConfig } from './config.js';
import type { Language } from './model/ontology.js';
import type { ExtractionDocument } from './model/schemas.js';
import { extractDocument } from './pipeline.js';
import type { RawArticle } from './text/read-article.js';

export const EXTRACTOR_NAMES = ['rules', 'llm'] as const;
export type ExtractorName = (typeof EXTRACTOR_NAMES)[number];

export type ExtractArticle = (raw: RawArticle, opts?: { lang?: Language | 'auto' }) => Promise<ExtractionDocument>;

export const extractWithRules: ExtractArticle = async (raw, opts) => extractDocument(raw, opts);

/** The named extractor; for `llm`, its settings are read (and refused when missing) right away. */
export async function extractorNamed(name: ExtractorName, env: NodeJS.ProcessEnv = process.env): Promise<ExtractArticle> {
  if (name === 'rules') return extractWithRules;
  const config = loadLlmConfig(env);
  const { extractDocumentWithLlm } = await import('./extract/llm/extract.js');
  return (raw, opts) => extractDocumentWithLlm(raw, config, opts);
}

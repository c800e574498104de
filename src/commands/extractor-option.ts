// `--extractor rules|llm`, shared by the commands that extract articles.
import { Option } from 'commander';
import { EXTRACTOR_NAMES } from '../extractors.js';

export const extractorOption = (): Option =>
  new Option('--extractor <name>', 'rules (offline) or llm (an OpenAI-compatible endpoint: KG_LLM_BASE_URL, KG_LLM_MODEL)')
    .choices(EXTRACTOR_NAMES).default('rules');

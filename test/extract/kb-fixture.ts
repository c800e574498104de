// The small knowledge base the extractor's unit tests run against (test/fixtures/kb.jsonl), so the
// tests do not move when the shipped KB grows.
import { fileURLToPath } from 'node:url';
import { buildKb } from '../../src/kb/load.js';

export const fixtureKb = buildKb([fileURLToPath(new URL('../fixtures/kb.jsonl', import.meta.url))]);

// The properties of a fact relationship (cypher/schema.cypher) rebuilt from a TripleRow: the
// evidence list carries the sentence and article ids in the order the graph keeps them.
import type { TripleRow } from '../model/triple-row.js';
import { sentenceId } from '../store/write-document.js';

export type FactProperties = {
  sentenceIds: string[];
  articleIds: string[];
  confidence: number;
  extractors: string[];
  date: string | null;
  count: number | null;
  firstSeen: string | null;
  lastSeen: string | null;
};

export function factProperties(t: TripleRow): FactProperties {
  return {
    sentenceIds: [...new Set(t.evidence.map((e) => sentenceId(e.articleId, e.sentence)))],
    articleIds: [...new Set(t.evidence.map((e) => e.articleId))],
    confidence: t.confidence,
    extractors: [...new Set(t.extractors)],
    date: t.qualifiers.date ?? null,
    count: t.qualifiers.count ?? null,
    firstSeen: t.firstSeen ?? null,
    lastSeen: t.lastSeen ?? null,
  };
}

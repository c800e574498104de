// The attributes entities and facts carry in the graph-drawing formats (GEXF, GraphML): flat
// strings and numbers, since Gephi has no list columns; lists are joined with ";".
import type { TripleRow } from '../model/triple-row.js';
import { joinArray } from './csv-line.js';
import { factProperties } from './fact-properties.js';
import type { EntityNode } from './source.js';

export type NodeAttributes = { label: string; type: string; nameAr: string; wikidataId: string; aliases: string };
export type EdgeAttributes = {
  label: string; predicate: string; confidence: number; date: string; count: number | null;
  extractors: string; articleIds: string; sentenceIds: string; evidence: string;
};

export const NODE_ATTRIBUTE_TYPES = { label: 'string', type: 'string', nameAr: 'string', wikidataId: 'string', aliases: 'string' } as const;
export const EDGE_ATTRIBUTE_TYPES = {
  label: 'string', predicate: 'string', confidence: 'double', date: 'string', count: 'long',
  extractors: 'string', articleIds: 'string', sentenceIds: 'string', evidence: 'string',
} as const;

export const nodeAttributes = (e: EntityNode): NodeAttributes => ({
  label: e.name, type: e.type, nameAr: e.nameAr ?? '', wikidataId: e.wikidataId ?? '', aliases: joinArray(e.aliases) ?? '',
});

export const edgeKey = (t: TripleRow) => `${t.subject.id}|${t.predicate}|${t.object.id}`;

export function edgeAttributes(t: TripleRow): EdgeAttributes {
  const p = factProperties(t);
  return {
    label: t.predicate, predicate: t.predicate, confidence: p.confidence, date: p.date ?? '', count: p.count,
    extractors: joinArray(p.extractors) ?? '', articleIds: joinArray(p.articleIds) ?? '', sentenceIds: joinArray(p.sentenceIds) ?? '',
    // The evidence text makes an edge self-explaining in Gephi's data laboratory.
    evidence: t.evidence.map((e) => e.text).join('\n'),
  };
}

// Runs the whole extractor on a sentence written for a test and lists its triples by entity name.
import { extractDocument } from '../../src/pipeline.js';
import { fixtureKb } from './kb-fixture.js';

export function extract(text: string, publishedAt?: string) {
  return extractDocument({ path: 'test.txt', text, format: 'txt', ...(publishedAt ? { publishedAt } : {}) }, { kb: fixtureKb });
}

export function triples(text: string, publishedAt?: string): string[] {
  const doc = extract(text, publishedAt);
  const name = new Map(doc.entities.map((e) => [e.id, e.name]));
  return doc.triples.map((t) => `${name.get(t.subject)} ${t.predicate} ${name.get(t.object)}`);
}

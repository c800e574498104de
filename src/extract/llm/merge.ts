// The chunks of an article are answered separately, and a model may list one entity or fact twice:
// entities merge on their resolved id and triples on (subject, predicate, object), keeping all
// their mentions and evidence. An entity that is neither found in the text nor used by a fact is
// the model's invention and goes, with a warning. Sorted as the rules extractor sorts, so two runs
// on the same answers print the same document.
import type { Entity, Triple } from '../../model/schemas.js';
import type { ChunkResult } from './map.js';

const bySpan = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start - b.start || a.end - b.end;

function mergeEntity(into: Entity, e: Entity): void {
  if (into.nameAr === undefined && e.nameAr !== undefined) into.nameAr = e.nameAr;
  if (into.wikidataId === undefined && e.wikidataId !== undefined) into.wikidataId = e.wikidataId;
  for (const a of e.aliases) if (a !== into.name && !into.aliases.includes(a)) into.aliases.push(a);
  for (const m of e.mentions) if (!into.mentions.some((x) => x.start === m.start && x.end === m.end)) into.mentions.push(m);
}

function mergeTriple(into: Triple, t: Triple): void {
  for (const ev of t.evidence) if (!into.evidence.some((x) => x.sentence === ev.sentence)) into.evidence.push(ev);
  into.confidence = Math.max(into.confidence, t.confidence);
  if (into.qualifiers.date === undefined && t.qualifiers.date !== undefined) into.qualifiers.date = t.qualifiers.date;
  if (into.qualifiers.count === undefined && t.qualifiers.count !== undefined) into.qualifiers.count = t.qualifiers.count;
}

export function mergeChunks(results: ChunkResult[]): ChunkResult {
  const entities = new Map<string, Entity>();
  for (const e of results.flatMap((r) => r.entities)) {
    const prev = entities.get(e.id);
    if (prev) mergeEntity(prev, e);
    else entities.set(e.id, { ...e, aliases: [...e.aliases], mentions: [...e.mentions] });
  }
  const triples = new Map<string, Triple>();
  for (const t of results.flatMap((r) => r.triples)) {
    const key = `${t.subject}\u0000${t.predicate}\u0000${t.object}`;
    const prev = triples.get(key);
    if (prev) mergeTriple(prev, t);
    else triples.set(key, { ...t, qualifiers: { ...t.qualifiers }, evidence: [...t.evidence] });
  }
  const warnings = results.flatMap((r) => r.warnings);
  const used = new Set([...triples.values()].flatMap((t) => [t.subject, t.object]));
  for (const [id, e] of entities) {
    if (e.mentions.length === 0 && !used.has(id)) {
      warnings.push(`dropped the model's entity ${JSON.stringify(e.name)}: not found in the text and in no fact`);
      entities.delete(id);
    }
  }
  for (const e of entities.values()) e.mentions.sort(bySpan);
  for (const t of triples.values()) t.evidence.sort(bySpan);
  return {
    entities: [...entities.values()].sort((a, b) => a.id.localeCompare(b.id)),
    triples: [...triples.values()].sort((a, b) => a.subject.localeCompare(b.subject) || a.predicate.localeCompare(b.predicate) || a.object.localeCompare(b.object)),
    warnings,
  };
}

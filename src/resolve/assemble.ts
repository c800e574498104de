// Turns the mentions and relation candidates of an article into the document's entities and
// triples: offices resolved to their holders, surnames merged with full names, ids from the KB or
// from `type:slug(name)`, duplicate triples merged with all their evidence.
import type { Predicate } from '../model/ontology.js';
import { SYMMETRIC_PREDICATES } from '../model/ontology.js';
import type { Entity, Sentence, Triple } from '../model/schemas.js';
import type { KbEntryWithId } from '../extract/kb-types.js';
import type { Mention, RelationCandidate } from '../extract/types.js';
import { bareHeadMerges, namesakeMerges, surnameMerges } from './merge.js';
import { resolveOffice, type OfficeClaim } from './offices.js';

export interface AssembleInput {
  mentions: Mention[];
  relations: RelationCandidate[];
  sentences: Sentence[];
  /** the date each sentence states, by sentence index */
  dates: Map<number, string>;
  publishedAt?: string;
  /** index of the last headline sentence: persons there are the article's protagonists */
  headlineEnd: number;
}

/** Predicates that are states, not happenings: a sentence's date does not qualify them. */
const TIMELESS = new Set<Predicate>(['HEAD_OF_GOVERNMENT_OF', 'HEAD_OF_STATE_OF', 'LEADER_OF', 'MEMBER_OF', 'PART_OF', 'LOCATED_IN', 'CAPITAL_OF', 'QUOTES']);

export function assemble(input: AssembleInput): { entities: Entity[]; triples: Triple[] } {
  const entries = new Map<string, KbEntryWithId>();
  const local = new Set<string>();
  for (const m of [...input.mentions, ...input.relations.flatMap((r) => [r.subject, r.object])]) {
    entries.set(m.entry.id, m.entry);
    if (m.local) local.add(m.entry.id);
  }

  // Offices without a named holder.
  const claims: OfficeClaim[] = input.relations.filter((r) => !r.subject.office && r.subject.type === 'Person')
    .map((r) => ({ holderId: r.subject.entry.id, predicate: r.predicate, object: r.object.entry.id }));
  const people = [...entries.values()].filter((e) => e.type === 'Person' && !e.id.startsWith('office:'));
  const headline = input.mentions.find((m) => m.sentence <= input.headlineEnd && m.type === 'Person' && !m.office);
  const redirect = new Map<string, string>();
  for (const m of input.mentions) {
    if (!m.office || redirect.has(m.entry.id)) continue;
    const holder = resolveOffice(m.office, claims, people, headline?.entry, input.publishedAt);
    if (holder) redirect.set(m.entry.id, holder);
  }
  for (const [from, to] of surnameMerges(people, (id) => local.has(id))) redirect.set(from, to);
  const texts = new Map<string, string[]>();
  for (const m of input.mentions) texts.set(m.entry.id, [...(texts.get(m.entry.id) ?? []), m.text]);
  for (const [from, to] of namesakeMerges(people, texts, (id) => local.has(id))) if (!redirect.has(from)) redirect.set(from, to);
  const orgs = [...entries.values()].filter((e) => e.type === 'Organization');
  for (const [from, to] of bareHeadMerges(orgs, (id) => local.has(id))) redirect.set(from, to);
  const idOf = (id: string): string | undefined => {
    const seen = new Set<string>();
    let cur = id;
    while (redirect.has(cur) && !seen.has(cur)) { seen.add(cur); cur = redirect.get(cur)!; }
    return cur.startsWith('office:') ? undefined : cur;
  };

  // Triples, merged on (subject, predicate, object).
  const triples = new Map<string, Triple>();
  const evidenced = new Map<string, Set<number>>();
  const used = new Set<string>();
  for (const r of input.relations) {
    let s = idOf(r.subject.entry.id);
    let o = idOf(r.object.entry.id);
    if (!s || !o || s === o) continue;
    if (SYMMETRIC_PREDICATES.has(r.predicate) && o < s) [s, o] = [o, s];
    const sentence = input.sentences[r.sentence]!;
    const evidence = { sentence: sentence.index, text: sentence.text, start: sentence.start, end: sentence.end };
    const key = `${s}\u0000${r.predicate}\u0000${o}`;
    const prev = triples.get(key);
    if (prev) {
      const seen = evidenced.get(key)!;
      if (!seen.has(evidence.sentence)) { seen.add(evidence.sentence); prev.evidence.push(evidence); }
      prev.confidence = Math.max(prev.confidence, r.confidence);
      if (r.count !== undefined && prev.qualifiers.count === undefined) prev.qualifiers.count = r.count;
      continue;
    }
    const qualifiers: Triple['qualifiers'] = {};
    const date = input.dates.get(r.sentence);
    if (date && !TIMELESS.has(r.predicate)) qualifiers.date = date;
    if (r.count !== undefined) qualifiers.count = r.count;
    evidenced.set(key, new Set([evidence.sentence]));
    triples.set(key, { subject: s, predicate: r.predicate, object: o, qualifiers, evidence: [evidence], confidence: r.confidence, extractor: r.extractor });
    used.add(s);
    used.add(o);
  }

  // Entities: everything mentioned firmly, and whatever a triple uses.
  const entities = new Map<string, Entity>();
  const ensure = (id: string): Entity => {
    let e = entities.get(id);
    if (e) return e;
    const entry = entries.get(id)!;
    e = { id, name: entry.name, type: entry.type, aliases: [], mentions: [] };
    if (entry.nameAr) e.nameAr = entry.nameAr;
    if (entry.wikidataId) e.wikidataId = entry.wikidataId;
    const aliases = new Set([...(entry.nameAr ? [entry.nameAr] : []), ...entry.aliases]);
    aliases.delete(entry.name);
    e.aliases = [...aliases];
    entities.set(id, e);
    return e;
  };
  for (const id of used) ensure(id);
  const aliasSets = new Map<string, Set<string>>();
  // Events and concepts are found as arguments of relations; their phrases are their mentions.
  const argumentMentions = input.relations.flatMap((r) => [r.subject, r.object]).filter((m) => m.type === 'Event' || m.type === 'Concept');
  for (const m of [...input.mentions, ...argumentMentions]) {
    const id = idOf(m.entry.id);
    if (!id || (m.weak && !used.has(id))) continue;
    const e = ensure(id);
    e.mentions.push({ text: m.text, start: m.start, end: m.end, sentence: m.sentence });
    const known = aliasSets.get(id) ?? new Set([e.name, ...e.aliases]);
    aliasSets.set(id, known);
    // Only names become aliases: not a description, an office or a nationality adjective.
    if (!m.referring && !m.office && !m.adjective && !known.has(m.text)) { known.add(m.text); e.aliases.push(m.text); }
  }
  for (const e of entities.values()) {
    e.mentions.sort((a, b) => a.start - b.start || a.end - b.end);
    e.mentions = e.mentions.filter((m, i, arr) => i === 0 || m.start !== arr[i - 1]!.start || m.end !== arr[i - 1]!.end);
  }
  const sortedTriples = [...triples.values()].sort((a, b) => a.subject.localeCompare(b.subject) || a.predicate.localeCompare(b.predicate) || a.object.localeCompare(b.object));
  for (const t of sortedTriples) t.evidence.sort((a, b) => a.start - b.start);
  return { entities: [...entities.values()].sort((a, b) => a.id.localeCompare(b.id)), triples: sortedTriples };
}

// Standing facts the knowledge base knows about the places an article mentions: a capital and its
// country, a town and its country, stated only when one sentence names both ("the attack on the
// capital Tripoli… Libya"): a dateline city and a country named paragraphs later are not a claim the
// article makes; nor from a dateline city or a capital standing for its state, which say nothing of
// where a town lies. And the office of a person the article names with an untargeted title ("رئيس
// الحكومة X"), whose object may be anywhere in the article.
import type { Predicate } from '../model/ontology.js';
import type { Mention, RelationCandidate } from '../extract/types.js';

// Only places: what an organisation is part of, articles state when it matters ("البرلمان العراقي").
const STANDING: ReadonlySet<Predicate> = new Set<Predicate>(['CAPITAL_OF', 'LOCATED_IN']);

/** `unclaimed`: ids of place mentions whose sentence makes no claim of where they lie (see placesNotClaimed). */
export function kbFacts(mentions: Mention[], unclaimed: ReadonlySet<number> = new Set()): RelationCandidate[] {
  const byEntry = new Map<string, Mention[]>();
  for (const m of mentions) {
    if (m.office) continue;
    const list = byEntry.get(m.entry.id);
    if (list) list.push(m); else byEntry.set(m.entry.id, [m]);
  }
  const out: RelationCandidate[] = [];
  for (const m of mentions) {
    if (!m.titled) continue;
    const { predicate, object } = m.titled;
    // Current roles before past ones: an article rarely names a past office without "former".
    const roles = object ? [{ predicate, object }] : m.entry.roles.filter((r) => r.predicate === predicate).sort((a, b) => Number(!!a.to) - Number(!!b.to));
    const role = roles.find((r) => byEntry.has(r.object));
    if (!role) continue;
    const objects = byEntry.get(role.object)!.filter((o) => !o.adjective || o.type === 'Country');
    if (objects.length) out.push({ subject: m, predicate: role.predicate, object: objects.find((o) => o.sentence === m.sentence) ?? objects[0]!, sentence: m.sentence, confidence: 0.6, extractor: 'title-kb-role' });
  }
  for (const [, ms] of byEntry) {
    // A war or a summit is not located like a town: its KB country is no claim of the article.
    const subject = ms.find((m) => !m.adjective && !m.local && m.type === 'Place');
    if (!subject) continue;
    const claims: Array<{ predicate: Predicate; object: string }> = subject.entry.roles.filter((r) => STANDING.has(r.predicate));
    if (subject.type === 'Place' && subject.entry.country && !claims.some((c) => c.object === subject.entry.country)) {
      claims.push({ predicate: 'LOCATED_IN', object: subject.entry.country });
    }
    for (const c of claims) {
      // "الفلسطينيين في قطاع غزة": a people named by its demonym is not its state's territory claimed.
      const objects = byEntry.get(c.object)?.filter((o) => !o.adjective);
      if (!objects?.length) continue;
      const objectSentences = new Set(objects.map((o) => o.sentence));
      const s = ms.find((m) => objectSentences.has(m.sentence) && !unclaimed.has(m.id));
      if (!s) continue;
      const o = objects.find((x) => x.sentence === s.sentence)!;
      out.push({ subject: s.adjective ? subject : s, predicate: c.predicate, object: o, sentence: s.sentence, confidence: 0.5, extractor: 'kb' });
    }
  }
  return out;
}

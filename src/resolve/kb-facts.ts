// Standing facts the knowledge base knows about the places an article mentions: a capital and its
// country, a town and its country; and the office of a person the article names with an untargeted
// title ("رئيس الحكومة X"). Stated only when both ends are in the article,
// with the sentence that mentions both as evidence (else the one that mentions the subject).
import type { Predicate } from '../model/ontology.js';
import type { Mention, RelationCandidate } from '../extract/types.js';

// Only places: what an organisation is part of, articles state when it matters ("البرلمان العراقي").
const STANDING: ReadonlySet<Predicate> = new Set<Predicate>(['CAPITAL_OF', 'LOCATED_IN']);

export function kbFacts(mentions: Mention[]): RelationCandidate[] {
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
    const subject = ms.find((m) => !m.adjective && !m.local);
    if (!subject) continue;
    const claims: Array<{ predicate: Predicate; object: string }> = subject.entry.roles.filter((r) => STANDING.has(r.predicate));
    if (subject.type === 'Place' && subject.entry.country && !claims.some((c) => c.object === subject.entry.country)) {
      claims.push({ predicate: 'LOCATED_IN', object: subject.entry.country });
    }
    for (const c of claims) {
      const objects = byEntry.get(c.object);
      if (!objects) continue;
      const objectSentences = new Set(objects.map((o) => o.sentence));
      const together = ms.find((m) => objectSentences.has(m.sentence));
      const s = together ?? subject;
      const o = objects.find((x) => x.sentence === s.sentence) ?? objects[0]!;
      out.push({ subject: s.adjective ? subject : s, predicate: c.predicate, object: o, sentence: s.sentence, confidence: 0.5, extractor: 'kb' });
    }
  }
  return out;
}

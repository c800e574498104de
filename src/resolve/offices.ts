// An office named without its holder ("رئيس الوزراء العراقي", "the Iraqi prime minister") is the
// person the article or the knowledge base says holds it: one named with that title elsewhere in the
// article, else a person the article mentions whose KB roles include it (in force at the article's
// date when the KB gives dates), else the person the headline is about.
import type { Predicate } from '../model/ontology.js';
import type { KbEntryWithId } from '../extract/kb-types.js';

export interface OfficeClaim { holderId: string; predicate: Predicate; object: string }

const inForce = (r: { from?: string; to?: string }, date?: string) =>
  !date || ((!r.from || r.from <= date) && (!r.to || r.to >= date.slice(0, r.to.length)));

export function resolveOffice(
  office: { predicate: Predicate; object?: string },
  claims: OfficeClaim[],
  people: KbEntryWithId[],
  headlinePerson: KbEntryWithId | undefined,
  publishedAt?: string,
): string | undefined {
  const named = claims.find((c) => c.predicate === office.predicate && c.object === office.object);
  if (named) return named.holderId;
  const byRole = people.filter((p) => p.roles.some((r) => r.predicate === office.predicate && r.object === office.object && inForce(r, publishedAt)));
  if (byRole.length === 1) return byRole[0]!.id;
  // A headline person with no contrary role is the article's protagonist, usually the office holder.
  if (headlinePerson && !headlinePerson.roles.some((r) => r.predicate === office.predicate && r.object !== office.object)) return headlinePerson.id;
  return undefined;
}

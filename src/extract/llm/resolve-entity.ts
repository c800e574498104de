// The node a model's entity becomes: the knowledge-base entry its names denote (so its id is the
// Wikidata QID or KB id the rules extractor gives it, and both extractors' facts meet on one node),
// else an article-local entity under the same `type:slug(name)` id scheme as the KB loader's.
import type { EntityType } from '../../model/ontology.js';
import { kbEntryId, type Kb, type KbEntryWithId } from '../../kb/load.js';
import { lookupName } from '../../kb/names.js';
import { hasArabic, transliterate } from '../../kb/transliterate.js';

export interface ResolvedEntity {
  id: string;
  type: EntityType;
  name: string;
  nameAr?: string;
  wikidataId?: string;
  /** names the entity is known by besides `name`: the KB's, or the model's Arabic name */
  aliases: string[];
}

/**
 * The KB entry that `forms` (tried in order) denote. A nationality adjective is not a name of its
 * country; a form shared by several entries counts only if exactly one has the model's type.
 */
export function kbEntryFor(kb: Kb, type: EntityType, forms: string[]): KbEntryWithId | undefined {
  for (const form of forms) {
    const entries = lookupName(kb, form).filter((h) => h.form !== 'adjective').flatMap((h) => kb.byId.get(h.id) ?? []);
    const sameType = entries.filter((e) => e.type === type);
    if (sameType.length === 1) return sameType[0];
    // The KB knows the type better than the model ("Washington" is a place, not a country).
    if (entries.length === 1) return entries[0];
  }
  return undefined;
}

export function resolveEntity(kb: Kb, type: EntityType, name: string | undefined, nameAr: string | undefined, mentions: string[]): ResolvedEntity {
  // Models put an Arabic name in the English field now and then; it is the Arabic name then.
  const arabicName = nameAr || (name && hasArabic(name) ? name : undefined);
  const englishName = name && !hasArabic(name) ? name : undefined;
  const forms = [englishName, arabicName, ...mentions].filter((f): f is string => Boolean(f));
  const entry = kbEntryFor(kb, type, forms);
  if (entry) {
    return {
      id: entry.id, type: entry.type, name: entry.name,
      ...(entry.nameAr ? { nameAr: entry.nameAr } : {}),
      ...(entry.wikidataId ? { wikidataId: entry.wikidataId } : {}),
      aliases: [...(entry.nameAr ? [entry.nameAr] : []), ...entry.aliases],
    };
  }
  const localName = englishName ?? transliterate(arabicName!);
  return {
    id: kbEntryId({ type, name: localName }), type, name: localName,
    ...(arabicName ? { nameAr: arabicName } : {}),
    aliases: arabicName ? [arabicName] : [],
  };
}

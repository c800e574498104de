// One entity per real-world thing within an article: a person first named by surname only
// ("Mora", "الكاظمي") is the same as the full name the article gives ("Enrique Mora").
import { fold } from '../text/arabic.js';
import type { KbEntryWithId } from '../extract/kb-types.js';

const words = (s: string) => fold(s).toLowerCase().split(/[\s\-‐]+/).filter(Boolean).map((w) => w.replace(/^ال(?=...)/, ''));

function forms(e: KbEntryWithId): string[][] {
  return [e.name, e.nameAr ?? '', ...e.aliases].filter(Boolean).map(words);
}

/** Whether every form of short is the tail of some form of long ("Haftar" of "Khalifa Haftar"). */
function isTailOf(short: KbEntryWithId, long: KbEntryWithId): boolean {
  return forms(short).some((s) => s.length > 0 && forms(long).some((l) => l.length > s.length && s.every((w, i) => l[l.length - s.length + i] === w)));
}

/**
 * Maps the id of each person entity that is a shortened name of another person entity of the same
 * article to that entity's id. Article-local persons merge into KB persons and longer local names;
 * a surname shared by two full names is left alone.
 */
export function surnameMerges(people: KbEntryWithId[], isLocal: (id: string) => boolean): Map<string, string> {
  const out = new Map<string, string>();
  for (const p of people) {
    if (!isLocal(p.id)) continue;
    const targets = people.filter((q) => q.id !== p.id && isTailOf(p, q));
    if (targets.length === 1) out.set(p.id, targets[0]!.id);
  }
  return out;
}

/**
 * Maps a KB person the article names only by one word ("الصفدي") to the one other person of the
 * article whose fuller name holds that word ("أحمد الصفدي"): the article means its own man, not the
 * KB's namesake ("أيمن الصفدي"). `texts` gives the surfaces each entity was mentioned by.
 */
export function namesakeMerges(people: KbEntryWithId[], texts: Map<string, string[]>, isLocal: (id: string) => boolean): Map<string, string> {
  const out = new Map<string, string>();
  const surfaces = (id: string) => (texts.get(id) ?? []).map(words);
  for (const p of people) {
    const own = surfaces(p.id);
    if (isLocal(p.id) || !own.length || own.some((w) => w.length !== 1)) continue;
    const word = own[0]![0]!;
    if (own.some((w) => w[0] !== word)) continue;
    const targets = people.filter((q) => q.id !== p.id && surfaces(q.id).some((w) => w.length > 1 && w.includes(word)));
    if (targets.length === 1) out.set(p.id, targets[0]!.id);
  }
  return out;
}

/** Generic heads that name an organisation by its kind alone ("الجيش", "the army", "الحكومة"). */
const BARE_HEADS = new Set(['جيش', 'حكومه', 'army', 'military', 'government', 'شرطه', 'police', 'برلمان', 'parliament']);

/**
 * Maps a local organisation named by a bare generic head ("الجيش") to the one organisation of the
 * article whose name opens with that head ("الجيش السوداني"); left alone when there are several.
 */
export function bareHeadMerges(orgs: KbEntryWithId[], isLocal: (id: string) => boolean): Map<string, string> {
  const out = new Map<string, string>();
  for (const o of orgs) {
    if (!isLocal(o.id)) continue;
    const own = forms(o).map((f) => f.filter((w) => w !== 'the'));
    const head = own.find((f) => f.length === 1 && BARE_HEADS.has(f[0]!))?.[0];
    if (!head) continue;
    const targets = orgs.filter((q) => q.id !== o.id && forms(q).some((f) => f.length > 1 && f[0] === head));
    if (targets.length === 1) out.set(o.id, targets[0]!.id);
  }
  return out;
}

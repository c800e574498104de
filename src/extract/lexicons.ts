// The extractor's lexicons compiled once into phrase matchers.
import { fold } from '../text/arabic.js';
import type { EntityType } from '../model/ontology.js';
import { MONTHS, WEEKDAYS } from './lexicon/calendar.js';
import { ARABIC_EVENT_NOUNS, ENGLISH_EVENT_NOUNS } from './lexicon/events.js';
import { ADVERBIAL_PARTICIPLES, ARABIC_FRAMES, ENGLISH_FRAMES, FORCE_NOUNS, SPEECH_VERBS, TROOP_NOUNS, type Frame } from './lexicon/frames.js';
import { ARABIC_FUNCTION_WORDS, ENGLISH_FUNCTION_WORDS, PLACE_NOUNS } from './lexicon/function-words.js';
import { ARABIC_ORG_HEADS, ENGLISH_ORG_WORDS } from './lexicon/organisations.js';
import { ARABIC_TITLES, ENGLISH_TITLES, type Title } from './lexicon/titles.js';
import { PhraseLexicon } from './phrases.js';

/** One entry per form, with every frame the form belongs to ("talks": NEGOTIATES_WITH and VISITS with "in"). */
function byForm(specs: Array<[string[], Frame]>): Array<[string, Frame[]]> {
  const out = new Map<string, Frame[]>();
  for (const [forms, f] of specs) for (const x of forms) out.set(x, [...(out.get(x) ?? []), f]);
  return [...out];
}
const set = (words: string[]) => new PhraseLexicon<true>(words.map((w) => [w, true] as [string, true]));

export const titles = new PhraseLexicon<Title>({ ...ARABIC_TITLES, ...ENGLISH_TITLES }, true);
export const orgHeads = set(ARABIC_ORG_HEADS);
export const frames = new PhraseLexicon<Frame[]>(byForm([...ARABIC_FRAMES, ...ENGLISH_FRAMES]), false, true);
export const eventNouns = new PhraseLexicon<EntityType>({ ...ARABIC_EVENT_NOUNS, ...ENGLISH_EVENT_NOUNS }, false, true);
export const speechVerbs = set(SPEECH_VERBS);
export const adverbials = set(ADVERBIAL_PARTICIPLES);
export const forceNouns = set(FORCE_NOUNS);
export const troopNouns = set(TROOP_NOUNS);
export const calendarWords = set([...Object.keys(MONTHS), ...Object.keys(WEEKDAYS)]);
export const englishOrgWords = new Set(ENGLISH_ORG_WORDS);

const arabicFunction = new Set([...ARABIC_FUNCTION_WORDS].map(fold));
export const isFunctionWord = (key: string): boolean => arabicFunction.has(key) || ENGLISH_FUNCTION_WORDS.has(key);
export const isPlaceNoun = (key: string): boolean => PLACE_NOUNS.has(key) || PLACE_NOUNS.has(key.replace(/^ال/, ''));

export {
  loadKb, clearKbCache, buildKb, kbFiles, kbEntryId, parseKbText, validateKbEntry, isPlainKbEntry, KB_DIR,
} from './load.js';
export type { Kb, KbEntryWithId, LoadKbOptions } from './load.js';
export { slug } from './slug.js';
export { transliterate, hasArabic } from './transliterate.js';
export { normalizeArabic, nameKey, entryNames, buildNameIndex, lookupName } from './names.js';
export type { NameForm, NameHit } from './names.js';

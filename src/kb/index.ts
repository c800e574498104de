export { loadKb, clearKbCache, buildKb, kbFiles, kbEntryId, parseKbText, KB_DIR } from './load.js';
export type { Kb, KbEntryWithId, LoadKbOptions } from './load.js';
export { slug } from './slug.js';
export { transliterate, hasArabic } from './transliterate.js';

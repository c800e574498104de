// The slice of the knowledge base the extractor reads. Structural, so the loader in src/kb can grow
// without the extractor depending on more than it uses.
import type { KbEntry } from '../model/schemas.js';

export type KbEntryWithId = KbEntry & { id: string };
export interface KbLike { entries: KbEntryWithId[]; byId?: Map<string, KbEntryWithId> }

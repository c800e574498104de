// What the extractor finds in one sentence before entities are resolved across the article.
import type { EntityType, Predicate } from '../model/ontology.js';
import type { KbEntryWithId } from './kb-types.js';

/** A span of the article that refers to something. */
export interface Mention {
  id: number;
  sentence: number;
  /** token range [from, to) in the sentence */
  from: number;
  to: number;
  /** character span in the article, clitics excluded */
  start: number;
  end: number;
  text: string;
  type: EntityType;
  /** the knowledge-base entry, or the article-local entry made for a name the KB lacks */
  entry: KbEntryWithId;
  /** true when the entry was made from this article, not taken from the KB */
  local: boolean;
  /** a nationality adjective standing for its country ("أميركية", "Iranian") */
  adjective: boolean;
  /** proclitics on the first word (folded), e.g. "ب" of "بالرئيس": the prepositions of Arabic */
  proclitic: string;
  /** an office named without its holder ("رئيس الوزراء العراقي"), resolved to a person later */
  office?: { predicate: Predicate; object?: string };
  /** keep the entity only if a relation uses it */
  weak: boolean;
  /** words that refer to the entity without naming it ("the kingdom", "العاصمة", "the crown prince"): no alias */
  referring?: boolean;
  /**
   * a role a title gives whose object the sentence does not name: the office of "رئيس الحكومة X"
   * (object from the KB roles), the department of "Secretary of State X"
   */
  titled?: { predicate: Predicate; object?: string };
}

/** A relation found in a sentence, between mentions. */
export interface RelationCandidate {
  subject: Mention;
  predicate: Predicate;
  object: Mention;
  sentence: number;
  count?: number;
  confidence: number;
  extractor: string;
}

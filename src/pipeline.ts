// From an article's text to its extraction document: sentences, entities with their mentions, and
// relation triples with the sentences that evidence them. Pure apart from loading the knowledge base
// once; the same input always gives the same document.
import type { Language } from './model/ontology.js';
import { ExtractionDocumentSchema, type ExtractionDocument, type Sentence } from './model/schemas.js';
import { loadKb } from './kb/load.js';
import { slug } from './kb/slug.js';
import { transliterate } from './kb/transliterate.js';
import { findDate, parseReference } from './extract/dates.js';
import { buildGazetteer, type Gazetteer } from './extract/gazetteer.js';
import type { KbLike } from './extract/kb-types.js';
import { analyseSentence, ArticleState, type NameMaker } from './extract/mentions.js';
import { placesNotClaimed, sentenceRelations } from './extract/relations.js';
import type { Mention, RelationCandidate } from './extract/types.js';
import { assemble } from './resolve/assemble.js';
import { kbFacts } from './resolve/kb-facts.js';
import { articleId } from './text/article-id.js';
import { detectLanguage } from './text/language.js';
import type { RawArticle } from './text/read-article.js';
import { splitSentences } from './text/sentences.js';

export interface ExtractOptions {
  lang?: Language | 'auto';
  /** the knowledge base to resolve names against; the shipped one by default */
  kb?: KbLike;
}

export const EXTRACTOR_VERSION = 'rules-1';

/** Body sentences read ahead for the full names of people a headline names by a given name alone. */
const LEAD_SENTENCES = 3;

const names: NameMaker = {
  transliterate,
  localId: (type, name) => `${type.toLowerCase()}:${slug(name)}`,
};

const gazetteers = new WeakMap<KbLike, Gazetteer>();
function gazetteerFor(kb: KbLike): Gazetteer {
  let g = gazetteers.get(kb);
  if (!g) { g = buildGazetteer(kb); gazetteers.set(kb, g); }
  return g;
}

/** A closing line naming the outlet ("Al Arabiya English", "العرب") is metadata, not news. */
function isByline(s: Sentence, raw: RawArticle, last: boolean): boolean {
  if (!last) return false;
  const words = s.text.split(/\s+/).length;
  if (words > 5 || /[.!?؟:]$/.test(s.text)) return false;
  if (!raw.source) return false;
  const src = raw.source.toLowerCase();
  return s.text.toLowerCase().split(/[\s()]+/).some((w) => w.length > 2 && src.includes(w)) || words <= 3;
}

/** The article part of a document; every extractor reports it the same way. */
export function articleMeta(raw: RawArticle, lang: Language | 'auto' = 'auto'): ExtractionDocument['article'] {
  const language: Language = lang !== 'auto' ? lang : detectLanguage(raw.text);
  const article: ExtractionDocument['article'] = { id: articleId(raw.text), title: raw.title ?? '', language, path: raw.path };
  if (raw.source) article.source = raw.source;
  if (raw.publishedAt && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(raw.publishedAt)) article.publishedAt = raw.publishedAt;
  return article;
}

export function extractDocument(raw: RawArticle, opts: ExtractOptions = {}): ExtractionDocument {
  const text = raw.text;
  const warnings: string[] = [];
  const article = articleMeta(raw, opts.lang);
  if (!text.trim()) {
    warnings.push(`${raw.path}: the article is empty; nothing to extract`);
    return ExtractionDocumentSchema.parse({ article, sentences: [], entities: [], triples: [], warnings });
  }

  const kb = opts.kb ?? loadKb();
  const state = new ArticleState(kb, names, gazetteerFor(kb));
  const ref = parseReference(article.publishedAt);
  const sentences: Sentence[] = splitSentences(text);
  const mentions: Mention[] = [];
  const relations: RelationCandidate[] = [];
  const unclaimed = new Set<number>();
  const dates = new Map<number, string>();
  // The headline is the first line; a repeated headline counts with it.
  const headlineEnd = sentences.length > 1 && sentences[1]!.text === sentences[0]!.text ? 1 : 0;
  const read = (s: Sentence) => {
    const k = s.index;
    if (isByline(s, raw, k === sentences.length - 1 && k > 0)) return;
    const a = analyseSentence(state, s);
    mentions.push(...a.mentions, ...a.nested);
    const found = sentenceRelations(a, state);
    relations.push(...found);
    for (const id of placesNotClaimed(a, found)) unclaimed.add(id);
    const date = findDate(s.text, ref);
    if (date) dates.set(s.index, date);
  };
  // A headline may name a person by a given name alone ("Abdulaziz cites…"), which only the body's
  // full name resolves: the lead, where a news story gives the full name, is previewed for it
  // before the article is read in order (the whole body would cost a third of the throughput).
  const headline = sentences.length > 1 ? sentences.slice(0, headlineEnd + 1) : [];
  if (headline.length) {
    const preview = new ArticleState(kb, names, gazetteerFor(kb));
    for (const s of sentences.slice(headline.length, headline.length + LEAD_SENTENCES)) analyseSentence(preview, s);
    state.headlineNames = preview.headlineGivenNames();
  }
  headline.forEach(read);
  state.headlineNames = undefined;
  sentences.slice(headline.length).forEach(read);
  relations.push(...kbFacts(mentions, unclaimed));
  const { entities, triples } = assemble({ mentions, relations, sentences, dates, headlineEnd, ...(article.publishedAt ? { publishedAt: article.publishedAt } : {}) });
  for (const t of triples) t.extractor = `${EXTRACTOR_VERSION}/${t.extractor}`;
  return { article, sentences, entities, triples, warnings };
}

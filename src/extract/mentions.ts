// Mentions of one sentence: knowledge-base names first (longest match), then names the KB lacks,
// found by their shape: a title followed by a name, an organisation head noun and what it governs,
// a run of capitalised English words. Names found this way become article-local entries so later
// sentences find them (and their surnames) like KB names.
import type { EntityType, Predicate } from '../model/ontology.js';
import { fold, isArabic } from '../text/arabic.js';
import type { SentenceSpan } from '../text/sentences.js';
import { nameStart, readings, stemKey, tokenize, type Token } from '../text/tokens.js';
import { addEntry, buildGazetteer, matchAt, type Gazetteer, type GazetteerMatch } from './gazetteer.js';
import type { KbEntryWithId, KbLike } from './kb-types.js';
import { calendarWords, englishOrgWords, eventNouns, frames, isFunctionWord, isPlaceNoun, orgHeads, speechVerbs, titles } from './lexicons.js';
import { ENGLISH_CONCEPT_WORDS } from './lexicon/events.js';
import type { Title } from './lexicon/titles.js';
import type { Mention, RelationCandidate } from './types.js';

/** A title found in a sentence and what it was attached to. */
export interface TitleUse {
  from: number;
  to: number;
  title: Title;
  /** proclitics on the title's first word ("ب" of "بالرئيس") */
  proclitic: string;
  /** the organisation or country the title belongs to ("قائد فيلق القدس", "Egypt's President") */
  complements: Mention[];
  /** the person holding it, when named */
  holder?: Mention;
}

export interface SentenceAnalysis {
  sentence: SentenceSpan;
  tokens: Token[];
  mentions: Mention[];
  /** mentions inside a longer name ("حفتر" in "مليشيا حفتر"): output only, not relation arguments */
  nested: Mention[];
  /** token index → the mention covering it */
  cover: Array<Mention | undefined>;
  titles: TitleUse[];
  /** relations the mention patterns themselves establish (roles, PART_OF of "البرلمان العراقي") */
  facts: RelationCandidate[];
}

export interface NameMaker {
  /** Latin name for an Arabic one the KB lacks */
  transliterate(s: string): string;
  /** id of an article-local entity */
  localId(type: EntityType, name: string): string;
}

/** What the extractor keeps while it reads an article: the KB and the names the article taught it. */
export class ArticleState {
  readonly kbGazetteer: Gazetteer;
  readonly local: Gazetteer = { index: new Map() };
  readonly localEntries = new Map<string, KbEntryWithId>();
  readonly byId: Map<string, KbEntryWithId>;
  private nextMention = 0;

  private readonly learned = new Set<string>();
  private readonly people: KbEntryWithId[] = [];
  /** the capital the article last named: "العاصمة" / "the capital" alone refers to it */
  lastCapital?: KbEntryWithId;

  /**
   * organisations, countries and places named in earlier sentences, most recent last: what "المجلس",
   * "the council", "the kingdom", "الإقليم" refer to
   */
  private readonly named: KbEntryWithId[] = [];

  /** countries named so far (a capital for its country), most recent last: "the two countries", "البلدين" */
  readonly countries: Mention[] = [];

  noteMentions(mentions: Mention[]): void {
    for (const m of mentions) {
      const capital = m.type === 'Place' ? m.entry.roles.find((r) => r.predicate === 'CAPITAL_OF') : undefined;
      const country = m.type === 'Country' ? m.entry : capital && this.byId.get(capital.object);
      if (country) {
        const k = this.countries.findIndex((x) => x.entry.id === country.id);
        if (k >= 0) this.countries.splice(k, 1);
        this.countries.push({ ...m, entry: country, type: 'Country', adjective: false });
      }
      if (!REFERABLE.has(m.type) || m.office || (m.adjective && m.type !== 'Country')) continue;
      const k = this.named.indexOf(m.entry);
      if (k >= 0) this.named.splice(k, 1);
      this.named.push(m.entry);
    }
  }

  /** The most recent entity of that type that fits, this sentence's earlier mentions first. */
  antecedent(before: Mention[], type: EntityType, fits: (e: KbEntryWithId) => boolean): KbEntryWithId | undefined {
    for (let k = before.length - 1; k >= 0; k--) {
      const m = before[k]!;
      // A nationality adjective stands for its country ("Saudi Crown Prince … the kingdom"), never an organisation.
      if (m.type === type && m.entry.type === type && !m.office && fits(m.entry)) return m.entry;
    }
    for (let k = this.named.length - 1; k >= 0; k--) if (this.named[k]!.type === type && fits(this.named[k]!)) return this.named[k];
    return undefined;
  }

  /** the person the article is about at this point: what "he", "she" and a subjectless Arabic verb refer to */
  salientPerson?: Mention;

  /** the organisation a sentence opened with: what "The group" in the next one refers to */
  lastGroup?: Mention;

  /** the last two parties to meet, talk or agree: "the two sides", "الجانبان" */
  lastPair?: [Mention, Mention];

  /** the doer of each deed "the raids", "the visit" may refer to, by predicate */
  readonly lastAgent = new Map<Predicate, Mention>();

  /** person → the country a title in the article gave them ("Turkish Foreign Minister X") */
  readonly nationality = new Map<string, string>();

  /** person → the organisation a title in the article gave them ("وكيل الأمين العام للأمم المتحدة X") */
  readonly affiliation = new Map<string, string>();

  /** English title (lower case) → the persons it introduced: what "the crown prince" alone refers to */
  readonly titleHolders = new Map<string, Set<string>>();

  /** Arabic given names of the KB's people (folded): "فيصل" is a name, not ف + the verb "يصل" */
  readonly givenNames: ReadonlySet<string>;

  constructor(kb: KbLike, readonly names: NameMaker, gazetteer?: Gazetteer) {
    this.kbGazetteer = gazetteer ?? buildGazetteer(kb);
    this.byId = kb.byId ?? new Map(kb.entries.map((e) => [e.id, e]));
    this.givenNames = givenNamesOf(kb);
  }

  mentionId(): number { return this.nextMention++; }

  match(tokens: Token[], i: number): GazetteerMatch | undefined {
    const a = matchAt(this.kbGazetteer, tokens, i);
    const b = matchAt(this.local, tokens, i) ?? (this.headlineNames && matchAt(this.headlineNames, tokens, i));
    if (!a) return b;
    if (!b) return a;
    // "السوداني" after "محمد شياع السوداني" is the man's surname, not the adjective "Sudanese".
    if (b.to === a.to && a.adjective && b.entry.type === 'Person') return b;
    return b.to > a.to ? b : a;
  }

  /**
   * The article-local entry for a name the KB lacks, created on first sight. `learn`: later
   * sentences find it by its words; not so for a common noun that stood for something unnamed
   * ("المفوضية" in a headline), which must stay free to refer to the body the text names later.
   */
  localEntry(type: EntityType, surface: string, extraAliases: string[] = [], learn = true): KbEntryWithId {
    const arabic = isArabic(surface);
    const name = arabic ? titleCase(this.names.transliterate(surface)) : surface;
    const id = this.names.localId(type, name);
    let entry = this.localEntries.get(id);
    if (!entry) {
      entry = { id, type, name, aliases: arabic ? [surface] : [], adjectives: [], roles: [], ...(arabic ? { nameAr: surface } : {}) };
      this.localEntries.set(id, entry);
      if (learn) addEntry(this.local, entry);
    }
    const fresh = extraAliases.filter((a) => a !== entry!.name && !entry!.aliases.includes(a));
    if (fresh.length) {
      entry.aliases.push(...fresh);
      addEntry(this.local, { ...entry, aliases: fresh, name: fresh[0]!, nameAr: fresh[0]! });
    }
    return entry;
  }

  /** names only the headline may use for the body's people: set while the headline is read */
  headlineNames?: Gazetteer;

  /**
   * The given names of the people named "X bin Y" so far, each borne by no one else: a headline
   * calls "Abdulaziz bin Salman" "Abdulaziz". Only for a headline: in the body a given name alone
   * more often opens another person's full name.
   */
  headlineGivenNames(): Gazetteer {
    const names: Gazetteer = { index: new Map() };
    const givenBy = new Map<string, KbEntryWithId[]>();
    for (const entry of this.people) {
      for (const full of [entry.name, entry.nameAr ?? '', ...entry.aliases]) {
        const [given, particle] = full.split(/\s+/);
        if (!given || !particle || !/^(bin|ibn|بن)$/i.test(particle) || given.length < 4) continue;
        const bearers = givenBy.get(given) ?? [];
        if (!bearers.includes(entry)) givenBy.set(given, [...bearers, entry]);
      }
    }
    for (const [given, [entry, ...others]] of givenBy) {
      if (entry && !others.length) addEntry(names, { ...entry, aliases: [given], adjectives: [] });
    }
    return names;
  }

  /** Teaches the article a person's surname once the full name has been seen. */
  learnSurname(entry: KbEntryWithId): void {
    if (entry.type !== 'Person' || this.learned.has(entry.id)) return;
    this.learned.add(entry.id);
    this.people.push(entry);
    const names = [entry.name, entry.nameAr ?? '', ...entry.aliases].filter(Boolean);
    const surnames: string[] = [];
    for (const full of names) {
      const words = full.split(/[\s]+/).filter(Boolean);
      if (words.length < 2) continue;
      const last = words[words.length - 1]!;
      const prev = words[words.length - 2]!;
      // "عبد المهدي", "Abu Mahdi", "bin Salman" keep their particle.
      const s = /^(عبد|أبو|ابو|بن|ابن|آل|abu|abd|abdel|abdul|bin|ibn|al|el|de|van|von)$/i.test(prev) ? `${prev} ${last}` : last;
      if (s.replace(/[^\p{L}]/gu, '').length >= 3 && !isFunctionWord(fold(s).toLowerCase())) surnames.push(s);
    }
    const fresh = [...new Set(surnames)].filter((s) => !entry.aliases.includes(s) && s !== entry.name);
    if (fresh.length) addEntry(this.local, { ...entry, name: fresh[0]!, aliases: fresh, adjectives: [] });
  }
}

const REFERABLE = new Set<EntityType>(['Organization', 'Country', 'Place']);

const givenNameCache = new WeakMap<KbLike, ReadonlySet<string>>();
function givenNamesOf(kb: KbLike): ReadonlySet<string> {
  let names = givenNameCache.get(kb);
  if (!names) {
    names = new Set(kb.entries.filter((e) => e.type === 'Person' && e.nameAr).map((e) => fold(e.nameAr!).split(/\s+/)[0]!)
      .filter((w) => w.length >= 3 && !NAME_PARTICLES.has(w) && !isFunctionWord(w)));
    givenNameCache.set(kb, names);
  }
  return names;
}

const titleCase = (s: string) => s.replace(/(^|[\s-])(\p{Ll})/gu, (_m, a: string, b: string) => a + b.toUpperCase()).replace(/\bAl-/g, 'al-');

const arabicNames = (e: KbEntryWithId) => [e.nameAr ?? '', ...e.aliases].filter(isArabic).map(fold);

/** First words of an organisation's Arabic names, without the article ("حزب" of "حزب الله"). */
const arabicHeadCache = new WeakMap<KbEntryWithId, Set<string>>();
function arabicHeads(e: KbEntryWithId): Set<string> {
  let heads = arabicHeadCache.get(e);
  if (!heads) {
    heads = new Set(arabicNames(e).map((x) => stemKey(x.split(/\s+/)[0]!)));
    arabicHeadCache.set(e, heads);
  }
  return heads;
}

/**
 * "the council", "the kingdom", "the region": a lower-case noun after "the" (and words like
 * "193-member") refers to the last entity of its type with that noun in a name: the official names
 * of countries carry theirs ("Kingdom of Saudi Arabia", "Sultanate of Oman"). "The group" is an
 * organisation that is not an organ of a state, "the country" any country.
 */
const ENGLISH_DEFINITES: Record<string, EntityType> = Object.fromEntries([
  ...['council', 'assembly', 'committee', 'parliament', 'ministry', 'agency', 'coalition', 'alliance', 'army', 'group',
    'movement', 'militia', 'organisation', 'organization', 'party'].map((w) => [w, 'Organization']),
  ...['country', 'kingdom', 'sultanate', 'emirate', 'republic'].map((w) => [w, 'Country']),
  ...['region', 'province', 'governorate', 'strip', 'enclave', 'territory'].map((w) => [w, 'Place']),
]);
/** Nouns that describe a place its name does not contain: the Gaza Strip is "the enclave", the West Bank "the territory". */
const DESCRIBED_AS: Record<string, string> = { enclave: 'strip|enclave', territory: 'strip|bank|territory|territories' };
const NON_STATE_NOUNS = /^(group|movement|militia|organisation|organization|party)$/;
const STATE_BODY = /\b(ministry|army|forces|council|government|agency|nations|parliament|assembly|department|court|bank|office|committee|commission|news|press|union|league|coalition)\b/i;
function afterDefiniteArticle(tokens: Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && k > i - 3 && /^(\d+|member|full|whole|entire|same|rival|armed|militant)$/.test(tokens[k]!.key)) k--;
  return tokens[k]?.key === 'the' && /^\s*$/.test(tokens[k + 1]!.gap.replace(/-/g, ''));
}
function fitsEnglishNoun(noun: string) {
  if (noun === 'country') return () => true;
  return (e: KbEntryWithId) => NON_STATE_NOUNS.test(noun)
    ? !STATE_BODY.test(e.name) && !e.roles.some((r) => r.predicate === 'PART_OF')
    : [e.name, ...e.aliases].some((n) => new RegExp(`\\b(${DESCRIBED_AS[noun] ?? noun})\\b`, 'i').test(n));
}

/**
 * Arabic nouns that, with the article and alone, refer back like "the kingdom": to the last country
 * or place whose Arabic name opens with them ("المملكة" → "المملكة العربية السعودية", "الإقليم" →
 * "إقليم كردستان"); "البلاد" to the last country. Folded stems.
 */
const ARABIC_DEFINITES: Record<string, EntityType> = { 'مملكه': 'Country', 'سلطنه': 'Country', 'بلاد': 'Country', 'اقليم': 'Place', 'قطاع': 'Place' };

/** The entity a definite description at token i ("the kingdom", "السلطنة") refers to, with the reading used. */
function definiteDescription(state: ArticleState, tokens: Token[], i: number, mentions: Mention[], cover: Array<Mention | undefined>): { entry: KbEntryWithId; prefix: number } | undefined {
  const tok = tokens[i]!;
  if (!tok.arabic) {
    const type = ENGLISH_DEFINITES[tok.key];
    if (!type || !afterDefiniteArticle(tokens, i) || cover[i + 1]) return undefined;
    const entry = state.antecedent(mentions.filter((m) => m.to <= i), type, fitsEnglishNoun(tok.key));
    return entry && { entry, prefix: 0 };
  }
  const r = readings(tok).find((x) => x.definite && ARABIC_DEFINITES[x.stem]);
  // A definite adjective after the noun makes it generic ("القطاع الخاص", "البلاد العربية").
  const next = tokens[i + 1];
  if (!r || cover[i + 1] || (next && !punctuated(next.gap) && articled(next) && !lexiconWordAt(tokens, i + 1))) return undefined;
  const entry = state.antecedent(mentions.filter((m) => m.to <= i), ARABIC_DEFINITES[r.stem]!, r.stem === 'بلاد' ? () => true : (e) => arabicHeads(e).has(r.stem));
  return entry && { entry, prefix: r.prefix };
}

const TANWEEN = /[\u064B-\u064D]/;
/** Fields that name a ministry alone, with the article and a nationality adjective ("الخارجية المصرية"), folded. */
const MINISTRY_FIELDS_AR = /^(خارجيه|داخليه|دفاع)$/;
const MINISTRY_FIELDS = /^(foreign|defense|defence|interior|finance|health|oil|justice|information|economy|trade|energy|education|intelligence|state)$/;
const FORCE_HEADS = /(قوات|ميليشيا|مليشيا|ميليشيات|مليشيات|جيش|كتائب|عناصر)$/;
const ARMED = /(تحالف|قوات|جيش|حشد|ميليشي|مليشي|كتائب|سرايا|فيلق|حرس|تنظيم|coalition|forces|army|militia|brigade|guard|corps|mobilization)/i;
const NAME_PARTICLES = new Set(['عبد', 'ابو', 'ابن', 'بن', 'ام', 'ال', 'بنت', 'ابي']);
const LATIN_CONNECTORS = new Set(['al', 'el', 'bin', 'ibn', 'abu', 'de', 'da', 'di', 'van', 'von', 'der', 'bint', 'ul', 'ben']);

/** Whether a token is an ordinary word of some lexicon (so it cannot be part of a name). */
function lexiconWordAt(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  return isFunctionWord(t.key) || isPlaceNoun(t.key) || readings(t).some((r) => isFunctionWord(r.stem)) || !!titles.matchAt(tokens, i) || !!orgHeads.matchAt(tokens, i)
    || !!frames.matchAt(tokens, i) || !!eventNouns.matchAt(tokens, i) || !!calendarWords.matchAt(tokens, i) || !!speechVerbs.matchAt(tokens, i);
}

const punctuated = (gap: string) => /[^\s\-‐'’]/.test(gap);

/** Tokens [i, end) that look like an Arabic personal name the KB lacks. */
/**
 * "علي" spelt with a dotted yā' is the first name Ali, not the preposition "على" (which folds to the
 * same key): a name when another unknown Arabic word follows, also a family name with the article
 * ("وزير الخارجية علي يوسف", "المحافظ علي العلاق"); a common noun after it is a lexicon word.
 */
function isAliName(tokens: Token[], j: number, cover: Array<Mention | undefined>): boolean {
  const t = tokens[j]!, next = tokens[j + 1];
  if (t.text.replace(/[\u064B-\u0652]/g, '') !== '\u0639\u0644\u064A' || !next || !next.arabic || punctuated(next.gap)) return false;
  return !cover[j + 1] && !lexiconWordAt(tokens, j + 1);
}

/** The article is written with a bare alef: "ألب", "إلهام" fold to "الب", "الهام" but carry none. */
const articled = (t: Token) => /^\u0627\u0644/.test(t.text);

/** "وتضم", "ويقود": a conjunction on an imperfect verb ends a name. */
const joinedVerb = (t: Token) => t.key.length >= 4 && /^و[تين]/.test(t.key);

export function arabicNameRun(tokens: Token[], i: number, cover: Array<Mention | undefined>, givenNames: ReadonlySet<string> = new Set()): number {
  let j = i;
  while (j < tokens.length && j - i < 4) {
    const t = tokens[j]!;
    if (!t.arabic || cover[j] || TANWEEN.test(t.text) || (j > i && punctuated(t.gap))) break;
    // A given name opening the run is a name even when a clitic reading makes it a verb ("فيصل").
    const given = j === i && givenNames.has(t.key) && !readings(t).some((r) => isFunctionWord(r.stem)) && !titles.matchAt(tokens, j);
    if (/^\p{N}/u.test(t.key) || (lexiconWordAt(tokens, j) && !given && !isAliName(tokens, j, cover))) break;
    if (j === i && /^و/.test(t.key) && t.key.length > 3 && lexiconWordAt([{ ...t, key: t.key.slice(1), text: t.text.slice(1) }], 0)) break;
    if (j > i && joinedVerb(t)) break;
    j++;
    if (NAME_PARTICLES.has(t.key) && j < tokens.length && !cover[j]) { j++; if (articled(tokens[j - 1]!)) break; continue; }
    // A family name with the article closes the name: "حسن شاكر الكعبي رأى".
    if (articled(t) && j - i >= 1) break;
  }
  // A lone word with the article is a common noun far more often than a name.
  if (j - i === 1 && articled(tokens[i]!)) return i;
  return j;
}

/** Tokens [i, end) of capitalised English words, with name connectors ("Abdel Fattah al-Sisi"). */
export function latinNameRun(tokens: Token[], i: number, cover: Array<Mention | undefined>): number {
  let j = i;
  while (j < tokens.length) {
    const t = tokens[j]!;
    if (t.arabic || cover[j] || (j > i && punctuated(t.gap.replace(/[’'`]s?$/, '')) && !/^\s*-\s*$/.test(t.gap))) break;
    if (j > i && /[’']$/.test(t.gap)) break;
    const capital = /^\p{Lu}/u.test(t.text);
    const connector = LATIN_CONNECTORS.has(t.key) && j + 1 < tokens.length && /^\p{Lu}/u.test(tokens[j + 1]!.text);
    if (!capital && !connector) break;
    if (capital && (isFunctionWord(t.key) || calendarWords.matchAt(tokens, j))) break;
    if (capital && j > i && titles.matchAt(tokens, j) && !englishOrgWords.has(t.key)) break;
    j++;
  }
  while (j > i && LATIN_CONNECTORS.has(tokens[j - 1]!.key)) j--;
  return j;
}

function sliceText(s: SentenceSpan, start: number, end: number): string {
  return s.text.slice(start - s.start, end - s.start);
}

export function analyseSentence(state: ArticleState, sentence: SentenceSpan): SentenceAnalysis {
  const tokens = tokenize(sentence.text, sentence.start);
  const cover: Array<Mention | undefined> = new Array(tokens.length).fill(undefined);
  const mentions: Mention[] = [];
  const facts: RelationCandidate[] = [];
  const titleHits: TitleUse[] = [];
  const nested: Mention[] = [];

  const add = (from: number, to: number, entry: KbEntryWithId, opts: { adjective?: boolean; local?: boolean; weak?: boolean; referring?: boolean; start?: number; end?: number; proclitic?: string; type?: EntityType } = {}): Mention => {
    const start = opts.start ?? tokens[from]!.start;
    const end = opts.end ?? tokens[to - 1]!.end;
    const m: Mention = {
      id: state.mentionId(), sentence: sentence.index, from, to, start, end, text: sliceText(sentence, start, end),
      type: opts.adjective ? 'Country' : opts.type ?? entry.type, entry, local: opts.local ?? false,
      adjective: opts.adjective ?? false, proclitic: opts.proclitic ?? '', weak: opts.weak ?? false,
      ...(opts.referring && { referring: true }),
    };
    for (let k = from; k < to; k++) cover[k] = m;
    mentions.push(m);
    return m;
  };
  const fact = (subject: Mention, predicate: Predicate, object: Mention, confidence: number, extractor: string) => {
    if (subject.entry.id !== object.entry.id) facts.push({ subject, predicate, object, sentence: sentence.index, confidence, extractor });
  };
  const addMatch = (m: GazetteerMatch) => {
    const mention = add(m.from, m.to, m.entry, { adjective: m.adjective, local: state.localEntries.has(m.entry.id), start: m.start, end: m.end, proclitic: m.proclitic });
    if (!m.adjective) state.learnSurname(m.entry);
    if (m.entry.type === 'Place' && m.entry.roles.some((r) => r.predicate === 'CAPITAL_OF')) state.lastCapital = m.entry;
    return mention;
  };

  // Pass 1: names the KB or the article already knows, and titles.
  for (let i = 0; i < tokens.length;) {
    // Month names ("تشرين الثاني") are dates, not the places or movements that share the word.
    const cal = calendarWords.matchAt(tokens, i);
    if (cal) { i = cal.to; continue; }
    const g0 = state.match(tokens, i);
    // A one-word match that is really a function word with clitics ("وإن" is not Van) is no name.
    const g = g0 && g0.to - g0.from === 1 && tokens[i]!.arabic && (readings(tokens[i]!).some((r) => isFunctionWord(r.stem)) || numeralAfterNoun(tokens, i)) ? undefined : g0;
    const t = shortTitle(state, tokens, i);
    // A title written into a KB alias ("الرئيس التركي رجب طيب أردوغان") is still a title.
    if (t && (!g || g.to <= t.to || (g.entry.type === 'Person' && t.to < g.to))) {
      // "Petroleum Minister", "Energy Commissioner": a capitalised portfolio before the role noun.
      let from = i;
      if (PORTFOLIO_ROLES.test(tokens[t.to - 1]!.key)) {
        while (from > i - 2 && from > 0 && !cover[from - 1] && !inTitleHit(titleHits, from - 1) && /^\p{Lu}\p{Ll}/u.test(tokens[from - 1]!.text)
          && /^\s+$/.test(tokens[from]!.gap) && !isFunctionWord(tokens[from - 1]!.key)) from--;
      }
      titleHits.push({ from, to: t.to, title: t.value, proclitic: t.proclitic, complements: [] });
      i = t.to;
      continue;
    }
    if (g) { addMatch(g); i = g.to; continue; }
    i++;
  }

  // Pass 2: organisations by head noun (Arabic) and capitalised runs (English) the KB lacks.
  const inTitle = (i: number) => inTitleHit(titleHits, i);
  for (let i = 0; i < tokens.length; i++) {
    if (cover[i] || inTitle(i)) continue;
    const tok = tokens[i]!;
    // "العاصمة" / "the capital" without a name: the capital the article named last.
    if (state.lastCapital && /^(العاصمه|عاصمه|capital)$/.test(readings(tok).find((r) => r.stem === 'عاصمه') ? 'عاصمه' : tok.key)
      && !(cover[i + 1]?.type === 'Place') && (tok.arabic || tokens[i - 1]?.key === 'the')) {
      const r = readings(tok).find((x) => x.stem === 'عاصمه');
      add(i, i + 1, state.lastCapital, { start: nameStart(tok, r?.prefix ?? 0), proclitic: tok.key.slice(0, Math.max(0, tok.key.length - 6)), referring: true });
      continue;
    }
    const described = definiteDescription(state, tokens, i, mentions, cover);
    if (described) {
      add(i, i + 1, described.entry, { start: nameStart(tok, described.prefix), proclitic: fold(tok.text.slice(0, described.prefix)), referring: true });
      continue;
    }
    if (tok.arabic) {
      const place = placeName(tokens, i, cover);
      if (place) {
        const surface = sliceText(sentence, tokens[i + 1]!.start, tokens[place - 1]!.end);
        add(i + 1, place, state.localEntry('Place', surface), { local: true });
        i = place - 1;
        continue;
      }
      const head = orgHeads.matchAt(tokens, i);
      // A head with tanween is a common noun ("31 تحالفاً"): names take none.
      if (!head || TANWEEN.test(tokens[head.to - 1]!.text)) continue;
      // "أعلنت الخارجية المصرية": a ministry's field names it only with the state's adjective, and not as
      // the adjective of a noun before it ("السياسة الخارجية الأميركية").
      if (readings(tok).some((r) => r.prefix === head.prefix && MINISTRY_FIELDS_AR.test(r.stem))
        && (!cover[head.to]?.adjective || (i > 0 && articled(tokens[i - 1]!) && !punctuated(tok.gap)))) continue;
      // A head phrase closing on a definite noun ("مجلس النواب") is as definite as "المجلس".
      const closed = head.definite || (head.to - i > 1 && articled(tokens[head.to - 1]!));
      const end = arabicOrgEnd(tokens, head.to, cover, closed);
      const headOnly = end === head.to;
      const next = cover[end];
      const start = nameStart(tok, head.prefix);
      // Only an indefinite head governs a genitive: "رئيس المجلس محمود المشهداني" and "رئيس مجلس النواب
      // محمود المشهداني" name the council's head.
      if (next && next.type === 'Person' && !next.adjective && !closed) {
        // "مليشيا حفتر", "قوات X": the armed force of a named person.
        const surface = sliceText(sentence, start, next.end);
        const org = state.localEntry('Organization', surface);
        const m = add(i, next.to, org, { local: true, start, proclitic: head.proclitic });
        mentions.splice(mentions.indexOf(next), 1);
        nested.push(next);
        fact(next, 'LEADER_OF', m, 0.7, 'org-of-person');
        i = next.to - 1;
        continue;
      }
      // "قوات الحكومة الليبية": the forces of an unarmed body are an organisation of their own, part
      // of it; "قوات التحالف الدولي" is the coalition itself.
      if (next && next.type === 'Organization' && !next.adjective && headOnly && FORCE_HEADS.test(tok.key) && !ARMED.test(`${next.entry.name} ${next.entry.nameAr ?? ''}`)) {
        const surface = sliceText(sentence, start, next.end);
        const m = add(i, next.to, state.localEntry('Organization', surface), { local: true, start, proclitic: head.proclitic });
        mentions.splice(mentions.indexOf(next), 1);
        nested.push(next);
        fact(m, 'PART_OF', next, 0.6, 'forces-of');
        i = next.to - 1;
        continue;
      }
      // A bare indefinite head ("قوات") names nothing; a bare definite one ("البرلمان") or a head
      // phrase closing on a definite noun ("مجلس النواب") may.
      if (headOnly && !head.definite && head.to - i === 1) continue;
      // "المجلس", "الحزب" alone: the organisation of that kind the article named last. A head phrase
      // ("مجلس النواب") is a name of its own, not a reference to another council.
      const bare = headOnly && head.to - i === 1;
      const stem = readings(tok).find((r) => r.prefix === head.prefix)?.stem;
      const named = bare && !next?.adjective && stem ? state.antecedent(mentions.filter((m) => m.to <= i), 'Organization', (e) => arabicHeads(e).has(stem)) : undefined;
      if (named) { add(i, end, named, { start, proclitic: head.proclitic }); continue; }
      // "البنك المركزي" after "البنك المركزي المصري": the body named before, its last word dropped.
      const shortened = !bare && closed && !next?.adjective ? fold(sliceText(sentence, start, tokens[end - 1]!.end)) : undefined;
      const shortFor = shortened ? state.antecedent(mentions.filter((m) => m.to <= i), 'Organization', (e) => arabicNames(e).some((n) => n.startsWith(`${shortened} `) && !n.slice(shortened.length + 1).includes(' '))) : undefined;
      if (shortFor) { add(i, end, shortFor, { start, proclitic: head.proclitic }); i = end - 1; continue; }
      let last = end;
      let adj: Mention | undefined;
      // The phrase may close with a nationality adjective ("وزارة الدفاع العراقية"), kept in the name.
      if (next?.adjective) {
        adj = next;
        last = next.to;
        mentions.splice(mentions.indexOf(next), 1);
        // Further adjectives after the nationality still describe the body ("…العراقية الرسمية").
        const more = arabicOrgEnd(tokens, last, cover);
        if (more > last && more - last <= 2 && tokens.slice(last, more).every((t) => t.key.startsWith('ال'))) last = more;
      }
      const stop = adj && last === adj.to ? adj.end : tokens[last - 1]!.end;
      const surface = sliceText(sentence, start, stop);
      const org = state.localEntry('Organization', surface, [], !(bare && !adj));
      const m = add(i, last, org, { local: true, start, end: stop, proclitic: head.proclitic, weak: headOnly && !adj });
      if (adj) fact(m, 'PART_OF', adj, 0.7, 'national-organisation');
      i = last - 1;
    } else if (MINISTRY_FIELDS.test(tok.key) && /^(ministry|ministries|department)$/.test(tokens[i + 1]?.key ?? '') && !cover[i + 1]) {
      // "its foreign ministry", "the defence ministry": a ministry named in lower case.
      const surface = sliceText(sentence, tok.start, tokens[i + 1]!.end);
      add(i, i + 2, state.localEntry('Organization', surface), { local: true, weak: true });
      i++;
    } else if (/^\p{Lu}/u.test(tok.text)) {
      const end = latinNameRun(tokens, i, cover);
      if (end === i) continue;
      const words = tokens.slice(i, end).map((t) => t.key);
      // A single capitalised word opening a sentence is usually not a name.
      if (end - i === 1 && i === 0) continue;
      const afterPlace = i > 0 && (cover[i - 1]?.type === 'Place' || cover[i - 1]?.type === 'Country') && !cover[i - 1]!.adjective;
      if (end - i === 1 && !afterPlace && (eventNouns.matchAt(tokens, i) || frames.matchAt(tokens, i))) continue;
      if (FACILITY_HEADS.test(tokens[end]?.key ?? '') && /^\s+$/.test(tokens[end]!.gap) && !cover[end] && !words.some((w) => englishOrgWords.has(w))) {
        facility(state, sentence, tokens, cover, mentions, i, end + 1, add, fact);
        i = end;
        continue;
      }
      // A word with an inner capital ("NewMed", "ExxonMobil") is a company's, not a person's ("McCarthy" aside).
      const camel = tokens.slice(i, end).some((t) => /^(?!Ma?c)\p{Lu}\p{Ll}{2,}\p{Lu}\p{Ll}/u.test(t.text));
      const type: EntityType | undefined = camel || words.some((w) => englishOrgWords.has(w)) ? 'Organization'
        : words.some((w) => ENGLISH_CONCEPT_WORDS.has(w)) ? 'Concept'
          : /^[A-Z]{2,6}$/.test(tok.text) && end - i === 1 ? 'Organization'
            : end - i >= 2 ? 'Person' : undefined;
      if (!type) { i = end - 1; continue; }
      const surface = sliceText(sentence, tokens[i]!.start, tokens[end - 1]!.end);
      const acronym = tokens[end]?.gap.match(/^\s*\($/) && /^[A-Z]{2,6}$/.test(tokens[end]!.text) ? tokens[end]!.text : undefined;
      const entry = state.localEntry(type, surface, acronym ? [acronym] : []);
      add(i, end, entry, { local: true, weak: type === 'Person' });
      if (type === 'Person') state.learnSurname(entry);
      if (acronym) i = end; else i = end - 1;
    }
  }
  mergeAdjectiveNames(state, sentence, tokens, cover, mentions, facts);
  nationalOrganisations(tokens, cover, mentions, fact);
  nationalPlaces(tokens, cover, mentions, fact);

  // Pass 3: titles: attach what they belong to and the person who holds them.
  for (const h of titleHits) resolveTitle(state, sentence, tokens, cover, mentions, h, titleHits, add, fact);
  mentions.sort((a, b) => a.from - b.from);
  state.noteMentions(mentions);
  return { sentence, tokens, mentions, nested, cover, titles: titleHits, facts };
}

/**
 * The title at token i. An Arabic title closing on an indefinite noun ("رئيس حكومة") gives that noun
 * up to a name it opens ("رئيس حكومة الإقليم" is the head, "رئيس", of "حكومة الإقليم").
 */
function shortTitle(state: ArticleState, tokens: Token[], i: number) {
  const t = titles.matchAt(tokens, i);
  const last = t && t.to - 1;
  if (!t || last === undefined || last === i || !tokens[last]!.arabic || articled(tokens[last]!)) return t;
  const name = state.match(tokens, last);
  return name && name.to > t.to ? titles.matchAt(tokens.slice(0, last), i) ?? t : t;
}

/** Definite cardinals, which follow the noun they count ("النقاط الخمس", "الجولات الخمس"). */
const ARABIC_CARDINALS = /^ال(ثلاث|اربع|خمس|ست|سبع|ثماني|تسع|عشر)ه?$/;
/** A place spelt like a cardinal (الخمس, Khoms) after a definite noun is the number: "النقاط الخمس". */
function numeralAfterNoun(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return ARABIC_CARDINALS.test(tokens[i]!.key) && !!prev && prev.arabic && articled(prev) && !isPlaceNoun(prev.key) && !punctuated(tokens[i]!.gap);
}

/** Lower-case nouns that make the capitalised name before them a facility ("the Idku plant", "its Zohr field"). */
const FACILITY_HEADS = /^(field|fields|plant|refinery|terminal|port|airport|airbase|base|dam|crossing|camp|complex|reactor|mine|facility)$/;

/**
 * "the Idku plant on Egypt's coast", "its Zohr field", "the Cypriot Aphrodite field": a facility
 * is a place, in the country whose possessive or adjective comes right before it, or after "on",
 * "in" or "off"; "its" is the country the sentence named last before it.
 */
function facility(state: ArticleState, sentence: SentenceSpan, tokens: Token[], cover: Array<Mention | undefined>, mentions: Mention[], from: number, to: number, add: AddFn, fact: FactFn): void {
  const surface = sliceText(sentence, tokens[from]!.start, tokens[to - 1]!.end);
  const m = add(from, to, state.localEntry('Place', surface), { local: true });
  const before = cover[from - 1];
  const gap = tokens[from]!.gap;
  let country = before?.type === 'Country' && (/^['’]s\s+$/.test(gap) || (before.adjective && /^\s+$/.test(gap))) ? before : undefined;
  if (!country && tokens[from - 1]?.key === 'its') country = mentions.filter((x) => x.to < from && x.type === 'Country' && !x.adjective).pop();
  if (!country && /^(on|in|off|near)$/.test(tokens[to]?.key ?? '')) {
    const after = cover[tokens[to + 1]?.key === 'the' ? to + 2 : to + 1];
    if (after?.type === 'Country' && !after.adjective) country = after;
  }
  if (country) fact(m, 'LOCATED_IN', country, 0.6, 'facility');
}

const PORTFOLIO_ROLES = /^(minister|commissioner|secretary)$/;
const inTitleHit = (hits: TitleUse[], i: number) => hits.some((h) => i >= h.from && i < h.to);

/** Nouns whose genitive is a place's name ("بلدة الخيام", "ميناء جيهان"); "منطقة" is too often generic. */
const PLACE_HEADS = /^(مدينه|بلده|قريه|ميناء|مخيم|مطار|قاعده)$/;

/** End of the unknown name a place noun at token i governs ("بلدة كفركلا"), or undefined. */
function placeName(tokens: Token[], i: number, cover: Array<Mention | undefined>): number | undefined {
  const head = readings(tokens[i]!).find((r) => !r.definite && PLACE_HEADS.test(r.stem));
  if (!head) return undefined;
  let j = i + 1;
  while (j < tokens.length && j - i <= 2) {
    const t = tokens[j]!;
    if (!t.arabic || cover[j] || punctuated(t.gap) || TANWEEN.test(t.text) || /^\p{N}/u.test(t.key) || lexiconWordAt(tokens, j)) break;
    // An indefinite nisba describes the place ("مدينة ساحلية"); it does not name it.
    if (!articled(t) && /(يه|ي|يين|يون)$/.test(t.key)) break;
    if (j > i + 1 && (articled(t) || /^و/.test(t.key))) break;
    j++;
  }
  return j > i + 1 ? j : undefined;
}

/** End of an Arabic organisation name after its head: a construct noun, then definite words. */
function arabicOrgEnd(tokens: Token[], i: number, cover: Array<Mention | undefined>, headDefinite = true): number {
  let j = i;
  while (j < tokens.length && j - i < 4) {
    const t = tokens[j]!;
    if (!t.arabic || cover[j] || punctuated(t.gap) || TANWEEN.test(t.text) || /^\p{N}/u.test(t.key)) break;
    // A conjunction leaves at least a three-letter word: "وقف" is a noun, "وسوريا" is و + سوريا.
    if (/^(و|ف)/.test(t.key) && t.key.length > 3 && !t.key.startsWith('وزار') && !t.key.startsWith('وكال') && !t.key.startsWith('وطن')) break;
    if (isFunctionWord(t.key) || frames.matchAt(tokens, j) || titles.matchAt(tokens, j) || speechVerbs.matchAt(tokens, j) || calendarWords.matchAt(tokens, j)) break;
    // A participle describes the body, it does not name it ("الحكومة اليمنية المعترف بها دولياً").
    if (DESCRIBING_PARTICIPLES.has(t.key)) break;
    // A definite head governs no genitive, so another head or a definite masdar after it opens
    // another phrase: "طالب الصندوق الحكومة المصرية", "قررت الحكومة الإبقاء على…".
    if (headDefinite && (orgHeads.matchAt(tokens, j) || eventNouns.matchAt(tokens, j)?.proclitic === 'ال')) break;
    const definite = articled(t);
    // Only the first word after the head may lack the article (construct state: "كتلة بدر"); an
    // indefinite nisba adjective ("قوات قتالية") describes the head rather than naming it.
    // A definite head takes no indefinite word: "القوات جاهزة" is a sentence, not a name.
    if (!definite && (headDefinite || /(يه|ي|يين|يون)$/.test(t.key) || (j > i ? articled(tokens[j - 1]!) || !constructChain(tokens, j, i + 4, cover) : !nameLike(tokens, j, cover)))) break;
    j++;
  }
  return j;
}

/** The first word after an indefinite head: a bare name ("كتلة بدر") or the start of a construct chain. */
function nameLike(tokens: Token[], j: number, cover: Array<Mention | undefined>): boolean {
  const next = tokens[j + 1];
  const closes = !next || !next.arabic || punctuated(next.gap) || !!cover[j + 1] || isFunctionWord(next.key) || lexiconWordAt(tokens, j + 1);
  return closes || constructChain(tokens, j, j + 4, cover);
}

/**
 * "لجنة مراقبة وقف إطلاق النار": after an indefinite head, indefinite nouns go on while each governs
 * the next, which needs the chain to close on a definite noun before the name's length limit.
 */
function constructChain(tokens: Token[], j: number, limit: number, cover: Array<Mention | undefined>): boolean {
  for (let k = j; k < Math.min(limit, tokens.length); k++) {
    const t = tokens[k]!;
    if (!t.arabic || cover[k] || punctuated(t.gap) || TANWEEN.test(t.text) || (/^[وف]/.test(t.key) && t.key.length > 3) || /(يه|يين|يون)$/.test(t.key)) return false;
    // Event nouns may be links of the chain ("مراقبة وقف إطلاق النار"); verbs and titles may not, nor
    // a second head except right after the first ("حزب جبهة العمل الإسلامي" is the Front, a party).
    if (isFunctionWord(t.key) || frames.matchAt(tokens, k) || titles.matchAt(tokens, k) || speechVerbs.matchAt(tokens, k) || (k > j && orgHeads.matchAt(tokens, k))) return false;
    if (articled(t)) return true;
  }
  return false;
}

const DESCRIBING_PARTICIPLES = new Set(['المعترف', 'المعترفه', 'المعروف', 'المعروفه', 'المسماه', 'المسمي', 'المنتخب', 'المنتخبه',
  'المنتهيه', 'المقاله', 'المستقيله', 'المكلفه', 'المكلف', 'المتهم', 'المتهمه', 'المصنفه', 'المصنف']);

/** "Libyan Arab Armed Forces", "Cairo Declaration": a KB name or adjective opening a longer English name. */
function mergeAdjectiveNames(state: ArticleState, sentence: SentenceSpan, tokens: Token[], cover: Array<Mention | undefined>, mentions: Mention[], facts: RelationCandidate[]): void {
  for (let k = 0; k < mentions.length; k++) {
    const a = mentions[k]!;
    const b = cover[a.to];
    if (!b || !b.local || tokens[a.from]!.arabic || (b.type !== 'Organization' && b.type !== 'Concept') || !/^\s*$/.test(tokens[a.to]!.gap)) continue;
    if (a.type !== 'Country' && a.type !== 'Place') continue;
    const surface = sliceText(sentence, a.start, b.end);
    const entry = state.localEntry(b.type, surface, b.entry.aliases.filter((x) => /^[A-Z]{2,6}$/.test(x)));
    const m: Mention = { ...b, id: state.mentionId(), from: a.from, start: a.start, text: surface, entry, weak: false };
    for (let i = a.from; i < b.to; i++) cover[i] = m;
    mentions.splice(mentions.indexOf(b), 1);
    mentions.splice(mentions.indexOf(a), 1, m);
    if (b.type === 'Organization') facts.push({ subject: m, predicate: 'PART_OF', object: a, sentence: sentence.index, confidence: 0.6, extractor: 'national-organisation' });
  }
}

/**
 * A group, movement or party is from a country, not an organ of its state ("جماعة الحوثي اليمنية",
 * "حزب الله اللبناني"): its nationality says nothing about PART_OF.
 */
const NON_STATE = /^(جماعه|حركه|حزب|تنظيم|ميليشيا|مليشيا|ميليشيات|مليشيات|الجماعه|الحركه|الحزب|التنظيم)$/;
function nonState(m: Mention): boolean {
  const first = (x: string | undefined) => (x ? fold(x).split(/\s+/)[0]!.replace(/^[وفب](?=ال|ج|ح|ت|م)/, '') : '');
  return [m.text, m.entry.nameAr].some((x) => NON_STATE.test(first(x))) || /\b(group|movement|party|militia)\b/i.test(m.entry.name);
}

/** "فيلق القدس الإيراني", "Iranian Foreign Ministry": an organisation described by a nationality. */
function nationalOrganisations(tokens: Token[], cover: Array<Mention | undefined>, mentions: Mention[], fact: FactFn): void {
  for (const m of mentions) {
    if (m.type !== 'Organization') continue;
    const adj = tokens[m.from]!.arabic ? cover[m.to] : cover[m.from - 1];
    if (!adj?.adjective || nonState(m)) continue;
    const gap = tokens[m.from]!.arabic ? tokens[m.to]!.gap : tokens[m.from]!.gap;
    if (/^\s*$/.test(gap)) fact(m, 'PART_OF', adj, 0.6, 'national-organisation');
  }
}

/**
 * "the Yemeni port of Hodeidah", "the Syrian city of Aleppo", "مدينة حلب السورية": a nationality
 * adjective on a place, or on the place noun whose "of" names it, says which country it is in.
 */
function nationalPlaces(tokens: Token[], cover: Array<Mention | undefined>, mentions: Mention[], fact: FactFn): void {
  for (const m of mentions) {
    // "العاصمة العمانية" names a capital by its country; it places nothing the article named.
    if (m.type !== 'Place' || m.referring) continue;
    const arabic = tokens[m.from]!.arabic;
    const k = arabic ? m.to : tokens[m.from - 1]?.key === 'of' && isPlaceNoun(tokens[m.from - 2]?.key ?? '') ? m.from - 3 : m.from - 1;
    const adj = cover[k];
    if (!adj?.adjective || adj.type !== 'Country' || punctuated(tokens[arabic ? m.to : k + 1]!.gap)) continue;
    fact(m, 'LOCATED_IN', adj, 0.6, 'national-place');
  }
}

type AddFn = (from: number, to: number, entry: KbEntryWithId, opts?: { local?: boolean; weak?: boolean; referring?: boolean; type?: EntityType }) => Mention;
type FactFn = (s: Mention, p: Predicate, o: Mention, c: number, x: string) => void;

/** Adjectives that describe an office, not its owner (folded). */
const TITLE_MODIFIERS = new Set(['المفاوض', 'الخاص', 'الرسمي', 'الاعلي', 'العام', 'المكلف', 'الجديد', 'الحالي', 'السابق', 'السابقه',
  'الخاصه', 'الجديده', 'الحاليه', 'المستقيل', 'المنتخب', 'المنتهيه', 'بالوكاله', 'بالانابه']);

function resolveTitle(state: ArticleState, sentence: SentenceSpan, tokens: Token[], cover: Array<Mention | undefined>, mentions: Mention[], h: TitleUse, titleHits: TitleUse[], add: AddFn, fact: FactFn): void {
  const arabic = tokens[h.from]!.arabic;
  // English puts the owner first: "Egypt's President", "Iranian Deputy Vice President", "LAAF Commander".
  if (!arabic && h.from > 0) {
    let p = h.from;
    while (p > 0 && tokens[p - 1]!.key.match(/^(deputy|vice|then|former|foreign|defense|defence|interior|nuclear|chief|top|senior|intelligence|military|army|security|spy|navy|police|state|special)$/) && !cover[p - 1]) p--;
    const before = cover[p - 1];
    // A region's office is the region's ("Kurdistan Region President X", "the region's prime minister").
    const region = before?.type === 'Place' && /^(\s*|['’]s\s*)$/.test(tokens[p]!.gap);
    if (before && (before.type === 'Organization' || before.type === 'Country' || before.adjective || region)) {
      h.complements.push(before);
      // "Libyan Arab Armed Forces (LAAF) Commander": the name before the acronym is the same owner.
      const named = /\(\s*$/.test(tokens[before.from]!.gap) ? cover[before.from - 1] : undefined;
      if (named && named.type === before.type) h.complements.push(named);
    } else if (tokens[p - 1]?.gap.match(/\)\s*$/) || tokens[p]?.gap.match(/\)\s*$/)) {
      const m = cover[p - 2] ?? cover[p - 1];
      if (m && m.type === 'Organization') h.complements.push(m);
    }
  }
  let p = h.to;
  // "وزير الطاقة التركي X", "وزير الشؤون الخارجية X", "وزير الموارد المائية والري X": the portfolio,
  // one or two fields, is part of the title.
  if (arabic && h.to - h.from === 1 && /وزير(ه)?$/.test(tokens[h.from]!.key)) {
    while (p < h.to + 4 && p < tokens.length && !cover[p] && /^(و)?ال/.test(tokens[p]!.key) && (p < h.to + 2 || /^وال/.test(tokens[p]!.key) || /^وال/.test(tokens[p - 1]!.key))
      && !punctuated(tokens[p]!.gap) && !lexiconWordAt(tokens, p)) p++;
  }
  // Whether the owner closed with its acronym in brackets: the name then follows ")".
  let bracketed = false;
  // Arabic: owner after the title ("قائد فيلق القدس الإيراني", "رئيس كتلة بدر النيابية في العراق").
  for (let guard = 0; guard < 6 && p < tokens.length; guard++) {
    const m = cover[p];
    if (m && m.type !== 'Person' && m.type !== 'Event' && m.type !== 'Concept' && !m.office && !punctuated(tokens[p]!.gap)) {
      h.complements.push(m);
      p = m.to;
      continue;
    }
    // "رئيس بعثة الأمم المتحدة لمساعدة العراق (يونامي) محمد الحسان": the owner's acronym in brackets.
    if (m && m.entry.id === h.complements[h.complements.length - 1]?.entry.id && /^\s*\(\s*$/.test(tokens[p]!.gap) && /^\s*\)/.test(tokens[m.to]?.gap ?? '')) {
      p = m.to;
      bracketed = true;
      continue;
    }
    const key = tokens[p]!.key;
    // Words describing the office, between its owner and the name ("رئيس وفد الحوثيين المفاوض X").
    if (arabic && p > h.to && TITLE_MODIFIERS.has(key) && !punctuated(tokens[p]!.gap)) { p++; continue; }
    // Its remit after the owner ("وكيل الأمين العام للأمم المتحدة للشؤون الإنسانية X").
    if (arabic && p > h.to && /^(لل|لشوون)/.test(key) && !cover[p] && !punctuated(tokens[p]!.gap)) {
      p++;
      while (p < tokens.length && !cover[p] && articled(tokens[p]!) && !punctuated(tokens[p]!.gap) && !lexiconWordAt(tokens, p)) p++;
      continue;
    }
    const q = tokens[p + 1]?.key === 'the' ? p + 2 : p + 1;
    // "السفير السعودي لدى اليمن X", "المبعوث الخاص إلى اليمن X": where the office is exercised.
    if (arabic && (key === 'لدي' || key === 'الي') && cover[q] && (cover[q]!.type === 'Country' || cover[q]!.type === 'Place') && !punctuated(tokens[p]!.gap)) {
      p = cover[q]!.to;
      continue;
    }
    if ((key === 'في' || key === 'of' || key === 'for' || key === 'in') && cover[q] && cover[q]!.type !== 'Person') {
      if (key === 'of' || key === 'for') h.complements.push(cover[q]!);
      p = cover[q]!.to;
      continue;
    }
    break;
  }
  // A rank or second title between title and name ("وزير الخارجية السعودي الأمير فيصل", "العاهل الأردني الملك عبد الله").
  // Titles may be chained, each with its owner ("رئيس مجلس السيادة السوداني قائد الجيش الفريق أول X").
  for (let guard = 0; guard < 3; guard++) {
    const rank = titleHits.find((t) => t.from === p);
    if (!rank) break;
    p = rank.to;
    while (arabic && cover[p] && cover[p]!.type !== 'Person' && cover[p]!.type !== 'Event' && cover[p]!.type !== 'Concept' && !cover[p]!.office && !punctuated(tokens[p]!.gap)) p = cover[p]!.to;
  }
  // The holder: a known person, or a name the KB lacks right after the title (or after a comma).
  let holder: Mention | undefined;
  const at = cover[p];
  // An indefinite accusative title ("عيّن X وزيراً للنفط") is what its holder, named before, became:
  // the words after it are its portfolio, not a name.
  const last = tokens[h.to - 1]!;
  const predicative = arabic && (TANWEEN.test(last.text) || /[^ا]ا$/.test(last.key));
  if (at && at.type === 'Person' && !at.office) holder = at;
  else if (p < tokens.length && !cover[p] && !predicative && (!punctuated(tokens[p]!.gap) || (!arabic && /^\s*,\s*$/.test(tokens[p]!.gap)) || (bracketed && /^\s*\)\s*$/.test(tokens[p]!.gap)))) {
    let end = arabic ? arabicNameRun(tokens, p, cover, state.givenNames) : latinNameRun(tokens, p, cover);
    // "حسن شاكر الكعبي": a KB surname closing an unknown full name belongs to that name, not the KB person.
    const tail = cover[end];
    // A run already closed by a family name with the article ("فيصل الفايز الصفدي") takes no more: the
    // surname after it is another man's, the object of the verb.
    if (end > p && tail && tail.type === 'Person' && tail.to - tail.from === 1 && !punctuated(tokens[end]!.gap) && !(arabic && articled(tokens[end - 1]!))) {
      mentions.splice(mentions.indexOf(tail), 1);
      for (let k = tail.from; k < tail.to; k++) cover[k] = undefined;
      end = tail.to;
    }
    if (end > p) {
      const surface = sentence.text.slice(tokens[p]!.start - sentence.start, tokens[end - 1]!.end - sentence.start);
      const entry = state.localEntry('Person', surface);
      holder = add(p, end, entry, { local: true });
      state.learnSurname(entry);
    }
  }
  if (holder?.weak) holder.weak = false;
  if (!holder && !arabic) {
    // "X, the commander of Y" / "X, Y's spokesman": the name comes before.
    const prev = [1, 2, 3, 4].map((d) => cover[h.from - d]).find(Boolean);
    const between = prev ? sentence.text.slice(prev.end - sentence.start, tokens[h.from]!.start - sentence.start) : '';
    // "X, who is also prime minister,": an apposition with a relative.
    if (prev && prev.type === 'Person' && /^\s*,\s*(who\s+is\s+(also\s+)?)?(the\s+)?$/i.test(between)) holder = prev;
  }
  const titleKey = tokens.slice(h.from, h.to).map((t) => t.key).join(' ');
  if (holder && !holder.office && !arabic) state.titleHolders.set(titleKey, new Set([...(state.titleHolders.get(titleKey) ?? []), holder.entry.id]));
  // A definite title with no name after it is the one person of the article a title of that
  // nationality ("الوزير السعودي"), or in English the same title ("the crown prince"), introduced
  // before. A bare Arabic "الرئيس" is left to the offices: it names a state's head as often.
  const definite = arabic ? readings(tokens[h.from]!).some((r) => r.definite) : tokens[h.from - 1]?.key === 'the' && !cover[h.from - 1];
  const adjective = h.complements.length === 1 && h.complements[0]!.adjective && p === h.complements[0]!.to ? h.complements[0] : undefined;
  if (!holder && definite && (adjective || !h.complements.length) && (adjective || !cover[h.to])) {
    const ids = adjective && arabic ? [...state.nationality].filter(([, country]) => country === adjective.entry.id).map(([id]) => id)
      : arabic ? [] : [...(state.titleHolders.get(titleKey) ?? [])];
    const known = ids.length === 1 ? state.byId.get(ids[0]!) ?? state.localEntries.get(ids[0]!) : undefined;
    if (known) {
      if (adjective) mentions.splice(mentions.indexOf(adjective), 1);
      holder = add(h.from, adjective?.to ?? h.to, known, { local: state.localEntries.has(known.id), referring: true });
      h.complements = [];
    }
  }
  h.holder = holder;
  const predicate = h.title.predicate;
  // A former office holds no longer ("former President X", "الرئيس الأميركي السابق").
  const former = tokens.slice(Math.max(0, h.from - 2), h.from).some((t) => /^(former|ex|late)$/.test(t.key))
    || tokens.slice(h.to, p).some((t) => /^(السابق|السابقه|الراحل)$/.test(t.key));
  if (!predicate || former) return;
  for (const c of h.complements) {
    // A region's head ("رئيس إقليم كردستان", "the region's prime minister") heads no state: the
    // region, a place, is what the holder leads.
    if (c.type === 'Place' && predicate !== 'MEMBER_OF') {
      if (holder) fact(holder, 'LEADER_OF', c, 0.7, 'title');
      break;
    }
    const country = c.adjective || c.type === 'Country';
    if ((predicate === 'HEAD_OF_STATE_OF' || predicate === 'HEAD_OF_GOVERNMENT_OF') && !country) continue;
    if ((predicate === 'LEADER_OF' || predicate === 'MEMBER_OF') && c.type !== 'Organization') continue;
    if (holder) fact(holder, predicate, c, 0.8, 'title');
    else if (h.title.office && country) {
      // An office named without its holder: resolved to a person across the article.
      const placeholder: KbEntryWithId = { id: `office:${predicate}:${c.entry.id}`, type: 'Person', name: sentence.text.slice(tokens[h.from]!.start - sentence.start, tokens[h.to - 1]!.end - sentence.start), aliases: [], adjectives: [], roles: [] };
      const officeMention = add(h.from, h.to, placeholder, { local: true, weak: true });
      officeMention.office = { predicate, object: c.entry.id };
      fact(officeMention, predicate, c, 0.7, 'title');
    }
    break;
  }
  if (holder && !h.complements.length && h.title.office) {
    // "الرئيس جو بايدن": the KB knows which country.
    const role = holder.entry.roles.find((r) => r.predicate === predicate);
    const country = role && mentions.find((m) => m.entry.id === role.object);
    if (country) fact(holder, predicate, country, 0.6, 'title-kb-role');
    // The country may be named elsewhere in the article ("بحضور رئيس مجلس الوزراء محمد شياع السوداني"),
    // or be the one an earlier title gave the person ("Saudi Crown Prince X … who is also prime minister").
    else {
      const nationality = role ? undefined : state.nationality.get(holder.entry.id);
      holder.titled = nationality ? { predicate, object: nationality } : { predicate };
    }
  }
  if (holder && h.title.body) {
    const body = mentions.find((m) => m.entry.id === h.title.body);
    if (body) fact(holder, predicate, body, 0.8, 'title');
    else holder.titled = { predicate, object: h.title.body };
  }
}

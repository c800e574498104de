// Relations of one sentence from verb frames and nominal patterns. A trigger (verb, masdar,
// participle) fixes the predicate; its arguments are the nearest mentions that fit: the subject
// before the trigger (English, Arabic SVO) or right after it (Arabic VSO), the object after it,
// behind the preposition the frame asks for. Coordinated mentions ("سليماني والمهندس", "Britain,
// China and France") each take the role; "between X and Y" makes both parties.
import { SYMMETRIC_PREDICATES, type EntityType, type Predicate } from '../model/ontology.js';
import { nameStart, readings, type Token } from '../text/tokens.js';
import { adverbials, eventNouns, forceNouns, frames, isFunctionWord, isPlaceNoun, speechVerbs, titles, troopNouns } from './lexicons.js';
import type { Frame } from './lexicon/frames.js';
import type { ArticleState, SentenceAnalysis } from './mentions.js';
import type { Mention, RelationCandidate } from './types.js';

const AGENT: EntityType[] = ['Person', 'Organization', 'Country'];
const ANY: EntityType[] = ['Person', 'Organization', 'Country', 'Place', 'Event', 'Concept'];
const EVENTS: EntityType[] = ['Event', 'Concept'];

/** Subject and object types each predicate admits (ONTOLOGY.md). */
export const SIGNATURES: Record<Predicate, [EntityType[], EntityType[]]> = {
  HEAD_OF_GOVERNMENT_OF: [['Person'], ['Country']],
  HEAD_OF_STATE_OF: [['Person'], ['Country']],
  LEADER_OF: [['Person'], ['Organization']],
  MEMBER_OF: [['Person', 'Organization', 'Country'], ['Organization']],
  PART_OF: [['Organization'], ['Organization', 'Country']],
  LOCATED_IN: [['Place', 'Organization'], ['Place', 'Country']],
  CAPITAL_OF: [['Place'], ['Country']],
  MEETS: [AGENT, AGENT],
  VISITS: [['Person', 'Organization'], ['Country', 'Place']],
  NEGOTIATES_WITH: [AGENT, AGENT],
  AGREES_WITH: [AGENT, AGENT],
  ALLIED_WITH: [AGENT, AGENT],
  SUPPORTS: [AGENT, ANY],
  OPPOSES: [AGENT, ['Person', 'Organization', 'Country', 'Event', 'Concept']],
  DEMANDS: [AGENT, EVENTS],
  VOTED_FOR: [['Organization', 'Person'], EVENTS],
  FIGHTS: [AGENT, ['Person', 'Organization', 'Country', 'Place']],
  ATTACKED: [AGENT, ['Person', 'Organization', 'Country', 'Place']],
  KILLED: [AGENT, ['Person']],
  HAS_TROOPS_IN: [['Country', 'Organization'], ['Country', 'Place']],
  WITHDRAWS_FROM: [['Country', 'Organization'], ['Country', 'Place', 'Concept']],
  ANNOUNCED: [AGENT, EVENTS],
  QUOTES: [['Organization'], ['Person']],
};

export function admits(p: Predicate, s: Mention, o: Mention): boolean {
  const [st, ot] = SIGNATURES[p];
  return s.entry.id !== o.entry.id && st.includes(s.type) && ot.includes(o.type) && !(s.office && p === 'QUOTES');
}

const MAX_REACH = 12;
const PREPOSITIONS = ['ب', 'ل', 'من', 'مع', 'الي', 'علي', 'في', 'عن', 'بين', 'ضد', 'of', 'to', 'from', 'with', 'in', 'on', 'at', 'for', 'against', 'between', 'by', 'into', 'than'];
const RELATIVES = /^(التي|الذي|الذين|اللتي|اللذين|which|that|who)$/;
const LED_BY = /^(بقياده|بزعامه|برئاسه)$/;
const COUNTERPART = /^(نظيره|نظيرته|نظيرها|نظيرهم|نظرائه|نظراءه)$/;
const LOCATIVES = ['في', 'in', 'at', 'inside'];
const VENUES = /^(مقر|قصر|مبني|ديوان|headquarters|palace|offices|building|residence)$/;
/**
 * Nouns a preposition attaches to in place of the one meant: whose role or efforts ("أشاد بدور X"),
 * what is to be done about it ("طالب بوضع جدول زمني").
 */
const TRANSPARENT_HEADS = /^(دور|جهود|جهد|موقف|مواقف|وساطه|وضع|تحديد|اجراء|تنفيذ|تشكيل|ضمان|احترام|وحده|سياده|امن|استقرار|سلامه|التوصل)$/;
/** Prepositions a transparent head takes before the noun meant: "طالب بالتوصل إلى اتفاق". */
const TRANSPARENT_LINKS = /^(الي|علي)$/;
/** Nouns of a gathering, which a place after (Arabic) or before (English) them names the venue of. */
const GATHERINGS = /^(موتمر|قمه|اجتماع|لقاء|منتدي|محادثات|مفاوضات|conference|summit|meeting|forum|talks)$/;
const COMPASS = /^((north|south)(east|west)?|east|west)(ern)?$|^central$/;
/** "أن" without a pronoun: "قال X إنه" keeps X as the subject, "قال X إن Y" does not. */
const COMPLEMENTIZERS = /^(ان|بان|وان|لان)$/;
/** "أنه", "إنها": a complementizer carrying the subject pronoun of the clause it opens. */
const PRONOUN_COMPLEMENTIZERS = /^(انه|بانه|وانه|لانه|انها|بانها|وانها)$/;
const VIOLENT: ReadonlySet<Predicate> = new Set<Predicate>(['ATTACKED', 'FIGHTS', 'KILLED']);
const SETTINGS = /^(conflict|crisis|situation|war|territory|soil|border|borders|land|lands|issue|file|people|economy|الازمه|الصراع|النزاع|الحرب|الاراضي|الازمه|الملف|الشعب|الحدود|الساحه|الوضع)$/;
const isSetting = (t: Token | undefined) => !!t && (SETTINGS.test(t.key) || !!eventNouns.matchAt([t], 0));

/** Everything relation rules need about one sentence, indexed. */
export class Clause {
  /** a title's owner (complement) → the person holding the title */
  private readonly holderOf = new Map<number, Mention>();
  /** token index where a title starts → its holder */
  private readonly titleAt = new Map<number, Mention>();
  /** token index where a title starts → the proclitics on it ("ب" of "بالرئيس") */
  private readonly titleProclitic = new Map<number, string>();
  /** a title holder → the token where the phrase naming them starts ("Saudi Foreign Minister Prince X") */
  private readonly phraseStart = new Map<number, number>();

  /** the token after the dateline's closing "(agency) –", 0 when the sentence opens with none */
  private readonly datelineEnd: number;

  constructor(readonly a: SentenceAnalysis, readonly state: ArticleState) {
    this.datelineEnd = datelineEnd(a.tokens);
    for (const t of a.titles) {
      const holder = t.holder ?? a.mentions.find((m) => m.office && m.from === t.from);
      if (!holder) continue;
      for (const c of t.complements) this.holderOf.set(c.id, holder);
      this.titleAt.set(t.from, holder);
      this.titleProclitic.set(t.from, t.proclitic);
      const country = t.complements.find((c) => c.type === 'Country');
      if (country && holder.type === 'Person' && !holder.office) state.nationality.set(holder.entry.id, country.entry.id);
      const body = t.complements.find((c) => c.type === 'Organization' && !c.adjective);
      if (body && holder.type === 'Person' && !holder.office) state.affiliation.set(holder.entry.id, body.entry.id);
      if (holder.from > t.from) this.phraseStart.set(holder.id, Math.min(this.phraseStart.get(holder.id) ?? t.from, t.from, ...t.complements.map((c) => c.from)));
    }
  }

  /**
   * What a subject pronoun opening the sentence stands for: "He"/"She" and a subjectless Arabic verb
   * ("وأضاف أن…") the article's salient person, "The group" the organisation a sentence opened with.
   */
  pronounSubject(): Mention | undefined {
    const first = this.tokens[0]?.key;
    if (first === 'the' && /^(group|movement|militia|organisation|organization)$/.test(this.tokens[1]?.key ?? '') && !this.a.cover[1]) return this.state.lastGroup;
    return first === 'he' || first === 'she' || this.subjectlessVerb() ? this.state.salientPerson : undefined;
  }

  /**
   * An Arabic sentence opening with a verb in the masculine (no feminine ت) and no agent after it:
   * its subject is the pronoun the verb carries ("وأضاف أن إيران…").
   */
  private subjectlessVerb(): boolean {
    const t = this.tokens[0];
    if (!t?.arabic || this.a.cover[0] || /ت$/.test(t.key)) return false;
    const frame = frames.matchAt(this.tokens, 0);
    const verb = speechVerbs.matchAt(this.tokens, 0) ?? (frame?.value.some((f) => f.kind === 'verb') ? frame : undefined);
    return !!verb && !this.mentionAfter(verb.to, (m, at) => this.isAgent(this.head(m)) && !this.introducedBy(at, m, PREPOSITIONS, 1), 1);
  }

  /** subject and object of the last verb: a verb joined by و shares them ("…وطردتها") */
  lastSubject?: Mention;
  lastObject?: Mention;

  get tokens(): Token[] { return this.a.tokens; }

  /** The mention that stands for m in a relation: the holder of a title m belongs to. */
  head(m: Mention): Mention { return this.holderOf.get(m.id) ?? m; }

  isAgent(m: Mention): boolean { return AGENT.includes(m.type) || (m.type === 'Place' && !!this.capitalOf(m)); }

  /** A capital standing for its government ("Washington withdrew", "بين بغداد وواشنطن"). */
  capitalOf(m: Mention): Mention | undefined {
    if (m.type !== 'Place') return undefined;
    const role = m.entry.roles.find((r) => r.predicate === 'CAPITAL_OF');
    const country = role ? this.state.byId.get(role.object) : undefined;
    return country ? { ...m, entry: country, type: 'Country', adjective: false } : undefined;
  }

  /** The country a person serves: from a title in the article, else from the KB. */
  countryOf(m: Mention): string | undefined {
    if (m.type !== 'Person') return undefined;
    const role = m.entry.roles.find((r) => this.state.byId.get(r.object)?.type === 'Country');
    return this.state.nationality.get(m.entry.id) ?? role?.object ?? m.entry.country;
  }

  /**
   * Whether a person serves an international body (the UN, the EU, or a mission or agency of one):
   * named by a title in the article or by the KB. Such an official is at home in no country.
   */
  international(m: Mention): boolean {
    if (m.type !== 'Person') return false;
    const kb = (id: string | undefined) => (id ? this.state.byId.get(id) : undefined);
    const stateless = (id: string | undefined) => { const e = kb(id); return e?.type === 'Organization' && !e.country; };
    const bodies = [this.state.affiliation.get(m.entry.id), ...m.entry.roles.filter((r) => r.predicate === 'LEADER_OF' || r.predicate === 'MEMBER_OF').map((r) => r.object)];
    return bodies.some((id) => stateless(id) || !!kb(id)?.roles.some((r) => (r.predicate === 'MEMBER_OF' || r.predicate === 'PART_OF') && stateless(r.object)));
  }

  /** The country a person serves, as a mention the article made of it. */
  countryMention(m: Mention): Mention | undefined {
    const id = this.countryOf(m);
    return id ? this.state.countries.find((x) => x.entry.id === id) : undefined;
  }

  /** The country a place is in (a country is its own). */
  countryOfPlace(m: Mention): string | undefined {
    if (m.type === 'Country') return m.entry.id;
    return m.entry.country ?? m.entry.roles.find((r) => r.predicate === 'CAPITAL_OF')?.object;
  }

  /** m as an agent: capitals become their country. */
  agent(m: Mention): Mention { return this.capitalOf(m) ?? m; }

  /** The noun a nationality adjective describes ("قوات الأمن" of "قوات الأمن العراقية"), else m. */
  nounHead(m: Mention): Mention {
    if (!m.adjective) return this.head(m);
    const before = this.a.cover[m.from - 1];
    return before && !before.adjective && /^\s*$/.test(this.tokens[m.from]!.gap) ? this.head(before) : m;
  }

  /** The mention (or the title's holder) starting at token i. */
  at(i: number): Mention | undefined {
    const t = this.titleAt.get(i);
    if (t) return t;
    const m = this.a.cover[i];
    return m && m.from === i ? m : undefined;
  }

  /** m and the mentions coordinated with it ("X وY", "X, Y and Z"). */
  coordinated(m: Mention): Mention[] {
    const out = [this.head(m)];
    let end = this.spanEnd(m);
    const before = this.tokens[this.start(m) - 1]?.key;
    const prep = before && PREPOSITIONS.includes(before) ? before : undefined;
    for (;;) {
      let next = this.conjunctAt(end, prep);
      // "met X in Erbil and Y", "التقى X في مسقط وY": a list of people goes on past where they met.
      if (!next && (out[0]!.type === 'Person' || out[0]!.type === 'Organization')) {
        const place = this.locativeAt(end);
        const after = place && this.conjunctAt(place.to);
        if (after && this.head(after.m).type === out[0]!.type && !this.opensClause(this.spanEnd(after.m, after.i))) next = after;
      }
      if (!next) break;
      out.push(this.head(next.m));
      end = this.spanEnd(next.m, next.i);
    }
    return out;
  }

  /** The mention a list continues with at token i ("، X", "and X", "وX") and the token it starts at. */
  private conjunctAt(i: number, prep?: string): { m: Mention; i: number } | undefined {
    const tok = this.tokens[i];
    if (!tok) return undefined;
    const gap = tok.gap;
    let k = i;
    let link = /^\s*[,،]\s*$/.test(gap) || /^\s*$/.test(gap);
    if (/^(and|or|plus|و|او|ثم|وكذلك)$/.test(tok.key)) { k++; link = true; }
    // "attacks on Israel and on US forces": the list repeats the preposition of its first member.
    if (k > i && prep && this.tokens[k]?.key === prep) k++;
    // "and the United States": the article may be part of the name or not.
    if (!this.at(k) && this.tokens[k]?.key === 'the') k++;
    const next = this.at(k);
    if (!next || !link) return undefined;
    const proclitic = this.titleProclitic.get(k) ?? next.proclitic;
    const joined = k > i || /^[وف]/.test(proclitic) || /[,،]/.test(gap);
    if (!joined || next.type === 'Event' || next.type === 'Concept') return undefined;
    return { m: next, i: k };
  }

  /** The place of a locative phrase at token i: "in Erbil", "في مسقط", "بمسقط". */
  private locativeAt(i: number): Mention | undefined {
    const tok = this.tokens[i];
    if (!tok || /[,،;؛:.!?؟]/.test(tok.gap)) return undefined;
    let at = LOCATIVES.includes(tok.key) ? i + 1 : i;
    // "في مقر وزارة الخارجية", "at the headquarters of the ministry": a building named by its owner.
    if (at > i && this.tokens[at]?.key === 'the') at++;
    const venue = at > i && !this.a.cover[at] && VENUES.test(this.tokens[at]?.key ?? '');
    if (venue) at += this.tokens[at + 1]?.key === 'of' ? (this.tokens[at + 2]?.key === 'the' ? 3 : 2) : 1;
    const place = this.a.cover[at];
    if (!place || place.from !== at || place.adjective || (place.type !== 'Place' && place.type !== 'Country' && !(venue && place.type === 'Organization'))) return undefined;
    return at > i || /^[وف]?ب/.test(place.proclitic) ? place : undefined;
  }

  /** Whether a verb starts at token i: the mention before it is the subject of a new clause. */
  opensClause(i: number): boolean {
    return !!this.tokens[i] && (!!speechVerbs.matchAt(this.tokens, i) || !!frames.matchAt(this.tokens, i)?.value.some((f) => f.kind === 'verb'));
  }

  /** The list m closes, read backwards ("Turkey and Russia agreed", "تركيا وروسيا اتفقتا"). */
  group(m: Mention): Mention[] {
    const out = [this.head(m)];
    let cur = m;
    for (;;) {
      // A titled name is joined to the list by its phrase: "Rubio and Saudi Foreign Minister Prince Faisal".
      const from = this.start(cur);
      const tok = this.tokens[from]!;
      let i = from - 1;
      let link = /^[وف]/.test(this.titleProclitic.get(from) ?? cur.proclitic) || /[,،]/.test(tok.gap);
      if (i > 0 && this.tokens[i]!.key === 'the') i--;
      if (i >= 0 && /^(and|or|و)$/.test(this.tokens[i]!.key)) { link = true; i--; }
      const prev = i >= 0 ? this.a.cover[i] : undefined;
      if (!link || !prev || prev.type === 'Event' || prev.type === 'Concept' || !this.isAgent(this.head(prev))) break;
      // "met X in Tripoli and Egypt criticised…": the object of a preposition ends another phrase.
      if (this.introducedBy(this.start(prev), prev, PREPOSITIONS, 1)) break;
      out.unshift(this.head(prev));
      cur = prev;
    }
    return out.length > 1 ? out : this.coordinated(m);
  }

  /** The token where the phrase naming m starts: its title and the title's owner when it has one. */
  start(m: Mention): number { return this.phraseStart.get(m.id) ?? m.from; }

  /** The end of m's phrase: past the title it carries ("قائد فيلق القدس الإيراني قاسم سليماني"). */
  spanEnd(m: Mention, from = m.from): number {
    const h = this.head(m);
    return Math.max(m.to, h.to, from === m.from ? m.to : from + 1);
  }

  /**
   * The nearest agent ending before token i, within reach. Objects of prepositions are not
   * subjects; `sameClause` stops at punctuation (a noun's agent is not in the previous clause).
   */
  agentBefore(i: number, sameClause = false, skip?: Mention): Mention | undefined {
    for (let k = this.a.mentions.length - 1; k >= 0; k--) {
      const m = this.a.mentions[k]!;
      if (m.to > i || m === skip) continue;
      if (i - m.to > MAX_REACH) return undefined;
      if (sameClause && this.tokens.slice(m.to, i + 1).some((t) => /[,،;؛:.!?؟]/.test(t.gap))) return undefined;
      // "أفادت الوكالة بأن غارة … استهدفت": a bare complementizer opens a clause the speaker is not in.
      if (this.tokens.slice(m.to, i).some((t, k) => COMPLEMENTIZERS.test(t.key) && this.reported(m.to + k))) return undefined;
      if (this.introducedBy(m.from, m, PREPOSITIONS, 1) || this.ledBy(m.from) || this.credit(m) || this.venue(m)) continue;
      // "the Libyan conflict", "الأزمة الليبية": a country as setting, not as actor.
      if (m.adjective && (this.tokens[m.from]!.arabic ? isSetting(this.tokens[m.from - 1]) : isSetting(this.tokens[m.to]))) continue;
      const h = this.head(m);
      if (h === m && this.holderOf.has(m.id)) continue;
      // "The Iranian minister is expected to meet X": the unnamed official, not the country, acts.
      if (h === m && m.adjective && !this.tokens[m.from]!.arabic && titles.matchAt(this.tokens, m.to)) continue;
      if (this.isAgent(h)) return h;
    }
    return undefined;
  }

  /** A place naming a gathering held there ("مؤتمر بروكسل", "the Brussels conference"): where, not who. */
  venue(m: Mention): boolean {
    const noun = this.tokens[this.tokens[m.from]!.arabic ? m.from - 1 : m.to];
    return m.type === 'Place' && !!noun && readings(noun).some((r) => GATHERINGS.test(r.stem));
  }

  /** Whether m is in the dateline ("BAGHDAD, May 17 (Reuters) -", "بغداد (واع) –"): place and agency report, they do not act. */
  credit(m: Mention): boolean { return m.to <= this.datelineEnd; }

  /** Whether token i follows a verb of saying ("أفادت الوكالة بأن"), as opposed to "من المقرر أن يلتقي". */
  reported(i: number): boolean {
    for (let k = i - 1; k >= Math.max(0, i - 8); k--) if (speechVerbs.matchAt(this.tokens, k)) return true;
    return false;
  }

  /** Whether the mention at token i follows "بقيادة" / "led by": it names a leader, not a party. */
  ledBy(i: number): boolean {
    return LED_BY.test(this.tokens[i - 1]?.key ?? '') || (this.tokens[i - 1]?.key === 'by' && /^(led|headed|commanded)$/.test(this.tokens[i - 2]?.key ?? ''));
  }

  /** The first mention from token i on (within reach) that satisfies ok. */
  mentionAfter(i: number, ok: (m: Mention, at: number) => boolean, reach = 8, clause = false): Mention | undefined {
    for (let k = i; k < Math.min(this.tokens.length, i + reach); k++) {
      if (clause && k > i && /[,،;؛:.!?؟]/.test(this.tokens[k]!.gap)) return undefined;
      const m = this.at(k);
      if (m && ok(m, k)) return m;
    }
    return undefined;
  }

  /** Whether t is a place noun or a transparent head carrying one of preps as its proclitic. */
  private governedBy(t: Token, preps: string[]): boolean {
    const key = t.key.replace(/^[وف](?=..)/, '');
    return t.arabic && preps.some((p) => p.length === 1 && key.startsWith(p) && (isPlaceNoun(key.slice(1)) || TRANSPARENT_HEADS.test(key.slice(1))));
  }

  /** Whether the word before token i, or i's own proclitic, is one of preps. */
  introducedBy(i: number, m: Mention | undefined, preps: string[] | undefined, reach = 3): boolean {
    if (!preps || !preps.length) return true;
    const proclitic = (this.titleProclitic.get(i) ?? m?.proclitic ?? '').replace(/^[وف]/, '');
    if (proclitic && preps.some((p) => p.length === 1 && proclitic.startsWith(p))) return true;
    // The preposition may stand a word or two before the name: "على العاصمة طرابلس", "for a new meeting".
    for (let back = 1; back <= reach; back++) {
      const w = this.tokens[i - back];
      if (!w || (back > 1 && /[,،;؛:.!?؟()]/.test(this.tokens[i - back + 1]!.gap))) break;
      const key = w.key.replace(/^[وف](?=..)/, '');
      if (preps.includes(key) || preps.includes(w.key)) return true;
      // "لمدينة عطبرة", "بمحافظة الحديدة": the preposition sits on a place noun before the name.
      // "أشاد بدور السلطنة", "طالب بوضع جدول": the preposition sits on a noun governing the one meant,
      // which may take its own preposition ("بالتوصل إلى اتفاق").
      if (back === 1 && w.arabic && this.governedBy(w, preps)) return true;
      if (back === 1 && TRANSPARENT_LINKS.test(key) && this.tokens[i - 2] && !/[,،;؛:.!?؟()]/.test(w.gap) && this.governedBy(this.tokens[i - 2]!, preps)) return true;
      if (this.a.cover[i - back] || (isFunctionWord(key) && !/^(the|a|an|its|their|his|her)$/.test(key))) break;
      // "in northern Iraq", "في شمال العراق": a direction or place noun leaves the preposition in reach.
      if (isPlaceNoun(key) || COMPASS.test(key)) reach++;
    }
    return false;
  }
}

/** An event or concept phrase starting within reach of token i: "إخراج القوات الأجنبية", "a new initiative". */
export function eventAfter(c: Clause, i: number, preps: string[] | undefined, reach = 7): Mention | undefined {
  const toks = c.tokens;
  for (let k = i; k < Math.min(toks.length, i + reach); k++) {
    if (k > i && /[,،;؛:.!?؟]/.test(toks[k]!.gap)) return undefined;
    const m = c.a.cover[k];
    if (m && (m.type === 'Event' || m.type === 'Concept')) return c.introducedBy(k, m, preps) ? m : undefined;
    const e = eventNouns.matchAt(toks, k);
    if (!e) continue;
    if (!c.introducedBy(k, { proclitic: e.proclitic } as Mention, preps)) continue;
    // A head with a pronoun suffix ("رفعها", lifting them) governs no further noun.
    const suffix = e.suffix > 0 ? toks[k]!.key.slice(-e.suffix) : '';
    return eventMention(c, k, e.to, e.prefix, e.value, /^(ها|هم|هما|هن)$/.test(suffix));
  }
  return undefined;
}

function eventMention(c: Clause, from: number, headEnd: number, prefix: number, type: EntityType, closed = false, counted = false): Mention {
  const toks = c.tokens;
  const arabic = toks[from]!.arabic;
  let to = headEnd;
  // "a new initiative": English adjectives before the head belong to the name.
  let first = from;
  while (!arabic && first > 0 && /^(new|political|military|nuclear|peace|security|economic|strategic|interim|permanent|comprehensive|unilateral|ceasefire|landmark|joint|international|regional|forced|immediate)$/.test(toks[first - 1]!.key)) first--;
  // What the event is of: a few genitive words, stopping at punctuation, verbs and other triggers.
  for (let n = 0; n < 4 && to < toks.length && !closed; n++) {
    const t = toks[to]!;
    if (/[^\s]/.test(t.gap.replace(/[-‐]/g, ''))) break;
    // Another trigger ends the phrase, unless it is a masdar governed by it ("قراراً بضم الحشد"),
    // or in Arabic its definite genitive ("زيادة التمويل": a verb never takes the article).
    if (frames.matchAt(toks, to) && !c.a.cover[to] && !eventNouns.matchAt(toks, to) && !(arabic && n === 0 && /^ال/.test(t.key))) break;
    if (arabic) {
      // A verb's object may open with an amount ("سيضخ 7.5 مليار دولار"); a noun's genitive does not.
      const amount = counted && n === 0 && /^\p{N}/u.test(t.key);
      // "الإبقاء على أسعار الفائدة": a masdar that governs through a preposition takes it along.
      const linked = n === 0 && LINKED_MASDARS.test(toks[headEnd - 1]!.key) && TRANSPARENT_LINKS.test(t.key);
      if (!amount && !linked && (!t.arabic || isFunctionWord(t.key) || readings(t).some((r) => r.prefix > 0 && isFunctionWord(r.stem)))) break;
      if (n > 0 && /^(و|ف)/.test(t.key) && !t.key.startsWith('وزار')) break;
      if (/[\u064B-\u064D]/.test(t.text) || (/^\p{N}/u.test(t.key) && !amount)) break;
    } else {
      // English: a prepositional complement or a name ("ceasefire in Libya", "talks with Iran").
      if (t.arabic) break;
      if (n === 0 && !/^(of|in|on|for|with|between|from|to)$/.test(t.key) && !/^\p{Lu}/u.test(t.text)) break;
      // "welcomed the accord in a statement": an indefinite after the preposition is an adjunct of the verb.
      if (n === 0 && /^(a|an)$/.test(toks[to + 1]?.key ?? '')) break;
      if (n > 0 && /^(to|that|which|who|and|as|after|before|starting|since)$/.test(t.key)) break;
    }
    const m = c.a.cover[to];
    to = m ? Math.max(to + 1, m.to) : to + 1;
  }
  while (to > headEnd && /^(of|in|on|for|with|between|from|to|the|a|an|من|في|علي)$/.test(toks[to - 1]!.key)) to--;
  const tokFirst = toks[first]!;
  return phraseMention(c, first, to, first === from && arabic ? nameStart(tokFirst, prefix) : tokFirst.start, type);
}

/** Masdars whose object follows على or إلى: keeping, preserving, obtaining, ending something. */
const LINKED_MASDARS = /^(ال)?(ابقاء|حفاظ|حصول|قضاء)$/;

/** A weak article-local mention of tokens [from, to), its text starting at character `start`. */
function phraseMention(c: Clause, from: number, to: number, start: number, type: EntityType): Mention {
  const end = c.tokens[to - 1]!.end;
  const s = c.a.sentence;
  const text = s.text.slice(start - s.start, end - s.start);
  return {
    id: c.state.mentionId(), sentence: s.index, from, to, start, end, text, type, entry: c.state.localEntry(type, text), local: true,
    adjective: false, proclitic: '', weak: true,
  };
}

/** Words that end an English verb phrase: a new clause or a second conjunct. */
const CLAUSE_ENDS = /^(and|but|while|whereas|after|before|because|since|if|unless|until|as|so|which|who|when|where|that)$/;

/**
 * What an announcement says when it is a clause, not a noun: "أعلن X أن المفوضية ستبدأ تحديث سجل
 * الناخبين", "أعلن أنه سيقلص المساعدات", "announced that Iraq would contribute $20 million to a fund".
 * The verb phrase of the clause after the complementizer and its subject; a verb with a relation of
 * its own ("أنه سيزور بغداد") says it better.
 */
function announcedClause(c: Clause, i: number): Mention | undefined {
  const toks = c.tokens;
  const key = toks[i]?.key ?? '';
  if (!COMPLEMENTIZERS.test(key) && !PRONOUN_COMPLEMENTIZERS.test(key) && key !== 'that') return undefined;
  let k = i + 1;
  const subject = COMPLEMENTIZERS.test(key) || key === 'that' ? c.at(k) : undefined;
  if (subject) k = c.spanEnd(subject);
  else if (key === 'that' && /^(it|he|she|they|we)$/.test(toks[k]?.key ?? '')) k++;
  const verb = toks[k];
  if (!verb || c.a.cover[k] || frames.matchAt(toks, k) || /[,،;؛:.!?؟]/.test(verb.gap)) return undefined;
  if (verb.arabic && !subject) {
    // "أعلن الصندوق أن مجلسه التنفيذي وافق على صرف شريحة": a body of the announcer (a noun and its
    // adjective, which make no mention) approving or deciding a deed announces the deed.
    const approve = toks.slice(k, k + 3).findIndex((t, n) => APPROVE.test(t.key) && !(n > 0 && /[,،;؛:.!?؟]/.test(t.gap)));
    if (approve >= 0) return eventAfter(c, k + approve + 1, undefined, 3);
  }
  if (verb.arabic) {
    // An imperfect verb, future or not ("ستبدأ", "يقلص"), opens the clause's predicate.
    if (!/^س?[يتن]../.test(verb.key) || isFunctionWord(verb.key)) return undefined;
    return eventMention(c, k, k + 1, 0, 'Concept', false, true);
  }
  // English: a modal ("would", "is to", "plans to", "is going to"), then the verb and what it
  // governs up to the clause's end.
  let from = k + 1;
  if (/^(is|was|are|were|plans|planned|intends|intended)$/.test(verb.key)) from += toks[from]?.key === 'going' && toks[from + 1]?.key === 'to' ? 2 : toks[from]?.key === 'to' ? 1 : 0;
  if (from === k + 1 && !/^(would|will|could|should)$/.test(verb.key)) return undefined;
  return englishVerbPhrase(c, from);
}

/** An English verb phrase opening at token from ("raise oil production by …"), up to the clause's end. */
function englishVerbPhrase(c: Clause, from: number): Mention | undefined {
  const toks = c.tokens;
  if (!toks[from] || !/^\p{Ll}/u.test(toks[from]!.text) || c.a.cover[from] || frames.matchAt(toks, from)) return undefined;
  let to = from + 1;
  while (to < toks.length && to - from < 12 && !/[,;:.!?]/.test(toks[to]!.gap) && !CLAUSE_ENDS.test(toks[to]!.key)) to++;
  return phraseMention(c, from, to, toks[from]!.start, 'Concept');
}

/** "urged OPEC to lower oil prices", "called on Moscow and Kyiv to grant access…": what the addressees are urged to do. */
function urgedTo(c: Clause, i: number): Mention | undefined {
  const toks = c.tokens;
  let k = toks[i]?.key === 'on' ? i + 1 : i;
  const first = k;
  while (k < toks.length && k - first < 8 && (c.a.cover[k] || /^(and|the|both)$/.test(toks[k]!.key)) && !(k > first && /[,;:.!?]/.test(toks[k]!.gap))) k++;
  if ((!c.a.cover[first] && !c.a.cover[first + 1]) || toks[k]?.key !== 'to' || /[,;:.!?]/.test(toks[k]!.gap)) return undefined;
  // A verb alone ("to act") names no demand worth a node; it needs its object.
  const what = englishVerbPhrase(c, k + 1);
  return what && what.to - what.from >= 2 ? what : undefined;
}

/**
 * "قرر مجلس الوزراء في جلسته يوم الأربعاء، برئاسة X، تحديد موعد…": a decision's object may stand past
 * adjuncts set off by commas; it is then a bare masdar opening the next comma's span.
 */
function decidedPastAdjuncts(c: Clause, i: number): Mention | undefined {
  const toks = c.tokens;
  for (let k = i + 1; k < Math.min(toks.length, i + 24); k++) {
    if (/[.;:!?؟؛]/.test(toks[k]!.gap)) return undefined;
    if (!/[,،]/.test(toks[k]!.gap) || c.a.cover[k]) continue;
    // The masdar takes no preposition or conjunction; a transparent head ("تحديد") leads to its event.
    const e = eventNouns.matchAt(toks, k);
    if (e && /^(ال)?$/.test(e.proclitic)) return eventMention(c, k, e.to, e.prefix, e.value);
    if (TRANSPARENT_HEADS.test(toks[k]!.key)) return eventAfter(c, k + 1, undefined, 12);
  }
  return undefined;
}

/** Verbs of deciding: what is decided is announced. */
const DECIDE = /^(قرر|قررت|يقرر|تقرر|decided|decides|agreed|agrees)$/;
/** Arabic verbs of approving or deciding that open the predicate of an announced clause. */
const APPROVE = /^(وافق|وافقت|قرر|قررت|اقر|اقرت)$/;

/**
 * "OPEC+ agreed on Saturday to raise output", "the cabinet decided to extend…": one party agreeing
 * to do something decides it, which is an announcement; agreeing with someone is left to the frames.
 */
function decisions(c: Clause, out: RelationCandidate[]): void {
  const toks = c.tokens;
  for (let k = 1; k < toks.length; k++) {
    if (c.a.cover[k] || toks[k]!.arabic || !DECIDE.test(toks[k]!.key)) continue;
    let to = k + 1;
    while (to < toks.length && to - k <= 4 && toks[to]!.key !== 'to' && !/[,;:.!?]/.test(toks[to]!.gap) && !/^(with|and|that)$/.test(toks[to]!.key)) to++;
    if (toks[to]?.key !== 'to' || /[,;:.!?]/.test(toks[to]!.gap)) continue;
    // The party must be the verb's own subject ("X said the two countries had agreed to…" is not X's decision).
    const subject = c.agentBefore(k, true);
    const own = subject && toks.slice(c.spanEnd(subject), k).every((t) => VERB_PHRASE.test(t.key)) && c.group(subject).length === 1;
    const what = own ? englishVerbPhrase(c, to + 1) : undefined;
    if (what) out.push({ subject: c.agent(subject!), predicate: 'ANNOUNCED', object: what, sentence: c.a.sentence.index, confidence: 0.6, extractor: 'decided' });
  }
}

const definiteAt = (t: Token) => /^(ال|وال|فال|بال|لل)/.test(t.key);

/** A people's name: "الشعب العراقي", "the Iraqi people". */
const PEOPLE = /^((ال)?شعب|people)$/;

/**
 * Whether a definite noun stands between an indefinite masdar (tokens [from, to)) and the adjective at
 * token `at`: it is the masdar's genitive, which the adjective describes ("دعم الشعب العراقي"), unless
 * it is a force, whose nationality is the agent's ("قصف الطيران الروسي").
 */
function genitiveBetween(c: Clause, from: number, to: number, at: number): boolean {
  if (definiteAt(c.tokens[from]!)) return false;
  for (let k = to; k < at; k++) if (definiteAt(c.tokens[k]!) && !forceNouns.matchAt(c.tokens, k)) return true;
  return false;
}

/** The nearest event phrase ending shortly before token i ("لسحب قوات التحالف الدولي، وهو المطلب"). */
function eventBefore(c: Clause, i: number): Mention | undefined {
  for (let k = i - 1; k >= Math.max(0, i - 8); k--) {
    if (c.a.cover[k]) continue;
    const e = eventNouns.matchAt(c.tokens, k);
    if (e) return eventMention(c, k, e.to, e.prefix, e.value);
  }
  return undefined;
}

/** Subject and object of one frame occurrence. */
function applyFrame(c: Clause, f: Frame, from: number, to: number, suffix: number, out: RelationCandidate[], extractor: string): void {
  const toks = c.tokens;
  const arabic = toks[from]!.arabic;
  const emit = (subjects: Mention[], objects: Mention[], confidence: number) => {
    for (const s0 of subjects) for (const o0 of objects) {
      const s = c.agent(s0);
      // A city fought over is a place, not its government ("clear Tripoli of terrorists").
      const o = f.object === 'place' || f.predicate === 'ATTACKED' || f.predicate === 'FIGHTS' ? o0 : c.agent(o0);
      // Killing a group's fighters ("killed three Hezbollah commanders") is an attack on the group.
      // A person or a state that joins a body becomes a member, an organisation a part ("joined").
      const p = f.predicate === 'KILLED' && o.type !== 'Person' ? 'ATTACKED'
        : f.predicate === 'PART_OF' && f.kind === 'verb' && (s.type === 'Person' || s.type === 'Country') && o.type === 'Organization' ? 'MEMBER_OF' : f.predicate;
      if (!admits(p, s, o)) continue;
      out.push({ subject: s, predicate: p, object: o, sentence: c.a.sentence.index, confidence, extractor });
      if (SYMMETRIC_PREDICATES.has(p)) c.state.lastPair = [s, o];
      noteDeed(c, p, s);
    }
  };

  // Participles describing the noun before them: "الميليشيات الموالية لإيران" → Iran SUPPORTS militias.
  if (f.objectBefore) {
    const described = c.a.cover[from - 1] ?? (from >= 2 ? c.a.cover[from - 2] : undefined);
    if (!described) return;
    const agent = c.mentionAfter(to, (m, at) => c.isAgent(m) && c.introducedBy(at, m, f.preps), 3);
    if (agent) emit(c.coordinated(agent), [c.head(described)], 0.7);
    return;
  }

  // "بين X وY" / "between X and Y": all parties of a symmetric relation.
  const window = toks.slice(to, to + 4);
  const between = window.findIndex((t, k) => (t.key === 'بين' || t.key === 'between' || t.key === 'وبين')
    && !window.slice(0, k).some((_, j) => frames.matchAt(toks, to + j)));
  // "الحرب بين الجيش وقوات الدعم السريع", "fighting between X and Y": the first named fights the others.
  if (between >= 0 && ['MEETS', 'NEGOTIATES_WITH', 'AGREES_WITH', 'ALLIED_WITH', 'FIGHTS'].includes(f.predicate)) {
    // "بين الجانبين", "between the two sides": the two parties named before.
    const both = pairAt(c, to + between + 1, from);
    if (both) {
      emit([both[0]], [both[1]], 0.6);
      return;
    }
    const first = c.mentionAfter(to + between + 1, (m) => c.isAgent(c.head(m)), 3);
    if (first) {
      const parties = [...c.coordinated(first)];
      // "between Iran and the five permanent members Britain, China..." continues after a description.
      const lastEnd = parties.length ? Math.max(...parties.map((p) => p.to)) : to;
      const more = c.mentionAfter(lastEnd, (m) => c.isAgent(c.head(m)), 8);
      if (more && parties.length === 1) parties.push(...c.coordinated(more));
      // "between Iran and the five permanent members Britain, China…": the list names the members.
      const expanded = parties.flatMap((p) => {
        if (p.type !== 'Organization') return [p];
        const list = c.mentionAfter(p.to, (m) => m.type === 'Country' && !m.adjective, 3);
        const members = list ? c.coordinated(list) : [];
        return members.length >= 2 ? members : [p];
      });
      const [head, ...others] = expanded;
      if (head && others.length) emit([head], others, 0.75);
      return;
    }
  }

  // "demanded a full Israeli withdrawal from Gaza": a withdrawal called for has not happened.
  if (f.kind === 'noun' && f.predicate === 'WITHDRAWS_FROM' && toks.slice(Math.max(0, from - 4), from)
    .some((t, k, arr) => frames.matchAt(arr, k)?.value.some((x) => x.predicate === 'DEMANDS'))) return;
  if (f.kind === 'noun' && (f.predicate === 'NEGOTIATES_WITH' || f.predicate === 'AGREES_WITH')
    && (toks.slice(Math.max(0, from - 8), from).some((t) => REFUSAL.test(t.key.replace(/^[وف](?=...)/, '')))
      || toks.slice(Math.max(0, from - 3), from).some((t) => WITHOUT.test(t.key)))) return;
  // "The two sides agreed", "ووقع الجانبان": the pair named before.
  const pair = pairAt(c, to) ?? pairBefore(c, from, suffix);
  if (pair && SYMMETRIC_PREDICATES.has(f.predicate)) {
    emit([pair[0]], [pair[1]], 0.6);
    // Two officials' sides are their states: "the two ministers signed" binds their countries.
    const states = f.predicate === 'AGREES_WITH' || f.predicate === 'NEGOTIATES_WITH' ? pair.map((p) => c.countryMention(p)) : [];
    if (states[0] && states[1] && states[0].entry.id !== states[1].entry.id) emit([states[0]], [states[1]], 0.55);
    return;
  }
  // Subject: VSO for Arabic verbs, the nearest agent before otherwise.
  let subjects: Mention[] = [];
  let objectFrom = to;
  const passiveVerb = !arabic && from > 0 && /^(was|were|been|being|is|are)$/.test(toks[from - 1]!.key);
  const passive = passiveVerb && toks[to]?.key === 'by';
  if (passiveVerb && !passive) {
    // "X was killed in an Israeli strike": the agent is the strike's nationality.
    const agent = forceAgent(c, to);
    const patient = c.agentBefore(from);
    if (agent && patient) emit([agent], c.coordinated(patient), 0.6);
    return;
  }
  // "مطالباً X ب…" qualifies the main clause; "قال إنه يدعم X" reports it: both take its subject.
  const adverbial = arabic && f.kind === 'verb' && (adverbials.matchAt(toks, from) || PRONOUN_COMPLEMENTIZERS.test(toks[from - 1]?.key ?? ''))
    ? sentenceSubject(c, from) : undefined;
  // Arabic VSO: the agent right after the verb; unless one stands right before it (SVO, "الصدر أعلن").
  const justBefore = arabic && f.kind === 'verb' ? c.agentBefore(from, false) : undefined;
  const svo = justBefore && from - justBefore.to <= 1 && !/^[وف]/.test(toks[from]!.key) && !RELATIVES.test(toks[from - 1]?.key ?? '') ? justBefore : undefined;
  // "التقى نظيره المصري X": the counterpart is the object; the subject is the person named before.
  const counterpart = arabic && f.kind === 'verb' && COUNTERPART.test(toks[to]?.key ?? '')
    ? [...c.a.mentions].reverse().find((m) => m.to <= from && c.head(m).type === 'Person') : undefined;
  const after = arabic && !svo && !counterpart ? c.mentionAfter(to, (m, at) => c.isAgent(c.head(m)) && !c.introducedBy(at, m, PREPOSITIONS), 1) : undefined;
  // A nationality adjective right on the noun names its agent: "غارة جوية أميركية", "US strike".
  const attributive = f.kind === 'noun' ? (arabic
    ? c.mentionAfter(to, (m, at) => m.adjective && !genitiveBetween(c, from, to, at), 3)
    : (c.a.cover[from - 1]?.adjective ? c.a.cover[from - 1] : undefined)) : undefined;
  // "X، التي تدعمها Y": the verb's object pronoun points back to X; Y is the subject.
  const relative = arabic && suffix > 0 && from > 0 && RELATIVES.test(toks[from - 1]!.key)
    ? c.a.cover[from - 2] ?? c.a.cover[from - 3] : undefined;
  if (passive) {
    const agent = c.mentionAfter(to + 1, (m) => c.isAgent(m), 2);
    const patient = c.agentBefore(from);
    if (agent && patient) emit(c.coordinated(agent), c.coordinated(patient), 0.7);
    return;
  }
  if (relative && after) {
    emit(c.coordinated(after), [c.nounHead(relative)], 0.7);
    return;
  }
  if (f.reverse) {
    // "طردتها من العاصمة", "ضغوطا من طهران": the one acted on is the predicate's subject.
    const agentAfter = c.mentionAfter(to, (m, at) => c.isAgent(c.head(m)) && c.introducedBy(at, m, f.preps), 4);
    if (f.kind === 'noun') {
      const patient = c.agentBefore(from);
      if (agentAfter && patient) emit(c.coordinated(agentAfter), [patient], 0.6);
      return;
    }
    const joined = /^[وف]/.test(toks[from]!.key);
    const doer = after ?? (joined ? c.lastSubject : undefined) ?? c.agentBefore(from);
    const patient = suffix > 0
      ? (joined ? c.lastObject : undefined) ?? c.agentBefore(from, false, doer)
      : c.mentionAfter(doer && doer.from > from ? doer.to : to, (m, at) => c.isAgent(m) && !c.introducedBy(at, m, f.preps), 3);
    const place = c.mentionAfter(to, (m, at) => (m.type === 'Place' || m.type === 'Country') && c.introducedBy(at, m, f.preps), 6);
    if (patient && place && patient.entry.id !== doer?.entry.id) emit([patient], [place], 0.6);
    return;
  }
  // "وهو المطلب الأساسي للميليشيات": the demand is named before, the demander after.
  if (f.predicate === 'DEMANDS' && f.kind === 'noun') {
    const who = c.mentionAfter(to, (m) => c.isAgent(c.head(m)), 3) ?? c.agentBefore(from, true);
    const what = eventAfter(c, to, undefined, 3) ?? eventBefore(c, from);
    if (who && what) emit(c.coordinated(who), [what], 0.6);
    return;
  }
  // "دعم الشعب العراقي", "دعم السوريين": a people named by its nationality is what support goes to,
  // never who gives it; a plural demonym gives it only to someone named after it ("دعم الأميركيين للعراق").
  const demonym = c.a.cover[to]?.adjective && /(يين|يون)$/.test(toks[to]!.key) ? c.a.cover[to] : undefined;
  const people = !arabic || f.kind !== 'noun' || f.predicate !== 'SUPPORTS' ? undefined
    : PEOPLE.test(toks[to]?.key ?? '') && c.a.cover[to + 1]?.adjective ? c.a.cover[to + 1]
      : demonym && !c.mentionAfter(demonym.to, (m, at) => c.introducedBy(at, m, f.preps), 4, true) ? demonym : undefined;
  if (people) {
    const doer = c.agentBefore(from, true);
    if (doer) emit(c.group(doer), [people], 0.6);
    return;
  }
  // Arabic masdar with its agent as genitive: "انقلاب حفتر على الحكومة", "ضم الحشد إلى القوات المسلحة".
  const genitive = arabic && f.kind === 'noun' && (f.genitive || f.preps) && f.object !== 'person'
    ? c.mentionAfter(to, (m, at) => c.isAgent(c.head(m)) && !c.introducedBy(at, m, PREPOSITIONS, 1), 1) : undefined;
  if (genitive) {
    const subs = c.coordinated(genitive);
    const end = Math.max(...subs.map((x) => c.spanEnd(x)));
    const o = c.mentionAfter(end, (m, at) => c.isAgent(c.head(m)) && !subs.some((x) => x.entry.id === c.head(m).entry.id) && c.introducedBy(at, m, f.preps), 6, true);
    if (o) { emit(subs, c.coordinated(o), 0.65); return; }
    // "اتفاق الأردن وسوريا على…", "لقاء X وY": a symmetric masdar whose genitive names both parties.
    if (SYMMETRIC_PREDICATES.has(f.predicate) && subs.length >= 2) { emit([subs[0]!], subs.slice(1), 0.6); return; }
    if (f.genitive) return;
    // "تواصل دعم حكومة الوفاق": without a second argument the genitive is what the masdar acts on.
    const acts = (f.object === 'agent' || f.object === 'entity') && !SYMMETRIC_PREDICATES.has(f.predicate);
    const doer = acts ? c.agentBefore(from, true) : undefined;
    if (doer) { emit(c.group(doer), subs, 0.6); return; }
  }
  // "قرار يطالب بـ…", "a resolution calling for…": the verb describes the noun before it, no agent.
  // Not across a comma: "X, who chaired the summit, announced…" closes a relative clause.
  if (f.kind === 'verb' && !after && from > 0 && !c.a.cover[from - 1] && eventNouns.matchAt(toks, from - 1) && !(/[,،]/.test(toks[from]!.gap) && relativeAntecedent(c, from))) return;
  // A participle ("المطالبين", "المعترف") describes the noun right before it, its subject; not across
  // a comma, where "، والتقى" is a verb whose stem opens with ال.
  const described = arabic && f.kind === 'verb' && definiteAt(toks[from]!) && !/[,،]/.test(toks[from]!.gap)
    ? c.a.cover[from - 1] ?? (/^[وف]/.test(toks[from - 1]?.key ?? '') ? c.a.cover[from - 2] : undefined) : undefined;
  if (pair) {
    subjects = pair;
    objectFrom = arabic ? to + 1 : to;
  } else if (adverbial) {
    subjects = [adverbial];
  } else if (counterpart) {
    subjects = [c.head(counterpart)];
  } else if (described && c.isAgent(c.head(described))) {
    subjects = c.coordinated(c.head(described));
  } else if (attributive) {
    subjects = [attributive];
    objectFrom = arabic ? attributive.to : to;
  } else if (after && arabic && f.kind === 'verb' && /^[وف]/.test(toks[from]!.key) && /[,،]/.test(toks[from]!.gap) && c.lastSubject && !svo) {
    // "زارت X القاهرة، والتقت الرئيس Y": after a comma a verb joined by و goes on with the subject
    // before it, and whoever follows it is its object, not a new subject.
    subjects = [c.lastSubject];
  } else if (after && f.kind === 'verb') {
    subjects = c.coordinated(after);
    objectFrom = Math.max(...subjects.map((s) => s.to), after.to);
  } else if (f.kind === 'noun' && f.object === 'person') {
    // "مقتل X": the genitive is the victim; the agent is named elsewhere in the sentence.
    const victim = c.mentionAfter(to, (m) => c.head(m).type === 'Person', 2);
    if (!victim) return;
    const agent = forceAgent(c, victim.to) ?? c.agentBefore(from, true);
    if (agent) emit([agent], c.coordinated(victim), 0.7);
    return;
  } else if (arabic && f.kind === 'verb' && /^[وف]/.test(toks[from]!.key) && c.lastSubject && !svo) {
    // "كبدت مليشيا حفتر خسائر وطردتها": a verb joined by و shares the subject of the one before.
    subjects = [c.lastSubject];
  } else {
    const before = svo ?? relativeAntecedent(c, from) ?? mainSubject(c, from, f.kind === 'verb' || to - from > 1) ?? reportedSpeaker(c, from)
      ?? (f.kind === 'noun' ? lightVerbSubject(c, from) : undefined) ?? c.agentBefore(from, f.kind === 'noun');
    if (before && !(f.kind === 'noun' && VIOLENT.has(f.predicate) && judged(c, before, from))) subjects = c.group(before);
    if (!subjects.length && arabic && after) {
      subjects = c.coordinated(after);
      objectFrom = after.to;
    }
  }
  // "Turkey and Russia agreed…": a symmetric relation among coordinated subjects, when nothing follows.
  if (subjects.length >= 2 && ['MEETS', 'NEGOTIATES_WITH', 'AGREES_WITH', 'ALLIED_WITH'].includes(f.predicate)
    && !c.mentionAfter(objectFrom, (m, at) => c.isAgent(c.head(m)) && c.introducedBy(at, m, f.preps), 6, true)) {
    const [head, ...others] = subjects;
    emit([head!], others, 0.6);
    return;
  }
  // "He also attacked…": a pronoun opening the sentence is the person the article spoke of last.
  if (!subjects.length && c.pronounSubject() && f.kind === 'verb') subjects = [c.pronounSubject()!];
  if (!subjects.length) return;

  let objects: Mention[] = [];
  if (f.object === 'event') {
    let e = eventAfter(c, objectFrom, f.preps);
    // "قرر المجلس في اجتماعه…": where a decision was taken is not what was decided.
    if (e && DECIDE.test(toks[from]!.key) && c.introducedBy(e.from, e, LOCATIVES, 1)) e = undefined;
    // "دعت السعودية والولايات المتحدة، اللتان رعتا المحادثات، إلى وقف…": past a relative clause.
    if (!e) {
      const close = relativeClauseEnd(c, objectFrom);
      if (close !== undefined) e = eventAfter(c, close, f.preps);
    }
    if (!e && f.predicate === 'DEMANDS' && !arabic) e = urgedTo(c, objectFrom);
    if (!e && f.predicate === 'ANNOUNCED') e = announcedClause(c, objectFrom) ?? (DECIDE.test(toks[from]!.key) ? decidedPastAdjuncts(c, objectFrom) : undefined);
    // "أعلنت بغداد الاتفاق مع واشنطن": an agreement with someone is a relation, not an announcement.
    if (e && !(f.predicate === 'ANNOUNCED' && /^(مع|with)$/.test(toks[e.to]?.key ?? ''))) objects = [innerDemand(c, e) ?? e];
  } else {
    const want = (m: Mention, at: number) => {
      const h = c.head(m);
      if (subjects.some((s) => s.entry.id === h.entry.id)) return false;
      if (f.object === 'place' && !(h.type === 'Place' || h.type === 'Country')) return false;
      if (f.object === 'person' && h.type !== 'Person') return false;
      if (f.object === 'agent' && !c.isAgent(h)) return false;
      if (c.ledBy(at)) return false;
      // "in Libya" is where, not whom: locatives only where the frame asks for them.
      if (!f.preps?.some((p) => LOCATIVES.includes(p)) && c.introducedBy(at, m, LOCATIVES)) return false;
      // "attacked Turkish interference" is words, not arms: violence needs a military target.
      if (m.adjective && VIOLENT.has(f.predicate) && !forceNouns.matchAt(c.tokens, c.tokens[m.from]!.arabic ? m.from - 1 : m.to)) return false;
      // "the Libyan conflict" names a country only as a setting; "support for the Iraqi people", the country.
      if (m.adjective && isSetting(c.tokens[m.to]) && !c.tokens[m.from]!.arabic && !(f.predicate === 'SUPPORTS' && PEOPLE.test(c.tokens[m.to]!.key))) return false;
      if (m.adjective && c.tokens[m.from]!.arabic && isSetting(c.tokens[m.from - 1])) return false;
      return c.introducedBy(at, m, f.preps);
    };
    // "Baghdad condemned the raids", "انتقد روبيو الزيارة": judging a deed named before judges its doer.
    let o = f.predicate === 'OPPOSES' || f.predicate === 'SUPPORTS' ? deedAgent(c, objectFrom) : undefined;
    // "اجتمعت اللجنة، التي يرأسها X، في…": the object follows the relative clause, never inside it.
    const opensRelative = /^\s*[,،]/.test(toks[objectFrom]?.gap ?? '') && RELATIVES.test(toks[objectFrom]?.key ?? '');
    const close = opensRelative ? relativeClauseEnd(c, objectFrom) : objectFrom;
    if (close !== undefined) o ??= c.mentionAfter(close, want, 8, true);
    // "backs factions within Iraq's Popular Mobilization Forces": the possessor is not the object.
    if (o && !arabic && /^['’]s?\s*$/.test(toks[o.to]?.gap ?? '') && c.a.cover[o.to] && want(c.a.cover[o.to]!, o.to)) o = c.a.cover[o.to];
    // "vetoed a resolution on Gaza": a name inside the event phrase the verb governs is not its object.
    const event = f.object === 'entity' && close !== undefined ? eventAfter(c, close, f.preps, 3) : undefined;
    // "welcomed the swap and called on Moscow…": a name past another verb is that verb's.
    const pastVerb = o && event && event.to <= o.from && toks.slice(event.to, o.from).some((_, k) => !!frames.matchAt(toks, event.to + k));
    if (o && event && ((event.from < o.from && event.to >= o.to) || pastVerb)) objects = [event];
    else if (o) objects = c.coordinated(o).filter((x) => !subjects.some((s) => s.entry.id === x.entry.id));
    else if (f.object === 'entity') {
      // "struck more than 150 targets in Gaza City": an attack on unnamed targets hits where they are.
      const e = event
        ?? (f.predicate === 'ATTACKED' && f.kind === 'verb' ? c.mentionAfter(objectFrom, (m, at) => (m.type === 'Place' || (m.type === 'Country' && !m.adjective)) && c.introducedBy(at, m, LOCATIVES, 1), 8, true) : undefined);
      if (e) objects = [e];
    }
    // "the European Union, which Cyprus joined": the antecedent of an object relative is the object.
    const opening = c.start(subjects[0]!) - 1;
    if (!objects.length && !arabic && subjects.length === 1 && /^(which|whom|that)$/.test(toks[opening]?.key ?? '')) {
      const antecedent = c.a.cover[opening - 1];
      if (antecedent && want(antecedent, antecedent.from) && c.start(subjects[0]!) < from) objects = [c.head(antecedent)];
    }
  }
  if (objects.length) emit(subjects, objects, 0.65);
  if (f.predicate === 'MEETS' && objects.length) visitors(c, [...subjects, ...objects], objectFrom, out);
  if (f.kind === 'verb' && subjects.length) { c.lastSubject = subjects[0]; if (objects.length) c.lastObject = objects[0]; }
}

const PAIR_NOUNS = /^(sides|parties|countries|states|governments|ministers|leaders|presidents|الجانبان|الجانبين|الطرفان|الطرفين|البلدان|البلدين|الوزيران|الوزيرين|الزعيمان|الزعيمين|الرييسان|الرييسين)$/;
const COUNTRY_PAIR = /^(countries|states|البلدان|البلدين)$/;

/**
 * "the two sides", "both countries", "الجانبان", "البلدين" at token i: the two countries named last
 * before it, or the last pair that met, talked or agreed. After "between" (`trigger` the word it
 * follows) the sentence's own two parties come first, unless they are listed together as those who
 * act ("Qatar and Egypt mediated between the two sides").
 */
function pairAt(c: Clause, i: number, trigger?: number): [Mention, Mention] | undefined {
  const toks = c.tokens;
  const k = toks[i]?.arabic ? i : toks[i]?.key === 'both' ? i + 1 : toks[i]?.key === 'the' && toks[i + 1]?.key === 'two' ? i + 2 : -1;
  const noun = toks[k]?.key ?? '';
  if (!PAIR_NOUNS.test(noun)) return undefined;
  if (COUNTRY_PAIR.test(noun)) {
    const before = c.state.countries.filter((m) => m.sentence < c.a.sentence.index || m.to <= i);
    return before.length >= 2 ? [before[before.length - 2]!, before[before.length - 1]!] : undefined;
  }
  if (trigger !== undefined) {
    const parties: Mention[] = [];
    for (let j = c.a.mentions.length - 1; j >= 0 && parties.length < 2; j--) {
      const m = c.a.mentions[j]!;
      if (m.to > trigger) continue;
      const h = c.agent(c.nounHead(m));
      if (c.isAgent(h) && !parties.some((p) => p.entry.id === h.entry.id)) parties.unshift(h);
    }
    const listed = parties.length === 2 && c.group(parties[1]!).some((m) => m.entry.id === parties[0]!.entry.id);
    if (parties.length === 2 && !listed) return [parties[0]!, parties[1]!];
  }
  return c.state.lastPair;
}

/**
 * A pair phrase right before a verb: English "The two sides also agreed"; Arabic only where the verb
 * cannot come first, after a complementizer or opening the sentence ("إن البلدين اتفقا").
 */
function pairBefore(c: Clause, from: number, suffix = 0): [Mention, Mention] | undefined {
  const toks = c.tokens;
  if (toks[from]?.arabic) {
    if (from === 1 || (from >= 2 && COMPLEMENTIZERS.test(toks[from - 2]!.key))) return pairAt(c, from - 1);
    // "إن الوزيرين أكدا …، وطالبا إثيوبيا": a dual verb joined by و has the pair named before as subject.
    if (suffix === 1 && /^[وف].+ا$/.test(toks[from]!.key)) {
      for (let k = from - 1; k >= 0; k--) if (PAIR_NOUNS.test(toks[k]!.key)) return pairAt(c, k);
    }
    return undefined;
  }
  let j = from - 1;
  while (j > 0 && from - j <= 3 && VERB_PHRASE.test(toks[j]!.key)) j--;
  // "X, which has visited prisoners on both sides, welcomed…": a pair closing a relative clause, or
  // governed by a preposition, is not the verb's subject.
  if (/[,;]/.test(toks[j + 1]?.gap ?? '')) return undefined;
  const opens = (k: number) => !PREPOSITIONS.includes(toks[k - 1]?.key ?? '');
  return (opens(j - 2) ? pairAt(c, j - 2) : undefined) ?? (opens(j - 1) ? pairAt(c, j - 1) : undefined);
}

/** Verbs whose object noun carries the meaning: "wage war", "carry out strikes", "شن هجمات". */
const ENGLISH_LIGHT_VERBS = ['wage', 'waged', 'wages', 'waging', 'launch', 'launched', 'launches', 'carry', 'carried', 'carries',
  'conduct', 'conducted', 'conducts', 'stage', 'staged', 'stages', 'mount', 'mounted', 'mounts'];
const LIGHT_VERBS = new RegExp(`^(${[...ENGLISH_LIGHT_VERBS, 'خاض', 'خاضت', 'يخوض', 'تخوض', 'شن', 'شنت', 'يشن', 'تشن', 'نفذ', 'نفذت', 'ينفذ', 'تنفذ'].join('|')})$`);

/** Words between "and" and a verb phrase's trigger: adverbs, auxiliaries, a light verb and its noun's modifiers. */
const VERB_PHRASE = new RegExp(`^(also|later|then|again|still|jointly|separately|subsequently|afterwards|has|have|had|will|would|could|may|might|${ENGLISH_LIGHT_VERBS.join('|')}|out|air|drone|missile|rocket|artillery|new|further)$|ly$`);

/**
 * "X met Y in Baghdad and later held talks with Z", "Hussein said Baghdad rejects X, and called for
 * Y": a verb phrase after "and" has no subject of its own. It shares the subject of the verb before
 * it; after ", and" that of the main clause, which opens the sentence. `verbal`: the trigger is a
 * verb, so "and" right before it cannot join two nouns.
 */
function mainSubject(c: Clause, from: number, verbal: boolean): Mention | undefined {
  const toks = c.tokens;
  if (toks[from]?.arabic) return undefined;
  let j = from - 1;
  while (j > 0 && from - j <= 5 && !c.a.cover[j] && /^\p{Ll}/u.test(toks[j]!.text) && VERB_PHRASE.test(toks[j]!.key)) j--;
  if (toks[j]?.key !== 'and' || (!verbal && j === from - 1)) return undefined;
  if (!/,/.test(toks[j]!.gap) && c.lastSubject) return c.lastSubject;
  const first = c.a.mentions.find((m) => m.from < j && !c.credit(m));
  if (!first || first.from > 2 || c.introducedBy(first.from, first, PREPOSITIONS, 1)) return undefined;
  const h = c.head(first);
  return c.isAgent(h) ? c.agent(h) : undefined;
}

/**
 * Definite nouns for a deed the article reported ("the raids", "الزيارة"), by its predicate. "The
 * raids" are the last ones reported; "the visit" is the one the story leads with, not the side trips
 * of its entourage.
 */
const DEED_NOUNS: Partial<Record<Predicate, { nouns: RegExp; lead?: boolean }>> = {
  ATTACKED: { nouns: /^(attacks?|strikes?|airstrikes?|raids?|bombings?|shelling|offensive|incursions?|هجوم|هجمات|غاره|غارات|قصف|ضربات|اعتداءات)$/ },
  VISITS: { nouns: /^(visit|trip|tour|زياره|جوله)$/, lead: true },
};

/** "struck … in response", "رداً على": a reprisal answers the deed the article reports, it does not become it. */
const REPRISAL = /^(response|retaliation|reprisal|ردا|رد)$/;

/** Records who did a deed "the raids", "the visit" may later refer to. */
function noteDeed(c: Clause, p: Predicate, agent: Mention): void {
  const deed = DEED_NOUNS[p];
  if (!deed || (deed.lead && c.state.lastAgent.has(p)) || c.tokens.some((t) => REPRISAL.test(t.key))) return;
  c.state.lastAgent.set(p, agent);
}

/** The doer of the deed a definite noun at token i refers to: "the raids" → who last attacked. */
function deedAgent(c: Clause, i: number): Mention | undefined {
  const toks = c.tokens;
  const k = toks[i]?.key === 'the' ? i + 1 : i;
  const t = toks[k];
  if (!t || c.a.cover[k] || (t.arabic ? !definiteAt(t) : k === i)) return undefined;
  // A deed with its own agent or target after it ("the visit to Iraq", "الغارات الإسرائيلية") is not the one reported.
  const next = toks[k + 1];
  if (next && !/[,،;؛:.!?؟]/.test(next.gap) && (c.a.cover[k + 1] || (/^(of|to|by|on|against|في|الي|علي|ل)$/.test(next.key) && c.a.cover[k + 2]))) return undefined;
  const stem = t.arabic ? t.key.replace(/^[وفب]?ال/, '') : t.key;
  for (const [p, deed] of Object.entries(DEED_NOUNS) as Array<[Predicate, { nouns: RegExp }]>) {
    if (deed.nouns.test(stem)) return c.state.lastAgent.get(p);
  }
  return undefined;
}

/**
 * "X met Y in Riyadh", "استقبل X Y في مسقط": whoever came from another country visits where they met,
 * and so does an official of an international body ("والتقى فليتشر في دمشق …").
 */
function visitors(c: Clause, parties: Mention[], from: number, out: RelationCandidate[]): void {
  const place = c.mentionAfter(from, (m, at) => (m.type === 'Place' || (m.type === 'Country' && !m.adjective)) && c.introducedBy(at, m, [...LOCATIVES, 'ب'], 2), 12, true);
  const where = place && c.countryOfPlace(place);
  if (!where) return;
  for (const p of parties) {
    const home = c.countryOf(p);
    if ((home ? home !== where : c.international(p)) && admits('VISITS', p, place)) {
      out.push({ subject: p, predicate: 'VISITS', object: place, sentence: c.a.sentence.index, confidence: 0.55, extractor: 'frame:visits' });
      noteDeed(c, 'VISITS', p);
    }
  }
}

/**
 * "Iran condemned the attacks on X", "طالب X بوقف الهجمات": a deed someone judges or wants stopped is
 * not theirs. True when a verb of opposing or demanding governs the deed noun: between the agent and
 * the noun, or just before the agent (Arabic VSO).
 */
function judged(c: Clause, agent: Mention, noun: number): boolean {
  for (let k = Math.max(0, c.start(agent) - 2); k < noun; k++) {
    if (!c.a.cover[k] && frames.matchAt(c.tokens, k)?.value.some((f) => f.kind === 'verb' && (f.predicate === 'OPPOSES' || f.predicate === 'DEMANDS'))) return true;
  }
  return false;
}

/**
 * "وتخوض قوات الدعم السريع، بقيادة X، حرباً ضد الجيش": the agent of a noun is the subject of the light
 * verb it is the object of, however far an apposition puts it.
 */
function lightVerbSubject(c: Clause, from: number): Mention | undefined {
  const toks = c.tokens;
  for (let v = from - 1; v >= Math.max(0, from - 12); v--) {
    if (/[.;:!?؟؛]/.test(toks[v + 1]!.gap)) return undefined;
    if (c.a.cover[v] || !LIGHT_VERBS.test(toks[v]!.key.replace(/^[وف](?=...)/, ''))) continue;
    const s = toks[v]!.arabic ? c.mentionAfter(v + 1, (m, at) => c.isAgent(c.head(m)) && !c.introducedBy(at, m, PREPOSITIONS, 1), 1) : c.agentBefore(v);
    return s && c.head(s);
  }
  return undefined;
}

/** "The Israeli military said it had struck…": a pronoun subject right after a verb of saying is the speaker. */
function reportedSpeaker(c: Clause, from: number): Mention | undefined {
  const toks = c.tokens;
  if (toks[from]?.arabic) return undefined;
  let j = from - 1;
  while (j > 0 && from - j <= 3 && VERB_PHRASE.test(toks[j]!.key)) j--;
  if (!/^(he|she|it|they)$/.test(toks[j]?.key ?? '')) return undefined;
  const said = toks[j - 1]?.key === 'that' ? j - 2 : j - 1;
  if (said < 0 || !speechVerbs.matchAt(toks, said)) return undefined;
  const speaker = c.agentBefore(said) ?? c.pronounSubject();
  return speaker && c.agent(c.head(speaker));
}

/**
 * The subject of the sentence's first verb before token i: whom an adverbial participle describes.
 * Arabic puts it after the verb, English before; a first verb without one has a pronoun subject.
 */
function sentenceSubject(c: Clause, i: number): Mention | undefined {
  const toks = c.tokens;
  for (let k = 0; k < i; k++) {
    if (c.a.cover[k] || (!speechVerbs.matchAt(toks, k) && !frames.matchAt(toks, k)?.value.some((f) => f.kind === 'verb'))) continue;
    const s = toks[k]!.arabic ? c.mentionAfter(k + 1, (m, at) => c.isAgent(c.head(m)) && !c.introducedBy(at, m, PREPOSITIONS, 1), 2) ?? c.agentBefore(k) : c.agentBefore(k);
    if (s) return c.agent(c.head(s));
    const pronoun = c.pronounSubject();
    if (pronoun) return pronoun;
  }
  return undefined;
}

/**
 * Who the sentence is about, what "he" and a subjectless verb in the next ones refer to: the person
 * subject of its first verb, else the first person it names outside a prepositional phrase (a
 * subject or an object before an oblique), else the first person it names.
 */
function salientPerson(c: Clause): Mention | undefined {
  const subject = sentenceSubject(c, c.tokens.length);
  if (subject?.type === 'Person') return subject;
  const persons = c.a.mentions.filter((m) => m.type === 'Person' && !m.office);
  return persons.find((m) => !c.introducedBy(c.start(m), m, PREPOSITIONS, 1)) ?? persons[0];
}

/** Where a relative clause set off by commas right at token i ends ("، اللتان رعتا المحادثات،", ", which …,"). */
function relativeClauseEnd(c: Clause, i: number): number | undefined {
  const toks = c.tokens;
  let k = i;
  while (k < toks.length && k - i < 2 && !/[,،]/.test(toks[k]!.gap)) k++;
  if (!toks[k] || !/[,،]/.test(toks[k]!.gap) || !/^(التي|الذي|الذين|اللتان|اللذان|اللتين|اللذين|which|who)$/.test(toks[k]!.key)) return undefined;
  for (let j = k + 1; j < Math.min(toks.length, k + 14); j++) {
    if (/[.;:!?؟؛]/.test(toks[j]!.gap)) return undefined;
    if (/[,،]/.test(toks[j]!.gap)) return j;
  }
  return undefined;
}

/** "دون التوصل إلى اتفاق", "without a deal": an agreement that was not reached. */
const WITHOUT = /^(دون|بدون|without)$/;

/** "رفض أي مفاوضات مع X", "refused talks with X": a refused relation is not a relation. */
const REFUSAL = /^(رفض|رفضت|يرفض|ترفض|يرفضون|رافضا|رافضه|rejected|rejects|refused|refuses|ruled)$/;

/**
 * "Iran, which backs Hamas, has threatened Israel": a verb right after a relative clause set off by
 * commas takes the noun the clause describes as subject, not the last name inside the clause.
 */
function relativeAntecedent(c: Clause, from: number): Mention | undefined {
  const toks = c.tokens;
  if (toks[from]?.arabic) return undefined;
  // The clause's closing comma: on the verb or on an auxiliary just before it ("…, has threatened").
  let close = from;
  while (close > 0 && from - close < 3 && !/,/.test(toks[close]!.gap) && /^(has|have|had|is|are|was|were|will|would|also|later|then|had|did|does|do|could|may|might)$/.test(toks[close - 1]!.key)) close--;
  if (!/,/.test(toks[close]!.gap)) return undefined;
  for (let j = close - 1; j > 0 && close - j <= 14; j--) {
    if (/[,;:.!?]/.test(toks[j]!.gap) && !/^(which|who)$/.test(toks[j]!.key)) return undefined;
    if (!/^(which|who)$/.test(toks[j]!.key)) continue;
    if (!/,/.test(toks[j]!.gap)) return undefined;
    const m = c.a.cover[j - 1];
    return m && c.isAgent(c.head(m)) ? c.head(m) : undefined;
  }
  return undefined;
}

/** "قرار يطالب بإخراج القوات" / "a resolution calling for X": what was voted for is X. */
function innerDemand(c: Clause, e: Mention): Mention | undefined {
  const f = frames.matchAt(c.tokens, e.to) ?? frames.matchAt(c.tokens, e.to + 1);
  const demand = f?.value.find((x) => x.predicate === 'DEMANDS');
  if (!f || !demand) return undefined;
  return eventAfter(c, f.to, demand.preps, 3);
}

/** The agent of an attack named by its force noun and a nationality adjective ("في غارة جوية أميركية"). */
function forceAgent(c: Clause, from: number): Mention | undefined {
  for (let k = from; k < c.tokens.length; k++) {
    if (!forceNouns.matchAt(c.tokens, k)) continue;
    // Arabic puts the nationality after the noun ("غارة جوية أميركية"), English before ("Israeli strike").
    // "Israeli air strikes": a kind of weapon may sit between the nationality and the noun.
    let j = k - 1;
    while (j > 0 && /^(air|drone|missile|rocket|artillery|naval)$/.test(c.tokens[j]!.key)) j--;
    const adj = c.tokens[k]!.arabic
      ? c.mentionAfter(k + 1, (m) => m.adjective, 3)
      : (c.a.cover[j]?.adjective || c.a.cover[j]?.type === 'Country' ? c.a.cover[j] : c.mentionAfter(k + 1, (m, at) => c.isAgent(m) && c.introducedBy(at, m, ['by']), 3));
    if (adj) return c.agent(adj);
  }
  return undefined;
}

/**
 * "Israeli air strikes killed dozens across the enclave", "غارة إسرائيلية استهدفت سيارة في بلدة
 * كفركلا": strikes of a nationality that kill or hit somewhere attack that place, whoever the victims.
 */
function strikesOn(c: Clause, out: RelationCandidate[]): void {
  const toks = c.tokens;
  for (let k = 1; k < toks.length; k++) {
    const f = frames.matchAt(toks, k);
    if (c.a.cover[k] || !f?.value.some((x) => x.kind === 'verb' && (x.predicate === 'KILLED' || x.predicate === 'ATTACKED'))) continue;
    const noun = [1, 2, 3, 4].map((d) => k - d).find((j) => j >= 0 && forceNouns.matchAt(toks, j));
    const agent = noun === undefined ? undefined : forceAgent(c, noun);
    if (!agent) continue;
    const place = c.mentionAfter(f.to, (m, at) => (m.type === 'Place' || (m.type === 'Country' && !m.adjective)) && c.introducedBy(at, m, ['across', 'in', 'throughout', 'في', 'ب'], 2), 10, true);
    if (place && admits('ATTACKED', agent, place)) out.push({ subject: agent, predicate: 'ATTACKED', object: place, sentence: c.a.sentence.index, confidence: 0.6, extractor: 'strikes-on' });
  }
}

/** "2500 أميركي" among troops "على الأراضي العراقية" / "2,500 US troops in Iraq" → HAS_TROOPS_IN {count}. */
function troops(c: Clause, out: RelationCandidate[]): void {
  const toks = c.tokens;
  let place: Mention | undefined;
  for (let k = 0; k < toks.length; k++) {
    const m = c.a.cover[k];
    // "جنوب نهر الليطاني": troops south of a river are in the land it names.
    if (m && (m.type === 'Country' || m.type === 'Place') && c.introducedBy(k, m, ['في', 'علي', 'in', 'on', 'inside', 'الاراضي', 'اراضي', 'ب', 'جنوب', 'شمال', 'شرق', 'غرب'])) { place = m; break; }
  }
  if (!place) return;
  for (let k = 0; k < toks.length; k++) {
    if (!/^\d[\d,.]*$/.test(toks[k]!.text)) continue;
    const count = Number(toks[k]!.text.replace(/[,.](?=\d{3})/g, ''));
    if (!Number.isInteger(count) || count <= 0) continue;
    // The owner: a demonym counted directly ("2500 أميركي") or an adjective on the troop noun.
    let owner = c.a.cover[k + 1]?.adjective ? c.a.cover[k + 1] : undefined;
    if (!owner && (troopNouns.matchAt(toks, k + 1) || troopNouns.matchAt(toks, k + 2))) {
      // Not the place after a preposition ("2,500 troops in Iraq").
      owner = [c.a.cover[k + 2], c.a.cover[k + 3], c.a.cover[k - 1]].find((m) => m && (m.adjective || (m.type === 'Country' && !c.introducedBy(m.from, m, PREPOSITIONS, 1))));
    }
    // "The United States has (about) 2,500 troops in Iraq": the owner is the clause's subject.
    const window = Math.max(0, k - 3);
    const verb = toks.slice(window, k).findIndex((t) => /^(has|have|had|keeps|maintains|deployed|stationed|لديها|لديه|تنشر|ينشر|نشرت|نشر)$/.test(t.key));
    if (!owner && verb >= 0 && (troopNouns.matchAt(toks, k + 1) || troopNouns.matchAt(toks, k + 2))) {
      // "أعلن الجيش أنه نشر 1500 جندي": the pronoun after the complementizer is the announcer.
      owner = PRONOUN_COMPLEMENTIZERS.test(toks[window + verb - 1]?.key ?? '') ? sentenceSubject(c, window + verb) : c.agentBefore(k, true);
    }
    if (!owner || owner.entry.id === place.entry.id) continue;
    const s = c.agent(owner);
    const o = place;
    if (admits('HAS_TROOPS_IN', s, o)) out.push({ subject: s, predicate: 'HAS_TROOPS_IN', object: o, sentence: c.a.sentence.index, count, confidence: 0.7, extractor: 'troop-count' });
  }
}

/** "سرت، أحد معاقل مليشيات حفتر", "Idlib, the last stronghold of the rebels": the force holds the place. */
function strongholds(c: Clause, out: RelationCandidate[]): void {
  const toks = c.tokens;
  for (let k = 0; k < toks.length; k++) {
    if (!/^(معقل|معاقل|stronghold|strongholds|bastion)$/.test(toks[k]!.key.replace(/^(ال|و)/, ''))) continue;
    const holder = c.mentionAfter(k + 1, (m, at) => (m.type === 'Organization' || m.type === 'Country') && (toks[k]!.arabic || c.introducedBy(at, m, ['of'])), 3);
    let place: Mention | undefined;
    for (let j = k - 1; j >= Math.max(0, k - 5) && !place; j--) {
      const m = c.a.cover[j];
      if (m && (m.type === 'Place' || (m.type === 'Country' && !m.adjective))) place = m;
    }
    if (holder && place && admits('HAS_TROOPS_IN', holder, place)) {
      out.push({ subject: holder, predicate: 'HAS_TROOPS_IN', object: place, sentence: c.a.sentence.index, confidence: 0.55, extractor: 'stronghold' });
    }
  }
}

/** "الوجود الأميركي في العراق", "the US presence in Iraq". */
function presence(c: Clause, out: RelationCandidate[]): void {
  const toks = c.tokens;
  for (let k = 0; k < toks.length; k++) {
    if (!/^(وجود|الوجود|تواجد|التواجد|presence|deployment)$/.test(toks[k]!.key.replace(/^(ل|ب|و|لل)(?=ال|وجود)/, ''))) continue;
    const owner = c.mentionAfter(k + 1, (m) => m.adjective, 2) ?? (c.a.cover[k - 1]?.adjective || c.a.cover[k - 1]?.type === 'Country' ? c.a.cover[k - 1] : undefined);
    if (!owner) continue;
    const place = c.mentionAfter(owner.to > k ? owner.to : k + 1, (m, at) => (m.type === 'Country' || m.type === 'Place') && c.introducedBy(at, m, ['في', 'in']), 3);
    if (place && place.entry.id !== owner.entry.id) out.push({ subject: c.agent(owner), predicate: 'HAS_TROOPS_IN', object: place, sentence: c.a.sentence.index, confidence: 0.6, extractor: 'presence' });
  }
}

const CITING = ['نقلت', 'نقل', 'نقلا', 'عن', 'عنه', 'عنها', 'حسب', 'وفق', 'وفقا', 'ل', 'according', 'to', 'told', 'citing', 'quoted', 'by'];
const AGENCY = /(وكاله|صحيفه|قناه|اذاعه|agency|news|press|times|post|tv|television|radio|reuters|afp|ap|irna|sana|wam|spa|mena)/i;

/** "حسب ما نقلت عنه وكالة X", "according to X", "X reported": the outlet QUOTES the speaker. */
function quotes(c: Clause, out: RelationCandidate[]): void {
  const toks = c.tokens;
  // The outlet: a news organisation cited ("حسب ما نقلت عنه وكالة X", "according to X", "told X",
  // "في تصريح لـ X", "X reported").
  const outlet = c.a.mentions.find((m) => m.type === 'Organization' && AGENCY.test(`${m.entry.name} ${m.text}`)
    && (c.introducedBy(m.from, m, CITING, 4) || /^(reported|reports|quoted|cited)$/.test(toks[m.to]?.key ?? '')));
  if (!outlet) return;
  const pronoun = toks.slice(Math.max(0, outlet.from - 4), outlet.from).some((t) => /^(عنه|عنها)$/.test(t.key));
  let speaker: Mention | undefined;
  for (let k = 0; k < toks.length && !speaker; k++) {
    if (!speechVerbs.matchAt(toks, k)) continue;
    speaker = c.mentionAfter(k + 1, (m) => c.head(m).type === 'Person', 4) ?? c.agentBefore(k);
  }
  if (!speaker && pronoun) speaker = c.state.salientPerson;
  if (speaker) {
    const s = c.head(speaker);
    if (admits('QUOTES', outlet, s)) out.push({ subject: outlet, predicate: 'QUOTES', object: s, sentence: c.a.sentence.index, confidence: 0.6, extractor: 'quote' });
  }
}

/**
 * "Turkish interference", "التدخل التركي": whoever the sentence reports speaking against it (the
 * subject of said / attacked / criticised) OPPOSES the interfering country.
 */
function interference(c: Clause, out: RelationCandidate[]): void {
  const toks = c.tokens;
  for (let k = 0; k < toks.length; k++) {
    if (!/^(interference|meddling|intervention|تدخل|التدخل|تدخلات|التدخلات)$/.test(toks[k]!.key.replace(/^[وب](?=ال)/, ''))) continue;
    const owner = toks[k]!.arabic ? c.mentionAfter(k + 1, (m) => m.adjective || c.isAgent(m), 2)
      : (c.a.cover[k - 1] && (c.a.cover[k - 1]!.adjective || c.isAgent(c.a.cover[k - 1]!)) ? c.a.cover[k - 1] : undefined);
    if (!owner) continue;
    let opposer: Mention | undefined;
    for (let v = k - 1; v >= 0 && !opposer; v--) {
      if (!speechVerbs.matchAt(toks, v) && !/^(attacked|criticised|criticized|denounced|condemned|slammed|rejected|انتقد|ندد|رفض|هاجم|ادان)$/.test(toks[v]!.key)) continue;
      opposer = c.agentBefore(v) ?? c.mentionAfter(v + 1, (m) => m.type === 'Person', 2) ?? c.pronounSubject();
    }
    if (!opposer) continue;
    const s = c.head(opposer);
    const o = c.agent(owner);
    if (admits('OPPOSES', s, o)) out.push({ subject: s, predicate: 'OPPOSES', object: o, sentence: c.a.sentence.index, confidence: 0.55, extractor: 'interference' });
  }
}

/** "قوات الدعم السريع بقيادة حميدتي", "forces led by X": the person leads the organisation before. */
function ledBy(c: Clause, out: RelationCandidate[]): void {
  const toks = c.tokens;
  for (let k = 1; k < toks.length; k++) {
    const key = toks[k]!.key;
    const arabicLed = LED_BY.test(key);
    const englishLed = /^(led|headed|commanded)$/.test(key) && toks[k + 1]?.key === 'by';
    if (!arabicLed && !englishLed) continue;
    const org = c.a.cover[k - 1] ?? (toks[k - 1]!.key === ',' ? undefined : c.a.cover[k - 2]);
    if (!org || org.type !== 'Organization' || /[,،;؛:.!?؟]/.test(toks[k]!.gap)) continue;
    const person = c.mentionAfter(arabicLed ? k + 1 : k + 2, (m) => c.head(m).type === 'Person', 3, true);
    if (person && admits('LEADER_OF', c.head(person), org)) {
      out.push({ subject: c.head(person), predicate: 'LEADER_OF', object: org, sentence: c.a.sentence.index, confidence: 0.7, extractor: 'led-by' });
    }
  }
}

const ELECT = /^(انتخب|انتخبت|ينتخب|تنتخب|اختار|اختارت|يختار|تختار|elected|elects|chose|chooses|appointed|appoints|named|names)$/;
/** The office an election gives, as its indefinite accusative ("رئيساً") or its English noun. */
const ELECTED_ROLE = /^(رييسا|رييسه|امينا|قايدا|speaker|president|chairman|chairwoman|chair|head|leader|secretary-general)$/;

/**
 * "انتخب مجلس النواب X رئيساً له", "Parliament elected X as its speaker": whoever is elected to lead
 * a body leads it. The body is the one "له"/"its" points back to, the electing organisation, or the
 * one named after the office ("رئيساً للمجلس", "elected X speaker of Y").
 */
function elections(c: Clause, out: RelationCandidate[]): void {
  const toks = c.tokens;
  for (let k = 0; k < toks.length; k++) {
    if (c.a.cover[k] || !ELECT.test(toks[k]!.key)) continue;
    const person = c.mentionAfter(k + 1, (m) => c.head(m).type === 'Person' && !m.office, 7, true);
    if (!person) continue;
    let r = c.spanEnd(person);
    if (toks[r]?.key === 'as') r++;
    if (toks[r]?.key === 'its' || toks[r]?.key === 'their') r++;
    if (!ELECTED_ROLE.test(toks[r]?.key ?? '') || /[,،;؛:.!?؟]/.test(toks[r]!.gap)) continue;
    const named = toks[r + 1] && /^(of|ل)$/.test(toks[r + 1]!.key) ? c.a.cover[r + 2] : c.a.cover[r + 1]?.proclitic === 'ل' ? c.a.cover[r + 1] : undefined;
    const own = /^(له|لها)$/.test(toks[r + 1]?.key ?? '') || toks[r - 1]?.key === 'its' || toks[r - 1]?.key === 'their';
    // The electing body: after the verb (VSO), else the last one before it.
    const orgs = c.a.mentions.filter((m) => m.type === 'Organization' && !m.adjective && m.to <= person.from);
    const electors = orgs.find((m) => m.from > k) ?? orgs.filter((m) => m.to <= k).pop();
    const body = named?.type === 'Organization' ? named : own || !named ? electors : undefined;
    if (body && admits('LEADER_OF', c.head(person), body)) {
      out.push({ subject: c.head(person), predicate: 'LEADER_OF', object: body, sentence: c.a.sentence.index, confidence: 0.7, extractor: 'elected' });
    }
  }
}

/**
 * "The eight members, which include A, B and C", "members of X include A and B": each party listed
 * belongs to the body named, else to the group the article spoke of last.
 */
function memberLists(c: Clause, out: RelationCandidate[]): void {
  const toks = c.tokens;
  for (let k = 1; k < toks.length; k++) {
    if (!/^(include|includes|included)$/.test(toks[k]!.key)) continue;
    const from = Math.max(0, k - 3);
    const offset = toks.slice(from, k).findIndex((t) => t.key === 'members');
    if (offset < 0) continue;
    const noun = from + offset;
    const body = toks[noun + 1]?.key === 'of' ? c.a.cover[noun + 2] : c.state.lastGroup;
    const first = c.mentionAfter(k + 1, (m) => c.isAgent(c.head(m)), 2);
    if (!body || body.type !== 'Organization' || !first) continue;
    for (const m of c.coordinated(first)) {
      const member = c.head(m);
      if (admits('MEMBER_OF', member, body)) out.push({ subject: member, predicate: 'MEMBER_OF', object: body, sentence: c.a.sentence.index, confidence: 0.6, extractor: 'members' });
    }
  }
}

/** The token after the dateline's closing "(agency) –", 0 when the sentence opens with none. */
function datelineEnd(tokens: Token[]): number {
  return Math.max(0, tokens.findIndex((t, k) => k <= 12 && /\)\s*[-–—]/.test(t.gap)));
}

/** Words after a name that make it the subject of a clause: "Moscow denies", "Ankara was ready". */
const CLAUSE_VERBS = /^(is|are|was|were|has|have|had|will|would|could|denies|denied|insists|insisted)$/;

/**
 * The mentions of a sentence that name a place yet are no claim about where it lies: the dateline's
 * city reports, it is not placed ("KYIV, Aug 14 (Reuters) - … Ukraine…"), and a capital that stands
 * for its state ("a charge Moscow denies", "إن دمشق ستضمن", "called on Moscow and Kyiv to…", read so
 * by a relation) is the country (ONTOLOGY.md), not a town of it.
 */
export function placesNotClaimed(a: SentenceAnalysis, relations: readonly RelationCandidate[]): Set<number> {
  const out = new Set<number>();
  const end = datelineEnd(a.tokens);
  let asState: Set<number> | undefined;
  for (const m of a.mentions) {
    if (m.type !== 'Place') continue;
    if (m.to <= end) { out.add(m.id); continue; }
    // Only a capital stands for its state.
    if (!m.entry.roles.some((r) => r.predicate === 'CAPITAL_OF')) continue;
    asState ??= new Set(relations.flatMap((r) => [r.subject, r.object]).filter((x) => x.type === 'Country').map((x) => x.id));
    const next = a.tokens[m.to];
    const verbAfter = !!next && (CLAUSE_VERBS.test(next.key) || !!speechVerbs.matchAt(a.tokens, m.to) || !!frames.matchAt(a.tokens, m.to)?.value.some((f) => f.kind === 'verb'));
    if (asState.has(m.id) || verbAfter || COMPLEMENTIZERS.test(a.tokens[m.from - 1]?.key ?? '')) out.add(m.id);
  }
  return out;
}

export function sentenceRelations(a: SentenceAnalysis, state: ArticleState): RelationCandidate[] {
  const c = new Clause(a, state);
  const out: RelationCandidate[] = [...a.facts];
  for (let i = 0; i < a.tokens.length; i++) {
    // A word inside a name ("قوات التحالف") is not a trigger.
    if (a.cover[i]) continue;
    const f = frames.matchAt(a.tokens, i);
    if (!f) continue;
    for (const frame of f.value) applyFrame(c, frame, i, f.to, f.suffix, out, `frame:${frame.predicate.toLowerCase()}`);
    // "held talks" is one trigger: "talks" inside it is not another.
    i = f.to - 1;
  }
  troops(c, out);
  ledBy(c, out);
  elections(c, out);
  decisions(c, out);
  memberLists(c, out);
  strikesOn(c, out);
  presence(c, out);
  strongholds(c, out);
  interference(c, out);
  quotes(c, out);
  state.salientPerson = salientPerson(c) ?? state.salientPerson;
  // The organisation a sentence opens with is what "the group" in the next one refers to.
  state.lastGroup = a.mentions.find((m) => m.type === 'Organization' && !m.adjective && !m.office) ?? state.lastGroup;
  return out;
}

// Titles and role nouns that introduce a name. The predicate says what the title tells about the
// person and whatever organisation or country the title is attached to; `null` titles only announce
// a name (honorifics and ranks).
import type { Predicate } from '../../model/ontology.js';

export interface Title {
  /** the role predicate, or null when the title only announces a name */
  predicate: Predicate | null;
  /** whether the title's holder may be taken from the knowledge base when no name follows */
  office?: boolean;
  /** the KB id of the body the title implies, whether or not the sentence names it ("Secretary of State") */
  body?: string;
}

const HOG: Title = { predicate: 'HEAD_OF_GOVERNMENT_OF', office: true };
const HOS: Title = { predicate: 'HEAD_OF_STATE_OF', office: true };
const LEAD: Title = { predicate: 'LEADER_OF' };
const MEMBER: Title = { predicate: 'MEMBER_OF' };
const HONORIFIC: Title = { predicate: null };
/** United States cabinet titles name their department (Q789915 State, Q11209 Defense). */
const US_STATE: Title = { predicate: 'MEMBER_OF', body: 'Q789915' };
const US_DEFENSE: Title = { predicate: 'MEMBER_OF', body: 'Q11209' };

/** Arabic titles, written as they appear (folding happens when the lexicon is compiled). */
export const ARABIC_TITLES: Record<string, Title> = {
  'رئيس الوزراء': HOG, 'رئيس الحكومة': HOG, 'رئيس مجلس الوزراء': HOG, 'رئيس حكومة': HOG,
  'الرئيس': HOS, 'رئيس الجمهورية': HOS, 'رئيس الدولة': HOS, 'الملك': HOS, 'العاهل': HOS,
  'أمير': HOS, 'الأمير': HONORIFIC, 'السلطان': HOS, 'سلطان': HOS, 'ملك': HOS, 'ولي العهد': HONORIFIC,
  'رئيس': LEAD, 'قائد': LEAD, 'زعيم': LEAD, 'الأمين العام': LEAD, 'أمين عام': LEAD, 'مدير': LEAD,
  'رئيس هيئة أركان': LEAD, 'رئيس أركان': LEAD, 'القائد العام': LEAD, 'رئيسة': LEAD, 'مرشد': LEAD,
  'المرشد الأعلى': LEAD, 'وزير': LEAD, 'وزيرة': LEAD, 'الوزير': LEAD, 'الوزيرة': LEAD, 'وزير الخارجية': LEAD, 'وزير الدفاع': LEAD,
  'وزير الداخلية': LEAD, 'وزير المالية': LEAD, 'وزير النفط': LEAD, 'وزيرة الخارجية': LEAD, 'وزير الإعلام': LEAD,
  'وزير العدل': LEAD, 'وزير الصحة': LEAD, 'وزير الاقتصاد': LEAD, 'محافظ': LEAD, 'نائب رئيس': MEMBER,
  // A deputy serves under the head: never the head of the government or state the title names.
  'نائب رئيس الوزراء': MEMBER, 'نائب رئيس الحكومة': MEMBER, 'نائب رئيس الجمهورية': MEMBER,
  'المدير العام': LEAD, 'المديرة العامة': LEAD, 'مديرة': LEAD, 'المدير التنفيذي': LEAD, 'المديرة التنفيذية': LEAD,
  'المتحدث باسم': MEMBER, 'الناطق باسم': MEMBER, 'المتحدثة باسم': MEMBER, 'الناطقة باسم': MEMBER, 'المتحدث الرسمي باسم': MEMBER, 'الناطق الرسمي باسم': MEMBER,
  'المتحدث الرسمي': MEMBER, 'عضو': MEMBER, 'القيادي في': MEMBER, 'مسؤول في': MEMBER, 'منسق': MEMBER,
  'مبعوث': MEMBER, 'سفير': MEMBER, 'المبعوث': MEMBER, 'السفير': MEMBER, 'المبعوثة': MEMBER, 'مبعوثة': MEMBER,
  'السفيرة': MEMBER, 'سفيرة': MEMBER, 'كبير مفاوضي': MEMBER, 'مرشح': MEMBER, 'مرشحة': MEMBER, 'المرشح': MEMBER,
  'وكيل الأمين العام': MEMBER, 'مساعد الأمين العام': MEMBER, 'نائب الأمين العام': MEMBER, 'مفوض': MEMBER, 'المفوض': MEMBER,
  'الجنرال': HONORIFIC, 'العماد': HONORIFIC, 'اللواء': HONORIFIC, 'العميد': HONORIFIC, 'العقيد': HONORIFIC, 'الفريق': HONORIFIC,
  'المشير': HONORIFIC, 'الفريق أول': HONORIFIC, 'الفريق أول ركن': HONORIFIC, 'الفريق الركن': HONORIFIC,
  'اللواء الركن': HONORIFIC, 'العميد الركن': HONORIFIC, 'العقيد الركن': HONORIFIC,
  // The head of a delegation belongs to the party it represents ("رئيس وفد الحوثيين المفاوض").
  'رئيس وفد': MEMBER, 'رئيس الوفد': MEMBER, 'رئيس الوفد المفاوض': MEMBER, 'المتحدث العسكري باسم': MEMBER,
  'الناطق العسكري باسم': MEMBER, 'المتحدث العسكري': MEMBER, 'الشيخ': HONORIFIC, 'السيد': HONORIFIC, 'السيدة': HONORIFIC, 'الدكتور': HONORIFIC,
  'النائب': HONORIFIC, 'القاضي': HONORIFIC, 'آية الله': HONORIFIC,
  // "his counterpart": announces the other party's name ("نظيره الإيراني حسين أمير عبد اللهيان").
  'نظيره': HONORIFIC, 'نظيرته': HONORIFIC, 'نظيرها': HONORIFIC, 'نظرائه': HONORIFIC,
};

/** English titles; matched case-insensitively, then names must be capitalised. */
export const ENGLISH_TITLES: Record<string, Title> = {
  'prime minister': HOG, 'premier': HOG, 'chancellor': HOG, 'head of government': HOG,
  'president': HOS, 'then-president': HOS, 'king': HOS, 'emir': HOS, 'sultan': HOS, 'head of state': HOS,
  'presidnet': HOS, // a frequent misspelling in wire copy
  'commander': LEAD, 'chief': LEAD, 'leader': LEAD, 'head': LEAD, 'secretary-general': LEAD,
  'secretary general': LEAD, 'speaker': LEAD, 'chairman': LEAD, 'chairwoman': LEAD, 'chair': LEAD,
  'director': LEAD, 'minister': LEAD, 'foreign minister': LEAD, 'defense minister': LEAD, 'defence minister': LEAD,
  'interior minister': LEAD, 'finance minister': LEAD, 'oil minister': LEAD, 'secretary of state': US_STATE,
  'defense secretary': US_DEFENSE, 'secretary of defense': US_DEFENSE, 'secretary of war': US_DEFENSE, 'war secretary': US_DEFENSE,
  'commander-in-chief': LEAD, 'supreme leader': LEAD, 'governor': LEAD, 'ceo': LEAD,
  'managing director': LEAD, 'director-general': LEAD, 'director general': LEAD, 'executive director': LEAD,
  'deputy prime minister': MEMBER, 'deputy president': MEMBER,
  'head of the delegation': MEMBER, 'delegation head': MEMBER, 'military spokesman': MEMBER,
  'spokesman': MEMBER, 'spokeswoman': MEMBER, 'spokesperson': MEMBER, 'coordinator': MEMBER,
  'envoy': MEMBER, 'negotiator': MEMBER, 'chief negotiator': MEMBER, 'ambassador': MEMBER, 'official': MEMBER,
  'member': MEMBER, 'representative': MEMBER, 'commissioner': MEMBER, 'candidate': MEMBER, 'under-secretary-general': MEMBER, 'deputy': MEMBER, 'vice president': MEMBER,
  'deputy vice president': MEMBER, 'deputy foreign minister': MEMBER, 'adviser': MEMBER, 'advisor': MEMBER,
  'counterpart': HONORIFIC, 'crown prince': HONORIFIC, 'prince': HONORIFIC,
  'general': HONORIFIC, 'gen': HONORIFIC, 'field marshal': HONORIFIC, 'marshal': HONORIFIC, 'colonel': HONORIFIC,
  'mr': HONORIFIC, 'mrs': HONORIFIC, 'ms': HONORIFIC, 'dr': HONORIFIC, 'sheikh': HONORIFIC, 'ayatollah': HONORIFIC,
  'senator': HONORIFIC, 'sen': HONORIFIC, 'rep': HONORIFIC, 'lt': HONORIFIC, 'maj': HONORIFIC,
};

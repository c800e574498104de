// Verb frames and nominal patterns for the ontology's predicates. Each form is written as it
// appears in running text (folding and clitic readings are applied when the lexicon is compiled),
// so "يلتقي" also finds "ويلتقي" and "سيلتقي" is listed on its own.
import type { Predicate } from '../../model/ontology.js';

export type ObjectKind = 'agent' | 'place' | 'person' | 'event' | 'entity';

export interface Frame {
  predicate: Predicate;
  /** verbs take a subject before (English, Arabic SVO) or after (Arabic VSO); nouns also their genitive */
  kind: 'verb' | 'noun';
  object: ObjectKind;
  /** prepositions that must introduce the object: Arabic proclitic letters or words, English words */
  preps?: string[];
  /** the form's grammatical subject is the predicate's object ("المدعومة من", "loyal to", "backed by") */
  reverse?: boolean;
  /** the object comes before the trigger, as the noun a participle describes ("الميليشيات الموالية لإيران") */
  objectBefore?: boolean;
  /** the subject is the noun's genitive, not an agent before it ("ضم الحشد إلى القوات المسلحة") */
  genitive?: boolean;
}

type Spec = [forms: string[], frame: Frame];

const v = (predicate: Predicate, object: ObjectKind, preps?: string[]): Frame => ({ predicate, kind: 'verb', object, ...(preps ? { preps } : {}) });
const n = (predicate: Predicate, object: ObjectKind, preps?: string[]): Frame => ({ predicate, kind: 'noun', object, ...(preps ? { preps } : {}) });
/** A participle after the noun it describes, whose agent follows a preposition: X الموالية لـ Y → Y p X. */
const participle = (predicate: Predicate, preps: string[]): Frame => ({ predicate, kind: 'verb', object: 'agent', preps, reverse: true, objectBefore: true });

export const ARABIC_FRAMES: Spec[] = [
  [['التقى', 'التقت', 'يلتقي', 'تلتقي', 'سيلتقي', 'ستلتقي', 'يلتقيان', 'التقيا', 'اجتمع', 'اجتمعت', 'يجتمع', 'تجتمع', 'سيجتمع', 'استقبل', 'استقبلت', 'يستقبل', 'تستقبل'], v('MEETS', 'agent')],
  [['لقاء', 'اجتماع', 'قمة', 'مباحثات'], n('MEETS', 'agent', ['مع', 'ب'])],
  [['بحث', 'بحثت', 'يبحث', 'تبحث', 'يبحثان', 'تبحثان', 'بحثا', 'ناقش', 'ناقشت', 'يناقش', 'تناقش', 'يناقشان', 'ناقشا'], v('MEETS', 'agent', ['مع'])],
  [['موجودة', 'موجود', 'متواجدة', 'متواجد', 'تنتشر', 'ينتشر', 'منتشرة', 'المنتشرة', 'تتمركز', 'يتمركز', 'المتمركزة'], v('HAS_TROOPS_IN', 'place', ['في'])],
  [['زار', 'زارت', 'يزور', 'تزور', 'سيزور', 'ستزور'], v('VISITS', 'place')],
  [['زيارة'], n('VISITS', 'place', ['الي', 'ل'])],
  [['توجه', 'توجهت', 'يتوجه', 'تتوجه', 'سيتوجه', 'وصل', 'وصلت', 'يصل', 'تصل', 'وصول', 'سافر', 'يسافر', 'سفر'], v('VISITS', 'place', ['الي', 'ل', 'ب'])],
  [['تفاوض', 'يتفاوض', 'تتفاوض', 'التفاوض', 'مفاوضات', 'محادثات', 'حوار', 'الحوار', 'مشاورات', 'تفاوض'], n('NEGOTIATES_WITH', 'agent', ['مع'])],
  [['اتفق', 'اتفقت', 'يتفق', 'تتفق', 'اتفقا', 'اتفاق', 'الاتفاق', 'اتفاقية', 'توافق', 'وقع', 'وقعت'], n('AGREES_WITH', 'agent', ['مع'])],
  [['تحالف', 'يتحالف', 'تتحالف', 'حليف', 'حليفة', 'حلفاء'], n('ALLIED_WITH', 'agent', ['مع', 'ل'])],
  [['يدعم', 'تدعم', 'دعمت', 'ستدعم', 'سندعم', 'أيد', 'أيدت', 'يؤيد', 'تؤيد', 'ساند', 'يساند', 'تساند', 'سلح', 'يسلح', 'مول', 'يمول', 'درب', 'يدرب'], v('SUPPORTS', 'agent')],
  [['دعم', 'دعما', 'تأييد', 'مساندة', 'تسليح', 'تمويل'], n('SUPPORTS', 'agent', ['ل'])],
  [['أشاد', 'أشادت', 'يشيد', 'تشيد', 'رحب', 'رحبت', 'يرحب', 'ترحب', 'ثمن', 'يثمن', 'ثمنت'], v('SUPPORTS', 'entity', ['ب'])],
  [['الموالية', 'الموالي', 'الموالين', 'الموالون', 'موالية', 'موالي', 'الحليفة', 'التابعة', 'التابع', 'المرتبطة', 'المقربة'], participle('SUPPORTS', ['ل'])],
  [['المدعومة', 'المدعوم', 'المدعومين', 'مدعومة', 'مدعوم', 'المسلحة من'], participle('SUPPORTS', ['من'])],
  [['جزء', 'كجزء', 'جزءا', 'ضمن'], n('PART_OF', 'agent', ['من'])],
  [['ضم', 'دمج', 'إلحاق', 'ألحق', 'ألحقت', 'انضمام', 'انضم', 'انضمت'], { predicate: 'PART_OF', kind: 'noun', object: 'agent', preps: ['الي', 'في', 'ب'], genitive: true }],
  [['انتقد', 'انتقدت', 'ينتقد', 'تنتقد', 'منتقدا', 'رفض', 'رفضت', 'يرفض', 'ترفض', 'عارض', 'يعارض', 'تعارض', 'أدان', 'أدانت', 'يدين', 'ندد', 'نددت', 'هاجم كلاميا', 'اتهم', 'اتهمت', 'يتهم'], v('OPPOSES', 'entity')],
  // Refusing to accept a proposal is rejecting it: "لن تقبل أي اتفاق يقيد حقها".
  [['لن تقبل', 'لن يقبل', 'لن نقبل', 'لا تقبل', 'لا يقبل', 'لا نقبل', 'لم تقبل', 'لم يقبل'], v('OPPOSES', 'event')],
  [['عقوبات', 'العقوبات'], n('OPPOSES', 'agent', ['علي', 'ضد'])],
  [['انقلاب', 'تمرد'], n('OPPOSES', 'agent', ['علي'])],
  [['ضغوط', 'ضغوطا', 'ضغط'], { predicate: 'OPPOSES', kind: 'noun', object: 'agent', preps: ['من'], reverse: true }],
  [['طالب', 'طالبت', 'يطالب', 'تطالب', 'يطالبون', 'المطالبين', 'المطالبة', 'المطالب', 'مطالبة', 'مطالبين', 'مطالبا'], v('DEMANDS', 'event', ['ب'])],
  [['المطلب', 'مطلب', 'مطالب'], n('DEMANDS', 'event')],
  [['دعا', 'دعت', 'يدعو', 'تدعو', 'دعوة', 'حث', 'حثت', 'يحث', 'داعيا', 'داعية'], v('DEMANDS', 'event', ['الي', 'ل', 'علي'])],
  [['صوت', 'صوتت', 'يصوت', 'تصوت', 'التصويت'], v('VOTED_FOR', 'event', ['لصالح', 'علي', 'ب'])],
  [['أقر', 'أقرت', 'يقر', 'صادق', 'صادقت', 'وافق', 'وافقت'], v('VOTED_FOR', 'event', ['علي'])],
  [['محاربة', 'يحارب', 'تحارب', 'يحاربون', 'حارب', 'حاربت', 'قتال', 'يقاتل', 'تقاتل', 'يقاتلون', 'قاتل', 'مواجهة', 'معارك', 'اشتباكات', 'الحرب', 'حرب', 'ضد', 'التصدي'], n('FIGHTS', 'agent')],
  [['كبد', 'كبدت', 'يكبد', 'تكبد', 'قاتل', 'قاتلت', 'اشتبك', 'اشتبكت', 'حارب', 'حاربت'], v('FIGHTS', 'agent')],
  [['هاجم', 'هاجمت', 'يهاجم', 'تهاجم', 'قصفت', 'يقصف', 'تقصف', 'استهدف', 'استهدفت', 'يستهدف', 'تستهدف', 'حرر', 'حررت', 'يحرر', 'اقتحم', 'اقتحمت', 'يقتحم'], v('ATTACKED', 'entity')],
  [['سيطر', 'سيطرت', 'يسيطر', 'تسيطر'], v('ATTACKED', 'place', ['علي'])],
  [['هجوم', 'الهجوم', 'هجوما', 'قصف', 'غارة', 'غارات', 'ضربة', 'ضربات', 'هجمات'], n('ATTACKED', 'entity', ['علي', 'ب', 'قرب', 'في'])],
  [['قتل', 'قتلت', 'يقتل', 'تقتل', 'اغتال', 'اغتالت'], v('KILLED', 'agent')],
  [['يرأس', 'ترأس', 'يترأس', 'تترأس', 'يتزعم', 'تزعم', 'يقود', 'تقود'], v('LEADER_OF', 'agent')],
  [['مقتل', 'اغتيال', 'تصفية', 'مصرع'], n('KILLED', 'person')],
  [['انسحب', 'انسحبت', 'ينسحب', 'تنسحب', 'انسحاب', 'الانسحاب', 'خروج', 'خرجت', 'سحب'], n('WITHDRAWS_FROM', 'place', ['من'])],
  [['طرد', 'طردت', 'يطرد', 'تطرد', 'أخرج', 'أخرجت', 'إخراج'], { predicate: 'WITHDRAWS_FROM', kind: 'verb', object: 'place', preps: ['من'], reverse: true }],
  [['إعلان', 'الإعلان'], n('ANNOUNCED', 'event', ['عن'])],
  [['أعلن', 'أعلنت', 'يعلن', 'تعلن', 'أعلنا', 'أصدر', 'أصدرت', 'يصدر', 'تصدر', 'كشف', 'كشفت', 'أطلق', 'أطلقت', 'قرر', 'قررت', 'يقرر', 'اقترح', 'اقترحت', 'طرح', 'طرحت'], v('ANNOUNCED', 'event')],
];

export const ENGLISH_FRAMES: Spec[] = [
  [['met', 'meets', 'meet', 'meeting with', 'received', 'hosted', 'hosts'], v('MEETS', 'agent')],
  [['meeting', 'summit', 'encounter'], n('MEETS', 'agent', ['with'])],
  [['discussed', 'discusses', 'conferred'], v('MEETS', 'agent', ['with'])],
  [['held talks', 'holds talks', 'hold talks', 'talks', 'arrived', 'arrives', 'landed'], n('VISITS', 'place', ['in'])],
  [['deployed', 'stationed', 'based', 'has troops', 'have troops', 'had troops', 'kept troops', 'keeps troops', 'keep troops',
    'maintains troops', 'maintained troops', 'maintain troops', 'has forces', 'have forces', 'kept forces', 'keeps forces', 'maintains forces'], v('HAS_TROOPS_IN', 'place', ['in'])],
  [['visited', 'visits', 'visit', 'visiting', 'toured'], v('VISITS', 'place')],
  [['arrived', 'arrives', 'arrive', 'travelled', 'traveled', 'travels', 'flew', 'headed'], v('VISITS', 'place', ['in', 'to', 'at'])],
  [['held talks', 'holds talks', 'hold talks', 'negotiated', 'negotiates', 'negotiate', 'negotiations', 'dialogue', 'talks', 'intermediary', 'mediator', 'mediated', 'consultations'], n('NEGOTIATES_WITH', 'agent', ['with'])],
  [['agreed', 'agrees', 'agree', 'agreement', 'deal', 'accord', 'signed', 'signs'], n('AGREES_WITH', 'agent', ['with'])],
  [['allied', 'ally', 'allies', 'alliance'], n('ALLIED_WITH', 'agent', ['with', 'of'])],
  [['supports', 'supported', 'supporting', 'backs', 'backed', 'praised', 'praises', 'welcomed', 'welcomes', 'endorsed', 'endorses', 'armed', 'funded', 'funds', 'trained', 'hailed', 'lauded'], v('SUPPORTS', 'entity')],
  [['support', 'backing', 'endorsement'], n('SUPPORTS', 'entity', ['of', 'for', 'to'])],
  [['loyal', 'aligned', 'affiliated'], participle('SUPPORTS', ['to', 'with'])],
  [['backed by', 'supported by', 'funded by', 'armed by'], participle('SUPPORTS', [])],
  [['sanctions', 'sanctioned', 'embargo'], n('OPPOSES', 'agent', ['on', 'against'])],
  [['will not accept', 'would not accept', 'does not accept', 'do not accept', 'did not accept', 'cannot accept', 'refused to accept', 'refuses to accept'], v('OPPOSES', 'event')],
  [['part of', 'merged into', 'integrated into', 'joined'], v('PART_OF', 'agent')],
  [['criticised', 'criticized', 'criticises', 'criticizes', 'condemned', 'condemns', 'rejected', 'rejects', 'opposed', 'opposes', 'denounced', 'accused', 'accuses', 'slammed', 'pressured', 'warned', 'threatened', 'threatens', 'threatening', 'vetoed', 'vetoes'], v('OPPOSES', 'entity')],
  [['called', 'calls', 'call', 'calling'], v('DEMANDS', 'event', ['for'])],
  [['demanded', 'demands', 'demand', 'urged', 'urges', 'suggests', 'suggested', 'proposed', 'proposes'], v('DEMANDS', 'event')],
  [['voted for', 'voted in favour of', 'voted in favor of', 'voted to', 'approved', 'approves', 'passed', 'adopted'], v('VOTED_FOR', 'event')],
  [['fighting', 'fights', 'fight', 'fought', 'battle', 'battles', 'battling', 'combat', 'combating', 'against', 'dismantling', 'clear'], n('FIGHTS', 'agent')],
  [['attacked', 'struck', 'bombed', 'raided', 'shelled', 'targeted', 'stormed', 'captured', 'seized', 'recaptured', 'liberated', 'pounded', 'bombarded'], v('ATTACKED', 'entity')],
  [['fired', 'fires', 'fire', 'launched', 'launches'], v('ATTACKED', 'entity', ['at', 'on', 'into', 'toward', 'towards'])],
  [['attack', 'attacks', 'strike', 'strikes', 'airstrike', 'bombing', 'raid', 'shelling', 'offensive'], n('ATTACKED', 'entity', ['on', 'against', 'near'])],
  [['killed', 'kills', 'kill', 'assassinated'], v('KILLED', 'agent')],
  [['leads', 'chairs', 'chaired', 'commands', 'commanded'], v('LEADER_OF', 'agent')],
  [['killing', 'assassination', 'death'], n('KILLED', 'person', ['of'])],
  [['withdrew', 'withdraws', 'withdraw', 'withdrawal', 'pulled out', 'pullout', 'exit', 'exited', 'left'], n('WITHDRAWS_FROM', 'entity', ['from', 'of'])],
  [['expelled', 'drove out', 'ousted', 'pushed out'], { predicate: 'WITHDRAWS_FROM', kind: 'verb', object: 'place', preps: ['from'], reverse: true }],
  [['announced', 'announces', 'announce', 'unveiled', 'unveils', 'launched', 'launches', 'issued', 'issues', 'declared', 'declares', 'introduced'], v('ANNOUNCED', 'event')],
];

/**
 * Participles in the accusative that qualify the main clause ("قال X ..., مطالباً إسرائيل بالانسحاب"):
 * their subject is the sentence's subject; the noun after them is whom they address.
 */
export const ADVERBIAL_PARTICIPLES = ['داعيا', 'داعية', 'مطالبا', 'مطالبة', 'محذرا', 'منتقدا', 'رافضا', 'مشيدا', 'مرحبا'];

/** Verbs of saying: their subject is the speaker a news agency quotes. */
export const SPEECH_VERBS = ['قال', 'قالت', 'يقول', 'تقول', 'أفاد', 'أفادت', 'أكد', 'أكدت', 'يؤكد', 'أضاف', 'أضافت', 'أوضح',
  'أوضحت', 'صرح', 'صرحت', 'أعلن', 'أعلنت', 'رأى', 'اعتبر', 'اعتبرت', 'أشار', 'أشارت', 'تصريحات', 'كلمة',
  'said', 'says', 'told', 'stated', 'added', 'announced', 'noted', 'stressed', 'warned', 'explained'];

/** Nouns of armed force: a nationality adjective on them names the agent ("غارة أميركية", "US strike"). */
export const FORCE_NOUNS = ['قوات', 'غارة', 'غارات', 'ضربة', 'ضربات', 'قصف', 'هجوم', 'طائرة', 'طائرات', 'جنود', 'جندي',
  'عسكري', 'عسكريين', 'قوة', 'مسيرة', 'صاروخ', 'صواريخ', 'مواقع', 'قواعد', 'قاعدة', 'سفن', 'سفينة', 'قافلة', 'دوريات',
  'forces', 'force', 'troops', 'strike', 'strikes', 'airstrike', 'airstrikes', 'drone', 'drones', 'raid', 'soldiers',
  'military', 'missile', 'missiles', 'positions', 'bases', 'base', 'ships', 'vessels', 'convoy', 'patrol', 'jets', 'warplanes'];

/** Nouns counting soldiers, for "2500 جندي" / "2,500 troops". */
export const TROOP_NOUNS = ['جندي', 'جنديا', 'جنود', 'عسكري', 'عسكريا', 'عسكريين', 'مقاتل', 'مقاتلا', 'مقاتلين', 'عنصر', 'عنصرا',
  'troops', 'soldiers', 'personnel', 'servicemembers', 'fighters', 'marines'];

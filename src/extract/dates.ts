// Dates written in a sentence, normalised to ISO 8601 at the precision the text gives. Relative
// expressions (a weekday, "last April", "العام الماضي") are resolved against the article's
// publication date and left out when it is unknown.
import { fold } from '../text/arabic.js';
import { ARABIC_ORDINALS, MONTHS, WEEKDAYS } from './lexicon/calendar.js';

const pad = (n: number) => String(n).padStart(2, '0');
const alternation = (keys: string[]) => keys.map((k) => fold(k)).sort((a, b) => b.length - a.length)
  .map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');

const MONTH_BY_FOLDED = new Map(Object.entries(MONTHS).map(([k, v]) => [fold(k).replace(/\s+/g, ' '), v]));
const WEEKDAY_BY_FOLDED = new Map(Object.entries(WEEKDAYS).map(([k, v]) => [fold(k), v]));
const ORDINAL_BY_FOLDED = new Map(Object.entries(ARABIC_ORDINALS).map(([k, v]) => [fold(k), v]));

const M = `(${alternation(Object.keys(MONTHS))})`;
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
// "9 تشرين الثاني/ نوفمبر 2018": a Levantine name may be doubled with the Egyptian one after a slash.
const MONTH_PAIR = `${M}(?:\\s*[/\\\\(-]\\s*${M}\\)?)?`;
const YEAR = '((?:19|20)\\d{2})';
const RELATIVE_PAST = '(الماضي|المنصرم|الفائت|last|past)';

const PATTERNS: Array<{ re: RegExp; read: (m: RegExpMatchArray, ref?: Date) => string | undefined }> = [
  { // day month [year]  (Arabic and British English)
    re: new RegExp(`${B}(\\d{1,2})\\s+(?:من\\s+)?${MONTH_PAIR}(?:\\s*,?\\s*${YEAR}|\\s+${RELATIVE_PAST})?${E}`, 'u'),
    read: (m, ref) => ymd(m[4] ? Number(m[4]) : pastYear(monthOf(m[2]!), ref), monthOf(m[2]!), Number(m[1]), true, ref),
  },
  { // ordinal day: "السابع من أبريل الماضي"
    re: new RegExp(`${B}(${alternation(Object.keys(ARABIC_ORDINALS))})\\s+من\\s+(?:شهر\\s+)?${MONTH_PAIR}(?:\\s+${YEAR}|\\s+${RELATIVE_PAST})?${E}`, 'u'),
    read: (m, ref) => ymd(m[4] ? Number(m[4]) : pastYear(monthOf(m[2]!), ref), monthOf(m[2]!), ORDINAL_BY_FOLDED.get(m[1]!.replace(/\s+/g, ' ')), true, ref),
  },
  { // month day, year  (American English)
    re: new RegExp(`${B}${M}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+${YEAR})?${E}`, 'u'),
    read: (m, ref) => ymd(m[3] ? Number(m[3]) : undefined, monthOf(m[1]!), Number(m[2]), true, ref),
  },
  { // month [year] / last month / month of last year
    re: new RegExp(`${B}(?:(late|early|mid|in|of|since|شهر|في|منذ|مطلع|اواخر|منتصف)[\\s-]+)?(?:${RELATIVE_PAST}\\s+)?${MONTH_PAIR}(?:\\s+(?:من\\s+)?(?:${YEAR}|${RELATIVE_PAST}|(العام\\s+الماضي|last\\s+year)))?${E}`, 'u'),
    read: (m, ref) => {
      const month = monthOf(m[3]!);
      if (m[5]) return `${m[5]}-${pad(month)}`;
      if (m[7] && ref) return `${ref.getUTCFullYear() - 1}-${pad(month)}`;
      // A month named without a year is the most recent one ("in late April", "أبريل الماضي").
      if ((m[1] || m[2] || m[6]) && ref) return `${pastYear(month, ref)}-${pad(month)}`;
      return undefined;
    },
  },
  { // a bare year
    re: new RegExp(`${B}(?:in|since|of|عام|العام|سنة|في)\\s+${YEAR}${E}`, 'u'),
    read: (m) => m[1],
  },
];

function monthOf(s: string): number {
  return MONTH_BY_FOLDED.get(s.replace(/\s+/g, ' ').replace(/\.$/, '')) ?? 1;
}

/** The year of the most recent `month` not after the reference date. */
function pastYear(month: number, ref?: Date): number | undefined {
  if (!ref) return undefined;
  const y = ref.getUTCFullYear();
  return month > ref.getUTCMonth() + 1 ? y - 1 : y;
}

function ymd(year: number | undefined, month: number, day: number | undefined, ok: boolean, ref?: Date): string | undefined {
  const y = year ?? (ref ? pastYear(month, ref) : undefined);
  if (!ok || y === undefined) return undefined;
  if (day === undefined || !(day >= 1 && day <= 31)) return `${y}-${pad(month)}`;
  return `${y}-${pad(month)}-${pad(day)}`;
}

const FUTURE = /(سوف|سي[\p{L}]+|من المقرر|من المنتظر|من المتوقع|المقبل|القادم|will|scheduled|next|due to)/u;

function weekday(text: string, ref?: Date): string | undefined {
  if (!ref) return undefined;
  const re = new RegExp(`${B}(?:on\\s+|يوم\\s+)?(${alternation(Object.keys(WEEKDAYS))})${E}`, 'u');
  const m = text.match(re);
  if (!m) return undefined;
  const target = WEEKDAY_BY_FOLDED.get(m[1]!);
  if (target === undefined) return undefined;
  const day = ref.getUTCDay();
  // Reports speak of the past unless the verb looks ahead; either way the day is within a week.
  const future = FUTURE.test(text);
  const delta = future ? ((target - day + 7) % 7 || 7) : -((day - target + 7) % 7);
  const d = new Date(ref.getTime() + delta * 86400000);
  return d.toISOString().slice(0, 10);
}

export function parseReference(publishedAt?: string): Date | undefined {
  if (!publishedAt) return undefined;
  const m = publishedAt.match(/^(\d{4})-(\d{2})-(\d{2})/);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
}

/** The first date the sentence states, as YYYY, YYYY-MM or YYYY-MM-DD. */
const CALENDAR_WORD = new RegExp(`${B}(${alternation([...Object.keys(MONTHS), ...Object.keys(WEEKDAYS)])})${E}`, 'u');

export function findDate(sentence: string, ref?: Date): string | undefined {
  const text = fold(sentence);
  // Most sentences state no date: one cheap test before the full patterns.
  if (!/\d/.test(text) && !CALENDAR_WORD.test(text)) return undefined;
  let best: { at: number; value: string } | undefined;
  for (const p of PATTERNS) {
    const m = text.match(p.re);
    if (!m || m.index === undefined) continue;
    const value = p.read(m, ref);
    if (value && (!best || m.index < best.at)) best = { at: m.index, value };
  }
  return best?.value ?? weekday(text, ref);
}

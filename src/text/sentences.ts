// Sentence splitting for Arabic and English news. Line breaks always end a sentence (headlines,
// datelines and paragraphs are separate units); inside a line, . ! ? ؟ … end one unless the full
// stop belongs to an abbreviation, an initial or a number, or the mark sits inside a quotation.

export interface SentenceSpan { index: number; text: string; start: number; end: number }

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'adm', 'gov', 'sen',
  'rep', 'st', 'jr', 'sr', 'rev', 'hon', 'pres', 'amb', 'messrs', 'no', 'vs', 'etc', 'inc', 'ltd', 'co',
  'corp', 'dept', 'est', 'fig', 'approx', 'al', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep',
  'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'u.s', 'u.k', 'u.n', 'e.u', 'u.s.a', 'd.c', 'a.m', 'p.m', 'i.e', 'e.g',
]);

const OPEN_QUOTES = '«“„‹';
const CLOSE_QUOTES = '»”›';
const CLOSERS = /[»”’"')\]›]/;
const TERMINAL = /[.!?؟…]/;

/** Capitalised words that go on a name after a dotted acronym ("U.S. President", "U.N. Security Council"). */
const ACRONYM_NOUNS = /^(President|Vice|Secretary|Ambassador|Envoy|Special|Army|Navy|Air|Marines?|Senate|Senator|Congress|Congressman|House|State|Treasury|Defense|Defence|Department|Central|Forces?|Troops|Officials?|Military|Administration|Embassy|Government|National|Security|General|Secretary-General|Commander|Chief|Spokesman|Spokeswoman|Representative|Intelligence|Sanctions|Mission|Delegation|Agency|Command|Coalition|Council|Assembly|Commission)\b/;

const CAN_END = new Set(['u.s', 'u.k', 'u.n', 'e.u', 'u.s.a', 'd.c', 'etc', 'inc', 'ltd', 'co', 'corp', 'jr', 'sr', 'a.m', 'p.m']);

/** The abbreviation (lower-cased, without its last dot) that the full stop at `dot` closes, if any. */
function abbreviationBefore(line: string, dot: number): string | undefined {
  let s = dot;
  while (s > 0 && /[\p{L}.]/u.test(line[s - 1]!)) s--;
  const raw = line.slice(s, dot);
  const word = raw.toLowerCase();
  if (!word) return undefined;
  if (ABBREVIATIONS.has(word)) return word;
  // A single Latin capital is an initial ("Joseph R. Biden").
  if (/^[A-Z]$/.test(raw)) return word;
  // Dotted acronyms (U.S., D.C.) carry their own dots.
  return /^(\p{L}\.)+\p{L}$/u.test(word) ? 'u.s' : undefined;
}

function pushTrimmed(out: SentenceSpan[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ index: out.length, text: text.slice(start, end), start, end });
}

/** Splits one line (no line breaks inside) into sentence spans relative to `base`. */
function splitLine(line: string, base: number, full: string, out: SentenceSpan[]): void {
  let start = 0;
  let depth = 0;
  let straight = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (OPEN_QUOTES.includes(c)) depth++;
    else if (CLOSE_QUOTES.includes(c)) {
      depth = Math.max(0, depth - 1);
      // «Stop. Now.» Then…: a quotation that ends its sentence inside the marks ends it after them.
      const next = line[i + 1];
      if (depth === 0 && i > 0 && TERMINAL.test(line[i - 1]!) && (next === undefined || /\s/.test(next))) {
        let j = i + 1;
        while (j < line.length && /\s/.test(line[j]!)) j++;
        if (j < line.length && !/[a-z]/.test(line[j]!)) {
          pushTrimmed(out, full, base + start, base + i + 1);
          start = i + 1;
        }
      }
      continue;
    } else if (c === '"') straight = !straight;
    if (!TERMINAL.test(c) || depth > 0 || straight) continue;
    if (c === '.') {
      const next = line[i + 1];
      if (next !== undefined && /[\p{L}\p{N}]/u.test(next)) continue; // decimals, domains, U.S
      const abbr = abbreviationBefore(line, i);
      if (abbr !== undefined) {
        // Titles and months never end a sentence; "U.S." or "Inc." may, when a capital follows.
        if (!CAN_END.has(abbr)) continue;
        let j = i + 1;
        while (j < line.length && line[j] === ' ') j++;
        if (j >= line.length || !/[A-Z]/.test(line[j]!)) continue;
        if (/^(\p{L}\.)+\p{L}$/u.test(abbr) && ACRONYM_NOUNS.test(line.slice(j))) continue;
      }
    }
    let end = i + 1;
    while (end < line.length && (TERMINAL.test(line[end]!) || CLOSERS.test(line[end]!))) end++;
    const next = line[end];
    if (next !== undefined && !/\s/.test(next)) continue;
    // English sentences start with a capital, digit or quote; a lower-case word continues the
    // sentence (e.g. "approx. five"). Arabic has no case, so the mark alone decides.
    let j = end;
    while (j < line.length && /\s/.test(line[j]!)) j++;
    if (j < line.length && /[a-z]/.test(line[j]!) && c === '.') continue;
    pushTrimmed(out, full, base + start, base + end);
    start = end;
    i = end - 1;
  }
  pushTrimmed(out, full, base + start, base + line.length);
}

/** Sentences of `text`, offsets into `text` plus `offset`; `firstIndex` numbers them on. */
export function splitSentences(text: string, offset = 0, firstIndex = 0): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  const re = /\r\n|\n|\r|\u2028|\u2029/g;
  let lineStart = 0;
  for (;;) {
    const m = re.exec(text);
    const lineEnd = m ? m.index : text.length;
    splitLine(text.slice(lineStart, lineEnd), lineStart, text, out);
    if (!m) break;
    lineStart = m.index + m[0].length;
  }
  return out.map((s, k) => ({ index: firstIndex + k, text: s.text, start: s.start + offset, end: s.end + offset }));
}

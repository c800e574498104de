// triples.csv: one row per (fact, evidence sentence), every column a plain value, for spreadsheets,
// LOAD CSV and `kg import --format csv`. A fact with three evidence sentences is three rows; the
// importer merges them back into one relationship.
import type { TripleRow } from '../model/triple-row.js';
import { joinArray, splitArray, type CsvValue } from './csv-line.js';

const ENTITY_COLUMNS = ['Id', 'Type', 'Name', 'NameAr', 'WikidataId', 'Aliases'] as const;

export const FLAT_COLUMNS = [
  ...ENTITY_COLUMNS.map((c) => `subject${c}`),
  'predicate',
  ...ENTITY_COLUMNS.map((c) => `object${c}`),
  'date', 'count', 'confidence', 'extractors', 'firstSeen', 'lastSeen',
  'articleId', 'sentenceIndex', 'sentenceStart', 'sentenceEnd', 'sentenceText',
] as const;

type EntityLike = TripleRow['subject'];

const entityCells = (e: EntityLike): CsvValue[] => [e.id, e.type, e.name, e.nameAr, e.wikidataId, joinArray(e.aliases)];

export function* flatRows(t: TripleRow): Generator<CsvValue[]> {
  for (const ev of t.evidence) {
    yield [
      ...entityCells(t.subject), t.predicate, ...entityCells(t.object),
      t.qualifiers.date, t.qualifiers.count, t.confidence, joinArray(t.extractors), t.firstSeen, t.lastSeen,
      ev.articleId, ev.sentence, ev.start, ev.end, ev.text,
    ];
  }
}

const orNull = (s: string | undefined) => (s === undefined || s === '' ? null : s);
/** Numbers stay strings when they do not parse, so that validation reports the cell as it was. */
const num = (s: string | undefined): number | string | null => {
  const v = orNull(s);
  return v === null ? null : Number.isNaN(Number(v)) ? v : Number(v);
};

const entityFrom = (r: Record<string, string>, side: 'subject' | 'object') => ({
  id: r[`${side}Id`], type: r[`${side}Type`], name: r[`${side}Name`],
  nameAr: orNull(r[`${side}NameAr`]), wikidataId: orNull(r[`${side}WikidataId`]),
  aliases: splitArray(r[`${side}Aliases`] ?? ''),
});

/** The TripleRow a triples.csv record stands for, still to be validated with TripleRowSchema. */
export function fromFlat(r: Record<string, string>): unknown {
  return {
    subject: entityFrom(r, 'subject'),
    predicate: r.predicate,
    object: entityFrom(r, 'object'),
    qualifiers: { date: orNull(r.date), count: num(r.count) },
    evidence: [{ articleId: r.articleId, sentence: num(r.sentenceIndex), start: num(r.sentenceStart), end: num(r.sentenceEnd), text: r.sentenceText ?? '' }],
    confidence: num(r.confidence),
    extractors: splitArray(r.extractors ?? ''),
    firstSeen: orNull(r.firstSeen),
    lastSeen: orNull(r.lastSeen),
  };
}

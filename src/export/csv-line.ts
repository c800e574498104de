// One CSV record per call (RFC 4180 quoting), so CSV files can be written row by row as they stream.
import { stringify } from 'csv-stringify/sync';

export type CsvValue = string | number | boolean | null | undefined;

/** Arrays in CSV cells: neo4j-admin's default array delimiter, also what LOAD CSV users split on. */
export const ARRAY_DELIMITER = ';';

export const csvLine = (values: CsvValue[]): string => stringify([values.map((v) => v ?? null)]);

export const joinArray = (values: readonly string[] | null | undefined): string | null =>
  values?.length ? values.join(ARRAY_DELIMITER) : null;

export const splitArray = (cell: string): string[] => (cell === '' ? [] : cell.split(ARRAY_DELIMITER));

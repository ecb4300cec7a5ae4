import { stringify } from 'csv-stringify/sync';

// CSV of the /data downloads: one header row, RFC 4180 quoting (csv-stringify), UTF-8.
// Numbers are written as JavaScript prints them (a dot, no grouping, never the reader's locale);
// null and undefined are empty cells; dates are expected as ISO strings already.

export type CsvCell = string | number | boolean | null | undefined;

export interface CsvColumn<Row> {
  /** Header of the column: the JSON field name, so CSV and JSON read the same. */
  key: string;
  value: (row: Row) => CsvCell;
}

function cell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return String(value);
}

export function toCsv<Row>(rows: readonly Row[], columns: readonly CsvColumn<Row>[]): string {
  return stringify([columns.map((c) => c.key), ...rows.map((row) => columns.map((c) => cell(c.value(row))))], {
    record_delimiter: '\n',
  });
}

/** Columns for a flat record type: each key's value as is. */
export function columnsOf<Row extends Record<string, unknown>>(
  keys: readonly (keyof Row & string)[],
): CsvColumn<Row>[] {
  return keys.map((key) => ({ key, value: (row) => row[key] as CsvCell }));
}

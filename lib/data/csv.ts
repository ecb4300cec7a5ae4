import { stringify } from 'csv-stringify/sync';

// CSV of the /data downloads: one header row, RFC 4180 quoting (csv-stringify), UTF-8.
// Numbers are written as JavaScript prints them (a dot, no grouping, never the reader's locale, no exponent);
// null and undefined are empty cells; dates are expected as ISO strings already.

export type CsvCell = string | number | boolean | null | undefined;

export interface CsvColumn<Row> {
  /** Header of the column: the JSON field name, so CSV and JSON read the same. */
  key: string;
  value: (row: Row) => CsvCell;
}

/** A number as JavaScript prints it, but never in exponent notation (1e-7 is written 0.0000001). */
function plainNumber(value: number): string {
  const text = String(value);
  if (!/e/i.test(text)) return text;
  // en-US with no grouping: a dot and digits only, whatever the process locale is.
  return value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}

function cell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? plainNumber(value) : '';
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

/** The shape of a zod object, as far as the columns need it (zod 4 `z.object`). */
interface ObjectSchema {
  shape: Record<string, unknown>;
}

function isObjectSchema(schema: unknown): schema is ObjectSchema {
  return (
    typeof schema === 'object' &&
    schema !== null &&
    'shape' in schema &&
    typeof (schema as ObjectSchema).shape === 'object'
  );
}

/** A nullable or optional schema's inner schema (`z.object(...).nullable()` is still an object). */
function unwrap(schema: unknown): unknown {
  let current = schema as { unwrap?: () => unknown } | undefined;
  while (current && typeof current.unwrap === 'function' && !isObjectSchema(current))
    current = current.unwrap() as typeof current;
  return current;
}

/**
 * Columns from a zod object schema, in its key order, so the CSV header derives from the same type as
 * the JSON. A nested object (one level) becomes one column per key: `source: { name, url }` gives
 * `sourceName`, `sourceUrl`, empty when the object is null.
 */
export function columnsOfSchema(schema: ObjectSchema): CsvColumn<Record<string, unknown>>[] {
  return Object.entries(schema.shape).flatMap(([key, field]): CsvColumn<Record<string, unknown>>[] => {
    const inner = unwrap(field);
    if (!isObjectSchema(inner)) return [{ key, value: (row) => row[key] as CsvCell }];
    return Object.keys(inner.shape).map((sub) => ({
      key: `${key}${sub[0]!.toUpperCase()}${sub.slice(1)}`,
      value: (row) => ((row[key] as Record<string, unknown> | null | undefined)?.[sub] ?? null) as CsvCell,
    }));
  });
}

import { z } from 'zod';
import { columnDefinition, listDefinition } from '../../../../manifest/manifest';
import type { ColumnDefinition, ListDefinition } from '../../../../manifest/manifest.schema';
import type { RecordIssue } from '../../../ports/store.types';

/** `YYYY-MM-DD`, optionally with a time (dateOnly columns come back as `…T00:00:00Z`). */
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2}))?$/;

function columnSchema(column: ColumnDefinition): z.ZodType {
  switch (column.type) {
    case 'text':
    case 'note':
      return z.string().max(column.maxLength);
    case 'number': {
      let schema = z.number();
      if (column.minimum !== undefined) schema = schema.min(column.minimum);
      if (column.maximum !== undefined) schema = schema.max(column.maximum);
      return column.decimalPlaces === 'none' ? schema.int() : schema;
    }
    case 'currency':
      return z.number();
    case 'dateTime':
      return column.format === 'dateOnly'
        ? z.string().regex(DATE_ONLY, 'not a date')
        : z.iso.datetime({ offset: true });
    case 'choice':
      return z.enum(column.choices as [string, ...string[]]);
    case 'boolean':
      return z.boolean();
    case 'lookup':
    case 'person':
      return z.unknown();
  }
}

/** The list's own columns, Title first: what reads select and writes may send. */
export function ownColumns(list: ListDefinition): readonly string[] {
  return ['Title', ...list.columns.map((c) => c.name)];
}

const schemas = new Map<string, z.ZodType<Record<string, unknown>>>();

/**
 * A zod schema of a list item's fields derived from the manifest: types, lengths, choices,
 * ranges and required columns. Graph leaves empty fields out of `fields`, so absent and null both
 * mean empty.
 */
export function fieldsSchema(listName: string): z.ZodType<Record<string, unknown>> {
  const cached = schemas.get(listName);
  if (cached !== undefined) return cached;
  const list = listDefinition(listName);
  const shape: Record<string, z.ZodType> = {};
  for (const name of ownColumns(list)) {
    const column = columnDefinition(list, name);
    if (column === undefined) continue;
    const base = columnSchema(column);
    shape[name] = column.required
      ? z.preprocess((v) => (v === '' ? undefined : v), base)
      : base.nullish();
  }
  const schema = z.object(shape) as unknown as z.ZodType<Record<string, unknown>>;
  schemas.set(listName, schema);
  return schema;
}

/** Only the list's own columns of an item's fields (system fields and strays stay behind). */
export function whitelist(listName: string, fields: unknown): Record<string, unknown> {
  const source = typeof fields === 'object' && fields !== null ? fields : {};
  const own = new Set(ownColumns(listDefinition(listName)));
  return Object.fromEntries(Object.entries(source).filter(([name]) => own.has(name)));
}

/** Zod issues as record issues named after the column. */
export function toIssues(error: z.ZodError): RecordIssue[] {
  return error.issues.map((issue) => ({
    field: issue.path.map(String).join('.'),
    message: issue.message,
  }));
}

/**
 * Checks fields about to be written against the list's schema (all columns for a create, only
 * those sent for an update); the issues, empty when they fit.
 */
export function checkFields(
  listName: string,
  fields: Record<string, unknown>,
  mode: 'create' | 'update',
): RecordIssue[] {
  const full = fieldsSchema(listName) as unknown as z.ZodObject;
  const schema = mode === 'create' ? full : full.partial();
  const result = schema.safeParse(fields);
  return result.success ? [] : toIssues(result.error);
}

import type { ColumnDefinition } from '../../../manifest/manifest.schema';
import { normaliseDateValue } from '../store/site-dates';
import type { FieldValues } from '../store/model';
import { invalidRequest, type GraphError } from './errors';

/**
 * Fields SharePoint computes; they come back in `fields` but cannot be written through Graph.
 * (Graph lists them among an item's fields, m365-platform-facts §1.3.)
 */
export const SYSTEM_FIELDS: ReadonlySet<string> = new Set([
  'id',
  'ID',
  'ContentType',
  'Created',
  'Modified',
  'AuthorLookupId',
  'EditorLookupId',
  'AppAuthorLookupId',
  'AppEditorLookupId',
  '_UIVersionString',
  'Attachments',
  'Edit',
  'LinkTitle',
  'LinkTitleNoMenu',
  'DocIcon',
  'ItemChildCount',
  'FolderChildCount',
  '_ComplianceFlags',
  '_ComplianceTag',
  '_ComplianceTagWrittenTime',
  '_ComplianceTagUserId',
]);

/** The field key under which a column's value travels: person and lookup use `<Name>LookupId`. */
export function fieldKey(column: ColumnDefinition): string {
  return column.type === 'person' || column.type === 'lookup'
    ? `${column.name}LookupId`
    : column.name;
}

export type WriteContext = {
  readonly timeZone: string;
  readonly userExists: (id: number) => boolean;
};

const EDM_TYPE: Readonly<Record<ColumnDefinition['type'], string>> = {
  text: 'Edm.String',
  note: 'Edm.String',
  choice: 'Edm.String',
  number: 'Edm.Double',
  currency: 'Edm.Double',
  dateTime: 'Edm.DateTimeOffset',
  boolean: 'Edm.Boolean',
  lookup: 'Edm.Int32',
  person: 'Edm.Int32',
};

function wrongType(column: ColumnDefinition, value: unknown): GraphError {
  return invalidRequest(
    `Cannot convert the literal '${typeof value === 'string' ? value : JSON.stringify(value)}' to the expected type '${EDM_TYPE[column.type]}' for field '${column.name}'.`,
  );
}

function lookupId(column: ColumnDefinition, raw: unknown, context: WriteContext): number {
  const id =
    typeof raw === 'number'
      ? raw
      : typeof raw === 'string' && /^\d+$/.test(raw)
        ? Number(raw)
        : NaN;
  if (!Number.isInteger(id) || id < 1) throw wrongType(column, raw);
  if (column.type === 'person' && !context.userExists(id)) {
    throw invalidRequest(
      `The user or group with id ${id} for field '${column.name}' does not exist.`,
    );
  }
  return id;
}

function validateValue(column: ColumnDefinition, value: unknown, context: WriteContext): unknown {
  // SharePoint stores an empty string as no value.
  if (value === null || value === '') return null;
  switch (column.type) {
    case 'text':
    case 'note': {
      if (typeof value !== 'string') throw wrongType(column, value);
      if (value.length > column.maxLength) {
        throw invalidRequest(
          `The value of field '${column.name}' exceeds the maximum length of ${column.maxLength} characters.`,
        );
      }
      return value;
    }
    case 'choice': {
      if (typeof value !== 'string') throw wrongType(column, value);
      if (!column.choices.includes(value)) {
        throw invalidRequest(
          `The value '${value}' is not a valid choice for field '${column.name}'.`,
        );
      }
      return value;
    }
    case 'number':
    case 'currency': {
      if (typeof value !== 'number' || !Number.isFinite(value)) throw wrongType(column, value);
      if (column.type === 'number') {
        const tooLow = column.minimum !== undefined && value < column.minimum;
        const tooHigh = column.maximum !== undefined && value > column.maximum;
        if (tooLow || tooHigh) {
          throw invalidRequest(
            `The value of field '${column.name}' must be between ${column.minimum ?? '-∞'} and ${column.maximum ?? '∞'}.`,
          );
        }
      }
      return value;
    }
    case 'boolean':
      if (typeof value !== 'boolean') throw wrongType(column, value);
      return value;
    case 'dateTime': {
      if (typeof value !== 'string') throw wrongType(column, value);
      const normalised = normaliseDateValue(value, context.timeZone);
      if (normalised === undefined) throw wrongType(column, value);
      return normalised;
    }
    case 'lookup':
    case 'person': {
      const multiple = column.type === 'person' && column.allowMultipleSelection;
      if (Array.isArray(value)) {
        if (!multiple) throw wrongType(column, value);
        return value.map((v) => lookupId(column, v, context));
      }
      return lookupId(column, value, context);
    }
  }
}

/**
 * Validates a fieldValueSet a client writes against the list's columns, as SharePoint does:
 * unknown field → 400 "Field 'X' is not recognized"; wrong type, over-long text, a value outside
 * the choices or the number range → 400 `invalidRequest`. Returns the values to store.
 * (Uniqueness needs the other items and is checked by the caller.)
 */
export function validateFieldWrite(
  columns: readonly ColumnDefinition[],
  input: unknown,
  context: WriteContext,
): FieldValues {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw invalidRequest('The request body must be a JSON object of field values.');
  }
  const byKey = new Map(columns.map((c) => [fieldKey(c), c]));
  const values: FieldValues = {};
  for (const [key, value] of Object.entries(input as Record<string, unknown>)) {
    // OData annotations (`@odata.etag`, `X@odata.type` for multi-value columns) are not fields.
    if (key.startsWith('@') || key.includes('@odata.')) continue;
    const column = byKey.get(key);
    if (column === undefined) {
      if (SYSTEM_FIELDS.has(key)) throw invalidRequest(`Field '${key}' is read-only.`);
      throw invalidRequest(`Field '${key}' is not recognized`);
    }
    values[key] = validateValue(column, value, context);
  }
  return values;
}

/** Merges written values into stored ones; a null clears the column. */
export function mergeFields(current: FieldValues, changes: FieldValues): FieldValues {
  const merged = { ...current, ...changes };
  return Object.fromEntries(Object.entries(merged).filter(([, value]) => value !== null));
}

/** SharePoint compares unique values case-insensitively. */
export function sameUniqueValue(a: unknown, b: unknown): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a.toLowerCase() === b.toLowerCase();
  return a === b;
}

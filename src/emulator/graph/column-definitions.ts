import { columnSchema, type ColumnDefinition } from '../../../manifest/manifest.schema';
import { stableGuid } from '../store/lists-store';
import type { StoredColumn } from '../store/model';
import { invalidRequest } from './errors';

/** Currency LCIDs the manifest uses, with Graph's `currency.locale` names. */
const LOCALES: Readonly<Record<number, string>> = {
  1033: 'en-US',
  2057: 'en-GB',
  2067: 'nl-BE',
  1043: 'nl-NL',
  2060: 'fr-BE',
  1036: 'fr-FR',
  1031: 'de-DE',
};

/** A Graph `columnDefinition` for a stored column (facets as in @microsoft/microsoft-graph-types). */
export function toGraphColumn(
  column: StoredColumn,
  listIdByName: (name: string) => string,
): Record<string, unknown> {
  const d = column.definition;
  const common = {
    columnGroup: 'Custom Columns',
    description: d.description,
    displayName: d.displayName,
    enforceUniqueValues: d.enforceUniqueValues,
    hidden: false,
    id: column.columnId,
    indexed: d.indexed,
    name: d.name,
    readOnly: false,
    required: d.required,
  };
  switch (d.type) {
    case 'text':
      return {
        ...common,
        text: {
          allowMultipleLines: false,
          appendChangesToExistingText: false,
          linesForEditing: 0,
          maxLength: d.maxLength,
        },
      };
    case 'note':
      return {
        ...common,
        text: {
          allowMultipleLines: true,
          appendChangesToExistingText: false,
          linesForEditing: 6,
          maxLength: d.maxLength,
          textType: 'plain',
        },
      };
    case 'number':
      return {
        ...common,
        number: {
          decimalPlaces: d.decimalPlaces,
          displayAs: 'number',
          ...(d.minimum !== undefined ? { minimum: d.minimum } : {}),
          ...(d.maximum !== undefined ? { maximum: d.maximum } : {}),
        },
      };
    case 'currency':
      return { ...common, currency: { locale: LOCALES[d.locale] ?? 'nl-BE' } };
    case 'dateTime':
      return { ...common, dateTime: { displayAs: 'default', format: d.format } };
    case 'choice':
      return {
        ...common,
        choice: { allowTextEntry: false, choices: d.choices, displayAs: 'dropDownMenu' },
      };
    case 'boolean':
      return { ...common, boolean: {} };
    case 'lookup':
      return {
        ...common,
        lookup: {
          allowMultipleValues: false,
          allowUnlimitedLength: false,
          columnName: d.column,
          listId: listIdByName(d.list),
        },
      };
    case 'person':
      return {
        ...common,
        personOrGroup: {
          allowMultipleSelection: d.allowMultipleSelection,
          chooseFromType: 'peopleOnly',
          displayAs: 'nameWithPresence',
        },
      };
  }
}

/** Built-in columns Graph also lists (read-only), so clients diffing columns see them as Graph does. */
export function systemGraphColumns(listId: string): Record<string, unknown>[] {
  const sys = (
    name: string,
    displayName: string,
    facet: Record<string, unknown>,
  ): Record<string, unknown> => ({
    columnGroup: '_Hidden',
    description: '',
    displayName,
    enforceUniqueValues: false,
    hidden: false,
    id: stableGuid(`${listId}/column/${name}`),
    indexed: name === 'ID',
    name,
    readOnly: true,
    required: false,
    ...facet,
  });
  return [
    sys('ID', 'ID', { number: { decimalPlaces: 'none', displayAs: 'number' } }),
    sys('ContentType', 'Content Type', { text: { maxLength: 255 } }),
    sys('Modified', 'Modified', { dateTime: { displayAs: 'default', format: 'dateTime' } }),
    sys('Created', 'Created', { dateTime: { displayAs: 'default', format: 'dateTime' } }),
    sys('Author', 'Created By', { personOrGroup: { allowMultipleSelection: false } }),
    sys('Editor', 'Modified By', { personOrGroup: { allowMultipleSelection: false } }),
    sys('_UIVersionString', 'Version', { text: { maxLength: 255 } }),
    sys('Attachments', 'Attachments', { boolean: {} }),
  ];
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/**
 * Reads a Graph `columnDefinition` (POST …/columns, or `columns` of a list create) into the
 * manifest's column shape, which the emulator validates items against.
 */
export function fromGraphColumn(
  input: unknown,
  listNameById: (id: string) => string | undefined,
): ColumnDefinition {
  const body = asRecord(input);
  if (body === undefined || typeof body.name !== 'string') {
    throw invalidRequest('A column definition needs a name.');
  }
  const facets = [
    'text',
    'number',
    'currency',
    'dateTime',
    'choice',
    'boolean',
    'lookup',
    'personOrGroup',
  ].filter((f) => body[f] !== undefined);
  if (facets.length !== 1) {
    throw invalidRequest(`Column '${body.name}' must have exactly one type facet.`);
  }
  const facetName = facets[0] ?? '';
  const facet = asRecord(body[facetName]) ?? {};
  const common = {
    name: body.name,
    displayName: typeof body.displayName === 'string' ? body.displayName : body.name,
    description: typeof body.description === 'string' ? body.description : '',
    required: body.required === true,
    indexed: body.indexed === true,
    enforceUniqueValues: body.enforceUniqueValues === true,
  };
  let candidate: Record<string, unknown>;
  switch (facetName) {
    case 'text':
      candidate =
        facet.allowMultipleLines === true
          ? {
              ...common,
              type: 'note',
              ...(typeof facet.maxLength === 'number' ? { maxLength: facet.maxLength } : {}),
            }
          : {
              ...common,
              type: 'text',
              ...(typeof facet.maxLength === 'number' ? { maxLength: facet.maxLength } : {}),
            };
      break;
    case 'number':
      candidate = {
        ...common,
        type: 'number',
        ...(typeof facet.minimum === 'number' ? { minimum: facet.minimum } : {}),
        ...(typeof facet.maximum === 'number' ? { maximum: facet.maximum } : {}),
        ...(typeof facet.decimalPlaces === 'string' ? { decimalPlaces: facet.decimalPlaces } : {}),
      };
      break;
    case 'currency': {
      const lcid = Object.entries(LOCALES).find(([, name]) => name === facet.locale)?.[0];
      candidate = {
        ...common,
        type: 'currency',
        ...(lcid !== undefined ? { locale: Number(lcid) } : {}),
      };
      break;
    }
    case 'dateTime':
      candidate = {
        ...common,
        type: 'dateTime',
        format: facet.format === 'dateOnly' ? 'dateOnly' : 'dateTime',
      };
      break;
    case 'choice':
      candidate = { ...common, type: 'choice', choices: facet.choices };
      break;
    case 'boolean':
      candidate = { ...common, type: 'boolean' };
      break;
    case 'lookup':
      candidate = {
        ...common,
        type: 'lookup',
        list: typeof facet.listId === 'string' ? (listNameById(facet.listId) ?? '') : '',
        column: typeof facet.columnName === 'string' ? facet.columnName : 'Title',
      };
      break;
    default:
      candidate = {
        ...common,
        type: 'person',
        allowMultipleSelection: facet.allowMultipleSelection === true,
      };
  }
  const parsed = columnSchema.safeParse(candidate);
  if (!parsed.success) {
    throw invalidRequest(
      `Invalid column definition '${body.name}': ${parsed.error.issues[0]?.message ?? ''}`,
    );
  }
  return parsed.data;
}

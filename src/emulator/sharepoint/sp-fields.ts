import { columnSchema, type ColumnDefinition } from '../../../manifest/manifest.schema';
import type { StoredColumn } from '../store/model';
import { spBadRequest } from './sp-errors';

/** SP.FieldType values (PnPjs `FieldTypes`). */
const KIND: Readonly<Record<ColumnDefinition['type'], number>> = {
  text: 2,
  note: 3,
  dateTime: 4,
  choice: 6,
  lookup: 7,
  boolean: 8,
  number: 9,
  currency: 10,
  person: 20,
};

const TYPE_AS_STRING: Readonly<Record<ColumnDefinition['type'], string>> = {
  text: 'Text',
  note: 'Note',
  dateTime: 'DateTime',
  choice: 'Choice',
  lookup: 'Lookup',
  boolean: 'Boolean',
  number: 'Number',
  currency: 'Currency',
  person: 'User',
};

const ODATA_TYPE: Readonly<Record<ColumnDefinition['type'], string>> = {
  text: 'SP.FieldText',
  note: 'SP.FieldMultiLineText',
  dateTime: 'SP.FieldDateTime',
  choice: 'SP.FieldChoice',
  lookup: 'SP.FieldLookup',
  boolean: 'SP.Field',
  number: 'SP.FieldNumber',
  currency: 'SP.FieldCurrency',
  person: 'SP.FieldUser',
};

/**
 * SharePoint makes a field's internal name from the text it is given, escaping every character
 * that is not a letter or digit as `_xHHHH_` ("Publish Date" → `Publish_x0020_Date`), cut at 32.
 */
export function encodeInternalName(text: string): string {
  let out = '';
  for (const ch of text) {
    out += /[A-Za-z0-9_]/.test(ch)
      ? ch
      : `_x${(ch.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}_`;
  }
  return out.slice(0, 32);
}

export function fieldOdataType(column: ColumnDefinition): string {
  return ODATA_TYPE[column.type];
}

/** The SP.Field properties provisioning reads back. */
export function fieldProps(
  column: StoredColumn,
  listIdOf: (name: string) => string,
): Record<string, unknown> {
  const d = column.definition;
  const props: Record<string, unknown> = {
    Id: column.columnId,
    InternalName: d.name,
    StaticName: d.name,
    EntityPropertyName: d.name,
    Title: d.displayName,
    Description: d.description,
    FieldTypeKind: KIND[d.type],
    TypeAsString:
      d.type === 'person' && d.allowMultipleSelection ? 'UserMulti' : TYPE_AS_STRING[d.type],
    Indexed: d.indexed,
    Required: d.required,
    EnforceUniqueValues: d.enforceUniqueValues,
    Hidden: false,
    ReadOnlyField: false,
    Sealed: false,
    CanBeDeleted: d.name !== 'Title',
    Group: 'Custom Columns',
  };
  switch (d.type) {
    case 'text':
    case 'note':
      props.MaxLength = d.maxLength;
      if (d.type === 'note') props.RichText = false;
      break;
    case 'number':
      if (d.minimum !== undefined) props.MinimumValue = d.minimum;
      if (d.maximum !== undefined) props.MaximumValue = d.maximum;
      break;
    case 'currency':
      props.CurrencyLocaleId = d.locale;
      break;
    case 'dateTime':
      props.DisplayFormat = d.format === 'dateOnly' ? 0 : 1;
      break;
    case 'choice':
      props.Choices = [...d.choices];
      break;
    case 'lookup':
      props.LookupList = `{${listIdOf(d.list)}}`;
      props.LookupField = d.column;
      break;
    case 'person':
      props.AllowMultipleValues = d.allowMultipleSelection;
      break;
    case 'boolean':
      break;
  }
  return props;
}

function parseColumn(candidate: Record<string, unknown>): ColumnDefinition {
  const parsed = columnSchema.safeParse(candidate);
  if (!parsed.success) {
    throw spBadRequest(
      `Invalid field definition: ${parsed.error.issues[0]?.message ?? 'unknown problem'}`,
    );
  }
  return parsed.data;
}

function choicesOf(value: unknown): unknown {
  // PnPjs sends `Choices: { results: [...] }` (verbose); a plain array is accepted too.
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    return (value as { results?: unknown }).results;
  }
  return value;
}

/** A field from `POST …/fields` or `…/fields/addfield` (SP.FieldCreationInformation-like props). */
export function columnFromProps(
  props: Record<string, unknown>,
  internalName: string,
  listNameById: (id: string) => string | undefined,
): ColumnDefinition {
  const kind = Number(props.FieldTypeKind);
  const common = {
    name: internalName,
    displayName: typeof props.Title === 'string' ? props.Title : internalName,
    description: typeof props.Description === 'string' ? props.Description : '',
    required: props.Required === true,
    indexed: props.Indexed === true,
    enforceUniqueValues: props.EnforceUniqueValues === true,
  };
  switch (kind) {
    case 2:
      return parseColumn({
        ...common,
        type: 'text',
        ...(typeof props.MaxLength === 'number' ? { maxLength: props.MaxLength } : {}),
      });
    case 3:
      return parseColumn({ ...common, type: 'note' });
    case 4:
      return parseColumn({
        ...common,
        type: 'dateTime',
        format: props.DisplayFormat === 1 ? 'dateTime' : 'dateOnly',
      });
    case 6:
      return parseColumn({ ...common, type: 'choice', choices: choicesOf(props.Choices) });
    case 8:
      return parseColumn({ ...common, type: 'boolean' });
    case 1:
    case 9:
      return parseColumn({
        ...common,
        type: 'number',
        ...(typeof props.MinimumValue === 'number' ? { minimum: props.MinimumValue } : {}),
        ...(typeof props.MaximumValue === 'number' ? { maximum: props.MaximumValue } : {}),
      });
    case 10:
      return parseColumn({
        ...common,
        type: 'currency',
        ...(typeof props.CurrencyLocaleId === 'number' ? { locale: props.CurrencyLocaleId } : {}),
      });
    case 7: {
      const listId =
        typeof props.LookupListId === 'string' ? props.LookupListId.replace(/[{}]/g, '') : '';
      return parseColumn({
        ...common,
        type: 'lookup',
        list: listNameById(listId) ?? '',
        column: typeof props.LookupFieldName === 'string' ? props.LookupFieldName : 'Title',
      });
    }
    case 20:
      return parseColumn({
        ...common,
        type: 'person',
        allowMultipleSelection: props.AllowMultipleValues === true,
      });
    default:
      throw spBadRequest(
        `The local emulator does not support FieldTypeKind ${String(props.FieldTypeKind)}.`,
      );
  }
}

function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** SP.AddFieldOptions.AddFieldInternalNameHint: only then is the XML's `Name` the internal name. */
export const ADD_FIELD_INTERNAL_NAME_HINT = 8;

/**
 * `CreateFieldAsXml`. Without the AddFieldInternalNameHint option SharePoint ignores `Name` and
 * derives the internal name from `DisplayName` (sp-dev-docs#3286, pnp/PnP#940) — a classic
 * provisioning trap the emulator keeps.
 */
export function columnFromXml(
  schemaXml: string,
  options: number,
  listNameById: (id: string) => string | undefined,
): ColumnDefinition {
  const open = /<Field\b([^>]*?)\/?>/i.exec(schemaXml);
  if (open === null) throw spBadRequest('SchemaXml must contain a <Field> element.');
  const attrs: Record<string, string> = {};
  for (const match of (open[1] ?? '').matchAll(
    /([A-Za-z_:][\w:.-]*)\s*=\s*("([^"]*)"|'([^']*)')/g,
  )) {
    const name = match[1] ?? '';
    attrs[name.toLowerCase()] = decodeXml(match[3] ?? match[4] ?? '');
  }
  const displayName = attrs.displayname ?? attrs.name ?? '';
  if (displayName === '') throw spBadRequest('A field needs a DisplayName or a Name.');
  const hinted = (options & ADD_FIELD_INTERNAL_NAME_HINT) !== 0;
  const internalName = hinted
    ? (attrs.name ?? attrs.staticname ?? displayName)
    : encodeInternalName(displayName);
  const bool = (name: string): boolean => (attrs[name] ?? '').toUpperCase() === 'TRUE';
  const common = {
    name: internalName,
    displayName,
    description: attrs.description ?? '',
    required: bool('required'),
    indexed: bool('indexed'),
    enforceUniqueValues: bool('enforceuniquevalues'),
  };
  const type = (attrs.type ?? '').toLowerCase();
  const numberAttr = (name: string): number | undefined => {
    const raw = attrs[name];
    return raw !== undefined && raw !== '' && !Number.isNaN(Number(raw)) ? Number(raw) : undefined;
  };
  const optional = (key: string, value: number | undefined): Record<string, number> =>
    value === undefined ? {} : { [key]: value };
  switch (type) {
    case 'text':
      return parseColumn({
        ...common,
        type: 'text',
        ...optional('maxLength', numberAttr('maxlength')),
      });
    case 'note':
      return parseColumn({ ...common, type: 'note' });
    case 'datetime':
      return parseColumn({
        ...common,
        type: 'dateTime',
        format: (attrs.format ?? '').toLowerCase() === 'dateonly' ? 'dateOnly' : 'dateTime',
      });
    case 'choice': {
      const choices = [...schemaXml.matchAll(/<CHOICE>([\s\S]*?)<\/CHOICE>/gi)].map((m) =>
        decodeXml(m[1] ?? ''),
      );
      return parseColumn({ ...common, type: 'choice', choices });
    }
    case 'boolean':
      return parseColumn({ ...common, type: 'boolean' });
    case 'number':
    case 'integer':
      return parseColumn({
        ...common,
        type: 'number',
        ...optional('minimum', numberAttr('min')),
        ...optional('maximum', numberAttr('max')),
        ...(attrs.decimals === '0' ? { decimalPlaces: 'none' } : {}),
      });
    case 'currency':
      return parseColumn({
        ...common,
        type: 'currency',
        ...optional('locale', numberAttr('lcid')),
      });
    case 'lookup':
      return parseColumn({
        ...common,
        type: 'lookup',
        list: listNameById((attrs.list ?? '').replace(/[{}]/g, '')) ?? attrs.list ?? '',
        column: attrs.showfield ?? 'Title',
      });
    case 'user':
    case 'usermulti':
      return parseColumn({
        ...common,
        type: 'person',
        allowMultipleSelection: type === 'usermulti' || bool('mult'),
      });
    default:
      throw spBadRequest(`The local emulator does not support field type '${attrs.type ?? ''}'.`);
  }
}

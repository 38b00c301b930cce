import type { ColumnDefinition } from '../../../manifest/manifest.schema';

/** Windows LCIDs of the manifest's currency columns as Graph's `currency.locale` tags. */
const LCID_TAGS: Readonly<Record<number, string>> = {
  2067: 'nl-BE',
  2060: 'fr-BE',
  1031: 'de-DE',
  1033: 'en-US',
};

/**
 * A manifest column as a Graph `columnDefinition` (one type facet plus common properties;
 * learn.microsoft.com/graph/api/resources/columndefinition).
 */
export function toGraphColumn(column: ColumnDefinition): Record<string, unknown> {
  const common = {
    name: column.name,
    displayName: column.displayName,
    description: column.description,
    required: column.required,
    indexed: column.indexed,
    enforceUniqueValues: column.enforceUniqueValues,
  };
  switch (column.type) {
    case 'text':
      return { ...common, text: { allowMultipleLines: false, maxLength: column.maxLength } };
    case 'note':
      return {
        ...common,
        text: { allowMultipleLines: true, textType: 'plain', linesForEditing: 6 },
      };
    case 'number':
      return {
        ...common,
        number: {
          decimalPlaces: column.decimalPlaces,
          ...(column.minimum === undefined ? {} : { minimum: column.minimum }),
          ...(column.maximum === undefined ? {} : { maximum: column.maximum }),
        },
      };
    case 'currency':
      return { ...common, currency: { locale: LCID_TAGS[column.locale] ?? 'nl-BE' } };
    case 'dateTime':
      return { ...common, dateTime: { format: column.format, displayAs: 'default' } };
    case 'choice':
      return {
        ...common,
        choice: { choices: column.choices, displayAs: 'dropDownMenu', allowTextEntry: false },
      };
    case 'boolean':
      return { ...common, boolean: {} };
    case 'lookup':
    case 'person':
      throw new Error(`Provisioning does not create ${column.type} column ${column.name}`);
  }
}

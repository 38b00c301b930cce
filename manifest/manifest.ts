import raw from './lists.json';
import {
  manifestSchema,
  type ColumnDefinition,
  type ListDefinition,
  type ListsManifest,
} from './manifest.schema';

/** The validated list manifest. Parsing at import makes a broken manifest fail every runtime early. */
export const LISTS_MANIFEST: ListsManifest = manifestSchema.parse(raw);

/** The definition of one list by its internal name; throws for an unknown name (a programming fault). */
export function listDefinition(name: string): ListDefinition {
  const list = LISTS_MANIFEST.lists.find((l) => l.name === name);
  if (list === undefined) throw new Error(`Unknown list ${name} in manifest/lists.json`);
  return list;
}

/** A column of a list by internal name, or undefined (Title is implicit on every list). */
export function columnDefinition(list: ListDefinition, name: string): ColumnDefinition | undefined {
  if (name === 'Title') {
    return {
      name: 'Title',
      displayName: 'Title',
      description: list.titleHolds,
      type: 'text',
      maxLength: 255,
      required: true,
      indexed: false,
      enforceUniqueValues: false,
    };
  }
  return list.columns.find((c) => c.name === name);
}

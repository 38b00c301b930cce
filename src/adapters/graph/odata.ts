import { columnDefinition, listDefinition } from '../../../manifest/manifest';

/** An OData string literal: single quotes doubled (OData ABNF, `SQUOTE-in-string`). */
export function odataString(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

/** `/sites/{site}/lists/{list}/items`, the base of every list item request. */
export function itemsPath(siteId: string, list: string): string {
  return `/sites/${siteId}/lists/${encodeURIComponent(list)}/items`;
}

/** `expand=fields(select=…)`: only the whitelisted columns travel (Graph docs, listitem-list). */
export function expandFields(columns: readonly string[]): string {
  return `expand=fields(select=${columns.join(',')})`;
}

/**
 * A filter on one column. Graph filters on one indexed field at a time and refuses non-indexed
 * ones on lists near the 5,000 item threshold (platform facts §1.4), so a filter on a column the
 * manifest does not index is a programming fault, thrown before any request.
 */
export function equalsFilter(listName: string, column: string, value: string): string {
  const definition = columnDefinition(listDefinition(listName), column);
  if (definition?.indexed !== true) {
    throw new Error(`${listName}.${column} is not an indexed column: filter on an indexed one`);
  }
  return `$filter=${encodeURIComponent(`fields/${column} eq ${odataString(value)}`)}`;
}

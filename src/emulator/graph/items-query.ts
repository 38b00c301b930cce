import type { ColumnDefinition } from '../../../manifest/manifest.schema';
import type { ItemRecord } from '../store/model';
import { invalidRequest } from './errors';
import { fieldKey } from './field-values';
import {
  FilterSyntaxError,
  evaluateFilter,
  filterPaths,
  parseFilter,
  textOf,
  type FilterExpr,
  type ValueType,
} from './odata-filter';
import {
  decodeSkipToken,
  parseOrderBy,
  parseTop,
  queryOption,
  type OrderBy,
  type PagePosition,
} from './odata-query';

export const HONOR_NON_INDEXED = 'HonorNonIndexedQueriesWarningMayFailRandomly';

/** A filterable/sortable thing: a column, a system field, or a listItem property. */
type Target = {
  readonly name: string;
  readonly type: ValueType;
  readonly indexed: boolean;
  readonly read: (item: ItemRecord) => unknown;
};

function valueType(column: ColumnDefinition): ValueType {
  switch (column.type) {
    case 'number':
    case 'currency':
    case 'lookup':
    case 'person':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'dateTime':
      return 'datetime';
    default:
      return 'text';
  }
}

/** System fields; only ID carries an index of its own in SharePoint. */
const SYSTEM_TARGETS: readonly Target[] = [
  { name: 'ID', type: 'number', indexed: true, read: (i) => i.id },
  { name: 'id', type: 'number', indexed: true, read: (i) => i.id },
  { name: 'Created', type: 'datetime', indexed: false, read: (i) => i.created },
  { name: 'Modified', type: 'datetime', indexed: false, read: (i) => i.modified },
  { name: 'AuthorLookupId', type: 'number', indexed: false, read: (i) => i.authorId },
  { name: 'EditorLookupId', type: 'number', indexed: false, read: (i) => i.editorId },
];

/** listItem properties usable without the `fields/` prefix. */
const ITEM_TARGETS: Readonly<Record<string, Target>> = {
  id: { name: 'id', type: 'number', indexed: true, read: (i) => i.id },
  createddatetime: {
    name: 'createdDateTime',
    type: 'datetime',
    indexed: false,
    read: (i) => i.created,
  },
  lastmodifieddatetime: {
    name: 'lastModifiedDateTime',
    type: 'datetime',
    indexed: false,
    read: (i) => i.modified,
  },
};

function notIndexed(name: string): Error {
  // The observed Graph text (microsoftgraph/microsoft-graph-docs#2279).
  return invalidRequest(
    `Field '${name}' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: ${HONOR_NON_INDEXED}' header to allow this, but be warned that such queries may fail on large lists.`,
  );
}

function resolveTarget(
  path: string,
  columns: readonly ColumnDefinition[],
  honorNonIndexed: boolean,
): Target {
  const fieldMatch = /^fields\/(.+)$/i.exec(path);
  if (fieldMatch === null) {
    const property = ITEM_TARGETS[path.toLowerCase()];
    if (property === undefined)
      throw invalidRequest(`Invalid filter clause: unknown property '${path}'.`);
    if (!property.indexed && !honorNonIndexed) throw notIndexed(property.name);
    return property;
  }
  const name = fieldMatch[1] ?? '';
  const column = columns.find((c) => fieldKey(c) === name);
  const target: Target | undefined =
    column !== undefined
      ? { name, type: valueType(column), indexed: column.indexed, read: (i) => i.fields[name] }
      : SYSTEM_TARGETS.find((t) => t.name === name);
  if (target === undefined) {
    if (!honorNonIndexed) throw notIndexed(name);
    throw invalidRequest(
      `Column '${name}' does not exist. It may have been deleted by another user.`,
    );
  }
  if (!target.indexed && !honorNonIndexed) throw notIndexed(name);
  return target;
}

function sortable(value: unknown, type: ValueType): string | number | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  switch (type) {
    case 'number':
      return Number(value);
    case 'boolean':
      return value === true || value === 'true' || value === 1 || value === '1' ? 1 : 0;
    case 'datetime':
      return Date.parse(textOf(value));
    default:
      return textOf(value).toLowerCase();
  }
}

function compareValues(a: string | number | undefined, b: string | number | undefined): number {
  // Empty values sort first in ascending order (SQL Server's NULL ordering).
  if (a === undefined) return b === undefined ? 0 : -1;
  if (b === undefined) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

type SortKey = { readonly target: Target; readonly descending: boolean };

function sortKeyOf(item: ItemRecord, keys: readonly SortKey[]): (string | number | undefined)[] {
  return keys.map((k) => sortable(k.target.read(item), k.target.type));
}

function compareKeys(
  a: readonly (string | number | undefined)[],
  aId: number,
  b: readonly (string | number | undefined)[],
  bId: number,
  keys: readonly SortKey[],
): number {
  for (let i = 0; i < keys.length; i++) {
    const c = compareValues(a[i], b[i]);
    if (c !== 0) return keys[i]?.descending === true ? -c : c;
  }
  // SharePoint pages on ID as the last sort key.
  return aId - bId;
}

/** SharePoint Online's list view threshold; fixed, and it applies to API queries too (§1.9). */
export const LIST_VIEW_THRESHOLD = 5000;

/** The comparisons joined by the top-level `and`s of a filter. */
function conjuncts(expr: FilterExpr): FilterExpr[] {
  return expr.kind === 'and' ? [...conjuncts(expr.left), ...conjuncts(expr.right)] : [expr];
}

/**
 * On a list over the threshold SharePoint can only "filter one indexed field at a time"
 * (listitem-list): it seeks with the first indexed condition of the filter and scans what that
 * returns. If no indexed condition narrows the list, or it still leaves more than 5,000 items,
 * the query fails — which is also why non-indexed queries "may fail on large lists".
 */
function checkThreshold(
  items: readonly ItemRecord[],
  filter: FilterExpr,
  targets: ReadonlyMap<string, Target>,
  resolve: (item: ItemRecord) => (path: string) => { value: unknown; type: ValueType },
): void {
  const seek = conjuncts(filter).find(
    (c) =>
      (c.kind === 'compare' || c.kind === 'startswith') &&
      targets.get(c.path.path)?.indexed === true,
  );
  const narrowed =
    seek === undefined
      ? items.length
      : items.filter((item) => evaluateFilter(seek, resolve(item))).length;
  if (narrowed > LIST_VIEW_THRESHOLD) {
    throw invalidRequest(
      'The attempted operation is prohibited because it exceeds the list view threshold.',
    );
  }
}

export type ItemsPage = {
  readonly items: readonly ItemRecord[];
  /** Position of the last item when more remain (becomes `$skiptoken`). */
  readonly next: PagePosition | undefined;
};

/**
 * Applies `$filter`, `$orderby`, `$top` and `$skiptoken` to a list's items. Filters and sorts may
 * only reference indexed columns unless the `Prefer: HonorNonIndexedQueriesWarningMayFailRandomly`
 * header is sent (m365-platform-facts §1.4).
 */
export function queryItems(
  items: readonly ItemRecord[],
  columns: readonly ColumnDefinition[],
  url: URL,
  prefer: string | undefined,
): ItemsPage {
  const honorNonIndexed = (prefer ?? '').toLowerCase().includes(HONOR_NON_INDEXED.toLowerCase());
  if (queryOption(url, 'skip') !== undefined) {
    throw invalidRequest(
      "The query parameter '$skip' is not supported on list items; follow @odata.nextLink.",
    );
  }
  const filterText = queryOption(url, 'filter');
  let filter: FilterExpr | undefined;
  if (filterText !== undefined && filterText.trim() !== '') {
    try {
      filter = parseFilter(filterText);
    } catch (error) {
      if (error instanceof FilterSyntaxError)
        throw invalidRequest(`Invalid filter clause: ${error.message}.`);
      throw error;
    }
  }
  const filterTargets = new Map<string, Target>();
  for (const path of filter === undefined ? [] : filterPaths(filter)) {
    filterTargets.set(path, resolveTarget(path, columns, honorNonIndexed));
  }
  const orderBy: OrderBy[] = parseOrderBy(url);
  const keys: SortKey[] = orderBy.map((o) => ({
    target: resolveTarget(o.path, columns, honorNonIndexed),
    descending: o.descending,
  }));
  const top = parseTop(url);

  const resolve =
    (item: ItemRecord) =>
    (path: string): { value: unknown; type: ValueType } => {
      const target = filterTargets.get(path);
      if (target === undefined) throw new Error(`unresolved filter path ${path}`);
      return { value: target.read(item), type: target.type };
    };
  if (filter !== undefined && items.length > LIST_VIEW_THRESHOLD) {
    checkThreshold(items, filter, filterTargets, resolve);
  }
  const matching =
    filter === undefined
      ? [...items]
      : items.filter((item) => evaluateFilter(filter, resolve(item)));
  const keyed = matching.map((item) => ({ item, key: sortKeyOf(item, keys) }));
  keyed.sort((a, b) => compareKeys(a.key, a.item.id, b.key, b.item.id, keys));

  let start = 0;
  const token = queryOption(url, 'skiptoken');
  if (token !== undefined) {
    const position = decodeSkipToken(token);
    const cursorKey = keys.map((k) => sortable(position.values[k.target.name], k.target.type));
    start = keyed.findIndex(
      (row) => compareKeys(row.key, row.item.id, cursorKey, position.lastId, keys) > 0,
    );
    if (start < 0) start = keyed.length;
  }
  const page = keyed.slice(start, start + top);
  const last = page[page.length - 1];
  const more = start + top < keyed.length;
  const next: PagePosition | undefined =
    more && last !== undefined
      ? {
          lastId: last.item.id,
          values: Object.fromEntries(
            keys.map((k) => [k.target.name, textOf(k.target.read(last.item) ?? '')]),
          ),
        }
      : undefined;
  return { items: page.map((row) => row.item), next };
}

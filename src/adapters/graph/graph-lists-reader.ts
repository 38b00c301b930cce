import { LISTS_MANIFEST } from '../../../manifest/manifest';
import type { ListDefinition } from '../../../manifest/manifest.schema';
import type { PersonRef } from '../../core/shared/person';
import type { AccessTokenProvider } from '../../ports/access-token-provider';
import type {
  ListItemSnapshot,
  ListsReader,
  ListsSnapshot,
  RawFieldValue,
} from '../../ports/lists-reader';
import type { StoreResult } from '../../ports/store.types';
import type { GraphStoreContext } from './graph-context';
import { createGraphHttp } from './graph-http';
import { collectPages, getOne } from './graph-reads';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './graph-retry';
import { ownColumns } from './mappers/list-schema';
import { equalsFilter, expandFields, itemsPath } from './odata';

export type GraphListsReaderOptions = {
  readonly graphBaseUrl: string;
  readonly siteId: string;
  readonly tokens: AccessTokenProvider;
  readonly retry?: Partial<RetryPolicy>;
  readonly pageSize?: number;
};

type GraphIdentity = {
  readonly displayName?: unknown;
  readonly email?: unknown;
  readonly id?: unknown;
};
type GraphItem = {
  readonly id?: unknown;
  readonly createdDateTime?: unknown;
  readonly lastModifiedDateTime?: unknown;
  readonly createdBy?: { readonly user?: GraphIdentity; readonly application?: GraphIdentity };
  readonly lastModifiedBy?: { readonly user?: GraphIdentity; readonly application?: GraphIdentity };
  readonly fields?: Readonly<Record<string, unknown>>;
};

function text(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

function person(set: GraphItem['createdBy']): PersonRef | null {
  const who = set?.user ?? set?.application;
  const displayName = text(who?.displayName);
  if (displayName === null) return null;
  const id = text(who?.id);
  const email = text(who?.email);
  return { displayName, ...(id === null ? {} : { id }), ...(email === null ? {} : { email }) };
}

/** A field as the CSV writes it: scalars as stored, multi-values one a line, else JSON. */
function raw(value: unknown): RawFieldValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return value;
  }
  if (Array.isArray(value))
    return value.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join('\n');
  return JSON.stringify(value);
}

function snapshotOf(item: GraphItem): ListItemSnapshot {
  const fields: Record<string, RawFieldValue> = {};
  for (const [name, value] of Object.entries(item.fields ?? {})) {
    if (!name.startsWith('@odata')) fields[name] = raw(value);
  }
  return {
    id: text(item.id) ?? '',
    fields,
    created: text(item.createdDateTime),
    modified: text(item.lastModifiedDateTime),
    author: person(item.createdBy),
    editor: person(item.lastModifiedBy),
    version: text(item.fields?._UIVersionString),
  };
}

function hasIndexedEntity(list: ListDefinition): boolean {
  return list.columns.some((c) => c.name === 'EntityId' && c.indexed);
}

/**
 * The lists of the manifest as raw items for the CSV export, over Graph: the entity's items of
 * every list with an indexed `EntityId` column (the filter Graph allows on large lists), the
 * individual ratings of the entity's measurements, and the shared dialogue prompts whole. Every
 * page is followed; reads are retried like the store's.
 */
export function createGraphListsReader(options: GraphListsReaderOptions): ListsReader {
  const ctx: GraphStoreContext = {
    http: createGraphHttp({ graphBaseUrl: options.graphBaseUrl, tokens: options.tokens }),
    siteId: options.siteId,
    listSegment: (name) => name,
    policy: { ...DEFAULT_RETRY_POLICY, ...options.retry },
    pageSize: options.pageSize ?? 500,
    newToken: () => crypto.randomUUID(),
  };

  async function readList(
    list: ListDefinition,
    entityId: string,
  ): Promise<StoreResult<ListItemSnapshot[]>> {
    const select = expandFields([...ownColumns(list), '_UIVersionString']);
    const filter = hasIndexedEntity(list)
      ? `&${equalsFilter(list.name, 'EntityId', entityId)}`
      : '';
    const path = `${itemsPath(ctx.siteId, ctx.listSegment(list.name))}?${select}${filter}&$top=${ctx.pageSize}`;
    const first = await getOne(ctx, path, null);
    if (!first.ok) return first;
    const pages = await collectPages(ctx, first.value.body, null);
    if (!pages.ok) return pages;
    return { ok: true, value: (pages.value as GraphItem[]).map(snapshotOf) };
  }

  return {
    async readLists(entityId: string): Promise<StoreResult<ListsSnapshot>> {
      const snapshot: Record<string, readonly ListItemSnapshot[]> = {};
      for (const list of LISTS_MANIFEST.lists) {
        const items = await readList(list, entityId);
        if (!items.ok) return items;
        snapshot[list.name] = items.value;
      }
      // Individual ratings carry no entity: keep those of the entity's measurements.
      const measurements = new Set((snapshot.IntegrityMeasurements ?? []).map((item) => item.id));
      const individual = snapshot.IntegrityIndividualRatings;
      if (individual !== undefined) {
        snapshot.IntegrityIndividualRatings = individual.filter((item) =>
          measurements.has(String(item.fields.MeasurementRef ?? '')),
        );
      }
      return { ok: true, value: snapshot };
    },
  };
}

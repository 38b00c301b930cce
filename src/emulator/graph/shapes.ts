import type { ColumnDefinition } from '../../../manifest/manifest.schema';
import { APP_CLIENT_ID, APP_DISPLAY_NAME, SHAREPOINT_APP_USER_ID } from '../auth/personas';
import type { Db } from '../store/db';
import type {
  FieldValues,
  ItemRecord,
  ItemVersionRecord,
  ListRecord,
  SiteRecord,
} from '../store/model';
import { findSiteUser } from '../store/sites-store';
import { fieldKey } from './field-values';
import { textOf } from './odata-filter';

/** Everything needed to render URLs and people. */
export type ShapeContext = { readonly db: Db; readonly baseUrl: string };

export function siteUrl(ctx: ShapeContext, site: SiteRecord): string {
  return `${ctx.baseUrl}/${site.urlPath}`;
}

export function graphRoot(ctx: ShapeContext): string {
  return `${ctx.baseUrl}/v1.0`;
}

function metadataSite(ctx: ShapeContext, site: SiteRecord): string {
  return `${graphRoot(ctx)}/$metadata#sites('${encodeURIComponent(site.id)}')`;
}

/** An item's eTag: the quoted `"{uniqueId},{version}"` (m365-platform-facts §1.3). */
export function itemETag(item: ItemRecord): string {
  return `"${item.uniqueId},${item.version}"`;
}

/** A list's eTag is unquoted: `{guid},{n}`. */
export function listETag(list: ListRecord): string {
  return `${list.id},${list.version}`;
}

/** `identitySet` of who wrote: a person, or for app-only writes the app beside "SharePoint App". */
export function identitySet(
  ctx: ShapeContext,
  site: SiteRecord,
  userId: number,
): Record<string, unknown> {
  const user = findSiteUser(ctx.db, site.id, userId);
  if (userId === SHAREPOINT_APP_USER_ID) {
    return {
      application: { id: APP_CLIENT_ID, displayName: APP_DISPLAY_NAME },
      user: { displayName: user?.title ?? 'SharePoint App' },
    };
  }
  if (user === undefined) return { user: { displayName: `User ${userId}` } };
  return { user: { email: user.email, id: user.oid, displayName: user.title } };
}

export function siteShape(ctx: ShapeContext, site: SiteRecord): Record<string, unknown> {
  return {
    '@odata.context': `${graphRoot(ctx)}/$metadata#sites/$entity`,
    createdDateTime: site.created,
    description: site.description,
    id: site.id,
    lastModifiedDateTime: site.created,
    name: site.name,
    webUrl: siteUrl(ctx, site),
    displayName: site.displayName,
    root: {},
    siteCollection: { hostname: site.hostname },
  };
}

export function listShape(
  ctx: ShapeContext,
  site: SiteRecord,
  list: ListRecord,
): Record<string, unknown> {
  return {
    '@odata.etag': listETag(list),
    createdDateTime: list.created,
    description: list.description,
    eTag: listETag(list),
    id: list.id,
    lastModifiedDateTime: list.modified,
    name: list.name,
    webUrl: `${siteUrl(ctx, site)}/Lists/${encodeURIComponent(list.name)}`,
    displayName: list.displayName,
    createdBy: identitySet(ctx, site, list.authorId),
    parentReference: { siteId: site.id },
    list: { contentTypesEnabled: false, hidden: false, template: list.template },
  };
}

export function contentTypeId(list: ListRecord): string {
  return `0x0100${list.id.replace(/-/g, '').toUpperCase()}`;
}

function renderValue(column: ColumnDefinition, value: unknown): unknown {
  // Graph returns lookup ids as strings ("AuthorLookupId": "7"), m365-platform-facts §1.3.
  if (column.type === 'person' || column.type === 'lookup') {
    return Array.isArray(value) ? value.map((v: unknown) => ({ LookupId: v })) : textOf(value);
  }
  return value;
}

type FieldSource = {
  readonly id: number;
  readonly fields: FieldValues;
  readonly created: string;
  readonly modified: string;
  readonly authorId: number;
  readonly editorId: number;
  readonly uiVersion: number;
  readonly eTag: string;
};

/**
 * An item's `fields`: user columns (empty ones are left out, as Graph does), then SharePoint's
 * system fields. `select` limits the output to the named fields (plus `@odata.etag`).
 */
export function renderFields(
  columns: readonly ColumnDefinition[],
  source: FieldSource,
  select: readonly string[] | undefined,
): Record<string, unknown> {
  const all: Record<string, unknown> = { '@odata.etag': source.eTag };
  const known = new Set<string>();
  for (const column of columns) {
    const key = fieldKey(column);
    known.add(key);
    const value = source.fields[key];
    if (value !== undefined && value !== null) all[key] = renderValue(column, value);
  }
  // Raw hand edits may hold keys no column declares; SharePoint would not, but show them honestly.
  for (const [key, value] of Object.entries(source.fields)) {
    if (!known.has(key) && value !== null && value !== undefined) all[key] = value;
  }
  const title = typeof source.fields.Title === 'string' ? source.fields.Title : undefined;
  Object.assign(all, {
    id: String(source.id),
    ContentType: 'Item',
    Modified: source.modified,
    Created: source.created,
    AuthorLookupId: String(source.authorId),
    EditorLookupId: String(source.editorId),
    _UIVersionString: `${source.uiVersion}.0`,
    Attachments: false,
    Edit: '',
    ...(title !== undefined ? { LinkTitleNoMenu: title, LinkTitle: title } : {}),
    ItemChildCount: '0',
    FolderChildCount: '0',
    _ComplianceFlags: '',
    _ComplianceTag: '',
    _ComplianceTagWrittenTime: '',
    _ComplianceTagUserId: '',
  });
  if (source.authorId === SHAREPOINT_APP_USER_ID) all.AppAuthorLookupId = String(source.authorId);
  if (source.editorId === SHAREPOINT_APP_USER_ID) all.AppEditorLookupId = String(source.editorId);
  if (select === undefined) return all;
  const picked: Record<string, unknown> = { '@odata.etag': source.eTag };
  for (const name of select) {
    const key = Object.keys(all).find((k) => k.toLowerCase() === name.toLowerCase());
    if (key !== undefined) picked[key] = all[key];
  }
  return picked;
}

export type ItemShapeOptions = {
  readonly expandFields: boolean;
  readonly fieldsSelect: readonly string[] | undefined;
};

export function itemShape(
  ctx: ShapeContext,
  site: SiteRecord,
  list: ListRecord,
  columns: readonly ColumnDefinition[],
  item: ItemRecord,
  options: ItemShapeOptions,
): Record<string, unknown> {
  const eTag = itemETag(item);
  const shape: Record<string, unknown> = {
    '@odata.etag': eTag,
    createdDateTime: item.created,
    eTag,
    id: String(item.id),
    lastModifiedDateTime: item.modified,
    webUrl: `${siteUrl(ctx, site)}/Lists/${encodeURIComponent(list.name)}/${item.id}_.000`,
    createdBy: identitySet(ctx, site, item.authorId),
    lastModifiedBy: identitySet(ctx, site, item.editorId),
    parentReference: { id: list.id, siteId: site.id },
    contentType: { id: contentTypeId(list), name: 'Item' },
  };
  if (options.expandFields) {
    shape['fields@odata.context'] =
      `${metadataSite(ctx, site)}/lists('${list.id}')/items('${item.id}')/fields/$entity`;
    shape.fields = renderFields(columns, { ...item, eTag }, options.fieldsSelect);
  }
  return shape;
}

export function itemsContext(ctx: ShapeContext, site: SiteRecord, list: ListRecord): string {
  return `${metadataSite(ctx, site)}/lists('${list.id}')/items`;
}

/** A `listItemVersion`: id `"3.0"`, who and when, and (expanded) the field values then. */
export function versionShape(
  ctx: ShapeContext,
  site: SiteRecord,
  columns: readonly ColumnDefinition[],
  item: ItemRecord,
  version: ItemVersionRecord,
  withFields: boolean,
): Record<string, unknown> {
  const shape: Record<string, unknown> = {
    id: `${version.uiVersion}.0`,
    lastModifiedBy: identitySet(ctx, site, version.editorId),
    lastModifiedDateTime: version.modified,
  };
  if (withFields) {
    shape.fields = renderFields(
      columns,
      {
        id: item.id,
        fields: version.fields,
        created: item.created,
        modified: version.modified,
        authorId: item.authorId,
        editorId: version.editorId,
        uiVersion: version.uiVersion,
        eTag: `"${item.uniqueId},${version.uiVersion}"`,
      },
      undefined,
    );
  }
  return shape;
}

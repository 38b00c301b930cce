import type { ColumnDefinition } from '../../../manifest/manifest.schema';
import { isoSeconds, type EmulatorContext } from '../context';
import type { EmuRequest, EmuResponse } from '../http/router';
import { createItem, deleteItem, getItem, itemsOfList, updateItem } from '../store/items-store';
import type { FieldValues, ItemRecord, ListRecord, SiteRecord } from '../store/model';
import { findSiteUser } from '../store/sites-store';
import { GraphError, invalidRequest, itemNotFound, nameAlreadyExists } from './errors';
import { requireItemWrite } from './item-access';
import { fieldKey, mergeFields, sameUniqueValue, validateFieldWrite } from './field-values';
import { queryItems } from './items-query';
import { encodeSkipToken, parseFieldsExpansion, queryOption } from './odata-query';
import { columnDefinitions, identityOf, requireList, requireSite, shapeContext } from './scope';
import { graphRoot, itemETag, itemShape, itemsContext, renderFields } from './shapes';
import { graphRoute } from './sites-routes';

export const ITEMS_PATH = '/v1.0/sites/:siteId/lists/:listId/items';

type Scope = {
  readonly site: SiteRecord;
  readonly list: ListRecord;
  readonly columns: ColumnDefinition[];
};

function scope(ctx: EmulatorContext, req: EmuRequest, need: 'read' | 'write'): Scope {
  const site = requireSite(ctx, req.params.siteId ?? '');
  const list = requireList(ctx, site, req.params.listId ?? '', identityOf(req), need);
  return { site, list, columns: columnDefinitions(ctx, list) };
}

export function requireItem(ctx: EmulatorContext, list: ListRecord, rawId: string): ItemRecord {
  if (!/^\d+$/.test(rawId)) throw invalidRequest(`The item id '${rawId}' is not valid.`);
  const item = getItem(ctx.db, list.id, Number(rawId));
  if (item === undefined) throw itemNotFound('The resource could not be found.');
  return item;
}

/**
 * `If-Match` (listitem-update: "If … the eTag provided doesn't match the current eTag on the item,
 * a 412 Precondition Failed response is returned"). `*` matches any version. The message is
 * SharePoint's; clients should key on the status, the code is not documented for lists.
 */
export function checkIfMatch(header: string | undefined, item: ItemRecord): void {
  if (header === undefined) return;
  const value = header.trim().replace(/^W\//, '');
  if (value === '*') return;
  const current = itemETag(item);
  if (value === current || `"${value}"` === current) return;
  throw new GraphError(
    412,
    'preconditionFailed',
    `The request ETag value '${header.trim()}' does not match the object's ETag value '${current}'.`,
  );
}

/** enforceUniqueValues: SharePoint's 409 when another item already holds the value. */
function checkUnique(
  ctx: EmulatorContext,
  list: ListRecord,
  columns: readonly ColumnDefinition[],
  changes: FieldValues,
  selfId: number | undefined,
): void {
  const clashing: string[] = [];
  const others = itemsOfList(ctx.db, list.id).filter((i) => i.id !== selfId);
  for (const column of columns) {
    const key = fieldKey(column);
    const value = changes[key];
    if (!column.enforceUniqueValues || value === undefined || value === null) continue;
    if (others.some((other) => sameUniqueValue(other.fields[key], value)))
      clashing.push(column.name);
  }
  if (clashing.length > 0) {
    throw nameAlreadyExists(
      `The list item could not be added or updated because duplicate values were found in the following field(s) in the list: [${clashing.join(', ')}].`,
    );
  }
}

function writeContext(
  ctx: EmulatorContext,
  site: SiteRecord,
): Parameters<typeof validateFieldWrite>[2] {
  return {
    timeZone: site.timeZone,
    userExists: (id) => findSiteUser(ctx.db, site.id, id) !== undefined,
  };
}

function fieldsResponse(ctx: EmulatorContext, s: Scope, item: ItemRecord): EmuResponse {
  const eTag = itemETag(item);
  return {
    status: 200,
    headers: { ETag: eTag },
    body: {
      '@odata.context': `${itemsContext(shapeContext(ctx), s.site, s.list)}('${item.id}')/fields/$entity`,
      ...renderFields(s.columns, { ...item, eTag }, undefined),
    },
  };
}

function itemResponse(
  ctx: EmulatorContext,
  req: EmuRequest,
  s: Scope,
  item: ItemRecord,
  status: number,
  expandAlways: boolean,
): EmuResponse {
  const expansion = parseFieldsExpansion(req.url);
  const body = itemShape(shapeContext(ctx), s.site, s.list, s.columns, item, {
    expandFields: expandAlways || expansion.expanded,
    fieldsSelect: expansion.select,
  });
  return {
    status,
    headers: { ETag: itemETag(item) },
    body: {
      '@odata.context': `${itemsContext(shapeContext(ctx), s.site, s.list)}/$entity`,
      ...body,
    },
  };
}

/** Applies a client's field changes to an item: If-Match, validation, uniqueness, new version. */
function patchFields(
  ctx: EmulatorContext,
  req: EmuRequest,
  s: Scope,
  item: ItemRecord,
  input: unknown,
): ItemRecord {
  requireItemWrite(ctx.db, s.list, item.id, identityOf(req));
  checkIfMatch(req.headers['if-match'], item);
  const changes = validateFieldWrite(s.columns, input, writeContext(ctx, s.site));
  checkUnique(ctx, s.list, s.columns, changes, item.id);
  return updateItem(ctx.db, s.list, item, mergeFields(item.fields, changes), {
    userId: identityOf(req).profile.siteUserId,
    at: isoSeconds(ctx.now()),
  });
}

/** Projects `$select` on listItem properties (the `fields` facet is chosen by `expand`). */
function selectItemProperties(url: URL, shape: Record<string, unknown>): Record<string, unknown> {
  const select = queryOption(url, 'select');
  if (select === undefined || select.trim() === '') return shape;
  const wanted = new Set(select.split(',').map((s) => s.trim().toLowerCase()));
  const picked: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(shape)) {
    const bare = key.replace(/@odata\.context$/, '').toLowerCase();
    if (
      key === '@odata.etag' ||
      key === 'id' ||
      wanted.has(bare) ||
      (bare === 'fields' && shape.fields !== undefined)
    ) {
      picked[key] = value;
    }
  }
  return picked;
}

/** List items: list/query, create, get, update (`PATCH …/items/{id}` and `…/fields`), delete. */
export function registerItemRoutes(ctx: EmulatorContext): void {
  const { router } = ctx;

  router.add(
    'GET',
    ITEMS_PATH,
    (req) => {
      const s = scope(ctx, req, 'read');
      const page = queryItems(
        itemsOfList(ctx.db, s.list.id),
        s.columns,
        req.url,
        req.headers.prefer,
      );
      const expansion = parseFieldsExpansion(req.url);
      const value = page.items.map((item) =>
        selectItemProperties(
          req.url,
          itemShape(shapeContext(ctx), s.site, s.list, s.columns, item, {
            expandFields: expansion.expanded,
            fieldsSelect: expansion.select,
          }),
        ),
      );
      const body: Record<string, unknown> = {
        '@odata.context': itemsContext(shapeContext(ctx), s.site, s.list),
      };
      if (page.next !== undefined) {
        const next = new URL(`${ctx.baseUrl()}${req.url.pathname}`);
        for (const [name, v] of req.url.searchParams) {
          if (name.replace(/^\$/, '').toLowerCase() !== 'skiptoken')
            next.searchParams.append(name, v);
        }
        next.searchParams.set('$skiptoken', encodeSkipToken(page.next));
        // Graph's nextLinks keep `$` and `,` readable; clients must follow them verbatim.
        body['@odata.nextLink'] = next.toString().replace(/%24/g, '$').replace(/%2C/gi, ',');
      }
      body.value = value;
      return { status: 200, body };
    },
    graphRoute('graph.items'),
  );

  // listitem-create: 201 with the new listItem (fields included).
  router.add(
    'POST',
    ITEMS_PATH,
    (req) => {
      const s = scope(ctx, req, 'write');
      const body = req.body as { fields?: unknown } | undefined;
      if (body === undefined || typeof body !== 'object' || body.fields === undefined) {
        throw invalidRequest('The request body must contain a fields object.');
      }
      const values = validateFieldWrite(s.columns, body.fields, writeContext(ctx, s.site));
      checkUnique(ctx, s.list, s.columns, values, undefined);
      const stored = mergeFields({}, values);
      const item = createItem(ctx.db, s.list.id, stored, {
        userId: identityOf(req).profile.siteUserId,
        at: isoSeconds(ctx.now()),
      });
      const response = itemResponse(ctx, req, s, item, 201, true);
      return {
        ...response,
        headers: {
          ...response.headers,
          Location: `${graphRoot(shapeContext(ctx))}/sites/${s.site.id}/lists/${s.list.id}/items/${item.id}`,
        },
      };
    },
    graphRoute('graph.items'),
  );

  router.add(
    'GET',
    `${ITEMS_PATH}/:itemId`,
    (req) => {
      const s = scope(ctx, req, 'read');
      return itemResponse(
        ctx,
        req,
        s,
        requireItem(ctx, s.list, req.params.itemId ?? ''),
        200,
        false,
      );
    },
    graphRoute('graph.item'),
  );

  router.add(
    'PATCH',
    `${ITEMS_PATH}/:itemId`,
    (req) => {
      const s = scope(ctx, req, 'write');
      const item = requireItem(ctx, s.list, req.params.itemId ?? '');
      const body = (req.body ?? {}) as { fields?: unknown };
      // Only the `fields` facet is writable on a listItem; without it nothing changes.
      if (body.fields === undefined) {
        requireItemWrite(ctx.db, s.list, item.id, identityOf(req));
        checkIfMatch(req.headers['if-match'], item);
        return itemResponse(ctx, req, s, item, 200, true);
      }
      return itemResponse(ctx, req, s, patchFields(ctx, req, s, item, body.fields), 200, true);
    },
    graphRoute('graph.item'),
  );

  router.add(
    'GET',
    `${ITEMS_PATH}/:itemId/fields`,
    (req) => {
      const s = scope(ctx, req, 'read');
      return fieldsResponse(ctx, s, requireItem(ctx, s.list, req.params.itemId ?? ''));
    },
    graphRoute('graph.item'),
  );

  // listitem-update: PATCH …/fields with a flat fieldValueSet → 200 with the fieldValueSet.
  router.add(
    'PATCH',
    `${ITEMS_PATH}/:itemId/fields`,
    (req) => {
      const s = scope(ctx, req, 'write');
      const item = requireItem(ctx, s.list, req.params.itemId ?? '');
      return fieldsResponse(ctx, s, patchFields(ctx, req, s, item, req.body ?? {}));
    },
    graphRoute('graph.item'),
  );

  router.add(
    'DELETE',
    `${ITEMS_PATH}/:itemId`,
    (req) => {
      const s = scope(ctx, req, 'write');
      const item = requireItem(ctx, s.list, req.params.itemId ?? '');
      // A sealed item (unique permissions, Read only) cannot be deleted by anyone it binds.
      requireItemWrite(ctx.db, s.list, item.id, identityOf(req));
      checkIfMatch(req.headers['if-match'], item);
      deleteItem(ctx.db, s.list.id, item.id);
      return { status: 204 };
    },
    graphRoute('graph.item'),
  );
}

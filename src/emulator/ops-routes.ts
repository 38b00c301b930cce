import { HAND_EDIT_USER } from './auth/personas';
import { isoSeconds, type EmulatorContext } from './context';
import type { FaultConfig } from './faults';
import { invalidRequest, itemNotFound } from './graph/errors';
import { mergeFields } from './graph/field-values';
import { requireItem } from './graph/items-routes';
import { columnDefinitions, shapeContext } from './graph/scope';
import { itemShape } from './graph/shapes';
import type { EmuRequest, RouteOptions } from './http/router';
import { createItem, updateItem } from './store/items-store';
import { findList, listsOfSite } from './store/lists-store';
import type { FieldValues, ListRecord, SiteRecord } from './store/model';
import { allSites } from './store/sites-store';

const OPS_ROUTE: RouteOptions = {
  kind: 'emulator',
  auth: 'none',
  errors: 'graph',
  faultable: false,
};

function defaultSite(ctx: EmulatorContext): SiteRecord {
  const site = allSites(ctx.db)[0];
  if (site === undefined) throw itemNotFound('The emulator has no site.');
  return site;
}

function rawList(ctx: EmulatorContext, site: SiteRecord, name: string): ListRecord {
  const list = findList(ctx.db, site.id, name);
  if (list === undefined) throw itemNotFound(`List '${name}' does not exist.`);
  return list;
}

/** Raw writes take the field values as they are: `{ "fields": {…} }` or the flat object. */
function rawFields(req: EmuRequest): FieldValues {
  const body = req.body;
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw invalidRequest('The body must be a JSON object of field values.');
  }
  const record = body as Record<string, unknown>;
  const inner = record.fields;
  if (
    Object.keys(record).length === 1 &&
    inner !== null &&
    typeof inner === 'object' &&
    !Array.isArray(inner)
  ) {
    return inner as FieldValues;
  }
  return record;
}

function rawItemBody(
  ctx: EmulatorContext,
  site: SiteRecord,
  list: ListRecord,
  item: Parameters<typeof itemShape>[4],
): unknown {
  return itemShape(shapeContext(ctx), site, list, columnDefinitions(ctx, list), item, {
    expandFields: true,
    fieldsSelect: undefined,
  });
}

/**
 * Test and operations endpoints (no token): reset, raw "hand edits" that bypass validation and
 * are recorded as "SharePoint UI (hand edit)" (they still add a version, as any edit in
 * SharePoint's UI does), request statistics, runtime fault settings and health.
 */
export function registerOpsRoutes(ctx: EmulatorContext): void {
  const { router } = ctx;

  router.add(
    'POST',
    '/_emulator/reset',
    () => {
      ctx.reseed();
      return { status: 200, body: { reset: true } };
    },
    OPS_ROUTE,
  );

  router.add(
    'POST',
    '/_emulator/raw/:listName',
    (req) => {
      const site = defaultSite(ctx);
      const list = rawList(ctx, site, req.params.listName ?? '');
      const item = createItem(ctx.db, list.id, mergeFields({}, rawFields(req)), {
        userId: HAND_EDIT_USER.id,
        at: isoSeconds(ctx.now()),
      });
      return { status: 201, body: rawItemBody(ctx, site, list, item) };
    },
    OPS_ROUTE,
  );

  router.add(
    'PATCH',
    '/_emulator/raw/:listName/:itemId',
    (req) => {
      const site = defaultSite(ctx);
      const list = rawList(ctx, site, req.params.listName ?? '');
      const item = requireItem(ctx, list, req.params.itemId ?? '');
      const updated = updateItem(ctx.db, list, item, mergeFields(item.fields, rawFields(req)), {
        userId: HAND_EDIT_USER.id,
        at: isoSeconds(ctx.now()),
      });
      return { status: 200, body: rawItemBody(ctx, site, list, updated) };
    },
    OPS_ROUTE,
  );

  router.add(
    'GET',
    '/_emulator/stats',
    () => ({ status: 200, body: ctx.stats.snapshot() }),
    OPS_ROUTE,
  );

  router.add(
    'POST',
    '/_emulator/stats/reset',
    () => {
      ctx.stats.reset();
      return { status: 204 };
    },
    OPS_ROUTE,
  );

  router.add(
    'GET',
    '/_emulator/faults',
    () => ({ status: 200, body: { faults: ctx.faults.current() } }),
    OPS_ROUTE,
  );

  // Lets an e2e test in another process switch faults on and off (`null` turns them off).
  router.add(
    'PUT',
    '/_emulator/faults',
    (req) => {
      const body = req.body as { faults?: FaultConfig | null } | undefined;
      if (body === undefined || !('faults' in body))
        throw invalidRequest('Send { "faults": {…} | null }.');
      try {
        ctx.faults.set(body.faults ?? null);
      } catch (error) {
        throw invalidRequest(error instanceof Error ? error.message : String(error));
      }
      return { status: 200, body: { faults: ctx.faults.current() } };
    },
    OPS_ROUTE,
  );

  router.add(
    'GET',
    '/_emulator/health',
    () => {
      const site = allSites(ctx.db)[0];
      return {
        status: 200,
        body: {
          status: 'ok',
          url: ctx.baseUrl(),
          graphBaseUrl: `${ctx.baseUrl()}/v1.0`,
          siteId: site?.id ?? null,
          siteUrl: site === undefined ? null : `${ctx.baseUrl()}/${site.urlPath}`,
          groupId: site?.groupId ?? null,
          lists: site === undefined ? 0 : listsOfSite(ctx.db, site.id).length,
          faults: ctx.faults.current(),
        },
      };
    },
    OPS_ROUTE,
  );
}

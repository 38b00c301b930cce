import { accessTo, canManageSite } from '../auth/permissions';
import { isoSeconds, type EmulatorContext } from '../context';
import type { EmuRequest } from '../http/router';
import { createListFromApi } from '../store/list-factory';
import {
  columnsOfList,
  findList,
  findListByTitle,
  getListById,
  insertColumn,
  listsOfSite,
  updateList,
} from '../store/lists-store';
import type { ListRecord, SiteRecord } from '../store/model';
import { fromGraphColumn, systemGraphColumns, toGraphColumn } from './column-definitions';
import { accessDenied, invalidRequest, nameAlreadyExists } from './errors';
import { queryOption } from './odata-query';
import { identityOf, requireList, requireSite, shapeContext } from './scope';
import { graphRoot, listShape } from './shapes';
import { graphRoute } from './sites-routes';

function asObject(body: unknown): Record<string, unknown> {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw invalidRequest('The request body must be a JSON object.');
  }
  return body as Record<string, unknown>;
}

function columnsPayload(
  ctx: EmulatorContext,
  site: SiteRecord,
  list: ListRecord,
): Record<string, unknown>[] {
  const idOf = (name: string): string => findList(ctx.db, site.id, name)?.id ?? '';
  return [
    ...columnsOfList(ctx.db, list.id).map((c) => toGraphColumn(c, idOf)),
    ...systemGraphColumns(list.id),
  ];
}

function listWithExpansions(
  ctx: EmulatorContext,
  req: EmuRequest,
  site: SiteRecord,
  list: ListRecord,
): Record<string, unknown> {
  const shape = listShape(shapeContext(ctx), site, list);
  const expand = queryOption(req.url, 'expand') ?? '';
  if (/(^|,)\s*columns\b/i.test(expand)) shape.columns = columnsPayload(ctx, site, list);
  return shape;
}

/** Lists and columns: `GET/POST /sites/{id}/lists`, `GET /lists/{id}`, `GET/POST …/columns`. */
export function registerListRoutes(ctx: EmulatorContext): void {
  const { router } = ctx;
  const root = '/v1.0/sites/:siteId/lists';

  router.add(
    'GET',
    root,
    (req) => {
      const site = requireSite(ctx, req.params.siteId ?? '');
      const identity = identityOf(req);
      const visible = listsOfSite(ctx.db, site.id).filter((l) => accessTo(l, identity).read);
      return {
        status: 200,
        body: {
          '@odata.context': `${graphRoot(shapeContext(ctx))}/$metadata#sites('${encodeURIComponent(site.id)}')/lists`,
          value: visible.map((l) => listWithExpansions(ctx, req, site, l)),
        },
      };
    },
    graphRoute('graph.lists'),
  );

  // list-create.md: 201 with the list; Sites.Manage.All. Columns come from the body.
  router.add(
    'POST',
    root,
    (req) => {
      const site = requireSite(ctx, req.params.siteId ?? '');
      const identity = identityOf(req);
      if (!canManageSite(identity)) throw accessDenied();
      const body = asObject(req.body);
      if (typeof body.displayName !== 'string' || body.displayName.trim() === '') {
        throw invalidRequest('A list needs a displayName.');
      }
      const displayName = body.displayName;
      // List titles are unique within a site.
      if (findListByTitle(ctx.db, site.id, displayName) !== undefined) {
        throw nameAlreadyExists(
          `A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.`,
        );
      }
      const listFacet = body.list !== undefined ? asObject(body.list) : {};
      const template = typeof listFacet.template === 'string' ? listFacet.template : 'genericList';
      const rawColumns = Array.isArray(body.columns) ? (body.columns as unknown[]) : [];
      const columns = rawColumns.map((c) =>
        fromGraphColumn(c, (id) => getListById(ctx.db, id)?.name),
      );
      const list = createListFromApi(
        ctx.db,
        site,
        {
          title: displayName,
          description: typeof body.description === 'string' ? body.description : '',
          template,
          columns,
        },
        isoSeconds(ctx.now()),
        identity.profile.siteUserId,
      );
      const shape = listShape(shapeContext(ctx), site, list);
      return {
        status: 201,
        headers: { Location: `${graphRoot(shapeContext(ctx))}/sites/${site.id}/lists/${list.id}` },
        body: {
          '@odata.context': `${graphRoot(shapeContext(ctx))}/$metadata#sites('${encodeURIComponent(site.id)}')/lists/$entity`,
          ...shape,
        },
      };
    },
    graphRoute('graph.lists'),
  );

  router.add(
    'GET',
    `${root}/:listId`,
    (req) => {
      const site = requireSite(ctx, req.params.siteId ?? '');
      const list = requireList(ctx, site, req.params.listId ?? '', identityOf(req), 'read');
      return { status: 200, body: listWithExpansions(ctx, req, site, list) };
    },
    graphRoute('graph.list'),
  );

  router.add(
    'GET',
    `${root}/:listId/columns`,
    (req) => {
      const site = requireSite(ctx, req.params.siteId ?? '');
      const list = requireList(ctx, site, req.params.listId ?? '', identityOf(req), 'read');
      return {
        status: 200,
        body: {
          '@odata.context': `${graphRoot(shapeContext(ctx))}/$metadata#sites('${encodeURIComponent(site.id)}')/lists('${list.id}')/columns`,
          value: columnsPayload(ctx, site, list),
        },
      };
    },
    graphRoute('graph.columns'),
  );

  router.add(
    'POST',
    `${root}/:listId/columns`,
    (req) => {
      const site = requireSite(ctx, req.params.siteId ?? '');
      const identity = identityOf(req);
      const list = requireList(ctx, site, req.params.listId ?? '', identity, 'read');
      if (!canManageSite(identity)) throw accessDenied();
      const definition = fromGraphColumn(req.body, (id) => getListById(ctx.db, id)?.name);
      if (
        columnsOfList(ctx.db, list.id).some(
          (c) => c.name.toLowerCase() === definition.name.toLowerCase(),
        )
      ) {
        throw nameAlreadyExists(`A duplicate field name "${definition.name}" was found.`);
      }
      const column = insertColumn(ctx.db, list.id, definition);
      updateList(ctx.db, list.id, { modified: isoSeconds(ctx.now()) });
      const idOf = (name: string): string => findList(ctx.db, site.id, name)?.id ?? '';
      return { status: 201, body: toGraphColumn(column, idOf) };
    },
    graphRoute('graph.columns'),
  );
}

import type { EmulatorContext } from '../context';
import type { RouteOptions } from '../http/router';
import { findSiteByGroup, findSiteByPath } from '../store/sites-store';
import { itemNotFound } from './errors';
import { requireSite, shapeContext } from './scope';
import { siteShape } from './shapes';

export function graphRoute(kind: string): RouteOptions {
  return { kind, auth: 'graph', errors: 'graph', faultable: true };
}

/** `GET /sites/{id}`, `GET /groups/{groupId}/sites/root` and `GET /sites/{host}:/{path}`. */
export function registerSiteRoutes(ctx: EmulatorContext): void {
  const { router } = ctx;

  router.add(
    'GET',
    '/v1.0/groups/:groupId/sites/root',
    (req) => {
      const site = findSiteByGroup(ctx.db, req.params.groupId ?? '');
      if (site === undefined) throw itemNotFound('Requested site could not be found');
      return { status: 200, body: siteShape(shapeContext(ctx), site) };
    },
    graphRoute('graph.site'),
  );

  router.add(
    'GET',
    '/v1.0/sites/:siteId',
    (req) => {
      const siteId = req.params.siteId ?? '';
      // `sites/{hostname}:` followed by a server-relative path is handled below.
      if (siteId.endsWith(':')) throw itemNotFound('Requested site could not be found');
      return { status: 200, body: siteShape(shapeContext(ctx), requireSite(ctx, siteId)) };
    },
    graphRoute('graph.site'),
  );

  // Site by path: `GET /sites/localhost:/sites/pz-demo` (the trailing `:` form is accepted too).
  router.add(
    'GET',
    '/v1.0/sites/*rest',
    (req) => {
      const match = /^([^/]+):\/(.+?):?$/.exec(decodeURIComponent(req.params.rest ?? ''));
      const site = match?.[2] === undefined ? undefined : findSiteByPath(ctx.db, match[2]);
      if (site === undefined) throw itemNotFound('Requested site could not be found');
      return { status: 200, body: siteShape(shapeContext(ctx), site) };
    },
    graphRoute('graph.site'),
  );
}

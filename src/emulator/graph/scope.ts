import type { ColumnDefinition } from '../../../manifest/manifest.schema';
import { accessTo } from '../auth/permissions';
import type { Identity } from '../auth/tokens';
import type { EmulatorContext } from '../context';
import type { EmuRequest } from '../http/router';
import { columnsOfList, findList } from '../store/lists-store';
import type { ListRecord, SiteRecord } from '../store/model';
import { allSites, findSiteById } from '../store/sites-store';
import { accessDenied, itemNotFound } from './errors';
import type { ShapeContext } from './shapes';

export function shapeContext(ctx: EmulatorContext): ShapeContext {
  return { db: ctx.db, baseUrl: ctx.baseUrl() };
}

export function identityOf(req: EmuRequest): Identity {
  if (req.identity === null) throw new Error(`route ${req.url.pathname} has no identity`);
  return req.identity;
}

/** `sites/{composite-id}`, or `sites/root` (the emulator's first site stands in for the root). */
export function requireSite(ctx: EmulatorContext, siteId: string): SiteRecord {
  const site = siteId.toLowerCase() === 'root' ? allSites(ctx.db)[0] : findSiteById(ctx.db, siteId);
  if (site === undefined) throw itemNotFound('Requested site could not be found');
  return site;
}

/** Resolves `lists/{list-id | name | title}` and checks the caller may at least read it. */
export function requireList(
  ctx: EmulatorContext,
  site: SiteRecord,
  ref: string,
  identity: Identity,
  need: 'read' | 'write',
): ListRecord {
  const list = findList(ctx.db, site.id, ref);
  if (list === undefined)
    throw itemNotFound(
      `List '${ref}' does not exist at site with URL '${ctx.baseUrl()}/${site.urlPath}'.`,
    );
  const access = accessTo(list, identity);
  if (!access.read || (need === 'write' && !access.write)) throw accessDenied();
  return list;
}

export function columnDefinitions(ctx: EmulatorContext, list: ListRecord): ColumnDefinition[] {
  return columnsOfList(ctx.db, list.id).map((c) => c.definition);
}

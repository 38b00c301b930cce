import { ok, type Result } from '../../core/shared/result';
import type { GraphHttp } from '../graph/graph-http';

/**
 * Which SharePoint site holds the entity's lists: the emulator's root site (local mode), the
 * team's group site (`GET /groups/{id}/sites/root`), or a site named by URL in the tab's config.
 */
export type SiteLocator =
  | { readonly kind: 'root' }
  | { readonly kind: 'group'; readonly groupId: string }
  | { readonly kind: 'url'; readonly url: string };

export type LocatedSite = { readonly id: string; readonly webUrl: string };

export type SiteLookupError =
  /** 401/403/404: the app has no Sites.Selected grant on the site (or it does not exist). */
  | { readonly kind: 'not-granted'; readonly status: number }
  | { readonly kind: 'failed'; readonly status: number };

function pathOf(locator: SiteLocator): string {
  switch (locator.kind) {
    case 'root':
      return '/sites/root';
    case 'group':
      return `/groups/${encodeURIComponent(locator.groupId)}/sites/root`;
    case 'url': {
      const url = new URL(locator.url);
      return `/sites/${url.hostname}:${url.pathname.replace(/\/+$/, '')}`;
    }
  }
}

/**
 * A "not granted" failure's details: the site's address when known, and `site` (`known` or
 * `unknown`) for the message's ICU select.
 */
export function notGrantedDetails(siteUrl: string | null): { siteUrl: string; site: string } {
  return siteUrl === null || siteUrl === ''
    ? { siteUrl: '', site: 'unknown' }
    : { siteUrl, site: 'known' };
}

/** The site's web address for messages, when known before asking Graph. */
export function knownSiteUrl(locator: SiteLocator): string | null {
  return locator.kind === 'url' ? locator.url : null;
}

/**
 * Finds the site's composite id and web address. With `Sites.Selected`, Graph answers 403 (or
 * 404, hiding the site) until an admin grants the app on it: both mean "not granted" here.
 */
export async function locateSite(
  http: GraphHttp,
  locator: SiteLocator,
): Promise<Result<LocatedSite, SiteLookupError>> {
  const response = await http.send({ method: 'GET', path: `${pathOf(locator)}?$select=id,webUrl` });
  if (response.status === 401 || response.status === 403 || response.status === 404) {
    return { ok: false, error: { kind: 'not-granted', status: response.status } };
  }
  if (response.status !== 200)
    return { ok: false, error: { kind: 'failed', status: response.status } };
  const body = response.body as { id?: unknown; webUrl?: unknown };
  if (typeof body.id !== 'string' || typeof body.webUrl !== 'string') {
    return { ok: false, error: { kind: 'failed', status: response.status } };
  }
  return ok({ id: body.id, webUrl: body.webUrl });
}

import { LISTS_MANIFEST } from '../../../manifest/manifest';
import { err, ok, type Result } from '../../core/shared/result';
import type { AccessTokenProvider } from '../../ports/access-token-provider';
import type {
  ListProvisioner,
  ProvisionError,
  ProvisionProgress,
} from '../../ports/list-provisioner';
import { createGraphHttp } from '../graph/graph-http';
import { locateSite, type LocatedSite, type SiteLocator } from './site-locator';

export type SharePointListProvisionerOptions = {
  readonly graphBaseUrl: string;
  readonly site: SiteLocator;
  readonly graphTokens: AccessTokenProvider;
  readonly sharePointTokens: (siteUrl: string) => AccessTokenProvider;
};

/** The HTTP status inside a provisioning fault (Graph's message, or PnPjs's HttpRequestError). */
function statusOf(fault: unknown): number {
  if (typeof fault === 'object' && fault !== null && 'status' in fault) {
    const { status } = fault;
    if (typeof status === 'number') return status;
  }
  const match = /answered (\d{3})/.exec(fault instanceof Error ? fault.message : '');
  return match?.[1] === undefined ? 0 : Number(match[1]);
}

/**
 * The wizard's provisioning: `provisionLists` (Graph for lists and columns, PnPjs over SharePoint
 * REST for versioning and permissions) with the signed-in owner's delegated tokens. It runs in
 * the browser: PnPjs' SPBrowser behaviour is fetch-based, and SharePoint Online accepts bearer
 * tokens from a single-page app. PnPjs is loaded only when someone sets up.
 */
export function createSharePointListProvisioner(
  options: SharePointListProvisionerOptions,
): ListProvisioner {
  const http = createGraphHttp({ graphBaseUrl: options.graphBaseUrl, tokens: options.graphTokens });

  async function site(): Promise<Result<LocatedSite, ProvisionError>> {
    const found = await locateSite(http, options.site);
    if (found.ok) return found;
    return found.error.kind === 'not-granted'
      ? err('SETUP.NOT_ALLOWED', { status: found.error.status })
      : err('SETUP.PROVISION_FAILED', { status: found.error.status });
  }

  async function existingLists(siteId: string): Promise<Result<Set<string>, ProvisionError>> {
    const response = await http.send({
      method: 'GET',
      path: `/sites/${siteId}/lists?$select=id,name`,
    });
    if (response.status === 401 || response.status === 403) {
      return err('SETUP.NOT_ALLOWED', { status: response.status });
    }
    if (response.status !== 200) return err('SETUP.PROVISION_FAILED', { status: response.status });
    const value = (response.body as { value?: { name?: unknown }[] }).value ?? [];
    return ok(new Set(value.flatMap((l) => (typeof l.name === 'string' ? [l.name] : []))));
  }

  return {
    async missingLists() {
      const found = await site();
      if (!found.ok) return found;
      const have = await existingLists(found.value.id);
      if (!have.ok) return have;
      return ok(LISTS_MANIFEST.lists.map((l) => l.name).filter((name) => !have.value.has(name)));
    },

    async provision(onProgress: (progress: ProvisionProgress) => void) {
      const found = await site();
      if (!found.ok) return found;
      const have = await existingLists(found.value.id);
      if (!have.ok) return have;
      // Per list: the list, its versioning and permissions; a list that exists also its columns.
      const total = LISTS_MANIFEST.lists.reduce(
        (sum, l) => sum + (have.value.has(l.name) ? 4 : 3),
        0,
      );
      let done = 0;
      const { provisionLists } = await import('../sharepoint/provision-lists');
      try {
        await provisionLists({
          graphBaseUrl: options.graphBaseUrl,
          siteId: found.value.id,
          siteUrl: found.value.webUrl,
          graphTokens: options.graphTokens,
          sharePointTokens: options.sharePointTokens(found.value.webUrl),
          onProgress: (step) => {
            done++;
            onProgress({ step: step.step, list: step.list, status: step.status, done, total });
          },
        });
      } catch (fault: unknown) {
        const status = statusOf(fault);
        // Refusals are the person's or the grant's; anything else is reported with its status.
        if (status === 401 || status === 403) return err('SETUP.NOT_ALLOWED', { status });
        console.error('Provisioning the lists failed.', fault);
        return err('SETUP.PROVISION_FAILED', { status });
      }
      return ok(undefined);
    },
  };
}

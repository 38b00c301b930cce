import { err, ok, type Result } from '../../core/shared/result';
import type { AccessTokenProvider } from '../../ports/access-token-provider';
import type {
  BotInstallation,
  SiteAccess,
  TeamChannel,
  TeamSetup,
  TeamSetupError,
} from '../../ports/team-setup';
import { createGraphHttp, type GraphHttp } from '../graph/graph-http';
import {
  knownSiteUrl,
  locateSite,
  notGrantedDetails,
  type LocatedSite,
  type SiteLocator,
} from './site-locator';

export type GraphTeamSetupOptions = {
  readonly graphBaseUrl: string;
  readonly site: SiteLocator;
  /** The team's Microsoft 365 group id (its Graph team id); null outside a team. */
  readonly groupId: string | null;
  /** The app's id in the org's app catalogue (`teamsApp.id`), for installing it in the team. */
  readonly catalogAppId: string | null;
  readonly tokens: {
    /** Graph, for the site (Sites.Selected). */
    readonly graph: AccessTokenProvider;
    /** SharePoint REST of the site's host (its own audience in a tenant). */
    readonly sharePoint: (siteUrl: string) => AccessTokenProvider;
    /** Graph, for the team's channels (Channel.ReadBasic.All). */
    readonly channels: AccessTokenProvider;
    /** Graph, for the app's installation (TeamsAppInstallation.ReadWriteSelfForTeam). */
    readonly apps: AccessTokenProvider;
  };
  readonly fetch?: (input: string, init: RequestInit) => Promise<Response>;
};

/** SP.PermissionKind.ManagePermissions (25): bit 24 of the low half of SP.BasePermissions. */
const MANAGE_PERMISSIONS_LOW = 0x1000000;

function failed(status: number): Result<never, TeamSetupError> {
  return err('SETUP.REQUEST_FAILED', { status });
}

/**
 * The set-up wizard's team-level calls over Graph and SharePoint REST. Every "you may not" answer
 * is a result the wizard explains; only a missing response (network) is thrown.
 */
export function createGraphTeamSetup(options: GraphTeamSetupOptions): TeamSetup {
  const graph = createGraphHttp({
    graphBaseUrl: options.graphBaseUrl,
    tokens: options.tokens.graph,
  });
  const channels = createGraphHttp({
    graphBaseUrl: options.graphBaseUrl,
    tokens: options.tokens.channels,
  });
  const apps = createGraphHttp({ graphBaseUrl: options.graphBaseUrl, tokens: options.tokens.apps });
  const send = options.fetch ?? ((input, init): Promise<Response> => globalThis.fetch(input, init));
  let site: Promise<Result<LocatedSite, TeamSetupError>> | null = null;

  function locate(): Promise<Result<LocatedSite, TeamSetupError>> {
    site ??= locateSite(graph, options.site).then((found) => {
      if (found.ok) return found;
      site = null;
      return found.error.kind === 'not-granted'
        ? err('SETUP.SITE_NOT_GRANTED', notGrantedDetails(knownSiteUrl(options.site)))
        : failed(found.error.status);
    });
    return site;
  }

  function team(): Result<string, TeamSetupError> {
    return options.groupId === null ? err('SETUP.NO_TEAM') : ok(options.groupId);
  }

  async function teamCall<T>(
    http: GraphHttp,
    method: 'GET' | 'POST',
    path: string,
    read: (status: number, body: unknown) => Result<T, TeamSetupError>,
    body?: unknown,
  ): Promise<Result<T, TeamSetupError>> {
    const response = await http.send({
      method,
      path,
      ...(body === undefined ? {} : { headers: { 'Content-Type': 'application/json' }, body }),
    });
    if (response.status === 401 || response.status === 403) return err('SETUP.NOT_ALLOWED');
    return read(response.status, response.body);
  }

  return {
    async siteAccess(): Promise<Result<SiteAccess, TeamSetupError>> {
      const found = await locate();
      if (!found.ok) return found;
      const { webUrl } = found.value;
      const token = await options.tokens.sharePoint(webUrl).getToken();
      const response = await send(`${webUrl}/_api/web/EffectiveBasePermissions`, {
        headers: { Accept: 'application/json;odata=nometadata', Authorization: `Bearer ${token}` },
      });
      if (response.status === 401 || response.status === 403) {
        return err('SETUP.SITE_NOT_GRANTED', notGrantedDetails(webUrl));
      }
      if (!response.ok) return failed(response.status);
      const body = (await response.json()) as {
        Low?: unknown;
        d?: { EffectiveBasePermissions?: { Low?: unknown } };
      };
      const low = Number(body.Low ?? body.d?.EffectiveBasePermissions?.Low ?? 0);
      // Setting up breaks list permission inheritance: only a site owner (Full Control) can.
      const role = (low & MANAGE_PERMISSIONS_LOW) !== 0 ? 'owner' : 'reader';
      return ok({ role, siteUrl: webUrl });
    },

    async listChannels(): Promise<Result<readonly TeamChannel[], TeamSetupError>> {
      const groupId = team();
      if (!groupId.ok) return groupId;
      return teamCall(
        channels,
        'GET',
        `/teams/${encodeURIComponent(groupId.value)}/channels?$select=id,displayName`,
        (status, body) => {
          if (status !== 200) return failed(status);
          const value = (body as { value?: unknown }).value;
          const list = Array.isArray(value)
            ? (value as { id?: unknown; displayName?: unknown }[])
            : [];
          return ok(
            list.flatMap((c) =>
              typeof c.id === 'string' && typeof c.displayName === 'string'
                ? [{ id: c.id, displayName: c.displayName }]
                : [],
            ),
          );
        },
      );
    },

    async botInstallation(): Promise<Result<BotInstallation, TeamSetupError>> {
      const groupId = team();
      if (!groupId.ok) return groupId;
      if (options.catalogAppId === null) return err('SETUP.NO_APP_ID');
      const filter = encodeURIComponent(`teamsApp/id eq '${options.catalogAppId}'`);
      return teamCall(
        apps,
        'GET',
        `/teams/${encodeURIComponent(groupId.value)}/installedApps?$expand=teamsApp&$filter=${filter}`,
        (status, body) => {
          if (status !== 200) return failed(status);
          const value = (body as { value?: unknown }).value;
          return ok(Array.isArray(value) && value.length > 0 ? 'installed' : 'missing');
        },
      );
    },

    async installBot(): Promise<Result<void, TeamSetupError>> {
      const groupId = team();
      if (!groupId.ok) return groupId;
      if (options.catalogAppId === null) return err('SETUP.NO_APP_ID');
      return teamCall(
        apps,
        'POST',
        `/teams/${encodeURIComponent(groupId.value)}/installedApps`,
        // 409: someone installed it meanwhile, which is what was wanted.
        (status) =>
          status === 201 || status === 200 || status === 409 ? ok(undefined) : failed(status),
        {
          'teamsApp@odata.bind': `${graph.graphBaseUrl}/appCatalogs/teamsApps/${encodeURIComponent(options.catalogAppId)}`,
        },
      );
    },
  };
}

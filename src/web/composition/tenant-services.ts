import type { MsalClientLike } from '../../adapters/auth/msal-client';
import { hostRecommendsNaa } from '../../adapters/auth/naa-recommended';
import type { MsalTokenProvider } from '../../adapters/auth/msal-token-provider';
import {
  knownSiteUrl,
  locateSite,
  notGrantedDetails,
  type SiteLocator,
} from '../../adapters/setup/site-locator';
import { err, ok, type Result } from '../../core/shared/result';
import type { AccessTokenProvider } from '../../ports/access-token-provider';
import type { HostContext, HostPort } from '../../ports/host-context';
import type {
  AccountSignIn,
  SignedInUser,
  SignInError,
  TabData,
  TabDataError,
  TabServices,
} from '../providers/tab-services';
import { resolveEntityId } from './resolve-entity';
import { recordPorts } from './record-ports';
import { createSetupServices } from './setup-services';
import type { TabConfig } from './tab-config';

type TenantConfig = Extract<TabConfig, { mode: 'tenant' }>;

export type TenantServicesInput = {
  readonly config: TenantConfig;
  readonly host: HostPort;
  readonly hostContext: HostContext;
  readonly now: () => Date;
  /** The MSAL client; by default the real one for the flow the host recommends. */
  readonly msalClient?: () => Promise<MsalClientLike>;
  /** teams-js `nestedAppAuth.isNAAChannelRecommended`; by default read from teams-js. */
  readonly isNaaRecommended?: () => boolean;
};

/**
 * Least-privilege delegated scopes, asked when first needed (incremental consent): the site's
 * lists always; the team's channels and the app's installation only in the set-up wizard. The
 * tab's effective rights are the intersection of the app's Sites.Selected grant on the site and
 * the person's own SharePoint rights (owners write, members read).
 */
export const TENANT_SCOPES = {
  graph: ['https://graph.microsoft.com/Sites.Selected'],
  channels: ['https://graph.microsoft.com/Channel.ReadBasic.All'],
  apps: ['https://graph.microsoft.com/TeamsAppInstallation.ReadWriteSelfForTeam'],
  /** SharePoint REST is its own resource: the site's host, e.g. contoso.sharepoint.com. */
  sharePoint: (siteUrl: string): string[] => [`${new URL(siteUrl).origin}/Sites.Selected`],
} as const;

/** A code from the team's name ("PZ Demo" → "pz-demo") for a team whose settings are not saved yet. */
function fallbackEntity(hostContext: HostContext): string {
  const code = (hostContext.team?.displayName ?? '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return code === '' ? 'integrity' : code;
}

/**
 * Where the team's site is, most explicit first: the URL an admin built the tab with, then the
 * site Teams names in the tab's context, read by URL (`GET /sites/{hostname}:/{path}`, which the
 * site's `Sites.Selected` grant covers), and only then the group's site
 * (`GET /groups/{id}/sites/root`), which Graph documents under `Sites.Read.All` or a group scope
 * the tab does not ask for: with `Sites.Selected` alone it may be refused on a granted site.
 */
function siteOf(config: TenantConfig, hostContext: HostContext): SiteLocator | null {
  if (config.siteUrl !== null) return { kind: 'url', url: config.siteUrl };
  const team = hostContext.team;
  if (team === null) return null;
  return team.siteUrl === null
    ? { kind: 'group', groupId: team.groupId }
    : { kind: 'url', url: team.siteUrl };
}

async function defaultMsalClient(config: TenantConfig, isNaaRecommended: () => boolean) {
  const { chooseMsalFlow, createMsalClient } = await import('../../adapters/auth/msal-client');
  return createMsalClient({
    clientId: config.clientId,
    tenantId: config.tenantId,
    redirectUri: config.redirectUri,
    flow: chooseMsalFlow(isNaaRecommended),
  });
}

function toUser(user: { displayName: string; email: string }): SignedInUser {
  return {
    displayName: user.displayName,
    email: user.email === '' ? null : user.email,
    persona: null,
  };
}

/**
 * Tenant mode's services: MSAL sign-in (nested app authentication in Teams, a popup elsewhere),
 * the Graph store on the team's site (https://graph.microsoft.com/v1.0), the entity from the
 * team's settings, and the set-up wizard's ports. MSAL and the Graph client load on first use.
 */
export function createTenantServices(input: TenantServicesInput): TabServices {
  const { config, host, hostContext, now } = input;
  const site = siteOf(config, hostContext);
  const groupId = hostContext.team?.groupId ?? null;

  let provider: Promise<MsalTokenProvider> | null = null;
  const tokens = (): Promise<MsalTokenProvider> =>
    (provider ??= import('../../adapters/auth/msal-token-provider').then(
      ({ createMsalTokenProvider }) =>
        createMsalTokenProvider({
          client:
            input.msalClient ??
            (() => defaultMsalClient(config, input.isNaaRecommended ?? hostRecommendsNaa)),
          scopes: TENANT_SCOPES.graph,
          loginHint: hostContext.user.loginHint ?? null,
          tenantId: config.tenantId === 'organizations' ? null : config.tenantId,
        }),
    ));
  const scoped = (scopes: readonly string[]): AccessTokenProvider => ({
    getToken: async () => (await tokens()).withScopes(scopes).getToken(),
  });
  const graphTokens: AccessTokenProvider = { getToken: async () => (await tokens()).getToken() };
  let signedIn = false;

  const adopt = (
    result: Result<{ displayName: string; email: string }, SignInError>,
  ): Result<SignedInUser, SignInError> => {
    signedIn = result.ok;
    return result.ok ? ok(toUser(result.value)) : result;
  };
  const signIn: AccountSignIn = {
    kind: 'account',
    signInSilently: async () => adopt(await (await tokens()).signInSilently()),
    signIn: async () => adopt(await (await tokens()).signInInteractively()),
    signOut: () => {
      signedIn = false;
      pending = null;
      void tokens().then((p) => {
        p.signOut();
      });
    },
  };

  let pending: Promise<Result<TabData, TabDataError>> | null = null;
  const load = async (): Promise<Result<TabData, TabDataError>> => {
    if (!signedIn) return err('DATA.NOT_SIGNED_IN');
    if (site === null) return err('DATA.SITE_UNREACHABLE', { status: 0 });
    const [{ createGraphHttp }, { createGraphStore }, { listEntityTeams }] = await Promise.all([
      import('../../adapters/graph/graph-http'),
      import('../../adapters/graph/graph-store'),
      import('../../adapters/graph/graph-entity-lookup'),
    ]);
    const http = createGraphHttp({ graphBaseUrl: config.graphBaseUrl, tokens: graphTokens });
    let located;
    let listNames: Set<string>;
    try {
      located = await locateSite(http, site);
      if (!located.ok) {
        return located.error.kind === 'not-granted'
          ? err('DATA.SITE_NOT_GRANTED', notGrantedDetails(knownSiteUrl(site)))
          : err('DATA.SITE_UNREACHABLE', { status: located.error.status });
      }
      const lists = await http.send({
        method: 'GET',
        path: `/sites/${located.value.id}/lists?$select=id,name`,
      });
      // A site Graph shows but whose lists it hides: the grant is missing or too narrow.
      if (lists.status === 401 || lists.status === 403 || lists.status === 404) {
        return err('DATA.SITE_NOT_GRANTED', notGrantedDetails(located.value.webUrl));
      }
      if (lists.status !== 200) return err('DATA.SITE_UNREACHABLE', { status: lists.status });
      const value = (lists.body as { value?: { name?: unknown }[] }).value ?? [];
      listNames = new Set(value.flatMap((l) => (typeof l.name === 'string' ? [l.name] : [])));
    } catch (fault: unknown) {
      // No answer (network) or no token (the person closed the sign-in window): not a crash.
      if (fault instanceof Error && fault.name === 'TokenAcquisitionError') {
        return err('DATA.NOT_SIGNED_IN');
      }
      if (fault instanceof Error && fault.name === 'GraphNetworkError') {
        return err('DATA.SITE_UNREACHABLE', { status: 0 });
      }
      throw fault;
    }
    const { LISTS_MANIFEST } = await import('../../../manifest/manifest');
    const missing = LISTS_MANIFEST.lists.filter((l) => !listNames.has(l.name));
    if (missing.length > 0) {
      return err('DATA.LISTS_MISSING', { siteUrl: located.value.webUrl, count: missing.length });
    }
    const options = {
      graphBaseUrl: config.graphBaseUrl,
      siteId: located.value.id,
      tokens: graphTokens,
    };
    const store = createGraphStore(options);
    const entities = await listEntityTeams(options);
    const entityId = resolveEntityId(
      entities.ok ? entities.value : [],
      groupId,
      fallbackEntity(hostContext),
    );
    const record = recordPorts({
      ...options,
      siteUrl: located.value.webUrl,
      graphTokens,
      sharePointTokens: sharePoint(located.value.webUrl),
    });
    return ok({ entityId, store, ...record });
  };
  const data = (): Promise<Result<TabData, TabDataError>> => {
    pending ??= load().then((result) => {
      // Failures are not kept: after sign-in, an admin's grant or the set-up, the next call works.
      if (!result.ok) pending = null;
      return result;
    });
    return pending;
  };

  const sharePoint = (siteUrl: string): AccessTokenProvider =>
    scoped(TENANT_SCOPES.sharePoint(siteUrl));
  return {
    mode: 'tenant',
    host,
    hostContext,
    now,
    signIn,
    data,
    ...(site === null
      ? {}
      : {
          setup: createSetupServices({
            graphBaseUrl: config.graphBaseUrl,
            site,
            groupId,
            catalogAppId: config.catalogAppId,
            tokens: {
              graph: graphTokens,
              sharePoint,
              channels: scoped(TENANT_SCOPES.channels),
              apps: scoped(TENANT_SCOPES.apps),
            },
          }),
        }),
  };
}

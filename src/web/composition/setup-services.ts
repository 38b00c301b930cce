import type { SiteLocator } from '../../adapters/setup/site-locator';
import type { AccessTokenProvider } from '../../ports/access-token-provider';
import type { HostContext } from '../../ports/host-context';
import type { ListProvisioner } from '../../ports/list-provisioner';
import type { TeamSetup } from '../../ports/team-setup';
import type { SetupServices } from '../providers/tab-services';

export type SetupServicesInput = {
  readonly graphBaseUrl: string;
  readonly site: SiteLocator;
  readonly groupId: string | null;
  readonly catalogAppId: string | null;
  readonly tokens: {
    readonly graph: AccessTokenProvider;
    readonly sharePoint: (siteUrl: string) => AccessTokenProvider;
    readonly channels: AccessTokenProvider;
    readonly apps: AccessTokenProvider;
  };
  readonly fetch?: (input: string, init: RequestInit) => Promise<Response>;
};

/**
 * The set-up wizard's ports for both modes. The adapters (Graph client, PnPjs) load when an owner
 * opens the wizard, not with the tab's first paint.
 */
export function createSetupServices(input: SetupServicesInput): SetupServices {
  let team: Promise<TeamSetup> | null = null;
  let lists: Promise<ListProvisioner> | null = null;
  const teamSetup = (): Promise<TeamSetup> =>
    (team ??= import('../../adapters/setup/graph-team-setup').then(({ createGraphTeamSetup }) =>
      createGraphTeamSetup(input),
    ));
  const provisioner = (): Promise<ListProvisioner> =>
    (lists ??= import('../../adapters/setup/sharepoint-list-provisioner').then(
      ({ createSharePointListProvisioner }) =>
        createSharePointListProvisioner({
          graphBaseUrl: input.graphBaseUrl,
          site: input.site,
          graphTokens: input.tokens.graph,
          sharePointTokens: input.tokens.sharePoint,
        }),
    ));
  return {
    lists: {
      missingLists: async () => (await provisioner()).missingLists(),
      provision: async (onProgress) => (await provisioner()).provision(onProgress),
    },
    team: {
      siteAccess: async () => (await teamSetup()).siteAccess(),
      listChannels: async () => (await teamSetup()).listChannels(),
      botInstallation: async () => (await teamSetup()).botInstallation(),
      installBot: async () => (await teamSetup()).installBot(),
    },
  };
}

/**
 * Local mode's set-up: the emulator's root site (its Graph and SharePoint REST), the persona's one
 * token for every call, the emulator's app catalogue.
 */
export function localSetup(
  config: { readonly graphBaseUrl: string; readonly catalogAppId: string | null },
  hostContext: HostContext,
  tokens: AccessTokenProvider,
): SetupServices {
  return createSetupServices({
    graphBaseUrl: config.graphBaseUrl,
    site: { kind: 'root' },
    groupId: hostContext.team?.groupId ?? null,
    catalogAppId: config.catalogAppId,
    tokens: { graph: tokens, sharePoint: () => tokens, channels: tokens, apps: tokens },
  });
}

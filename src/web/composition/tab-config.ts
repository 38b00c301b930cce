import type { TabMode } from '../providers/tab-services';

/** The `<meta>` the build writes into index.html to say which mode the tab was built for. */
export const TAB_MODE_META_NAME = 'integrity-dashboard-mode';

export const DEFAULT_GRAPH_BASE_URL = 'https://graph.microsoft.com/v1.0';
const DEFAULT_HOST_TIMEOUT_MS = 2000;
// Below this a slow Teams client is mistaken for no host; above it a plain frame waits too long.
const HOST_TIMEOUT_RANGE = { min: 500, max: 10_000 } as const;

type Common = {
  readonly graphBaseUrl: string;
  readonly hostTimeoutMs: number;
  readonly teamsAppId: string | null;
  /** The app's id in the Teams app catalogue (installing the bot in a team); local: the app id. */
  readonly catalogAppId: string | null;
};

export type TabConfig =
  | (Common & {
      readonly mode: 'local';
      /** The local emulator's origin: it serves the tab, so it is the page's own origin. */
      readonly emulatorOrigin: string;
    })
  | (Common & {
      readonly mode: 'tenant';
      readonly clientId: string;
      readonly tenantId: string;
      /** The site holding the lists; null means the team's own group site. */
      readonly siteUrl: string | null;
      /** The standard (non-NAA) flow's popup redirect URI. */
      readonly redirectUri: string;
    });

/** The build-time variables the tab reads (see src/web/vite-env.d.ts). */
export type TabEnv = Pick<
  ImportMetaEnv,
  | 'VITE_AAD_CLIENT_ID'
  | 'VITE_AAD_TENANT_ID'
  | 'VITE_GRAPH_BASE_URL'
  | 'VITE_TEAMS_APP_ID'
  | 'VITE_HOST_TIMEOUT_MS'
  | 'VITE_SHAREPOINT_SITE_URL'
  | 'VITE_TEAMS_CATALOG_APP_ID'
  | 'VITE_AAD_REDIRECT_URI'
>;

/** Local mode's Teams app id (env/.env.local `TEAMS_APP_ID`), also the emulator catalogue's. */
const LOCAL_TEAMS_APP_ID = '00000000-0000-4000-8000-000000000001';

/** The mode named by the page's `<meta name="integrity-dashboard-mode">`; local by default. */
export function readPageMode(page: Pick<Document, 'querySelector'>): TabMode {
  const meta = page.querySelector(`meta[name="${TAB_MODE_META_NAME}"]`);
  return meta?.getAttribute('content') === 'tenant' ? 'tenant' : 'local';
}

function nonEmpty(value: string | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

function hostTimeout(value: string | undefined): number {
  const parsed = Number(nonEmpty(value) ?? Number.NaN);
  if (!Number.isFinite(parsed)) return DEFAULT_HOST_TIMEOUT_MS;
  return Math.min(HOST_TIMEOUT_RANGE.max, Math.max(HOST_TIMEOUT_RANGE.min, Math.round(parsed)));
}

/**
 * What the composition root needs to pick adapters. Local mode talks to the emulator on the
 * page's own origin (Graph under `/v1.0`); tenant mode takes everything from build-time variables
 * and fails loudly when the client id is missing, because such a bundle can never sign anyone in.
 */
export function readTabConfig(mode: TabMode, origin: string, env: TabEnv): TabConfig {
  const common = {
    hostTimeoutMs: hostTimeout(env.VITE_HOST_TIMEOUT_MS),
    teamsAppId: nonEmpty(env.VITE_TEAMS_APP_ID),
  };
  const catalogAppId = nonEmpty(env.VITE_TEAMS_CATALOG_APP_ID);
  if (mode === 'local') {
    return {
      ...common,
      mode,
      catalogAppId: catalogAppId ?? common.teamsAppId ?? LOCAL_TEAMS_APP_ID,
      emulatorOrigin: origin,
      graphBaseUrl: new URL('/v1.0', origin).href,
    };
  }
  const clientId = nonEmpty(env.VITE_AAD_CLIENT_ID);
  if (clientId === null) {
    throw new Error('Tenant build without VITE_AAD_CLIENT_ID: set it in env/.env.<environment>.');
  }
  return {
    ...common,
    mode,
    clientId,
    tenantId: nonEmpty(env.VITE_AAD_TENANT_ID) ?? 'organizations',
    catalogAppId,
    siteUrl: nonEmpty(env.VITE_SHAREPOINT_SITE_URL)?.replace(/\/+$/, '') ?? null,
    redirectUri: nonEmpty(env.VITE_AAD_REDIRECT_URI) ?? new URL('/auth-redirect.html', origin).href,
    graphBaseUrl: (nonEmpty(env.VITE_GRAPH_BASE_URL) ?? DEFAULT_GRAPH_BASE_URL).replace(/\/+$/, ''),
  };
}

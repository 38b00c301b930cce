// Only these VITE_* variables reach the tab (set in env/.env.<mode>, read at build time); any
// other name is a type error instead of a silent undefined.
interface ViteTypeOptions {
  strictImportMetaEnv: unknown;
}

interface ImportMetaEnv {
  /** `tenant` for a tenant build; anything else (or nothing) builds the local-mode tab. */
  readonly VITE_TAB_MODE?: string;
  /** Tenant mode: the Entra app (SPA) registration the tab signs in with. */
  readonly VITE_AAD_CLIENT_ID?: string;
  /** Tenant mode: the directory (tenant) id; `organizations` when left out. */
  readonly VITE_AAD_TENANT_ID?: string;
  /** Tenant mode: Microsoft Graph; defaults to https://graph.microsoft.com/v1.0. */
  readonly VITE_GRAPH_BASE_URL?: string;
  /** The Teams app id, for deep links when the host's context does not carry it. */
  readonly VITE_TEAMS_APP_ID?: string;
  /** How long to wait for a Teams host's handshake, in ms (default 2000). */
  readonly VITE_HOST_TIMEOUT_MS?: string;
  /** Tenant mode: the team site holding the lists, when not the team's own group site. */
  readonly VITE_SHAREPOINT_SITE_URL?: string;
  /** The app's id in the org's Teams app catalogue (`teamsApp.id`), to install the bot in a team. */
  readonly VITE_TEAMS_CATALOG_APP_ID?: string;
  /** Tenant mode, outside NAA hosts: the popup's SPA redirect URI (default: the tab's origin). */
  readonly VITE_AAD_REDIRECT_URI?: string;
}

import type { Locale } from '../core/shared/locale';

/**
 * Where the tab runs: framed by a Teams host (Teams itself or the local emulator's host page), or
 * a plain browser window (no host answered in time, or the page is the top-level window).
 */
export const HOST_MODES = ['teams', 'browser'] as const;
export type HostMode = (typeof HOST_MODES)[number];

/** The host's UI theme; Teams' three themes (other values, e.g. `glass`, read as `default`). */
export const HOST_THEMES = ['default', 'dark', 'contrast'] as const;
export type HostTheme = (typeof HOST_THEMES)[number];

/** Which page of the tab the host opened: the tab itself, its configuration or removal page. */
export const HOST_FRAME_CONTEXTS = ['content', 'settings', 'remove', 'sidePanel'] as const;
export type HostFrameContext = (typeof HOST_FRAME_CONTEXTS)[number];

/** The signed-in Teams user as the host reports them; each field only when the host gave it. */
export type HostUser = {
  /** Entra object id. */
  readonly id?: string;
  /** UPN or email, the hint MSAL uses to pick the account. */
  readonly loginHint?: string;
  readonly displayName?: string;
};

/** The team the tab is pinned in: its Microsoft 365 group owns the SharePoint site (the record). */
export type HostTeam = {
  readonly groupId: string;
  /** Teams' thread id of the team (`19:…@thread.skype`). */
  readonly internalId: string;
  readonly displayName: string | null;
  /**
   * The team's SharePoint site (`https://contoso.sharepoint.com/sites/pz-demo`), as the host
   * reports it; null when it gave none or nothing usable. The tab finds its site by this URL, a
   * lookup `Sites.Selected` covers, instead of through the group, which needs a group scope.
   */
  readonly siteUrl: string | null;
};

export type HostChannel = {
  readonly id: string;
  readonly displayName: string | null;
};

/** What the tab knows about where it runs, read once when it starts. */
export type HostContext = {
  readonly mode: HostMode;
  readonly locale: Locale;
  readonly theme: HostTheme;
  readonly user: HostUser;
  readonly team: HostTeam | null;
  readonly channel: HostChannel | null;
  readonly frameContext: HostFrameContext | null;
  /** The deep link's sub-page (Teams `subEntityId`): the tab route to open, when given. */
  readonly subPageId: string | null;
  /** The tab instance's entity id (Teams `page.id`). */
  readonly entityId: string | null;
};

/** Where a deep link goes: a page (route) of this tab, or a web address outside the tab. */
export type DeepLinkTarget =
  | { readonly kind: 'tab-page'; readonly subPageId: string }
  | { readonly kind: 'external'; readonly url: string };

/** What the configuration page saves for the tab instance (Teams `pages.config.setConfig`). */
export type TabInstanceConfig = {
  readonly contentUrl: string;
  readonly websiteUrl: string;
  readonly entityId: string;
  readonly suggestedDisplayName: string;
};

/**
 * The host the tab runs in. One adapter talks to a Teams host through teams-js, the other stands
 * in for a plain browser; the tab does not care which one it got.
 */
export interface HostPort {
  getContext(): Promise<HostContext>;

  /** Calls `listener` on every theme change; returns the function that stops it. */
  onThemeChange(listener: (theme: HostTheme) => void): () => void;

  openDeepLink(target: DeepLinkTarget): Promise<void>;

  /** Configuration page: lets the host's Save button be pressed (or not). */
  setValidityState(valid: boolean): void;

  /**
   * Configuration page: `handler` runs when the user presses Save; the host is told the save
   * succeeded when it resolves and failed when it rejects.
   */
  registerOnSave(handler: () => Promise<void>): void;

  /** Configuration page: records where the tab instance points. */
  setConfig(config: TabInstanceConfig): Promise<void>;
}

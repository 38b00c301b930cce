/**
 * The Teams host side of the teams-js 2.x postMessage protocol (see
 * shared/reference/teams-host-protocol.md), as pure functions: the host page (host-page.ts) runs
 * them in the browser and the unit tests run them in Node. No DOM, no Node, no I/O here, so the
 * page and the tests exercise the same answers.
 */

/** Teams' three themes, as `app.theme` and the `themeChange` event name them. */
export const HOST_THEMES = ['default', 'dark', 'contrast'] as const;
export type HostTheme = (typeof HOST_THEMES)[number];

/** The client languages the local host offers: the tab's four languages as Teams spells them. */
export const HOST_LOCALES = ['nl-BE', 'fr-BE', 'de-DE', 'en-US'] as const;
export type HostLocale = (typeof HOST_LOCALES)[number];

/** The teams-js version this protocol was verified against; upgrades re-run the host tests. */
export const VERIFIED_TEAMS_JS_VERSION = '2.58.0';

/** `clientSupportedSDKVersion` in the initialize answer, as Teams web sends it. */
export const CLIENT_SUPPORTED_SDK_VERSION = '2.0.1';

/** The newest runtime config version this host speaks (teams-js 2.40+ asks for 4). */
export const HOST_API_VERSION = 4;

/** The manifest's personal tab (appPackage/manifest.json `staticTabs[0]`). */
export const PERSONAL_TAB = {
  entityId: 'my-actions',
  name: 'My actions',
  contentPath: '/index.html#/my-actions',
} as const;

/** The manifest's configurable tab's configuration page (`configurableTabs[0].configurationUrl`). */
export const CONFIGURATION_PATH = '/index.html#/config';

export type HostPersona = {
  readonly persona: string;
  readonly displayName: string;
  /** UPN and mail: Teams' `loginHint` and `userPrincipalName`. */
  readonly email: string;
  /** Entra object id: Teams' `userObjectId`. */
  readonly oid: string;
  /** The persona's role in every local team. */
  readonly teamRole: 'owner' | 'member' | 'guest';
};

export type HostChannel = { readonly id: string; readonly name: string };

/** One team of the rail: an entity of the emulator's IntegritySettings list. */
export type HostTeam = {
  /** The Microsoft 365 group id (`TeamId` of the settings row): Teams' `groupId`. */
  readonly groupId: string;
  /** Teams' thread id of the team (`19:…@thread.tacv2`): Teams' `teamId` / `team.internalId`. */
  readonly internalId: string;
  readonly displayName: string;
  readonly entityId: string;
  readonly channels: readonly HostChannel[];
  /** The team's SharePoint site, as Teams reports it in `teamSiteUrl`. */
  readonly siteUrl: string | null;
};

/** What a configuration page saved with `pages.config.setConfig` (Teams' `settings.setSettings`). */
export type TabConfiguration = {
  readonly contentUrl: string;
  readonly entityId: string;
  readonly suggestedDisplayName: string;
  readonly websiteUrl?: string;
  readonly removeUrl?: string;
};

/** Everything that decides what one framed page of the tab is told about where it runs. */
export type FrameSpec = {
  readonly frameContext: 'content' | 'settings';
  readonly team: HostTeam | null;
  readonly channel: HostChannel | null;
  readonly persona: HostPersona;
  readonly locale: HostLocale;
  readonly theme: HostTheme;
  /** The tab instance's entity id (Teams `page.id`); null on a configuration page. */
  readonly entityId: string | null;
  /** The deep link's sub-entity (Teams `page.subPageId`): the tab route to open. */
  readonly subEntityId: string | null;
  readonly appId: string;
  readonly tenantId: string;
  /** The tab's origin: a saved configuration must point there. */
  readonly origin: string;
};

/** A request from the tab (teams-js `sendMessageToParent`); other fields are telemetry. */
export type HostRequest = {
  readonly id: number;
  readonly uuidAsString?: string;
  readonly func: string;
  readonly args: readonly unknown[];
};

/** Where a deep link or `navigateToApp` asks the host to go. */
export type OpenTarget = {
  /** The tab's entity id (`my-actions` is the personal tab); null: the app's channel tab. */
  readonly entityId: string | null;
  readonly subEntityId: string | null;
  readonly channelId: string | null;
};

/** What the page must do besides answering (or instead of it). */
export type HostEffect =
  | { readonly kind: 'validity'; readonly valid: boolean }
  | { readonly kind: 'settings'; readonly config: TabConfiguration }
  | { readonly kind: 'save-result'; readonly ok: boolean; readonly reason: string | null }
  | { readonly kind: 'open'; readonly target: OpenTarget }
  | { readonly kind: 'external-link'; readonly url: string }
  | { readonly kind: 'app-state'; readonly state: 'loaded' | 'success' | 'failure' };

export type HostOutcome = {
  /** The response's `args`; null when the request expects no answer (or the host has none). */
  readonly reply: readonly unknown[] | null;
  readonly effect: HostEffect | null;
  /** False for funcs this host does not implement: the page records and reports them. */
  readonly handled: boolean;
};

export function isHostRequest(data: unknown): data is HostRequest {
  if (typeof data !== 'object' || data === null) return false;
  const fields = data as Record<string, unknown>;
  return (
    typeof fields.id === 'number' &&
    typeof fields.func === 'string' &&
    (fields.args === undefined || Array.isArray(fields.args))
  );
}

export function isHostTheme(value: unknown): value is HostTheme {
  return typeof value === 'string' && (HOST_THEMES as readonly string[]).includes(value);
}

export function isHostLocale(value: unknown): value is HostLocale {
  return typeof value === 'string' && (HOST_LOCALES as readonly string[]).includes(value);
}

/**
 * The runtime config the host declares, as the JSON string teams-js parses. It names only what
 * this host implements; `apiVersion` never exceeds what the tab asked for, or teams-js rejects
 * `initialize()` (2.0 asks nothing: version 1).
 */
export function runtimeConfig(requestedApiVersion: unknown): string {
  const asked =
    typeof requestedApiVersion === 'number' && Number.isInteger(requestedApiVersion)
      ? requestedApiVersion
      : 1;
  const apiVersion = Math.max(1, Math.min(HOST_API_VERSION, asked));
  return JSON.stringify({
    apiVersion,
    isLegacyTeams: false,
    supports: { pages: { config: {}, currentApp: {} } },
  });
}

/** Teams' numeric team role (`userTeamRole`): 0 owner, 1 member, 2 guest. */
function teamRoleNumber(role: HostPersona['teamRole']): number {
  return role === 'owner' ? 0 : role === 'member' ? 1 : 2;
}

/**
 * The context in the flat legacy shape Teams sends; teams-js maps it to `app.Context`. `groupId`
 * reaches `team.groupId` only beside `teamId`, and `channel` needs `channelId`, so a personal tab
 * (no team) sends neither.
 */
export function legacyContext(spec: FrameSpec): Record<string, unknown> {
  const { persona, team, channel } = spec;
  return {
    frameContext: spec.frameContext,
    locale: spec.locale,
    theme: spec.theme,
    appId: spec.appId,
    hostName: 'Teams',
    hostClientType: 'web',
    tid: spec.tenantId,
    userObjectId: persona.oid,
    userDisplayName: persona.displayName,
    loginHint: persona.email,
    userPrincipalName: persona.email,
    ...(spec.entityId === null ? {} : { entityId: spec.entityId }),
    ...(spec.subEntityId === null ? {} : { subEntityId: spec.subEntityId }),
    ...(team === null
      ? {}
      : {
          teamId: team.internalId,
          teamName: team.displayName,
          groupId: team.groupId,
          userTeamRole: teamRoleNumber(persona.teamRole),
          ...(team.siteUrl === null ? {} : { teamSiteUrl: team.siteUrl }),
        }),
    ...(channel === null
      ? {}
      : { channelId: channel.id, channelName: channel.name, channelType: 'Regular' }),
  };
}

function nonEmptyString(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

/**
 * Reads a Teams entity deep link, as a reminder card's button or `app.openLink` carries it:
 * `https://teams.microsoft.com/l/entity/{appId}/{entityId}?context={"subEntityId":…,"channelId":…}`.
 * Null for any other address.
 */
export function parseEntityDeepLink(url: string): (OpenTarget & { readonly appId: string }) | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'msteams:') return null;
  const match = /^\/l\/entity\/([^/]+)\/([^/]+)\/?$/.exec(parsed.pathname);
  if (match === null) return null;
  const decode = (part: string | undefined): string | null => {
    if (part === undefined) return null;
    try {
      return nonEmptyString(decodeURIComponent(part));
    } catch {
      return null;
    }
  };
  const appId = decode(match[1]);
  if (appId === null) return null;
  let context: Record<string, unknown> = {};
  const raw = parsed.searchParams.get('context');
  if (raw !== null) {
    try {
      const value: unknown = JSON.parse(raw);
      if (typeof value === 'object' && value !== null) context = value as Record<string, unknown>;
    } catch {
      // A link with a broken context still opens the tab, as Teams does, just not a sub-page.
    }
  }
  return {
    appId,
    entityId: decode(match[2]),
    subEntityId: nonEmptyString(context.subEntityId),
    channelId: nonEmptyString(context.channelId),
  };
}

/** Builds the entity deep link for a tab page, as the bot's cards do. */
export function entityDeepLink(
  appId: string,
  entityId: string,
  subEntityId: string,
  channelId: string | null,
): string {
  const context = JSON.stringify({
    subEntityId,
    ...(channelId === null ? {} : { channelId }),
  });
  const path = `${encodeURIComponent(appId)}/${encodeURIComponent(entityId)}`;
  return `https://teams.microsoft.com/l/entity/${path}?context=${encodeURIComponent(context)}`;
}

/**
 * Checks what a configuration page saved: Teams needs an absolute content URL on one of the app's
 * valid domains (locally: the tab's own origin).
 */
export function readTabConfiguration(
  value: unknown,
  origin: string,
): { ok: true; config: TabConfiguration } | { ok: false; reason: string } {
  if (typeof value !== 'object' || value === null) {
    return { ok: false, reason: 'setSettings needs an object' };
  }
  const fields = value as Record<string, unknown>;
  const contentUrl = nonEmptyString(fields.contentUrl);
  if (contentUrl === null) return { ok: false, reason: 'contentUrl is required' };
  let contentOrigin: string;
  try {
    contentOrigin = new URL(contentUrl).origin;
  } catch {
    return { ok: false, reason: `contentUrl ${contentUrl} is not an absolute URL` };
  }
  if (contentOrigin !== origin) {
    return { ok: false, reason: `contentUrl must be on ${origin}, not ${contentOrigin}` };
  }
  const websiteUrl = nonEmptyString(fields.websiteUrl);
  const removeUrl = nonEmptyString(fields.removeUrl);
  return {
    ok: true,
    config: {
      contentUrl,
      entityId: nonEmptyString(fields.entityId) ?? '',
      suggestedDisplayName: nonEmptyString(fields.suggestedDisplayName) ?? '',
      ...(websiteUrl === null ? {} : { websiteUrl }),
      ...(removeUrl === null ? {} : { removeUrl }),
    },
  };
}

/** `pages.navigateToApp` parameters; teams-js sends `appId` as a string (AppId serialised). */
function readNavigateToApp(value: unknown): (OpenTarget & { appId: string | null }) | null {
  if (typeof value !== 'object' || value === null) return null;
  const fields = value as Record<string, unknown>;
  return {
    appId: nonEmptyString(fields.appId),
    entityId: nonEmptyString(fields.pageId),
    subEntityId: nonEmptyString(fields.subPageId),
    channelId: nonEmptyString(fields.channelId),
  };
}

const NO_ANSWER: HostOutcome = { reply: null, effect: null, handled: true };

/**
 * The host's answer to one request from the frame described by `spec`. Pure: the page sends the
 * reply and carries out the effect (opening a tab, enabling Save, storing a configuration).
 */
export function handleRequest(request: HostRequest, spec: FrameSpec): HostOutcome {
  const { args } = request;
  switch (request.func) {
    case 'initialize':
      return {
        reply: [spec.frameContext, 'web', runtimeConfig(args[1]), CLIENT_SUPPORTED_SDK_VERSION],
        effect: null,
        handled: true,
      };
    case 'getContext':
      return { reply: [legacyContext(spec)], effect: null, handled: true };
    // Fire-and-forget messages: teams-js waits for no answer.
    case 'registerHandler':
      return NO_ANSWER;
    case 'appInitialization.appLoaded':
      return { reply: null, effect: { kind: 'app-state', state: 'loaded' }, handled: true };
    case 'appInitialization.success':
      return { reply: null, effect: { kind: 'app-state', state: 'success' }, handled: true };
    case 'appInitialization.failure':
    case 'appInitialization.expectedFailure':
      return { reply: null, effect: { kind: 'app-state', state: 'failure' }, handled: true };
    case 'settings.setValidityState':
      if (spec.frameContext !== 'settings') return NO_ANSWER;
      return { reply: null, effect: { kind: 'validity', valid: args[0] === true }, handled: true };
    case 'settings.setSettings': {
      if (spec.frameContext !== 'settings') {
        return {
          reply: [false, 'setSettings is only available on the configuration page'],
          effect: null,
          handled: true,
        };
      }
      const read = readTabConfiguration(args[0], spec.origin);
      if (!read.ok) return { reply: [false, read.reason], effect: null, handled: true };
      return { reply: [true], effect: { kind: 'settings', config: read.config }, handled: true };
    }
    case 'settings.save.success':
      return {
        reply: null,
        effect: { kind: 'save-result', ok: true, reason: null },
        handled: true,
      };
    case 'settings.save.failure':
      return {
        reply: null,
        effect: { kind: 'save-result', ok: false, reason: nonEmptyString(args[0]) },
        handled: true,
      };
    case 'executeDeepLink': {
      const url = nonEmptyString(args[0]);
      if (url === null) return { reply: [false, 'No link given'], effect: null, handled: true };
      const link = parseEntityDeepLink(url);
      if (link !== null) {
        if (link.appId !== spec.appId) {
          return {
            reply: [false, `The local host only runs app ${spec.appId}, not ${link.appId}`],
            effect: null,
            handled: true,
          };
        }
        const { entityId, subEntityId, channelId } = link;
        return {
          reply: [true],
          effect: { kind: 'open', target: { entityId, subEntityId, channelId } },
          handled: true,
        };
      }
      if (/^https?:\/\//i.test(url) && !/^https:\/\/teams\.microsoft\.com\/l\//i.test(url)) {
        return { reply: [true], effect: { kind: 'external-link', url }, handled: true };
      }
      return {
        reply: [false, `The local host cannot open ${url}`],
        effect: null,
        handled: true,
      };
    }
    case 'pages.navigateToApp': {
      const params = readNavigateToApp(args[0]);
      if (params?.appId !== spec.appId) {
        return {
          reply: [false, `The local host only runs app ${spec.appId}`],
          effect: null,
          handled: true,
        };
      }
      const { entityId, subEntityId, channelId } = params;
      return {
        reply: [true],
        effect: { kind: 'open', target: { entityId, subEntityId, channelId } },
        handled: true,
      };
    }
    // sendAndHandleSdkError: the answer is `[sdkError]`, null when it worked.
    case 'pages.currentApp.navigateTo': {
      const params = readNavigateToApp(args[0]);
      return {
        reply: [null],
        effect: {
          kind: 'open',
          target: {
            entityId: params?.entityId ?? spec.entityId,
            subEntityId: params?.subEntityId ?? null,
            channelId: spec.channel?.id ?? null,
          },
        },
        handled: true,
      };
    }
    case 'pages.currentApp.navigateToDefaultPage':
      return {
        reply: [null],
        effect: {
          kind: 'open',
          target: {
            entityId: spec.entityId,
            subEntityId: null,
            channelId: spec.channel?.id ?? null,
          },
        },
        handled: true,
      };
    default:
      return { reply: null, effect: null, handled: false };
  }
}

/** The response message for a request: `id` and `uuidAsString` echoed, as Teams does. */
export function responseMessage(
  request: HostRequest,
  args: readonly unknown[],
): Record<string, unknown> {
  return {
    id: request.id,
    ...(request.uuidAsString === undefined ? {} : { uuidAsString: request.uuidAsString }),
    args,
  };
}

/** An event message from host to tab (no id), e.g. `themeChange`. */
export function eventMessage(func: string, args: readonly unknown[]): Record<string, unknown> {
  return { func, args };
}

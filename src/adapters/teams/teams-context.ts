import type { app } from '@microsoft/teams-js';
import { toLocale } from '../../core/shared/locale';
import {
  HOST_FRAME_CONTEXTS,
  HOST_THEMES,
  type HostChannel,
  type HostContext,
  type HostFrameContext,
  type HostTeam,
  type HostTheme,
  type HostUser,
} from '../../ports/host-context';

/** Teams' theme name as one the tab knows; `glass` and anything newer fall back to `default`. */
export function toHostTheme(theme: string | undefined): HostTheme {
  return (HOST_THEMES as readonly string[]).includes(theme ?? '')
    ? (theme as HostTheme)
    : 'default';
}

function toFrameContext(frameContext: string | undefined): HostFrameContext | null {
  return (HOST_FRAME_CONTEXTS as readonly string[]).includes(frameContext ?? '')
    ? (frameContext as HostFrameContext)
    : null;
}

// teams-js fills absent strings with '' (e.g. `user.id` outside a signed-in host): treat as absent.
function present(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}

function toUser(user: app.UserInfo | undefined): HostUser {
  const id = present(user?.id);
  const loginHint = present(user?.loginHint) ?? present(user?.userPrincipalName);
  const displayName = present(user?.displayName);
  return {
    ...(id === undefined ? {} : { id }),
    ...(loginHint === undefined ? {} : { loginHint }),
    ...(displayName === undefined ? {} : { displayName }),
  };
}

// The local Teams host serves its sites over plain http on loopback; everything else needs https.
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The team's site as an absolute URL without query, fragment or trailing slash, or null. Any host
 * is accepted (sovereign clouds use sharepoint.us, sharepoint.cn, …): Graph, not the tab, decides
 * whether it is a site the app was granted. The URL only ever names the site in a Graph path.
 */
function toSiteUrl(site: app.SharePointSiteInfo | undefined): string | null {
  const raw = present(site?.teamSiteUrl?.trim());
  if (raw === undefined) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    // Not a URL at all: the tab falls back to the group's site, as without one.
    return null;
  }
  const secure =
    url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname));
  if (!secure || url.username !== '' || url.password !== '') return null;
  // A group's site always has a server-relative path (`/sites/…`, `/teams/…`), which is what
  // `GET /sites/{hostname}:/{path}` addresses; a bare host is not a team's site.
  const path = url.pathname.replace(/\/+$/, '');
  return path === '' ? null : `${url.origin}${path}`;
}

// The Microsoft 365 group id names the team to Graph and in the entity settings: without it, no team.
function toTeam(
  team: app.TeamInfo | undefined,
  site: app.SharePointSiteInfo | undefined,
): HostTeam | null {
  const groupId = present(team?.groupId);
  const internalId = present(team?.internalId);
  if (groupId === undefined || internalId === undefined) return null;
  return {
    groupId,
    internalId,
    displayName: present(team?.displayName) ?? null,
    siteUrl: toSiteUrl(site),
  };
}

function toChannel(channel: app.ChannelInfo | undefined): HostChannel | null {
  const id = present(channel?.id);
  return id === undefined ? null : { id, displayName: present(channel?.displayName) ?? null };
}

/** Maps the context teams-js returns to what the tab needs, and nothing more. */
export function toHostContext(context: app.Context): HostContext {
  return {
    mode: 'teams',
    locale: toLocale(context.app.locale),
    theme: toHostTheme(context.app.theme),
    user: toUser(context.user),
    team: toTeam(context.team, context.sharePointSite),
    channel: toChannel(context.channel),
    frameContext: toFrameContext(context.page.frameContext),
    subPageId: present(context.page.subPageId) ?? null,
    entityId: present(context.page.id) ?? null,
  };
}

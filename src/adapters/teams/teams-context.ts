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

// Without its Microsoft 365 group id the team's SharePoint site cannot be found: no team then.
function toTeam(team: app.TeamInfo | undefined): HostTeam | null {
  const groupId = present(team?.groupId);
  const internalId = present(team?.internalId);
  if (groupId === undefined || internalId === undefined) return null;
  return { groupId, internalId, displayName: present(team?.displayName) ?? null };
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
    team: toTeam(context.team),
    channel: toChannel(context.channel),
    frameContext: toFrameContext(context.page.frameContext),
    subPageId: present(context.page.subPageId) ?? null,
    entityId: present(context.page.id) ?? null,
  };
}

import { APP_DISPLAY_NAME } from '../auth/personas';
import { BotStore } from '../bot-connector/bot-store';
import { isoSeconds, type EmulatorContext } from '../context';
import type { EmuRequest } from '../http/router';
import { prepared, type Db } from '../store/db';
import { itemsOfList } from '../store/items-store';
import { findList } from '../store/lists-store';
import { allSites } from '../store/sites-store';
import { teamThreadId } from '../teams-host/directory';
import { accessDenied, GraphError, invalidRequest, itemNotFound } from './errors';
import { identityOf } from './scope';
import { graphRoute } from './sites-routes';

/*
 * The Teams part of Graph the first-run set-up uses: `GET /teams/{id}/channels` and
 * `GET/POST /teams/{id}/installedApps` (learn.microsoft.com/graph/api/channel-list,
 * team-list-installedapps, team-post-installedapps). A team's id is its Microsoft 365 group id;
 * a channel's id is a thread id (`19:…@thread.tacv2`), the General channel's being the team's.
 */

/**
 * The emulator's app catalogue: the one app, under local mode's Teams app id (env/.env.local
 * `TEAMS_APP_ID`; teams-host/routes.ts names it too, but pulls in the TypeScript compiler).
 */
const LOCAL_APP_ID = '00000000-0000-4000-8000-000000000001';
export const CATALOG_APP = {
  id: LOCAL_APP_ID,
  externalId: LOCAL_APP_ID,
  displayName: APP_DISPLAY_NAME,
  distributionMethod: 'organization',
} as const;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS teams_channels (
  id TEXT PRIMARY KEY,
  group_id TEXT NOT NULL,
  name TEXT NOT NULL,
  created TEXT NOT NULL
);`;

/** Channels every emulated team has besides General, so a reminder channel can be picked. */
const DEMO_CHANNELS = ['Integriteit', 'Leiding'] as const;

function channelId(groupId: string, name: string): string {
  const slug = name.toLowerCase().replace(/[^a-z0-9]/g, '');
  return `19:${slug}${groupId.replace(/-/g, '').slice(0, 16).toLowerCase()}@thread.tacv2`;
}

/** The group ids of the emulator's teams: each site's group and each entity's `TeamId`. */
function teamGroupIds(db: Db): Set<string> {
  const ids = new Set<string>();
  for (const site of allSites(db)) {
    ids.add(site.groupId.toLowerCase());
    const settings = findList(db, site.id, 'IntegritySettings');
    if (settings === undefined) continue;
    for (const item of itemsOfList(db, settings.id)) {
      const teamId = item.fields.TeamId;
      if (typeof teamId === 'string' && teamId.trim() !== '') ids.add(teamId.trim().toLowerCase());
    }
  }
  return ids;
}

function requireTeam(db: Db, param: string): string {
  const groupId = param.toLowerCase();
  if (!teamGroupIds(db).has(groupId)) throw itemNotFound('No team found with Group Id ' + param);
  return groupId;
}

/** The reminder channel an entity's settings name, so the list matches what the host shows. */
function settingsChannels(db: Db, groupId: string): { id: string; name: string }[] {
  const found: { id: string; name: string }[] = [];
  for (const site of allSites(db)) {
    const settings = findList(db, site.id, 'IntegritySettings');
    if (settings === undefined) continue;
    for (const item of itemsOfList(db, settings.id)) {
      const team = typeof item.fields.TeamId === 'string' ? item.fields.TeamId : site.groupId;
      const { ChannelId: id, ChannelName: name } = item.fields;
      if (team.toLowerCase() === groupId && typeof id === 'string' && typeof name === 'string') {
        found.push({ id, name });
      }
    }
  }
  return found;
}

function channelsOf(
  ctx: EmulatorContext,
  groupId: string,
): { id: string; name: string; created: string }[] {
  const select = prepared(
    ctx.db,
    'SELECT id, name, created FROM teams_channels WHERE group_id = ? ORDER BY created, name',
  );
  let rows = select.all(groupId) as { id: string; name: string; created: string }[];
  if (rows.length === 0) {
    const created = isoSeconds(ctx.now());
    const insert = prepared(
      ctx.db,
      'INSERT OR IGNORE INTO teams_channels (id, group_id, name, created) VALUES (?, ?, ?, ?)',
    );
    insert.run(teamThreadId(groupId), groupId, 'General', created);
    for (const name of DEMO_CHANNELS) insert.run(channelId(groupId, name), groupId, name, created);
    rows = select.all(groupId) as { id: string; name: string; created: string }[];
  }
  for (const channel of settingsChannels(ctx.db, groupId)) {
    // The seed names its reminder channel "General" under its own id: keep one General.
    if (
      rows.some((r) => r.id === channel.id || r.name.toLowerCase() === channel.name.toLowerCase())
    )
      continue;
    rows.push({ id: channel.id, name: channel.name, created: rows[0]?.created ?? '' });
  }
  return rows;
}

function channelShape(
  ctx: EmulatorContext,
  groupId: string,
  row: { id: string; name: string; created: string },
) {
  return {
    id: row.id,
    createdDateTime: row.created,
    displayName: row.name,
    description: row.name === 'General' ? null : `${row.name} channel`,
    isFavoriteByDefault: row.name === 'General',
    email: '',
    webUrl: `${ctx.baseUrl()}/teams/l/channel/${encodeURIComponent(row.id)}/${encodeURIComponent(row.name)}?groupId=${groupId}`,
    membershipType: 'standard',
  };
}

function installationId(groupId: string): string {
  return Buffer.from(`${groupId}##${CATALOG_APP.id}`).toString('base64');
}

function installationShape(groupId: string, expand: Set<string>): Record<string, unknown> {
  return {
    id: installationId(groupId),
    ...(expand.has('teamsapp') ? { teamsApp: { ...CATALOG_APP } } : {}),
    ...(expand.has('teamsappdefinition')
      ? {
          teamsAppDefinition: {
            id: Buffer.from(`${CATALOG_APP.id}##1.0.0`).toString('base64'),
            teamsAppId: CATALOG_APP.id,
            displayName: CATALOG_APP.displayName,
            version: '1.0.0',
          },
        }
      : {}),
  };
}

/** `teamsApp/id eq '…'` or `teamsApp/externalId eq '…'`, the filters the docs show. */
function matchesFilter(filter: string | null): boolean {
  if (filter === null || filter.trim() === '') return true;
  const match = /^\s*teamsApp\/(id|externalId)\s+eq\s+'([^']*)'\s*$/i.exec(filter);
  if (match === null) throw invalidRequest(`Unsupported filter on installedApps: ${filter}`);
  const value = match[2] ?? '';
  return match[1]?.toLowerCase() === 'id'
    ? value === CATALOG_APP.id
    : value === CATALOG_APP.externalId;
}

function expandOf(req: EmuRequest): Set<string> {
  const raw = req.url.searchParams.get('$expand') ?? '';
  return new Set(
    raw
      .split(',')
      .map((s) => s.trim().toLowerCase())
      .filter((s) => s !== ''),
  );
}

/**
 * Registers the Teams routes. Installation state is the Bot Connector's (`bot_teams`), so an app
 * installed here is a bot the channel page and the job see as installed; a team the emulator
 * never heard of has no app yet.
 */
export function registerTeamsRoutes(ctx: EmulatorContext): void {
  ctx.db.exec(SCHEMA);
  const bots = new BotStore(ctx.db);
  const installed = (groupId: string): boolean =>
    bots.findTeam(teamThreadId(groupId))?.state === 'installed' ||
    bots.findTeam(groupId)?.state === 'installed';

  ctx.router.add(
    'GET',
    '/v1.0/teams/:teamId/channels',
    (req) => {
      // Owners, members and guests of the team read its channels and apps.
      identityOf(req);
      const groupId = requireTeam(ctx.db, req.params.teamId ?? '');
      const value = channelsOf(ctx, groupId).map((row) => channelShape(ctx, groupId, row));
      return {
        status: 200,
        body: {
          '@odata.context': `${ctx.baseUrl()}/v1.0/$metadata#teams('${groupId}')/channels`,
          '@odata.count': value.length,
          value,
        },
      };
    },
    graphRoute('graph.teams.channels'),
  );

  ctx.router.add(
    'GET',
    '/v1.0/teams/:teamId/installedApps',
    (req) => {
      // Owners, members and guests of the team read its channels and apps.
      identityOf(req);
      const groupId = requireTeam(ctx.db, req.params.teamId ?? '');
      const wanted = matchesFilter(req.url.searchParams.get('$filter'));
      const value = wanted && installed(groupId) ? [installationShape(groupId, expandOf(req))] : [];
      return {
        status: 200,
        body: {
          '@odata.context': `${ctx.baseUrl()}/v1.0/$metadata#teams('${groupId}')/installedApps`,
          value,
        },
      };
    },
    graphRoute('graph.teams.installedApps'),
  );

  ctx.router.add(
    'POST',
    '/v1.0/teams/:teamId/installedApps',
    async (req) => {
      const identity = identityOf(req);
      const groupId = requireTeam(ctx.db, req.params.teamId ?? '');
      // Team owners add apps (a team's default lets members add apps too; the demo keeps it to owners).
      if (!identity.appOnly && identity.profile.principal !== 'owners') throw accessDenied();
      const body = (req.body ?? {}) as Record<string, unknown>;
      const bind = body['teamsApp@odata.bind'];
      const appId =
        typeof bind === 'string' ? /appCatalogs\/teamsApps\/([^/?#]+)$/.exec(bind)?.[1] : undefined;
      if (appId === undefined) throw invalidRequest('teamsApp@odata.bind is required.');
      if (decodeURIComponent(appId) !== CATALOG_APP.id)
        throw itemNotFound(`App ${appId} is not in the app catalog.`);
      if (installed(groupId))
        throw new GraphError(409, 'Conflict', 'The app is already installed in this team.');
      const threadId = teamThreadId(groupId);
      // Teams tells the bot it was added (conversationUpdate) when the Bot Connector is running.
      const answer = await ctx.dispatch({
        method: 'POST',
        url: new URL(`/_emulator/bot/teams/${encodeURIComponent(threadId)}/install`, ctx.baseUrl()),
        headers: { 'content-type': 'application/json' },
        rawBody: JSON.stringify({ aadGroupId: groupId }),
        parsedBody: { aadGroupId: groupId },
        inBatch: false,
      });
      if ('drop' in answer || answer.status !== 200) {
        bots.saveTeam(
          { id: threadId, aadGroupId: groupId, name: null, state: 'installed' },
          [],
          isoSeconds(ctx.now()),
        );
      }
      return { status: 201 };
    },
    graphRoute('graph.teams.installedApps'),
  );
}

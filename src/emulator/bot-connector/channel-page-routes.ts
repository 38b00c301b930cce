import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TENANT_ID } from '../auth/personas';
import { isoSeconds, type EmulatorContext } from '../context';
import type { EmuRequest, EmuResponse, RouteOptions } from '../http/router';
import { personaFor, type BotConnectorState } from './bot-connector-state';

const PAGE_ROUTE: RouteOptions = {
  kind: 'emulator',
  auth: 'none',
  errors: 'graph',
  faultable: false,
};

const CARD_TYPE = 'application/vnd.microsoft.card.adaptive';
const PAGE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'channel-page');

/** A file served as it is; read once, on first request (the emulator runs from source). */
function fileResponse(path: () => string, contentType: string): (req: EmuRequest) => EmuResponse {
  let cached: string | null = null;
  return () => {
    cached ??= readFileSync(path(), 'utf8');
    return {
      status: 200,
      headers: { 'content-type': contentType, 'cache-control': 'no-cache' },
      body: cached,
    };
  };
}

const require = createRequire(import.meta.url);

/** The root posts of a channel with their replies, as the page shows them. */
function channelPosts(state: BotConnectorState, channelId: string) {
  const all = state.store.activities(channelId);
  return all
    .filter((a) => a.replyToId === null)
    .map((root) => ({
      id: root.id,
      created: root.created,
      updated: root.updated,
      version: root.version,
      activity: root.activity,
      replies: all
        .filter((a) => a.replyToId === root.id)
        .map((r) => ({ id: r.id, created: r.created, activity: r.activity })),
    }));
}

function teamView(state: BotConnectorState, teamId: string) {
  const team = state.store.findTeam(teamId) ?? state.store.teamOfChannel(teamId);
  const channels = state.store.channelsOf(team.id);
  return {
    team,
    channels: channels.map((channel) => ({
      id: channel.id,
      // A team's General channel has the team's own id.
      name: channel.name ?? (channel.id === team.id ? 'General' : null),
      posts: channelPosts(state, channel.id),
    })),
  };
}

/**
 * The local "channel" page: `GET /_local/channel?team=<thread or group id>` shows each channel's
 * posts with the `adaptivecards` renderer (and markdown-it for TextBlock markdown, as Teams has a
 * markdown step), and an `Action.Execute` button becomes the `adaptiveCard/action` invoke Teams
 * would send to the bot; the card the bot answers replaces the post, as in Teams.
 */
export function registerChannelPage(ctx: EmulatorContext, state: BotConnectorState): void {
  const { router } = ctx;
  router.add(
    'GET',
    '/_local/channel',
    fileResponse(() => join(PAGE_DIR, 'channel-page.html'), 'text/html; charset=utf-8'),
    PAGE_ROUTE,
  );
  router.add(
    'GET',
    '/_local/channel/channel-page.js',
    fileResponse(() => join(PAGE_DIR, 'channel-page.js'), 'text/javascript; charset=utf-8'),
    PAGE_ROUTE,
  );
  router.add(
    'GET',
    '/_local/channel/vendor/adaptivecards.js',
    fileResponse(
      () =>
        join(
          dirname(require.resolve('adaptivecards/package.json')),
          'dist',
          'adaptivecards.min.js',
        ),
      'text/javascript; charset=utf-8',
    ),
    PAGE_ROUTE,
  );
  router.add(
    'GET',
    '/_local/channel/vendor/adaptivecards.css',
    fileResponse(
      () =>
        join(dirname(require.resolve('adaptivecards/package.json')), 'dist', 'adaptivecards.css'),
      'text/css; charset=utf-8',
    ),
    PAGE_ROUTE,
  );
  router.add(
    'GET',
    '/_local/channel/vendor/markdown-it.js',
    fileResponse(() => require.resolve('markdown-it/browser'), 'text/javascript; charset=utf-8'),
    PAGE_ROUTE,
  );

  router.add(
    'GET',
    '/_local/channel/api/teams',
    () => {
      const ids = [...state.store.teams().map((t) => t.id), ...state.store.impliedTeamIds()];
      return {
        status: 200,
        body: { value: ids.map((id) => state.store.findTeam(id) ?? state.store.teamOfChannel(id)) },
      };
    },
    PAGE_ROUTE,
  );

  router.add(
    'GET',
    '/_local/channel/api/posts',
    (req) => {
      const team = req.url.searchParams.get('team');
      if (team === null || team === '')
        return {
          status: 400,
          body: { error: { code: 'BadArgument', message: 'team is required' } },
        };
      return { status: 200, body: teamView(state, team) };
    },
    PAGE_ROUTE,
  );

  router.add(
    'POST',
    '/_local/channel/api/invoke',
    async (req) => {
      const body = (req.body ?? {}) as {
        activityId?: unknown;
        verb?: unknown;
        data?: unknown;
        persona?: unknown;
      };
      const activityId = typeof body.activityId === 'string' ? body.activityId : '';
      const posted = state.store.findActivity(activityId);
      if (posted === undefined) {
        return {
          status: 404,
          body: { error: { code: 'ActivityNotFound', message: `No post ${activityId}` } },
        };
      }
      const team = state.store.teamOfChannel(posted.channelId);
      const person = personaFor(body.persona);
      const rootId = posted.replyToId ?? posted.id;
      // What Teams posts to the bot when a user presses an Action.Execute button
      // (learn.microsoft.com, universal-actions-for-adaptive-cards/work-with-universal-actions).
      const invoke = {
        type: 'invoke',
        name: 'adaptiveCard/action',
        id: `f:${state.store.nextActivityId(state.now().getTime())}`,
        timestamp: state.now().toISOString(),
        channelId: 'msteams',
        serviceUrl: ctx.baseUrl(),
        from: { id: `29:${person.oid}`, name: person.displayName, aadObjectId: person.oid },
        recipient: { id: `28:${state.botAppId}`, name: 'Integrity Dashboard' },
        conversation: {
          id: `${posted.channelId};messageid=${rootId}`,
          conversationType: 'channel',
          isGroup: true,
          tenantId: TENANT_ID,
        },
        replyToId: posted.id,
        channelData: {
          channel: { id: posted.channelId },
          team: {
            id: team.id,
            ...(team.aadGroupId === null ? {} : { aadGroupId: team.aadGroupId }),
          },
          tenant: { id: TENANT_ID },
          source: { name: 'message' },
        },
        value: {
          action: { type: 'Action.Execute', verb: body.verb, data: body.data ?? {} },
          trigger: 'manual',
        },
      };
      const answer = await state.deliverToBot(invoke);
      if (answer === null) {
        return {
          status: 503,
          body: { error: { code: 'NoBot', message: 'No bot endpoint is configured.' } },
        };
      }
      const response = answer.body as {
        statusCode?: unknown;
        type?: unknown;
        value?: unknown;
      } | null;
      if (answer.status === 200 && response?.statusCode === 200 && response.type === CARD_TYPE) {
        // Teams replaces the card for everyone in the channel with the one the bot returned.
        state.store.updateActivity(
          posted.id,
          {
            ...posted.activity,
            attachments: [{ contentType: CARD_TYPE, content: response.value }],
          },
          isoSeconds(state.now()),
        );
      }
      return { status: 200, body: { botStatus: answer.status, response } };
    },
    PAGE_ROUTE,
  );
}

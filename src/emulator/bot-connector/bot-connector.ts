import { APP_CLIENT_ID, PERSONA_PROFILES, TENANT_ID } from '../auth/personas';
import { isoSeconds, type EmulatorContext, type RouteModule } from '../context';
import { FaultInjector, type FaultConfig } from '../faults';
import type { BotConnectorState } from './bot-connector-state';
import type { EmuRequest, EmuResponse, RouteOptions } from '../http/router';
import { BotStore, type StoredActivity } from './bot-store';
import { registerChannelPage } from './channel-page-routes';
import {
  RateWindows,
  TEAMS_APP_LIMITS,
  TEAMS_THREAD_LIMITS,
  type WindowLimit,
} from './rate-windows';

export type BotConnectorOptions = {
  /**
   * The bot's messaging endpoint, where the emulated Teams posts install events and card invokes:
   * a path on the emulator's own origin (`/api/messages`) or a loopback URL. Without one, those
   * endpoints answer 503.
   */
  readonly botEndpoint?: string;
  /** The bot's app id (`28:<id>` in activities); default the emulator's app registration. */
  readonly botAppId?: string;
  /** Milliseconds since the epoch for the rate limits; default the emulator's `now`. */
  readonly clock?: () => number;
  /** Teams' limits by default; `false` turns them off. */
  readonly limits?:
    { readonly thread: readonly WindowLimit[]; readonly app: readonly WindowLimit[] } | false;
  /** Faults on the Bot Connector's own requests (see `PUT /_emulator/bot/faults`). */
  readonly faults?: FaultConfig;
};

/** What Teams refuses: 28 KB per message (m365-platform-facts §3). */
export const MAX_ACTIVITY_BYTES = 28 * 1024;

const CONNECTOR_ROUTE: RouteOptions = {
  kind: 'botconnector',
  auth: 'none',
  errors: 'graph',
  // Graph's configured faults must not hit the Bot Connector: it has its own (below).
  faultable: false,
};
const OPS_ROUTE: RouteOptions = {
  kind: 'emulator',
  auth: 'none',
  errors: 'graph',
  faultable: false,
};

function connectorError(
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
): EmuResponse {
  return {
    status,
    headers: { 'content-type': 'application/json', ...headers },
    body: { error: { code, message } },
  };
}

function record(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

function threadOf(conversationId: string): string {
  return conversationId.split(';')[0] ?? conversationId;
}

/**
 * The Bot Connector the bot talks to, on the emulator's origin (its service URL): create a
 * conversation in a channel (a new top-level post), send and reply in a conversation, update an
 * activity in place. It follows what a Bot Connector emulator must accept
 * (`shared/reference/bot-sdk-offline.md`): a regional prefix before `/v3/` is ignored, the
 * conversation id is percent-decoded, calls need the app's token, Teams' rate limits answer 429
 * with `Retry-After`, a removed bot gets 403 `BotNotInConversationRoster`, a message over 28 KB
 * 413. Ops endpoints install or remove the bot in a team (sending the `conversationUpdate` Teams
 * sends) and list what was posted; the channel page renders it.
 */
export function botConnector(options: BotConnectorOptions = {}): RouteModule {
  return (ctx: EmulatorContext) => {
    const store = new BotStore(ctx.db);
    const clock = options.clock ?? ((): number => ctx.now().getTime());
    const limits =
      options.limits === false
        ? null
        : (options.limits ?? { thread: TEAMS_THREAD_LIMITS, app: TEAMS_APP_LIMITS });
    const threadWindows = new RateWindows(limits?.thread ?? []);
    const appWindows = new RateWindows(limits?.app ?? []);
    const state: BotConnectorState = {
      store,
      botAppId: options.botAppId ?? APP_CLIENT_ID,
      faults: new FaultInjector(options.faults ?? null),
      stats: { accepted: 0, rateLimited: 0, injected: 0 },
      afterPost: null,
      now: () => new Date(clock()),
      async deliverToBot(activity) {
        if (options.botEndpoint === undefined) return null;
        const url = new URL(options.botEndpoint, ctx.baseUrl());
        // Teams signs what it posts to a bot; a local bot runs without inbound validation, and
        // gets the emulator's app token so a bot that checks for a header finds one.
        const response = await fetch(url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${ctx.tokens.issue('app')}`,
          },
          body: JSON.stringify(activity),
        });
        const text = await response.text();
        let body: unknown = text;
        try {
          body = text === '' ? null : (JSON.parse(text) as unknown);
        } catch {
          // reason: a bot may answer plain text; it is passed on as it is.
        }
        return { status: response.status, body };
      },
    };

    /** The caller must be the app (the bot's identity): an app-only token of the emulator. */
    function authenticate(req: EmuRequest): { oid: string } | EmuResponse {
      const check = ctx.tokens.verifyAuthorization(req.headers.authorization);
      if (!check.ok || !check.identity.appOnly) {
        return connectorError(
          401,
          'Unauthorized',
          'Authorization has been denied for this request.',
        );
      }
      return { oid: check.identity.profile.oid };
    }

    /** Auth, injected faults and the rate limits, in the order the service applies them. */
    function admit(req: EmuRequest, threadId: string): EmuResponse | null {
      const caller = authenticate(req);
      if ('status' in caller) return caller;
      const fault = state.faults.decide(req.headers, true);
      if (fault.status !== undefined) {
        state.stats.injected += 1;
        return connectorError(
          fault.status,
          fault.status === 429 ? 'TooManyRequests' : 'ServiceError',
          'An injected fault occurred.',
          { 'Retry-After': String(fault.retryAfterSeconds) },
        );
      }
      const now = clock();
      const wait = Math.max(
        threadWindows.waitMs(threadId, now),
        appWindows.waitMs(caller.oid, now),
      );
      if (wait > 0) {
        state.stats.rateLimited += 1;
        return connectorError(429, 'TooManyRequests', 'Too many requests for this bot.', {
          'Retry-After': String(Math.max(1, Math.ceil(wait / 1000))),
        });
      }
      threadWindows.record(threadId, now);
      appWindows.record(caller.oid, now);
      state.stats.accepted += 1;
      return null;
    }

    /** The configured fault after a post, if one is due: the post stays, the answer is lost. */
    function lostAnswer(): EmuResponse | null {
      const fault = state.afterPost;
      if (fault === null || fault.remaining <= 0) return null;
      fault.remaining -= 1;
      state.stats.injected += 1;
      return connectorError(
        fault.status,
        'ServiceError',
        'An injected fault occurred after the post.',
      );
    }

    /** Stores a message in a channel, unless the bot may not post there. */
    function post(
      channelId: string,
      replyToId: string | null,
      body: unknown,
    ): { ok: true; stored: StoredActivity } | { ok: false; response: EmuResponse } {
      const activity = record(body);
      if (activity === null || typeof activity.type !== 'string') {
        return {
          ok: false,
          response: connectorError(400, 'BadArgument', 'The activity is missing or has no type.'),
        };
      }
      if (Buffer.byteLength(JSON.stringify(activity)) > MAX_ACTIVITY_BYTES) {
        return {
          ok: false,
          response: connectorError(413, 'MessageSizeTooBig', 'Message size too big.'),
        };
      }
      const team = store.teamOfChannel(channelId);
      if (team.state === 'removed') {
        return {
          ok: false,
          response: connectorError(
            403,
            'BotNotInConversationRoster',
            'The bot is not part of the conversation roster.',
          ),
        };
      }
      const id = store.nextActivityId(clock());
      const created = isoSeconds(state.now());
      const conversationId = `${channelId};messageid=${replyToId ?? id}`;
      const stored = store.addActivity({
        id,
        channelId,
        replyToId,
        created,
        activity: {
          ...activity,
          id,
          timestamp: state.now().toISOString(),
          channelId: 'msteams',
          serviceUrl: ctx.baseUrl(),
          from: { id: `28:${state.botAppId}`, name: 'Integrity Dashboard' },
          conversation: {
            id: conversationId,
            conversationType: 'channel',
            isGroup: true,
            tenantId: TENANT_ID,
          },
          ...(replyToId === null ? {} : { replyToId }),
        },
      });
      return { ok: true, stored };
    }

    const createConversation = (req: EmuRequest): EmuResponse => {
      const body = record(req.body) ?? {};
      const channelData = record(body.channelData);
      const channelId = record(channelData?.channel)?.id;
      if (typeof channelId !== 'string' || channelId === '') {
        const caller = authenticate(req);
        if ('status' in caller) return caller;
        return connectorError(
          400,
          'BadArgument',
          'A channel conversation needs channelData.channel.id.',
        );
      }
      const refused = admit(req, channelId);
      if (refused !== null) return refused;
      const posted = post(channelId, null, body.activity);
      if (!posted.ok) return posted.response;
      const lost = lostAnswer();
      if (lost !== null) return lost;
      return {
        status: 201,
        body: {
          id: `${channelId};messageid=${posted.stored.id}`,
          activityId: posted.stored.id,
          serviceUrl: ctx.baseUrl(),
        },
      };
    };

    const sendToConversation = (req: EmuRequest): EmuResponse => {
      const conversationId = req.params.conversationId ?? '';
      const channelId = threadOf(conversationId);
      const refused = admit(req, channelId);
      if (refused !== null) return refused;
      // `…;messageid=<root>` is a thread: the message is a reply to its root; without, a new post.
      const root = /;messageid=([^;]+)$/.exec(conversationId)?.[1] ?? null;
      const replyTo = req.params.replyToId ?? root;
      if (replyTo !== null && store.findActivity(replyTo) === undefined) {
        return connectorError(404, 'ActivityNotFound', `Activity ${replyTo} was not found.`);
      }
      const posted = post(channelId, replyTo, req.body);
      if (!posted.ok) return posted.response;
      return { status: 201, body: { id: posted.stored.id } };
    };

    const updateActivity = (req: EmuRequest): EmuResponse => {
      const channelId = threadOf(req.params.conversationId ?? '');
      const refused = admit(req, channelId);
      if (refused !== null) return refused;
      const id = req.params.activityId ?? '';
      const existing = store.findActivity(id);
      if (existing?.channelId !== channelId) {
        return connectorError(404, 'ActivityNotFound', `Activity ${id} was not found.`);
      }
      if (store.teamOfChannel(channelId).state === 'removed') {
        return connectorError(
          403,
          'BotNotInConversationRoster',
          'The bot is not part of the conversation roster.',
        );
      }
      const activity = record(req.body);
      if (activity === null) return connectorError(400, 'BadArgument', 'The activity is missing.');
      store.updateActivity(id, { ...existing.activity, ...activity, id }, isoSeconds(state.now()));
      return { status: 200, body: { id } };
    };

    for (const prefix of ['', '/:region']) {
      ctx.router.add('POST', `${prefix}/v3/conversations`, createConversation, CONNECTOR_ROUTE);
      ctx.router.add(
        'POST',
        `${prefix}/v3/conversations/:conversationId/activities`,
        sendToConversation,
        CONNECTOR_ROUTE,
      );
      ctx.router.add(
        'POST',
        `${prefix}/v3/conversations/:conversationId/activities/:replyToId`,
        sendToConversation,
        CONNECTOR_ROUTE,
      );
      ctx.router.add(
        'PUT',
        `${prefix}/v3/conversations/:conversationId/activities/:activityId`,
        updateActivity,
        CONNECTOR_ROUTE,
      );
    }

    registerOps(ctx, state, () => {
      threadWindows.reset();
      appWindows.reset();
    });
    registerChannelPage(ctx, state);
  };
}

/** The `conversationUpdate` Teams sends to a bot added to or removed from a team. */
function installActivity(
  ctx: EmulatorContext,
  state: BotConnectorState,
  team: { id: string; aadGroupId: string | null; name: string | null },
  kind: 'installed' | 'removed',
): Record<string, unknown> {
  const bot = { id: `28:${state.botAppId}`, name: 'Integrity Dashboard' };
  const commander = PERSONA_PROFILES.commander;
  return {
    type: 'conversationUpdate',
    id: `f:${state.store.nextActivityId(state.now().getTime())}`,
    timestamp: state.now().toISOString(),
    channelId: 'msteams',
    serviceUrl: ctx.baseUrl(),
    from: { id: `29:${commander.oid}`, aadObjectId: commander.oid },
    recipient: bot,
    conversation: { id: team.id, conversationType: 'channel', isGroup: true, tenantId: TENANT_ID },
    ...(kind === 'installed' ? { membersAdded: [bot] } : { membersRemoved: [bot] }),
    channelData: {
      team: {
        id: team.id,
        ...(team.name === null ? {} : { name: team.name }),
        ...(team.aadGroupId === null ? {} : { aadGroupId: team.aadGroupId }),
      },
      eventType: kind === 'installed' ? 'teamMemberAdded' : 'teamMemberRemoved',
      tenant: { id: TENANT_ID },
    },
  };
}

function registerOps(
  ctx: EmulatorContext,
  state: BotConnectorState,
  resetLimits: () => void,
): void {
  const { router } = ctx;

  const changeInstall =
    (kind: 'installed' | 'removed') =>
    async (req: EmuRequest): Promise<EmuResponse> => {
      const body = record(req.body) ?? {};
      const param = req.params.teamId ?? '';
      const known = state.store.findTeam(param);
      const aadGroupId =
        typeof body.aadGroupId === 'string' ? body.aadGroupId : (known?.aadGroupId ?? null);
      const name = typeof body.name === 'string' ? body.name : (known?.name ?? null);
      const channels = Array.isArray(body.channels)
        ? body.channels.flatMap((c) => {
            const channel = record(c);
            return typeof channel?.id === 'string'
              ? [{ id: channel.id, name: typeof channel.name === 'string' ? channel.name : null }]
              : [];
          })
        : [];
      const team = { id: known?.id ?? param, aadGroupId, name };
      state.store.saveTeam({ ...team, state: kind }, channels, isoSeconds(state.now()));
      const delivered = await state.deliverToBot(installActivity(ctx, state, team, kind));
      return {
        status: 200,
        body: { team: state.store.findTeam(team.id), botAnswered: delivered?.status ?? null },
      };
    };
  router.add('POST', '/_emulator/bot/teams/:teamId/install', changeInstall('installed'), OPS_ROUTE);
  router.add('POST', '/_emulator/bot/teams/:teamId/remove', changeInstall('removed'), OPS_ROUTE);

  router.add(
    'GET',
    '/_emulator/bot/activities',
    (req) => {
      const channel = req.url.searchParams.get('channel') ?? undefined;
      return { status: 200, body: { value: state.store.activities(channel) } };
    },
    OPS_ROUTE,
  );
  router.add(
    'GET',
    '/_emulator/bot/stats',
    () => ({ status: 200, body: { ...state.stats, teams: state.store.teams() } }),
    OPS_ROUTE,
  );
  router.add(
    'PUT',
    '/_emulator/bot/faults',
    (req) => {
      const { afterPost, ...config } = record(req.body) ?? {};
      state.faults.set(Object.keys(config).length === 0 ? null : config);
      const after = record(afterPost);
      state.afterPost =
        after === null
          ? null
          : {
              status: typeof after.status === 'number' ? after.status : 500,
              remaining: typeof after.count === 'number' ? after.count : 1,
            };
      return { status: 200, body: { faults: state.faults.current(), afterPost: state.afterPost } };
    },
    OPS_ROUTE,
  );
  router.add(
    'POST',
    '/_emulator/bot/reset',
    () => {
      state.store.clear();
      resetLimits();
      state.stats.accepted = 0;
      state.stats.rateLimited = 0;
      state.stats.injected = 0;
      return { status: 200, body: { reset: true } };
    },
    OPS_ROUTE,
  );
}

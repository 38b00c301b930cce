import {
  Client as ApiClient,
  type AdaptiveCardActionCardResponse,
  type AdaptiveCardActionResponse,
  type IAdaptiveCardActionInvokeActivity,
  type IConversationUpdateActivity,
} from '@microsoft/teams.api';
import { App, type HttpRouteHandler, type IHttpServerAdapter } from '@microsoft/teams.apps';
import type { AccessTokenProvider } from '../../ports/access-token-provider';
import type {
  BotActivityHandlers,
  CardActionReply,
  InstallationEvent,
} from '../../ports/bot-activity';
import type { ConversationsApi } from './bot-poster';
import { createSafeLogger, redact, type BotLog } from './safe-logger';

/** The path Teams posts activities to (the Azure Bot's messaging endpoint ends with it). */
export const MESSAGING_ENDPOINT = '/api/messages';

/**
 * `local`: the bot runs beside the emulator, which posts activities without a Bot Framework token;
 * inbound validation is off (`dangerouslyAllowUnauthenticatedRequests`), and only in this mode.
 * `tenant`: every inbound activity's JWT is validated by the SDK against the Bot Framework's
 * OpenID keys for this `clientId` (teams.ts `ServiceTokenValidator`); requests without a valid
 * token get 401.
 */
export type BotMode = 'local' | 'tenant';

export type BotAppOptions = {
  readonly mode: BotMode;
  /** The bot's Entra app id (`CLIENT_ID`); mandatory for the SDK to send anything. */
  readonly clientId: string;
  readonly tenantId: string;
  /** The Bot Connector to use when a conversation has none recorded (the emulator, locally). */
  readonly serviceUrl: string;
  /**
   * Token override (the SDK decodes what it returns, so it must look like a JWT): locally, the
   * emulator's app token for every scope. Without it the SDK uses `clientSecret`, else managed
   * identity.
   */
  readonly token?: (scope: string | string[], tenantId?: string) => Promise<string>;
  readonly clientSecret?: string;
  readonly handlers: BotActivityHandlers;
  readonly log: BotLog;
};

/** A request to the messaging endpoint and the answer for it, independent of the HTTP server. */
export type BotHttpRequest = {
  readonly headers: Readonly<Record<string, string | string[]>>;
  readonly body: unknown;
};
export type BotHttpResponse = { readonly status: number; readonly body?: unknown };

export type BotApp = {
  /** Answers one POST to {@link MESSAGING_ENDPOINT}: validation, routing, the invoke response. */
  handle(request: BotHttpRequest): Promise<BotHttpResponse>;
  /** The SDK's API client for a service URL (one per region, cached). */
  api(serviceUrl: string): ConversationsApi;
  /** App-only Microsoft Graph tokens with the bot's own identity (one Entra app for both). */
  readonly graphTokens: AccessTokenProvider;
};

/**
 * The SDK's HTTP seam without a server of its own: it only keeps the messaging route's handler,
 * so the emulator's server (local) or Azure Functions (tenant) can call it. Nothing listens on a
 * port here (the SDK's own `start()` would bind every interface).
 */
class HandlerOnlyAdapter implements IHttpServerAdapter {
  handler: HttpRouteHandler | null = null;

  registerRoute(_method: 'POST', path: string, handler: HttpRouteHandler): void {
    if (path === MESSAGING_ENDPOINT) this.handler = handler;
  }
}

/** Exposes the SDK's protected app-only Graph token (same credentials as the bot). */
class IntegrityBotApp extends App {
  async appGraphToken(): Promise<string> {
    const token = await this.getAppGraphToken();
    if (token === null || token === undefined)
      throw new Error('the bot has no credentials for Graph');
    return token.toString();
  }
}

function threadOf(conversationId: string): string {
  return conversationId.split(';')[0] ?? conversationId;
}

type ChannelDataTeam = { id?: unknown; aadGroupId?: unknown; name?: unknown };

function str(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

/**
 * A `conversationUpdate` about the bot itself in a team, or null for anything else (members
 * joining, renames, personal or group chats). Teams sends `membersAdded` with the bot when it is
 * installed in a team and `membersRemoved` when it is uninstalled (learn.microsoft.com,
 * bots/how-to/conversations/subscribe-to-conversation-events); a deleted team also ends it.
 */
export function installationEventOf(
  activity: IConversationUpdateActivity,
): InstallationEvent | null {
  const botId = activity.recipient.id;
  const channelData = activity.channelData as
    { team?: ChannelDataTeam; tenant?: { id?: unknown }; eventType?: unknown } | undefined;
  const teamId = str(channelData?.team?.id);
  if (teamId === null) return null;
  const added = activity.membersAdded?.some((m) => m.id === botId) ?? false;
  const removed =
    (activity.membersRemoved?.some((m) => m.id === botId) ?? false) ||
    channelData?.eventType === 'teamDeleted' ||
    channelData?.eventType === 'teamHardDeleted';
  if (!added && !removed) return null;
  const tenantId = str(channelData?.tenant?.id) ?? str(activity.conversation.tenantId);
  if (tenantId === null) return null;
  return {
    kind: removed ? 'removed' : 'installed',
    tenantId,
    serviceUrl: activity.serviceUrl ?? '',
    team: {
      id: teamId,
      aadGroupId: str(channelData?.team?.aadGroupId),
      name: str(channelData?.team?.name),
    },
    channelId: threadOf(activity.conversation.id),
  };
}

/** The Universal Actions response for a reply (learn.microsoft.com, universal-action-model). */
export function invokeResponseOf(reply: CardActionReply): AdaptiveCardActionResponse {
  switch (reply.kind) {
    case 'card':
      return {
        statusCode: 200,
        type: 'application/vnd.microsoft.card.adaptive',
        // Our cards are plain schema-1.5 JSON; the SDK types the value with its card builder's shape.
        value: reply.card as unknown as AdaptiveCardActionCardResponse['value'],
      };
    case 'message':
      return {
        statusCode: 200,
        type: 'application/vnd.microsoft.activity.message',
        value: reply.text,
      };
    case 'error':
      // The format knows 400 (bad request) and 500 (unexpected); the precise status travels inside.
      return {
        statusCode: reply.status >= 500 || reply.status === 409 ? 500 : 400,
        type: 'application/vnd.microsoft.error',
        value: {
          code: reply.code,
          message: reply.message,
          innerHttpError: { statusCode: reply.status, body: null },
        },
      };
  }
}

/**
 * The bot on the Teams SDK (`@microsoft/teams.apps` 2.0.16): install and removal events, and the
 * cards' `Action.Execute` buttons, handed to the app's handlers. Initialised without starting a
 * server; `handle` answers the messaging endpoint wherever it is mounted.
 */
export async function createBotApp(options: BotAppOptions): Promise<BotApp> {
  if (options.clientId.trim() === '') throw new Error('the bot needs its client id (CLIENT_ID)');
  const adapter = new HandlerOnlyAdapter();
  const logger = createSafeLogger(options.log);
  const app = new IntegrityBotApp({
    clientId: options.clientId,
    tenantId: options.tenantId,
    serviceUrl: options.serviceUrl,
    ...(options.token === undefined ? {} : { token: options.token }),
    ...(options.clientSecret === undefined ? {} : { clientSecret: options.clientSecret }),
    httpServerAdapter: adapter,
    logger,
    dangerouslyAllowUnauthenticatedRequests: options.mode === 'local',
  });

  app.on('conversationUpdate', async ({ activity }) => {
    const event = installationEventOf(activity);
    if (event !== null) await options.handlers.installationChanged(event);
  });

  app.on('card.action', async ({ activity }: { activity: IAdaptiveCardActionInvokeActivity }) => {
    const action = activity.value.action;
    const team = (activity.channelData as { team?: ChannelDataTeam } | undefined)?.team;
    const reply = await options.handlers.cardAction({
      verb: action.verb,
      data: action.data,
      channelId: threadOf(activity.conversation.id),
      teamId: str(team?.id),
      aadGroupId: str(team?.aadGroupId),
    });
    return invokeResponseOf(reply);
  });

  // The SDK turns a handler's exception into a 500 and only emits it: log it (redacted).
  app.event('error', ({ error }) => {
    options.log.error(`[bot] activity failed: ${redact(error)}`);
  });

  await app.initialize();
  const handler = adapter.handler;
  if (handler === null) throw new Error('the Teams SDK registered no messaging endpoint');

  const clients = new Map<string, ApiClient>();
  return {
    async handle(request) {
      const response = await handler({ headers: { ...request.headers }, body: request.body });
      return response.body === undefined ? { status: response.status } : response;
    },
    api(serviceUrl) {
      const key = serviceUrl.replace(/\/+$/, '');
      let client = clients.get(key);
      if (client === undefined) {
        // 2.0.16 has no `api.clone({ serviceUrl })`: a client per region on the app's own HTTP
        // client, which carries the bot token.
        client = new ApiClient(key, app.api.http);
        clients.set(key, client);
      }
      return client;
    },
    graphTokens: { getToken: () => app.appGraphToken() },
  };
}

import type { ConversationResource, CreateConversationParams } from '@microsoft/teams.api';
import { ok } from '../../core/shared/result';
import type {
  ChannelPoster,
  ChannelTarget,
  PostError,
  PostErrorCode,
} from '../../ports/channel-poster';
import {
  AMBIGUOUS_RETRY_STATUSES,
  DEFAULT_POST_RETRY_POLICY,
  SAFE_RETRY_STATUSES,
  parseRetryAfter,
  retryDelayMs,
  type PostRetryPolicy,
} from './post-retry';
import { SYSTEM_CLOCK, type Clock, type SlidingWindowLimiter } from './rate-limiter';

/** What the poster needs of the Teams SDK's API client for one service URL. */
export type ConversationsApi = {
  readonly conversations: {
    create(params: CreateConversationParams): Promise<ConversationResource>;
  };
};

export type BotPosterOptions = {
  /** The SDK's API client for a service URL (one per region; see `createBotApp`). */
  readonly api: (serviceUrl: string) => ConversationsApi;
  readonly limiter: SlidingWindowLimiter;
  readonly clock?: Clock;
  readonly retry?: Partial<PostRetryPolicy>;
};

/**
 * Error codes of the Bot Connector that mean the bot cannot reach the conversation: removed from
 * the team (`BotNotInConversationRoster`, 403), or the channel or team gone (`ConversationNotFound`,
 * 404). Teams answers both when an app was uninstalled from a team.
 */
const BOT_REMOVED_CODES = new Set(['BotNotInConversationRoster', 'ConversationNotFound']);

/** Connection errors raised before a request left: nothing can have been posted. */
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ERR_INVALID_URL']);

/** An HTTP failure as the SDK's client (axios) reports it, read without trusting its shape. */
type HttpFailure = {
  readonly status: number | null;
  readonly retryAfter: unknown;
  readonly serviceCode: string | null;
  readonly networkCode: string | null;
};

function httpFailureOf(error: unknown): HttpFailure | null {
  if (typeof error !== 'object' || error === null || !('isAxiosError' in error)) return null;
  const e = error as {
    code?: unknown;
    response?: { status?: unknown; headers?: Record<string, unknown>; data?: unknown };
  };
  const status = typeof e.response?.status === 'number' ? e.response.status : null;
  const data = e.response?.data as { error?: { code?: unknown } } | undefined;
  return {
    status,
    retryAfter: e.response?.headers?.['retry-after'],
    serviceCode: typeof data?.error?.code === 'string' ? data.error.code : null,
    networkCode: typeof e.code === 'string' ? e.code : null,
  };
}

/** The Bot Connector did not accept the bot's credentials: configuration to fix, not a result. */
export class BotAuthenticationError extends Error {
  override readonly name = 'BotAuthenticationError';
}

function describe(failure: HttpFailure): string {
  if (failure.status === null) return `no response (${failure.networkCode ?? 'connection failed'})`;
  return failure.serviceCode === null
    ? `${failure.status}`
    : `${failure.status} ${failure.serviceCode}`;
}

function postError(
  code: PostErrorCode,
  failure: HttpFailure,
  attempts: number,
  retryAfterSeconds: number | null,
): PostError {
  const message = `${describe(failure)} after ${attempts} attempt${attempts === 1 ? '' : 's'}`;
  return {
    code,
    details: { attempts, status: failure.status ?? 0 },
    posted: code === 'POST.UNCONFIRMED' ? 'unknown' : 'no',
    status: failure.status,
    attempts,
    retryAfterSeconds,
    message,
  };
}

/** The activity id of a new post: given by the service, else the `;messageid=` of the thread id. */
function activityIdOf(resource: ConversationResource): string {
  if (typeof resource.activityId === 'string' && resource.activityId !== '')
    return resource.activityId;
  const match = /;messageid=([^;]+)$/.exec(resource.id);
  if (match?.[1] === undefined)
    throw new Error(`create conversation answered without an activity id`);
  return match[1];
}

type Verdict = { readonly retry: boolean; readonly code: PostErrorCode };

/**
 * What a failed request means. Retried: 429 and 412 (the service did nothing) and connections
 * refused before the request left; 502/504 only with `retryAmbiguous`. Final: 403/404 with a
 * "bot not in conversation" code → bot removed; 429 → throttled; any other 4xx → rejected (nothing
 * posted); 5xx and dropped connections → unconfirmed (the post may exist).
 */
function verdict(failure: HttpFailure, policy: PostRetryPolicy): Verdict {
  const { status } = failure;
  if (status === null) {
    const notSent = failure.networkCode !== null && NOT_SENT_CODES.has(failure.networkCode);
    return { retry: notSent, code: notSent ? 'POST.REJECTED' : 'POST.UNCONFIRMED' };
  }
  if (SAFE_RETRY_STATUSES.has(status)) {
    return { retry: true, code: status === 429 ? 'POST.THROTTLED' : 'POST.REJECTED' };
  }
  if (AMBIGUOUS_RETRY_STATUSES.has(status)) {
    return { retry: policy.retryAmbiguous, code: 'POST.UNCONFIRMED' };
  }
  if ((status === 403 || status === 404) && BOT_REMOVED_CODES.has(failure.serviceCode ?? '')) {
    return { retry: false, code: 'POST.BOT_REMOVED' };
  }
  return { retry: false, code: status >= 500 ? 'POST.UNCONFIRMED' : 'POST.REJECTED' };
}

/**
 * Posts each card as a new top-level message in a channel, the Teams SDK way:
 * `conversations.create({ isGroup: true, tenantId, channelData: { channel }, activity })`
 * (m365-platform-facts §2.2). Every request first takes a slot from the rate limiter (per thread
 * and per app); retryable failures (see `verdict`) wait for `Retry-After` or a full-jitter backoff,
 * and a 429 also pauses the thread in the limiter. The answer is a typed result; a 401 (bad
 * credentials) is thrown. Nothing here logs: errors carry the status and the service's error code,
 * never the request (which holds the bot's token).
 */
export function createBotPoster(options: BotPosterOptions): ChannelPoster {
  const clock = options.clock ?? SYSTEM_CLOCK;
  const policy: PostRetryPolicy = { ...DEFAULT_POST_RETRY_POLICY, ...options.retry };

  return {
    async postCard(target: ChannelTarget, card) {
      const params: CreateConversationParams = {
        // reason: marked for removal "by end of summer 2026" but still what Teams documents for a
        // new channel thread (bot-sdk-offline.md); the Bot Connector ignores it once removed.
        // eslint-disable-next-line @typescript-eslint/no-deprecated
        isGroup: true,
        tenantId: target.tenantId,
        channelData: { channel: { id: target.channelId }, tenant: { id: target.tenantId } },
        activity: {
          type: 'message',
          attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }],
        },
      };
      for (let attempt = 1; ; attempt += 1) {
        await options.limiter.acquire(target.tenantId, target.channelId);
        let resource: ConversationResource;
        try {
          resource = await options.api(target.serviceUrl).conversations.create(params);
        } catch (error: unknown) {
          const failure = httpFailureOf(error);
          if (failure === null) throw error;
          if (failure.status === 401) {
            throw new BotAuthenticationError("the Bot Connector refused the bot's token (401)");
          }
          const retryAfter = parseRetryAfter(failure.retryAfter, clock.now());
          const { retry, code } = verdict(failure, policy);
          if (!retry || attempt >= policy.maxAttempts) {
            return failed(postError(code, failure, attempt, retryAfter));
          }
          const delay = retryDelayMs(policy, attempt, retryAfter);
          if (failure.status === 429) options.limiter.pause(target.channelId, clock.now() + delay);
          await clock.sleep(delay);
          continue;
        }
        return ok({
          activityId: activityIdOf(resource),
          conversationId: resource.id,
          attempts: attempt,
        });
      }
    },
  };
}

function failed(error: PostError): { readonly ok: false; readonly error: PostError } {
  return { ok: false, error };
}

import type { DomainError, Result } from '../core/shared/result';

/**
 * Where a card goes: one channel of one team, through the Bot Connector of the team's region.
 * `serviceUrl` is regional and comes from the bot's install event (never hard-coded).
 */
export type ChannelTarget = {
  readonly serviceUrl: string;
  readonly tenantId: string;
  /** The team (its thread id or Microsoft 365 group id), for logs and the emulator. */
  readonly teamId: string;
  /** The channel's conversation id, `19:…@thread.tacv2`. */
  readonly channelId: string;
};

/** A card posted as a new top-level channel message. */
export type PostedCard = {
  /** The root message's id: replies and in-place updates refer to it. */
  readonly activityId: string;
  /** The thread's conversation id, `19:…@thread.tacv2;messageid=<activityId>`. */
  readonly conversationId: string;
  /** Requests it took, the successful one included. */
  readonly attempts: number;
};

export const POST_ERROR_CODES = [
  /** 403/404 "bot not in conversation": the bot was removed from the team (or the channel gone). */
  'POST.BOT_REMOVED',
  /** Still throttled (429) after every retry. */
  'POST.THROTTLED',
  /** Refused (another 4xx): nothing was posted. */
  'POST.REJECTED',
  /** No clear answer (5xx, dropped connection after sending): the post may have landed. */
  'POST.UNCONFIRMED',
] as const;
export type PostErrorCode = (typeof POST_ERROR_CODES)[number];

export type PostError = DomainError<PostErrorCode> & {
  /** Whether the post certainly did not land (`no`) or may have (`unknown`). */
  readonly posted: 'no' | 'unknown';
  /** The last HTTP status, or null when no response came. */
  readonly status: number | null;
  readonly attempts: number;
  /** The service's last `Retry-After`, in seconds, when it sent one. */
  readonly retryAfterSeconds: number | null;
  /** One line for the log row and the report: status and the service's error code, no secrets. */
  readonly message: string;
};

/**
 * Posts Adaptive Cards into channels as the bot. Business failures (removed bot, throttling to
 * the end, refusals, unclear outcomes) are results; broken configuration (no credentials, 401) is
 * thrown.
 */
export interface ChannelPoster {
  postCard(
    target: ChannelTarget,
    card: Readonly<Record<string, unknown>>,
  ): Promise<Result<PostedCard, PostError>>;
}

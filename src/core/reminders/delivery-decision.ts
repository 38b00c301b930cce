import { parseInstant, requireInstant } from '../schedule/brussels-time';
import type { IsoDateTime } from '../shared/dates';

/*
 * Exactly-once delivery of the monthly channel cards, as far as a channel allows it.
 *
 * The log holds one row per (kind, entity, month), keyed by the unique idempotency key
 * (`idempotencyKey`). The job follows this protocol for each card:
 *
 * 1. **Claim** before sending: create the row as `pending` (the list enforces the key's
 *    uniqueness, so a second, concurrent run gets a conflict and backs off), or take a row that was
 *    *definitely not posted* back to `pending` with `If-Match` (the loser of a race gets 412).
 * 2. **Send** the card as a new channel post.
 * 3. **Record** the outcome: `sent` with the activity id, or `failed` / `bot-removed` with why.
 *
 * A crash between 2 and 3 leaves a `pending` row whose card may or may not be in the channel.
 * Teams gives a bot no way to check: the Bot Connector's "get conversation activities" is not
 * available in Teams (learn.microsoft.com, "Teams bot API: get conversation activities — not
 * supported"), and Graph can read channel messages only with protected, admin-consented
 * permissions the app does not ask for. So the absence of the post can never be confirmed and the
 * rule is **at most once**: a `pending` row older than `pendingTimeoutMinutes` is resolved to
 * `failed` with the failure `unconfirmed`, reported for a human to check the channel, and never
 * sent again by the job. Only rows whose failure is known not to have posted anything (`not-posted`:
 * throttled to the end, refused with a 4xx; or `bot-removed`) are sent again, up to `maxAttempts`
 * sends in all. A duplicate card is thereby impossible; a lost card is always visible in the
 * report and in the log.
 */

/** The states of a log row (the list's `DeliveryState` choices). */
export const DELIVERY_STATES = ['pending', 'sent', 'failed', 'skipped', 'bot-removed'] as const;
export type DeliveryState = (typeof DELIVERY_STATES)[number];

/**
 * Why a `failed` row failed, which decides whether it may be sent again:
 * - `not-posted`: the service refused the post (throttled after every retry, a 4xx): nothing was
 *   posted, sending again cannot duplicate it;
 * - `unconfirmed`: the post may have landed (a crash after sending, a 5xx or a dropped connection
 *   after the request left): never sent again by the job.
 */
export const FAILURE_KINDS = ['not-posted', 'unconfirmed'] as const;
export type FailureKind = (typeof FAILURE_KINDS)[number];

/** How a failure kind is written at the start of the row's `LastError`, for people and the job. */
export const FAILURE_PREFIXES: Readonly<Record<FailureKind, string>> = {
  'not-posted': 'NOT_POSTED',
  unconfirmed: 'UNCONFIRMED',
};

/** What the decision needs of a log row. */
export type DeliveryRecord = {
  readonly state: DeliveryState;
  /** Sends attempted so far (each claim counts one). */
  readonly attempts: number;
  /** When the row was last written, by the store's clock: for a `pending` row, its claim. */
  readonly updatedAt: IsoDateTime | null;
  /** For a `failed` row: why (see {@link failureOf}); null when unknown. */
  readonly failure: FailureKind | null;
};

export type DeliveryPolicy = {
  /**
   * A `pending` row younger than this belongs to a run still in progress (a run posts a card in
   * seconds, even when throttled); an older one was left by a run that died.
   */
  readonly pendingTimeoutMinutes: number;
  /** Sends of one card in all, across runs, before the job gives up on it and reports it. */
  readonly maxAttempts: number;
};

export const DEFAULT_DELIVERY_POLICY: DeliveryPolicy = {
  pendingTimeoutMinutes: 15,
  maxAttempts: 3,
};

/** Why nothing is sent for a card this run. */
export const DELIVERY_SKIP_REASONS = [
  /** Posted already. */
  'already-sent',
  /** Decided not to post this month (nothing to say, no prompt left), recorded as `skipped`. */
  'nothing-to-post',
  /** Another run claimed it moments ago. */
  'in-progress',
  /** It may have been posted: a person must check the channel. */
  'unconfirmed',
  /** Not posted after `maxAttempts` sends. */
  'gave-up',
  /** The bot was removed from the team, and is not back yet. */
  'bot-removed',
] as const;
export type DeliverySkipReason = (typeof DELIVERY_SKIP_REASONS)[number];

export type DeliveryDecision =
  /** No row yet: create it `pending` (the unique key arbitrates between runs), then send. */
  | { readonly kind: 'claim' }
  /** Definitely not posted before: take the row back to `pending` with If-Match, then send. */
  | { readonly kind: 'retry'; readonly attempt: number }
  /** A `pending` row left by a dead run: mark it `failed`/`unconfirmed` and report; never send. */
  | { readonly kind: 'resolve-unconfirmed' }
  | { readonly kind: 'skip'; readonly reason: DeliverySkipReason };

export type DeliveryDecisionInput = {
  /** The log row of the card's idempotency key, or null when there is none. */
  readonly record: DeliveryRecord | null;
  /** Whether the bot is known to be installed in the team (its install event was recorded). */
  readonly botInstalled: boolean;
  /** The instant the job runs, ISO 8601 with an offset. */
  readonly now: IsoDateTime;
  readonly policy: DeliveryPolicy;
};

const MS_PER_MINUTE = 60_000;

function checkPolicy(policy: DeliveryPolicy): void {
  if (!Number.isFinite(policy.pendingTimeoutMinutes) || policy.pendingTimeoutMinutes <= 0) {
    throw new RangeError(`pendingTimeoutMinutes must be > 0, got ${policy.pendingTimeoutMinutes}`);
  }
  if (!Number.isInteger(policy.maxAttempts) || policy.maxAttempts < 1) {
    throw new RangeError(`maxAttempts must be a whole number ≥ 1, got ${policy.maxAttempts}`);
  }
}

function retryOrGiveUp(record: DeliveryRecord, policy: DeliveryPolicy): DeliveryDecision {
  if (record.attempts >= policy.maxAttempts) return { kind: 'skip', reason: 'gave-up' };
  return { kind: 'retry', attempt: record.attempts + 1 };
}

/**
 * What the job does with one card this run, given its log row (see the protocol above):
 *
 * | row | decision |
 * |---|---|
 * | none | `claim` |
 * | `sent` | skip `already-sent` |
 * | `skipped` | skip `nothing-to-post` |
 * | `pending`, claimed less than `pendingTimeoutMinutes` ago | skip `in-progress` |
 * | `pending`, older (or with no time) | `resolve-unconfirmed` |
 * | `failed`, `not-posted`, attempts < max | `retry` |
 * | `failed`, `not-posted`, attempts ≥ max | skip `gave-up` |
 * | `failed`, `unconfirmed` or unknown | skip `unconfirmed` |
 * | `bot-removed`, bot not installed again | skip `bot-removed` |
 * | `bot-removed`, bot installed again | as `failed`/`not-posted` (a 403 posted nothing) |
 *
 * A `pending` row's age is measured from its last write by the store's clock; a row dated after
 * `now` (clocks apart) counts as fresh. `now` and the policy are faults when invalid.
 */
export function decideDelivery(input: DeliveryDecisionInput): DeliveryDecision {
  const { record, policy } = input;
  checkPolicy(policy);
  const now = requireInstant(input.now, 'now');
  if (record === null) return { kind: 'claim' };
  switch (record.state) {
    case 'sent':
      return { kind: 'skip', reason: 'already-sent' };
    case 'skipped':
      return { kind: 'skip', reason: 'nothing-to-post' };
    case 'pending': {
      const claimedAt = record.updatedAt === null ? null : parseInstant(record.updatedAt);
      if (claimedAt === null) return { kind: 'resolve-unconfirmed' };
      const ageMinutes = (now - claimedAt) / MS_PER_MINUTE;
      return ageMinutes < policy.pendingTimeoutMinutes
        ? { kind: 'skip', reason: 'in-progress' }
        : { kind: 'resolve-unconfirmed' };
    }
    case 'failed':
      return record.failure === 'not-posted'
        ? retryOrGiveUp(record, policy)
        : { kind: 'skip', reason: 'unconfirmed' };
    case 'bot-removed':
      return input.botInstalled
        ? retryOrGiveUp(record, policy)
        : { kind: 'skip', reason: 'bot-removed' };
  }
}

/** How a send ended, as the job records it. */
export type PostOutcome =
  | { readonly kind: 'posted' }
  /** The bot is not in the team (403/404 from the channel): nothing was posted. */
  | { readonly kind: 'bot-removed'; readonly detail: string }
  /** Refused or throttled to the end: nothing was posted. */
  | { readonly kind: 'not-posted'; readonly detail: string }
  /** The post may have landed: a 5xx, a dropped connection or a crash after sending. */
  | { readonly kind: 'unconfirmed'; readonly detail: string };

/** The row's new state and `LastError` after a send. */
export type RecordedOutcome = {
  readonly state: Exclude<DeliveryState, 'pending' | 'skipped'>;
  readonly lastError: string | null;
};

/** Writes a failure kind and its detail as a `LastError` the job can read back. */
export function formatFailure(kind: FailureKind, detail: string): string {
  return `${FAILURE_PREFIXES[kind]}: ${detail}`;
}

/** The failure kind at the start of a `LastError`, or null when it has none (hand-edited, old). */
export function failureOf(lastError: string | null): FailureKind | null {
  if (lastError === null) return null;
  for (const kind of FAILURE_KINDS) {
    if (lastError.startsWith(`${FAILURE_PREFIXES[kind]}:`)) return kind;
  }
  return null;
}

/** The state to record after a send (see the protocol above). */
export function recordOutcome(outcome: PostOutcome): RecordedOutcome {
  switch (outcome.kind) {
    case 'posted':
      return { state: 'sent', lastError: null };
    case 'bot-removed':
      return { state: 'bot-removed', lastError: formatFailure('not-posted', outcome.detail) };
    case 'not-posted':
      return { state: 'failed', lastError: formatFailure('not-posted', outcome.detail) };
    case 'unconfirmed':
      return { state: 'failed', lastError: formatFailure('unconfirmed', outcome.detail) };
  }
}

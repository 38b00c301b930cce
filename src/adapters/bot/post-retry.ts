/**
 * How the poster retries. Microsoft's guidance for bots (msteams-platform/bots/how-to/rate-limit)
 * is to retry 429 with exponential backoff and jitter, honouring `Retry-After`, and to treat 412,
 * 502 and 504 as transient too. Backoff uses "full jitter" (AWS Architecture Blog, "Exponential
 * Backoff And Jitter"): a random wait between 0 and the exponential ceiling, so many posters
 * throttled together do not retry together.
 */
export type PostRetryPolicy = {
  /** Requests in all for one card, the first included. */
  readonly maxAttempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  /**
   * Whether 502/504 are retried when creating a post. They are transient for the service, but a
   * gateway error does not say whether the post was made: retrying may post the card twice. The
   * job's rule is at most once, so by default they end the send as "unconfirmed" (reported for a
   * person). Turning this on follows Microsoft's guidance literally and accepts that risk.
   */
  readonly retryAmbiguous: boolean;
  readonly random: () => number;
};

export const DEFAULT_POST_RETRY_POLICY: PostRetryPolicy = {
  // Six attempts with Teams' usual one-to-a-few-seconds Retry-After span well under a minute.
  maxAttempts: 6,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  retryAmbiguous: false,
  random: Math.random,
};

/** Statuses after which the service did nothing: 429 throttled, 412 precondition failed. */
export const SAFE_RETRY_STATUSES: ReadonlySet<number> = new Set([429, 412]);
/** Transient for the service, but the request may have been carried out. */
export const AMBIGUOUS_RETRY_STATUSES: ReadonlySet<number> = new Set([502, 504]);

/** Seconds from a `Retry-After` value (delta-seconds or an HTTP date, RFC 9110 §10.2.3), or null. */
export function parseRetryAfter(value: unknown, nowMs: number): number | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const text = String(value).trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text);
  const at = Date.parse(text);
  return Number.isNaN(at) ? null : Math.max(0, (at - nowMs) / 1000);
}

/** The wait before attempt `attempt + 1`: `Retry-After` when given, else full-jitter backoff. */
export function retryDelayMs(
  policy: PostRetryPolicy,
  attempt: number,
  retryAfterSeconds: number | null,
): number {
  if (retryAfterSeconds !== null) return Math.min(retryAfterSeconds * 1000, policy.maxDelayMs * 4);
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.floor(policy.random() * ceiling);
}

import {
  GraphNetworkError,
  type GraphHttp,
  type GraphRequestSpec,
  type GraphResponse,
} from './graph-http';

/**
 * When and how often to retry. Throttling answers 429 or 503 with `Retry-After` in seconds
 * (learn.microsoft.com "Avoid getting throttled or blocked in SharePoint Online"); 504 is a
 * gateway timeout. Without the header we back off exponentially with full jitter (AWS
 * Architecture Blog, "Exponential Backoff And Jitter"). `sleep` and `random` are injected so tests
 * never wait.
 */
export type RetryPolicy = {
  /** Attempts in all, the first included. */
  readonly maxAttempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  readonly sleep: (ms: number) => Promise<void>;
  readonly random: () => number;
};

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  // Five attempts span about a minute with SharePoint's usual Retry-After values; past that a
  // person is better served by "try again later" than by a spinner.
  maxAttempts: 5,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: Math.random,
};

export const THROTTLE_STATUSES: ReadonlySet<number> = new Set([429, 503, 504]);

/** Seconds from a `Retry-After` header (delta-seconds or an HTTP date), or null. */
export function retryAfterSeconds(headers: Readonly<Record<string, string>>): number | null {
  const value = headers['retry-after'];
  if (value === undefined || value.trim() === '') return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - Date.now()) / 1000));
}

/** How long to wait before attempt `attempt + 1`. */
export function retryDelayMs(
  policy: RetryPolicy,
  attempt: number,
  retryAfter: number | null,
): number {
  if (retryAfter !== null) return Math.min(retryAfter * 1000, policy.maxDelayMs * 4);
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.floor(policy.random() * ceiling);
}

/** How a read ended: a final response (maybe still throttled) or no connection at all. */
export type ReadOutcome =
  | { readonly type: 'response'; readonly response: GraphResponse; readonly attempts: number }
  | { readonly type: 'network'; readonly attempts: number; readonly cause: GraphNetworkError };

/**
 * Sends a request that is safe to repeat (a GET, or a `$batch` of GETs): retried on throttling
 * and on dropped connections. Returns the last response when attempts run out.
 */
export async function sendIdempotent(
  http: GraphHttp,
  policy: RetryPolicy,
  request: GraphRequestSpec,
): Promise<ReadOutcome> {
  for (let attempt = 1; ; attempt += 1) {
    let response: GraphResponse;
    try {
      response = await http.send(request);
    } catch (error: unknown) {
      if (!(error instanceof GraphNetworkError)) throw error;
      if (attempt >= policy.maxAttempts)
        return { type: 'network', attempts: attempt, cause: error };
      await policy.sleep(retryDelayMs(policy, attempt, null));
      continue;
    }
    if (!THROTTLE_STATUSES.has(response.status) || attempt >= policy.maxAttempts) {
      return { type: 'response', response, attempts: attempt };
    }
    await policy.sleep(retryDelayMs(policy, attempt, retryAfterSeconds(response.headers)));
  }
}

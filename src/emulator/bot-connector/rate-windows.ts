/** At most `limit` requests in any `windowMs`. */
export type WindowLimit = { readonly limit: number; readonly windowMs: number };

/**
 * Teams' limits for a bot (learn.microsoft.com, msteams-platform/bots/how-to/rate-limit): per
 * thread (a channel is one thread) 7 per second, 8 per 2 s, 60 per 30 s, 1,800 per hour, for
 * sending and for creating conversations alike; 50 requests per second per app per tenant.
 */
export const TEAMS_THREAD_LIMITS: readonly WindowLimit[] = [
  { limit: 7, windowMs: 1_000 },
  { limit: 8, windowMs: 2_000 },
  { limit: 60, windowMs: 30_000 },
  { limit: 1_800, windowMs: 3_600_000 },
];
export const TEAMS_APP_LIMITS: readonly WindowLimit[] = [{ limit: 50, windowMs: 1_000 }];

/**
 * The service's side of the limits: sliding windows over the requests it accepted. A request over
 * a limit is refused and not counted (only accepted requests fill the windows), with the seconds
 * until the window admits one again, as `Retry-After` carries them.
 */
export class RateWindows {
  private readonly times = new Map<string, number[]>();
  private readonly horizonMs: number;

  constructor(private readonly limits: readonly WindowLimit[]) {
    this.horizonMs = Math.max(0, ...limits.map((l) => l.windowMs));
  }

  /** Milliseconds until `key` may make a request at `now`; 0 when it may now. */
  waitMs(key: string, now: number): number {
    const times = this.prune(key, now);
    let wait = 0;
    for (const { limit, windowMs } of this.limits) {
      const inWindow = times.filter((t) => t > now - windowMs);
      if (inWindow.length < limit) continue;
      // The request that must leave the window for one more to fit.
      const leaving = inWindow[inWindow.length - limit] ?? now;
      wait = Math.max(wait, leaving + windowMs - now);
    }
    return wait;
  }

  record(key: string, now: number): void {
    this.prune(key, now).push(now);
  }

  reset(): void {
    this.times.clear();
  }

  private prune(key: string, now: number): number[] {
    const times = (this.times.get(key) ?? []).filter((t) => t > now - this.horizonMs);
    this.times.set(key, times);
    return times;
  }
}

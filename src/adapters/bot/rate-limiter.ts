/**
 * Time for the bot's pacing: a clock and a sleep that go together, so tests and the fan-out
 * benchmark can compress time for the poster and the emulator alike.
 */
export type Clock = {
  /** Milliseconds since the epoch. */
  now(): number;
  sleep(ms: number): Promise<void>;
};

export const SYSTEM_CLOCK: Clock = {
  now: () => Date.now(),
  sleep: (ms) =>
    new Promise((resolve) => {
      setTimeout(resolve, Math.max(0, ms));
    }),
};

/**
 * At most `limit` operations in any `windowMs` (a sliding window). `smooth` also keeps
 * `windowMs / limit` between two operations: the window is filled evenly instead of in bursts.
 */
export type RateLimit = {
  readonly limit: number;
  readonly windowMs: number;
  readonly smooth?: boolean;
};

/**
 * Teams' limits for a bot sending to one thread (a channel is one thread), "send to conversation"
 * and "create conversation" alike (learn.microsoft.com, msteams-platform/bots/how-to/rate-limit:
 * 7 per second, 8 per 2 s, 60 per 30 s, 1,800 per hour).
 */
export const BOT_THREAD_LIMITS: readonly RateLimit[] = [
  { limit: 7, windowMs: 1_000 },
  { limit: 8, windowMs: 2_000 },
  { limit: 60, windowMs: 30_000 },
  { limit: 1_800, windowMs: 3_600_000 },
];

/**
 * The global limit per app per tenant: 50 requests per second (same page, current revision),
 * spread evenly (one every 20 ms). The service counts requests when they arrive, not when they
 * leave: a burst of 50 whose tail arrives late overlaps the next second's burst and is refused,
 * while an even stream arrives as evenly as it left.
 */
export const BOT_APP_LIMITS: readonly RateLimit[] = [{ limit: 50, windowMs: 1_000, smooth: true }];

export type RateLimiterOptions = {
  readonly thread?: readonly RateLimit[];
  readonly app?: readonly RateLimit[];
  readonly clock?: Clock;
  /**
   * Added to every window here: a request admitted at the last moment of a window may arrive a
   * few milliseconds later and still land in the service's previous window. The margin keeps the
   * client's count at or below the service's.
   */
  readonly marginMs?: number;
};

type Windows = {
  /** Reserved send times, ascending; past ones are pruned. */
  readonly times: number[];
  pausedUntil: number;
};

function checkLimits(limits: readonly RateLimit[]): void {
  for (const { limit, windowMs } of limits) {
    if (!Number.isInteger(limit) || limit < 1 || !(windowMs > 0)) {
      throw new RangeError(`invalid rate limit ${limit} per ${windowMs} ms`);
    }
  }
}

/** Inserts into an ascending array. */
function insertSorted(times: number[], value: number): void {
  let index = times.length;
  while (index > 0 && (times[index - 1] ?? 0) > value) index -= 1;
  times.splice(index, 0, value);
}

/** Events in (end - windowMs, end]. */
function countIn(times: readonly number[], end: number, windowMs: number): number {
  let count = 0;
  for (const time of times) if (time > end - windowMs && time <= end) count += 1;
  return count;
}

/**
 * Whether one more event at `at` keeps every window at or under its limit. Reservations may lie
 * in the future, so every window that contains `at` is checked, not only the one ending there:
 * those ending at `at` and at each later event less than a window away.
 */
function admits(times: readonly number[], limits: readonly RateLimit[], at: number): boolean {
  return limits.every(({ limit, windowMs, smooth }) => {
    const spacing = smooth === true ? windowMs / limit : 0;
    if (spacing > 0 && times.some((t) => Math.abs(t - at) < spacing)) return false;
    const ends = [at, ...times.filter((t) => t > at && t < at + windowMs)];
    return ends.every((end) => countIn(times, end, windowMs) + 1 <= limit);
  });
}

/** Instants at which a limit may admit again: when an event leaves the window or its spacing. */
function releases(times: readonly number[], limits: readonly RateLimit[]): number[] {
  return times.flatMap((t) =>
    limits.flatMap((l) => [
      t + l.windowMs,
      ...(l.smooth === true ? [t + l.windowMs / l.limit] : []),
    ]),
  );
}

/**
 * A client-side limiter for the bot's sends: the per-thread windows and the per-app window at
 * once. `acquire` reserves the earliest instant every window admits and sleeps until then, so
 * concurrent callers queue in order without ever exceeding a window, and a send to a quiet
 * thread is not held up behind a busy one. A 429's `Retry-After` pauses the thread (`pause`).
 * State lives in memory: one limiter per process, shared by every poster of the process.
 */
export class SlidingWindowLimiter {
  private readonly threadLimits: readonly RateLimit[];
  private readonly appLimits: readonly RateLimit[];
  private readonly clock: Clock;
  private readonly horizonMs: number;
  private readonly threads = new Map<string, Windows>();
  private readonly apps = new Map<string, Windows>();

  constructor(options: RateLimiterOptions = {}) {
    const margin = options.marginMs ?? 25;
    if (!(margin >= 0)) throw new RangeError(`marginMs must be ≥ 0, got ${margin}`);
    const widen = (limits: readonly RateLimit[]): RateLimit[] =>
      limits.map((l) => ({ ...l, windowMs: l.windowMs + margin }));
    checkLimits(options.thread ?? BOT_THREAD_LIMITS);
    checkLimits(options.app ?? BOT_APP_LIMITS);
    this.threadLimits = widen(options.thread ?? BOT_THREAD_LIMITS);
    this.appLimits = widen(options.app ?? BOT_APP_LIMITS);
    this.clock = options.clock ?? SYSTEM_CLOCK;
    this.horizonMs = Math.max(...[...this.threadLimits, ...this.appLimits].map((l) => l.windowMs));
  }

  /**
   * Waits for a slot to send to `threadId` as the app in `tenantId`; resolves with the time
   * waited (ms).
   */
  async acquire(tenantId: string, threadId: string): Promise<number> {
    const now = this.clock.now();
    const slot = this.reserve(
      this.windows(this.apps, tenantId),
      this.windows(this.threads, threadId),
      now,
    );
    const wait = slot - now;
    if (wait > 0) await this.clock.sleep(wait);
    return Math.max(0, wait);
  }

  /** After a 429: nothing goes to the thread before `untilMs` (the service's `Retry-After`). */
  pause(threadId: string, untilMs: number): void {
    const windows = this.windows(this.threads, threadId);
    windows.pausedUntil = Math.max(windows.pausedUntil, untilMs);
  }

  private windows(map: Map<string, Windows>, key: string): Windows {
    let windows = map.get(key);
    if (windows === undefined) {
      windows = { times: [], pausedUntil: 0 };
      map.set(key, windows);
    }
    return windows;
  }

  /** The earliest instant both the app's and the thread's windows admit, recorded in both. */
  private reserve(app: Windows, thread: Windows, now: number): number {
    for (const windows of [app, thread]) {
      const stale = windows.times.findIndex((t) => t > now - this.horizonMs);
      windows.times.splice(0, stale === -1 ? windows.times.length : stale);
    }
    const from = Math.max(now, app.pausedUntil, thread.pausedUntil);
    // Admission only changes where an event leaves a window or its spacing: try those in order.
    const candidates = [
      from,
      ...releases(app.times, this.appLimits),
      ...releases(thread.times, this.threadLimits),
    ]
      .filter((t) => t >= from)
      .sort((a, b) => a - b);
    for (const at of candidates) {
      if (admits(app.times, this.appLimits, at) && admits(thread.times, this.threadLimits, at)) {
        insertSorted(app.times, at);
        insertSorted(thread.times, at);
        return at;
      }
    }
    // Unreachable: the last candidate is after every event has left its window.
    throw new Error('rate limiter found no slot');
  }
}

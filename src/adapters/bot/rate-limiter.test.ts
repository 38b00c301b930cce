import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BOT_APP_LIMITS,
  BOT_THREAD_LIMITS,
  SlidingWindowLimiter,
  type Clock,
  type RateLimit,
} from './rate-limiter';

/** A clock that stands still unless moved; sleeps are recorded and return at once. */
function frozenClock(start = 1_000_000) {
  let time = start;
  const sleeps: number[] = [];
  const clock: Clock = {
    now: () => time,
    sleep: (ms) => {
      sleeps.push(ms);
      return Promise.resolve();
    },
  };
  return { clock, sleeps, set: (t: number) => (time = t) };
}

async function slots(limiter: SlidingWindowLimiter, now: number, calls: [string, string][]) {
  const waits = await Promise.all(calls.map(([tenant, thread]) => limiter.acquire(tenant, thread)));
  return waits.map((w) => now + w);
}

function worstWindow(times: readonly number[], { windowMs }: RateLimit): number {
  return Math.max(
    0,
    ...times.map((end) => times.filter((t) => t > end - windowMs && t <= end).length),
  );
}

describe('SlidingWindowLimiter', () => {
  it('spreads the app’s 50 sends per second evenly, one every 20 ms', async () => {
    const { clock } = frozenClock();
    const limiter = new SlidingWindowLimiter({ clock, marginMs: 0 });
    const calls = Array.from({ length: 120 }, (_, i): [string, string] => ['t', `thread-${i}`]);
    const at = (await slots(limiter, clock.now(), calls)).map((t) => t - 1_000_000);
    expect(at.slice(0, 4)).toEqual([0, 20, 40, 60]);
    expect(at[49]).toBe(980);
    expect(at[119]).toBe(2_380);
    for (const limit of BOT_APP_LIMITS)
      expect(worstWindow(at, limit)).toBeLessThanOrEqual(limit.limit);
  });

  it('lets a burst of 50 through when the app limit is not smoothed', async () => {
    const { clock } = frozenClock();
    const limiter = new SlidingWindowLimiter({
      clock,
      marginMs: 0,
      app: [{ limit: 50, windowMs: 1_000 }],
    });
    const calls = Array.from({ length: 120 }, (_, i): [string, string] => ['t', `thread-${i}`]);
    const at = await slots(limiter, clock.now(), calls);
    expect(at.filter((t) => t === 1_000_000)).toHaveLength(50);
    expect(at.filter((t) => t === 1_001_000)).toHaveLength(50);
    expect(at.filter((t) => t === 1_002_000)).toHaveLength(20);
  });

  it('keeps one thread at 7 per second and 8 per 2 seconds', async () => {
    const { clock } = frozenClock();
    const limiter = new SlidingWindowLimiter({
      clock,
      marginMs: 0,
      app: [{ limit: 50, windowMs: 1_000 }],
    });
    const at = await slots(
      limiter,
      clock.now(),
      Array.from({ length: 10 }, (): [string, string] => ['t', 'general']),
    );
    const relative = at.map((t) => t - 1_000_000);
    expect(relative.slice(0, 7)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    // The 8th fits the 7/1 s window a second later; then 8/2 s holds the rest until 2 s.
    expect(relative[7]).toBe(1_000);
    expect(relative.slice(8)).toEqual([2_000, 2_000]);
  });

  it('does not hold a quiet thread behind a busy one', async () => {
    const { clock } = frozenClock();
    const limiter = new SlidingWindowLimiter({ clock, marginMs: 0 });
    const busy = Array.from({ length: 9 }, (): [string, string] => ['t', 'busy']);
    const at = await slots(limiter, clock.now(), [...busy, ['t', 'quiet']]);
    // The busy thread waits a second after its 7th; the quiet one takes the next 20 ms slot.
    expect(at[9]! - 1_000_000).toBe(140);
  });

  it('widens every window by the margin', async () => {
    const { clock } = frozenClock();
    const limiter = new SlidingWindowLimiter({
      clock,
      marginMs: 25,
      app: [{ limit: 50, windowMs: 1_000 }],
    });
    const at = await slots(
      limiter,
      clock.now(),
      Array.from({ length: 8 }, (): [string, string] => ['t', 'general']),
    );
    expect(at[7]! - 1_000_000).toBe(1_025);
  });

  it('pauses a thread after a 429 until its Retry-After', async () => {
    const { clock, sleeps } = frozenClock();
    const limiter = new SlidingWindowLimiter({ clock, marginMs: 0 });
    limiter.pause('general', 1_003_000);
    expect(await limiter.acquire('t', 'general')).toBe(3_000);
    expect(await limiter.acquire('t', 'other')).toBe(0);
    expect(sleeps).toEqual([3_000]);
  });

  it('forgets sends that left every window', async () => {
    const { clock, set } = frozenClock();
    const limiter = new SlidingWindowLimiter({ clock, marginMs: 0 });
    await slots(
      limiter,
      clock.now(),
      Array.from({ length: 7 }, (): [string, string] => ['t', 'g']),
    );
    set(1_000_000 + 3_700_000);
    expect(await limiter.acquire('t', 'g')).toBe(0);
  });

  it('refuses limits that make no sense', () => {
    expect(() => new SlidingWindowLimiter({ thread: [{ limit: 0, windowMs: 1000 }] })).toThrow(
      RangeError,
    );
    expect(() => new SlidingWindowLimiter({ app: [{ limit: 5, windowMs: 0 }] })).toThrow(
      RangeError,
    );
    expect(() => new SlidingWindowLimiter({ marginMs: -1 })).toThrow(RangeError);
  });

  it('never exceeds a documented window, whatever arrives when (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            gap: fc.integer({ min: 0, max: 400 }),
            thread: fc.integer({ min: 0, max: 3 }),
          }),
          { minLength: 1, maxLength: 150 },
        ),
        async (arrivals) => {
          const { clock, set } = frozenClock(0);
          const limiter = new SlidingWindowLimiter({ clock, marginMs: 0 });
          const sent = new Map<string, number[]>();
          const all: number[] = [];
          let now = 0;
          for (const { gap, thread } of arrivals) {
            now += gap;
            set(now);
            const at = now + (await limiter.acquire('tenant', `thread-${thread}`));
            const list = sent.get(`thread-${thread}`) ?? [];
            list.push(at);
            sent.set(`thread-${thread}`, list);
            all.push(at);
          }
          for (const limit of BOT_APP_LIMITS)
            expect(worstWindow(all, limit)).toBeLessThanOrEqual(limit.limit);
          for (const times of sent.values()) {
            for (const limit of BOT_THREAD_LIMITS) {
              expect(worstWindow(times, limit)).toBeLessThanOrEqual(limit.limit);
            }
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

import type { Clock } from '../rate-limiter';

/**
 * Real time run `factor` times faster: a sleep of 1,000 ms takes 1,000 / factor ms, and `now()`
 * advances `factor` ms per real millisecond. Shared by the poster's limiter and the emulator's
 * Bot Connector, both see the same time, so rate limits hold exactly as in real time while a test
 * that must wait 8 s for 400 posts at 50 per second waits a fraction of it.
 */
export function compressedClock(factor: number, start: number = Date.now()): Clock {
  if (!(factor >= 1)) throw new RangeError(`factor must be ≥ 1, got ${factor}`);
  const realStart = performance.now();
  return {
    now: () => start + (performance.now() - realStart) * factor,
    sleep: (ms) =>
      new Promise((resolve) => {
        setTimeout(resolve, Math.max(0, ms / factor));
      }),
  };
}

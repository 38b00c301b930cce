import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { botConnector } from '../../emulator/bot-connector/bot-connector';
import { startTestEmulator, type TestEmulator } from '../../emulator/test-support/emulator-harness';
import { createLocalRuntime } from '../../job/composition/local-runtime';
import type { ReminderRuntime } from '../../job/composition/reminder-runtime';
import { compressedClock } from './test-support/compressed-clock';
import { seedFanoutEntities, type FanoutEntity } from './test-support/fanout-fixture';

/*
 * 200 entities, each with its own channel, in one pass against the emulator's Bot Connector,
 * which enforces Teams' limits (7/1 s per thread, 50/1 s per app) and answers 10 % of requests
 * with an injected 429. Time runs 25 times faster for the poster's limiter and the emulator's
 * alike (one clock), so the ≥ 8 s the limits impose on 400 posts take a third of a second; what
 * remains is the emulator's Graph work (about 2,000 list requests, in this process).
 */

const ENTITIES = 200;
const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };
const clock = compressedClock(25);

let emulator: TestEmulator;
let runtime: ReminderRuntime;
let entities: FanoutEntity[];

beforeAll(async () => {
  emulator = await startTestEmulator({
    extraRoutes: [
      botConnector({
        clock: () => clock.now(),
        faults: { rate: 0.1, statuses: [429], retryAfterSeconds: 1, seed: 20270101 },
      }),
    ],
  });
  entities = await seedFanoutEntities(emulator.url, ENTITIES);
  runtime = await createLocalRuntime({
    emulatorUrl: emulator.url,
    siteId: emulator.siteId,
    log: silent,
    clock,
    concurrency: 32,
  });
}, 60_000);

afterAll(async () => {
  await emulator.close();
});

type Activity = { id: string; channelId: string; activity: unknown };

describe('fan-out to 200 channels', () => {
  it('posts every card exactly once within the limits, despite 10 % throttling', async () => {
    const started = performance.now();
    const [report] = await runtime.runOnce(new Date('2027-01-01T09:30:00+01:00'));
    const seconds = (performance.now() - started) / 1000;

    expect(report?.faults).toEqual([]);
    expect(report?.failed).toEqual([]);
    // 200 fan-out entities and the demo entity, two cards each.
    expect(report?.sent).toHaveLength(2 * (ENTITIES + 1));

    const all = (
      (await (await emulator.raw('/_emulator/bot/activities')).json()) as { value: Activity[] }
    ).value;
    expect(all).toHaveLength(2 * (ENTITIES + 1));
    const byChannel = new Map<string, Activity[]>();
    for (const a of all) byChannel.set(a.channelId, [...(byChannel.get(a.channelId) ?? []), a]);
    for (const { channelId } of entities) {
      const channel = byChannel.get(channelId) ?? [];
      // 0 lost, 0 duplicates, reminder before prompt.
      expect(
        channel.map((a) =>
          JSON.stringify(a.activity).includes('dialogue.discussed') ? 'prompt' : 'reminder',
        ),
      ).toEqual(['reminder', 'prompt']);
    }
    const stats = (await (await emulator.raw('/_emulator/bot/stats')).json()) as {
      accepted: number;
      injected: number;
      rateLimited: number;
    };
    expect(stats.accepted).toBe(all.length);
    expect(stats.injected).toBeGreaterThan(20);
    // The poster's own limiter kept within the service's windows: (almost) no refusals for limits.
    expect(stats.rateLimited).toBeLessThanOrEqual(4);
    console.info(
      `fan-out: ${all.length} posts, ${stats.injected} injected 429s, ${stats.rateLimited} limit 429s, ${seconds.toFixed(1)} s real (${(seconds * 25).toFixed(1)} s compressed)`,
    );
    // A bound, not a benchmark (bench/fanout.bench.ts measures): on an idle machine this is ~5 s.
    expect(seconds).toBeLessThan(90);

    // Running again sends nothing.
    const [again] = await runtime.runOnce(new Date('2027-01-01T10:30:00+01:00'));
    expect(again?.sent).toEqual([]);
  }, 180_000);
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ChannelRef, ReminderCadence } from './entity-settings.types';
import { reminderDue, reminderSlot } from './reminder-due';
import type { ReminderDue, ReminderDueInput } from './reminder-due';

const channel: ChannelRef = {
  teamId: 'team-1',
  channelId: '19:abc@thread.tacv2',
  channelName: 'Integriteit',
};

function cadence(dayOfMonth: number, hour: number, pauseUntil: string | null = null) {
  return { dayOfMonth, hour, pauseUntil } satisfies ReminderCadence;
}

function due(
  c: ReminderCadence,
  now: string,
  lastPostedPeriod: string | null = null,
  reminderChannel: ChannelRef | null = channel,
): ReminderDue {
  const input: ReminderDueInput = {
    settings: { cadence: c, reminderChannel },
    now,
    lastPostedPeriod,
  };
  const result = reminderDue(input);
  if (!result.ok) throw new Error(`unexpected error ${result.error.code}`);
  return result.value;
}

describe('reminderSlot', () => {
  it.each([
    // Winter (CET, +01:00) and summer (CEST, +02:00).
    [cadence(5, 9), '2027-01', '2027-01-05T09:00:00+01:00'],
    [cadence(5, 9), '2027-07', '2027-07-05T09:00:00+02:00'],
    // Spring forward, Sunday 28 March 2027: 02:00 does not exist, it becomes 03:00 CEST.
    [cadence(28, 1), '2027-03', '2027-03-28T01:00:00+01:00'],
    [cadence(28, 2), '2027-03', '2027-03-28T03:00:00+02:00'],
    [cadence(28, 3), '2027-03', '2027-03-28T03:00:00+02:00'],
    [cadence(28, 4), '2027-03', '2027-03-28T04:00:00+02:00'],
    // Fall back, Sunday 25 October 2026: 02:00 happens twice, the first one (CEST) is taken.
    [cadence(25, 1), '2026-10', '2026-10-25T01:00:00+02:00'],
    [cadence(25, 2), '2026-10', '2026-10-25T02:00:00+02:00'],
    [cadence(25, 3), '2026-10', '2026-10-25T03:00:00+01:00'],
    // Midnight and the last hour; the 28th of February in a leap and a common year.
    [cadence(1, 0), '2028-01', '2028-01-01T00:00:00+01:00'],
    [cadence(28, 23), '2028-02', '2028-02-28T23:00:00+01:00'],
    [cadence(28, 23), '2027-02', '2027-02-28T23:00:00+01:00'],
    [cadence(28, 23), '2027-12', '2027-12-28T23:00:00+01:00'],
  ])('%o in %s is at %s', (c, period, expected) => {
    expect(reminderSlot(c, period)).toEqual({ ok: true, value: expected });
  });

  it('refuses a bad cadence or period key', () => {
    expect(reminderSlot(cadence(29, 9), '2027-01')).toMatchObject({
      ok: false,
      error: { code: 'SCHEDULE.INVALID_CADENCE_DAY' },
    });
    expect(reminderSlot(cadence(5, 9), '2027-13')).toMatchObject({
      ok: false,
      error: { code: 'SCHEDULE.INVALID_PERIOD_KEY', details: { value: '2027-13' } },
    });
  });
});

describe('reminderDue', () => {
  it.each([
    // [cadence, now, lastPosted, expected]
    // Around the slot, winter time: 5 January 09:00 CET = 08:00 UTC.
    [cadence(5, 9), '2027-01-05T07:59:59Z', null, { kind: 'not-due', reason: 'not-yet' }],
    [cadence(5, 9), '2027-01-05T08:00:00Z', null, { kind: 'due', period: '2027-01' }],
    [cadence(5, 9), '2027-01-31T22:59:59Z', null, { kind: 'due', period: '2027-01' }],
    [
      cadence(5, 9),
      '2027-01-05T08:00:00Z',
      '2027-01',
      { kind: 'not-due', reason: 'already-posted' },
    ],
    [cadence(5, 9), '2027-01-05T08:00:00Z', '2026-12', { kind: 'due', period: '2027-01' }],
    // A later period recorded (clock moved back): still already posted.
    [
      cadence(5, 9),
      '2027-01-05T08:00:00Z',
      '2027-02',
      { kind: 'not-due', reason: 'already-posted' },
    ],
    // Year boundary: 31 December 23:30 UTC is already 1 January in Brussels.
    [cadence(1, 0), '2027-12-31T22:59:59Z', '2027-11', { kind: 'due', period: '2027-12' }],
    [cadence(1, 0), '2027-12-31T23:00:00Z', '2027-12', { kind: 'due', period: '2028-01' }],
    [
      cadence(1, 0),
      '2027-12-31T23:00:00+00:00',
      '2028-01',
      { kind: 'not-due', reason: 'already-posted' },
    ],
    // Summer time: 5 July 09:00 CEST = 07:00 UTC; same instant written with its offset.
    [cadence(5, 9), '2027-07-05T06:59:00Z', null, { kind: 'not-due', reason: 'not-yet' }],
    [cadence(5, 9), '2027-07-05T09:00:00+02:00', null, { kind: 'due', period: '2027-07' }],
    // Spring forward 2027-03-28: hour 2 fires at 03:00 CEST (01:00 UTC), once.
    [cadence(28, 2), '2027-03-28T00:59:59Z', null, { kind: 'not-due', reason: 'not-yet' }],
    [cadence(28, 2), '2027-03-28T01:00:00Z', null, { kind: 'due', period: '2027-03' }],
    [
      cadence(28, 2),
      '2027-03-28T03:00:00+02:00',
      '2027-03',
      { kind: 'not-due', reason: 'already-posted' },
    ],
    // Fall back 2027-10-31 is the 31st, outside the cadence; 2026-10-25 has the repeated hour.
    [cadence(25, 2), '2026-10-24T23:59:59Z', null, { kind: 'not-due', reason: 'not-yet' }],
    [cadence(25, 2), '2026-10-25T00:00:00Z', null, { kind: 'due', period: '2026-10' }],
    // The second 02:00 (CET) is the same month: posted once already.
    [
      cadence(25, 2),
      '2026-10-25T02:00:00+01:00',
      '2026-10',
      { kind: 'not-due', reason: 'already-posted' },
    ],
    // Month end: the 28th at 23:00 in February of a leap year and in a common year.
    [cadence(28, 23), '2028-02-28T21:59:59Z', null, { kind: 'not-due', reason: 'not-yet' }],
    [cadence(28, 23), '2028-02-28T22:00:00Z', null, { kind: 'due', period: '2028-02' }],
    [cadence(28, 23), '2028-02-29T22:59:59Z', null, { kind: 'due', period: '2028-02' }],
    [cadence(28, 23), '2028-02-29T23:00:00Z', null, { kind: 'not-due', reason: 'not-yet' }],
    [cadence(28, 23), '2027-02-28T22:00:00Z', null, { kind: 'due', period: '2027-02' }],
    // Last hour of 31 October 2027 (after the fall back): still October.
    [cadence(28, 23), '2027-10-31T22:59:59Z', '2027-09', { kind: 'due', period: '2027-10' }],
    [cadence(28, 23), '2027-10-31T23:00:00Z', '2027-10', { kind: 'not-due', reason: 'not-yet' }],
  ] as const)('%o at %s (last posted %s) → %o', (c, now, last, expected) => {
    expect(due(c, now, last)).toMatchObject(expected);
  });

  it('gives the scheduled instant with its Brussels offset', () => {
    expect(due(cadence(28, 2), '2027-03-30T10:00:00Z')).toEqual({
      kind: 'due',
      period: '2027-03',
      scheduledAt: '2027-03-28T03:00:00+02:00',
    });
  });

  it('is never due without a channel', () => {
    expect(due(cadence(5, 9), '2027-01-20T12:00:00Z', null, null)).toEqual({
      kind: 'not-due',
      reason: 'no-channel',
      period: '2027-01',
    });
  });

  describe('pause until a day (the first day posts may go out again)', () => {
    it.each([
      // Slot 15th 09:00; paused until the 15th: the slot's day is not before it, so it fires.
      ['2027-03-15', '2027-03-15T07:59:00Z', 'not-yet'],
      ['2027-03-15', '2027-03-15T08:00:00Z', 'due'],
      // Paused until the 16th: the slot on the 15th falls in the pause, March is skipped.
      ['2027-03-16', '2027-03-15T08:00:00Z', 'paused'],
      ['2027-03-16', '2027-03-16T08:00:00Z', 'paused'],
      ['2027-03-16', '2027-03-31T21:59:59Z', 'paused'],
      // April is not paused any more.
      ['2027-03-16', '2027-04-01T00:00:00+02:00', 'not-yet'],
      ['2027-03-16', '2027-04-15T09:00:00+02:00', 'due'],
      // Before the slot, the entity is paused while today is before the pause end…
      ['2027-03-10', '2027-03-09T22:59:59Z', 'paused'],
      // …and waits for its slot from that day on (midnight in Brussels, 23:00 UTC the day before).
      ['2027-03-10', '2027-03-09T23:00:00Z', 'not-yet'],
      // A pause that ended long ago changes nothing; one far ahead blocks everything.
      ['2020-01-01', '2027-03-15T08:00:00Z', 'due'],
      ['9999-12-31', '2027-03-15T08:00:00Z', 'paused'],
    ])('paused until %s, at %s → %s', (pauseUntil, now, expected) => {
      const result = due(cadence(15, 9, pauseUntil), now);
      expect(result.kind === 'due' ? 'due' : result.reason).toBe(expected);
    });

    it('reports a missing channel before a pause', () => {
      expect(due(cadence(15, 9, '2027-04-01'), '2027-03-15T08:00:00Z', null, null)).toMatchObject({
        reason: 'no-channel',
      });
    });
  });

  describe('failures', () => {
    it.each([
      [cadence(0, 9), 'SCHEDULE.INVALID_CADENCE_DAY', { dayOfMonth: 0 }],
      [cadence(29, 9), 'SCHEDULE.INVALID_CADENCE_DAY', { dayOfMonth: 29 }],
      [cadence(1.5, 9), 'SCHEDULE.INVALID_CADENCE_DAY', { dayOfMonth: 1.5 }],
      [cadence(Number.NaN, 9), 'SCHEDULE.INVALID_CADENCE_DAY', { dayOfMonth: Number.NaN }],
      [cadence(1, -1), 'SCHEDULE.INVALID_CADENCE_HOUR', { hour: -1 }],
      [cadence(1, 24), 'SCHEDULE.INVALID_CADENCE_HOUR', { hour: 24 }],
      [cadence(1, 8.5), 'SCHEDULE.INVALID_CADENCE_HOUR', { hour: 8.5 }],
      [cadence(1, 8, '2027-02-30'), 'SCHEDULE.INVALID_PAUSE_DATE', { value: '2027-02-30' }],
      [cadence(1, 8, '15/03/2027'), 'SCHEDULE.INVALID_PAUSE_DATE', { value: '15/03/2027' }],
    ])('%o → %s', (c, code, details) => {
      const result = reminderDue({
        settings: { cadence: c, reminderChannel: channel },
        now: '2027-01-01T00:00:00Z',
        lastPostedPeriod: null,
      });
      expect(result).toEqual({ ok: false, error: { code, details } });
    });

    it('refuses a malformed last posted period', () => {
      const result = reminderDue({
        settings: { cadence: cadence(5, 9), reminderChannel: channel },
        now: '2027-01-05T08:00:00Z',
        lastPostedPeriod: '2027-1',
      });
      expect(result).toEqual({
        ok: false,
        error: { code: 'SCHEDULE.INVALID_PERIOD_KEY', details: { value: '2027-1' } },
      });
    });

    it.each(['2027-01-05T09:00:00', '2027-01-05', 'now', '2027-02-29T00:00:00Z'])(
      'throws on a `now` that is not an instant with offset: %s',
      (now) => {
        expect(() =>
          reminderDue({
            settings: { cadence: cadence(5, 9), reminderChannel: channel },
            now,
            lastPostedPeriod: null,
          }),
        ).toThrow(RangeError);
      },
    );
  });
});

const HOUR = 3_600_000;

/** Runs an hourly job for 12 Brussels months from `start` (first instant of a month). */
function simulateYear(c: ReminderCadence, startYear: number, startMonth: number) {
  const first = Date.parse(reminderSlotOrThrow(cadence(1, 0), startYear, startMonth));
  const endYear = startYear + 1;
  const end = Date.parse(reminderSlotOrThrow(cadence(1, 0), endYear, startMonth));
  const posts: { period: string; at: string; scheduledAt: string }[] = [];
  let lastPostedPeriod: string | null = null;
  for (let t = first; t < end; t += HOUR) {
    const at = new Date(t).toISOString();
    const result = due(c, at, lastPostedPeriod);
    if (result.kind === 'due') {
      posts.push({ period: result.period, at, scheduledAt: result.scheduledAt });
      lastPostedPeriod = result.period;
    }
  }
  return posts;
}

function reminderSlotOrThrow(c: ReminderCadence, year: number, month: number): string {
  const key = `${String(year)}-${String(month).padStart(2, '0')}`;
  const result = reminderSlot(c, key);
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}

function monthsFrom(year: number, month: number): string[] {
  return Array.from({ length: 12 }, (_, i) => {
    const m = month - 1 + i;
    return `${String(year + Math.floor(m / 12))}-${String((m % 12) + 1).padStart(2, '0')}`;
  });
}

describe('reminderDue over a year of hourly runs', () => {
  const cadenceArb = fc.record({
    dayOfMonth: fc.integer({ min: 1, max: 28 }),
    hour: fc.integer({ min: 0, max: 23 }),
    pauseUntil: fc.constant(null),
  });
  const startArb = fc.record({
    year: fc.integer({ min: 2024, max: 2040 }),
    month: fc.integer({ min: 1, max: 12 }),
  });

  it('posts exactly once per month, at the scheduled instant', () => {
    fc.assert(
      fc.property(cadenceArb, startArb, (c, start) => {
        const posts = simulateYear(c, start.year, start.month);
        expect(posts.map((p) => p.period)).toEqual(monthsFrom(start.year, start.month));
        for (const post of posts) {
          // Brussels offsets are whole hours, so an hourly job meets the slot exactly.
          expect(Date.parse(post.at)).toBe(Date.parse(post.scheduledAt));
        }
      }),
      {
        numRuns: 16,
        // Both DST changes with the hour that is missing or repeated on that day.
        examples: [
          [
            { dayOfMonth: 28, hour: 2, pauseUntil: null },
            { year: 2027, month: 1 },
          ],
          [
            { dayOfMonth: 25, hour: 2, pauseUntil: null },
            { year: 2026, month: 6 },
          ],
          [
            { dayOfMonth: 28, hour: 23, pauseUntil: null },
            { year: 2027, month: 11 },
          ],
          [
            { dayOfMonth: 1, hour: 0, pauseUntil: null },
            { year: 2027, month: 12 },
          ],
        ],
      },
    );
  });

  it('with a pause, skips the months whose slot falls before the pause end, and no others', () => {
    // The pause ends somewhere from just before the simulated year to just after it.
    const pauseArb = fc.integer({ min: -40, max: 400 });
    fc.assert(
      fc.property(cadenceArb, startArb, pauseArb, (c, start, offsetDays) => {
        const firstDay = Date.UTC(start.year, start.month - 1, 1);
        const pauseUntil = new Date(firstDay + offsetDays * 86_400_000).toISOString().slice(0, 10);
        const posts = simulateYear({ ...c, pauseUntil }, start.year, start.month);
        const expected = monthsFrom(start.year, start.month).filter(
          (period) => `${period}-${String(c.dayOfMonth).padStart(2, '0')}` >= pauseUntil,
        );
        expect(posts.map((p) => p.period)).toEqual(expected);
      }),
      { numRuns: 8 },
    );
  });
});

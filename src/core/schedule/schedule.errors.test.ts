import { describe, expect, it } from 'vitest';
import { LOCALES } from '../shared/locale';
import type { Result } from '../shared/result';
import { dueMeasurements } from './due-measurements';
import { idempotencyKey, parseIdempotencyKey } from './idempotency-key';
import { pdcaPhase } from './pdca-phase';
import { parsePeriodKey } from './period-key';
import { checkPeriod } from './plan-period';
import { reminderContent } from './reminder-content';
import { reminderDue, reminderSlot } from './reminder-due';
import { SCHEDULE_ERRORS } from './schedule.errors';
import type { ScheduleError } from './schedule.errors';

const PERIOD = { periodStart: '2027-01-01', periodEnd: '2031-12-31' };
const CHANNEL = { teamId: 't', channelId: 'c', channelName: 'n' };
const CONTENT = {
  settings: { entityId: 'pz-demo', skipRecentlyUpdatedDays: 7, indicatorStaleAfterDays: 90 },
  period: PERIOD,
  objectives: [],
  actions: [],
  measurements: [],
  now: '2027-06-05T07:00:00Z',
};

// One failing call per path that returns an error, across every exported function.
const FAILURES: readonly (readonly [string, () => Result<unknown, ScheduleError>])[] = [
  ['bad period start', () => checkPeriod({ ...PERIOD, periodStart: '2027-02-29' })],
  ['end before start', () => checkPeriod({ ...PERIOD, periodEnd: '2026-01-01' })],
  ['period too short', () => checkPeriod({ ...PERIOD, periodEnd: '2027-05-31' })],
  ['bad day', () => dueMeasurements(PERIOD, [], 'today')],
  ['bad phase day', () => pdcaPhase({ period: PERIOD, on: '2027-13-01' })],
  [
    'bad lock time',
    () =>
      dueMeasurements(
        PERIOD,
        [{ id: 'm', kind: 'baseline', date: '2027-01-10', status: 'locked', lockedOn: 'x' }],
        '2027-01-10',
      ),
  ],
  ['bad period key', () => parsePeriodKey('2027-13')],
  ['bad slot period', () => reminderSlot({ dayOfMonth: 1, hour: 9, pauseUntil: null }, '2027')],
  [
    'bad cadence day',
    () =>
      reminderDue({
        settings: {
          cadence: { dayOfMonth: 31, hour: 9, pauseUntil: null },
          reminderChannel: CHANNEL,
        },
        now: '2027-01-01T00:00:00Z',
        lastPostedPeriod: null,
      }),
  ],
  [
    'bad cadence hour',
    () =>
      reminderDue({
        settings: {
          cadence: { dayOfMonth: 1, hour: 25, pauseUntil: null },
          reminderChannel: CHANNEL,
        },
        now: '2027-01-01T00:00:00Z',
        lastPostedPeriod: null,
      }),
  ],
  [
    'bad pause date',
    () =>
      reminderDue({
        settings: {
          cadence: { dayOfMonth: 1, hour: 9, pauseUntil: '2027-02-29' },
          reminderChannel: CHANNEL,
        },
        now: '2027-01-01T00:00:00Z',
        lastPostedPeriod: null,
      }),
  ],
  [
    'bad skip days',
    () =>
      reminderContent({
        ...CONTENT,
        settings: { ...CONTENT.settings, skipRecentlyUpdatedDays: -1 },
      }),
  ],
  [
    'bad stale days',
    () =>
      reminderContent({
        ...CONTENT,
        settings: { ...CONTENT.settings, indicatorStaleAfterDays: 0.5 },
      }),
  ],
  [
    'empty entity',
    () => idempotencyKey({ kind: 'pdca-reminder', entityId: '', period: '2027-01' }),
  ],
  [
    'long entity',
    () => idempotencyKey({ kind: 'pdca-reminder', entityId: 'x'.repeat(300), period: '2027-01' }),
  ],
  ['bad key', () => parseIdempotencyKey('pdca-reminder:pz demo:2027-01')],
];

const errors = FAILURES.map(([name, run]) => {
  const result = run();
  if (result.ok) throw new Error(`${name} did not fail`);
  return [name, result.error] as const;
});

/** The argument names an ICU message uses: `{name}` or `{name, plural, …}`. */
function placeholders(message: string): string[] {
  return [...message.matchAll(/\{\s*(\w+)\s*[,}]/g)].map((m) => m[1] ?? '').sort();
}

describe('SCHEDULE_ERRORS', () => {
  it.each(errors)('%s returns a known code with the details its messages need', (_, error) => {
    expect(SCHEDULE_ERRORS).toHaveProperty([error.code]);
    const messages = SCHEDULE_ERRORS[error.code];
    for (const locale of LOCALES) {
      for (const name of placeholders(messages[locale])) {
        expect(error.details ?? {}, `${error.code} ${locale} {${name}}`).toHaveProperty([name]);
      }
    }
  });

  it('has no code that nothing returns', () => {
    const returned = new Set(errors.map(([, error]) => error.code));
    expect(Object.keys(SCHEDULE_ERRORS).filter((code) => !returned.has(code as never))).toEqual([]);
  });

  it.each(Object.entries(SCHEDULE_ERRORS))('%s reads well in every language', (_, messages) => {
    const english = placeholders(messages.en);
    for (const locale of LOCALES) {
      const message = messages[locale];
      expect(message.trim()).not.toBe('');
      // Same arguments in every language; balanced braces; no straight apostrophe, which ICU
      // reads as a quote.
      expect(placeholders(message)).toEqual(english);
      expect(message.split('{').length).toBe(message.split('}').length);
      expect(message).not.toContain("'");
    }
  });
});

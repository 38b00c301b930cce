import { describe, expect, it } from 'vitest';
import type { Measurement } from '../maturity/maturity.types';
import type { MeasurementFacts } from './due-measurements';
import type { PlanPeriod } from './plan-period';
import { REMINDER_LIST_CAP, reminderContent } from './reminder-content';
import type {
  ReminderActionFacts,
  ReminderContent,
  ReminderContentInput,
  ReminderObjectiveFacts,
} from './reminder-content';

const FIVE_YEARS: PlanPeriod = { periodStart: '2027-01-01', periodEnd: '2031-12-31' };
const SETTINGS = { entityId: 'pz-demo', skipRecentlyUpdatedDays: 7, indicatorStaleAfterDays: 90 };
const BASELINE_DONE: MeasurementFacts = {
  id: 'm0',
  kind: 'baseline',
  date: '2027-03-01',
  status: 'locked',
  lockedOn: '2027-03-02T10:00:00+01:00',
};
// 5 June 2027, 09:00 in Brussels (CEST).
const NOW = '2027-06-05T07:00:00Z';

function action(id: string, dueDate: string | null, extra: Partial<ReminderActionFacts> = {}) {
  return {
    id,
    objectiveId: 'o1',
    title: `Action ${id}`,
    owner: { displayName: `Owner ${id}` },
    dueDate,
    status: 'planned',
    ...extra,
  } satisfies ReminderActionFacts;
}

function objective(
  id: string,
  indicatorUpdatedOn: string | null,
  extra: Partial<ReminderObjectiveFacts> = {},
) {
  return {
    id,
    title: `Objective ${id}`,
    indicator: 'complaints about database misuse',
    owner: null,
    indicatorUpdatedOn,
    ...extra,
  } satisfies ReminderObjectiveFacts;
}

function content(input: Partial<ReminderContentInput> = {}): ReminderContent {
  const result = reminderContent({
    settings: SETTINGS,
    period: FIVE_YEARS,
    objectives: [],
    actions: [],
    measurements: [BASELINE_DONE],
    now: NOW,
    ...input,
  });
  if (!result.ok) throw new Error(`${result.error.code} ${JSON.stringify(result.error.details)}`);
  return result.value;
}

function reminder(input: Partial<ReminderContentInput> = {}) {
  const value = content(input);
  if (value.kind !== 'reminder') throw new Error('expected a reminder');
  return value;
}

const ids = (list: { readonly items: readonly { readonly id: string }[] }) =>
  list.items.map((i) => i.id);

describe('reminderContent', () => {
  it('has nothing to say when no action, objective or measurement needs attention', () => {
    expect(content()).toEqual({ kind: 'nothing-to-say' });
    expect(
      content({
        actions: [
          action('a1', '2027-07-06'),
          action('a2', null),
          action('a3', '2027-05-01', { status: 'done' }),
        ],
        objectives: [objective('o1', '2027-05-01')],
      }),
    ).toEqual({ kind: 'nothing-to-say' });
  });

  it('gives the full content of a card', () => {
    expect(
      reminder({
        actions: [action('a1', '2027-06-01'), action('a2', '2027-06-20')],
        objectives: [objective('o1', null)],
      }),
    ).toEqual({
      kind: 'reminder',
      entityId: 'pz-demo',
      period: '2027-06',
      today: '2027-06-05',
      phase: 'do',
      overdueActions: {
        items: [
          {
            id: 'a1',
            objectiveId: 'o1',
            title: 'Action a1',
            owner: { displayName: 'Owner a1' },
            dueDate: '2027-06-01',
            status: 'planned',
            dueInDays: -4,
          },
        ],
        more: 0,
      },
      upcomingActions: {
        items: [
          {
            id: 'a2',
            objectiveId: 'o1',
            title: 'Action a2',
            owner: { displayName: 'Owner a2' },
            dueDate: '2027-06-20',
            status: 'planned',
            dueInDays: 15,
          },
        ],
        more: 0,
      },
      staleObjectives: {
        items: [
          {
            id: 'o1',
            title: 'Objective o1',
            indicator: 'complaints about database misuse',
            owner: null,
            indicatorUpdatedOn: null,
            daysSinceUpdate: null,
          },
        ],
        more: 0,
      },
      measurement: null,
    });
  });

  describe('actions', () => {
    it.each([
      ['2027-06-04', 'overdue', -1],
      ['2027-06-05', 'upcoming', 0], // due today is not overdue yet
      ['2027-07-05', 'upcoming', 30], // the horizon, included
      ['2027-07-06', 'none', 31],
      ['2026-12-31', 'overdue', -156],
    ])('due %s → %s (%i days)', (dueDate, expected, days) => {
      const value = content({ actions: [action('a', dueDate)] });
      const where =
        value.kind === 'nothing-to-say'
          ? 'none'
          : value.overdueActions.items.length > 0
            ? 'overdue'
            : 'upcoming';
      expect(where).toBe(expected);
      if (value.kind === 'reminder') {
        const item = [...value.overdueActions.items, ...value.upcomingActions.items][0];
        expect(item?.dueInDays).toBe(days);
      }
    });

    it('reminds of planned, in-progress and postponed actions, not done or cancelled ones', () => {
      const value = reminder({
        actions: [
          action('planned', '2027-06-01', { status: 'planned' }),
          action('in-progress', '2027-06-01', { status: 'in-progress' }),
          action('postponed', '2027-06-01', { status: 'postponed' }),
          action('done', '2027-06-01', { status: 'done' }),
          action('cancelled', '2027-06-01', { status: 'cancelled' }),
          action('no-due-date', null),
        ],
      });
      expect(ids(value.overdueActions).sort()).toEqual(['in-progress', 'planned', 'postponed']);
    });

    it('sorts by due date, then title, then id, and keeps the owners', () => {
      const value = reminder({
        actions: [
          action('z', '2027-06-03', { title: 'B' }),
          action('y', '2027-06-03', { title: 'A' }),
          action('x', '2027-05-01', { title: 'C', owner: null }),
          action('b', '2027-06-03', { title: 'A' }),
          action('u2', '2027-06-30'),
          action('u1', '2027-06-06'),
        ],
      });
      expect(ids(value.overdueActions)).toEqual(['x', 'b', 'y', 'z']);
      expect(value.overdueActions.items.map((i) => i.owner)).toEqual([
        null,
        { displayName: 'Owner b' },
        { displayName: 'Owner y' },
        { displayName: 'Owner z' },
      ]);
      expect(ids(value.upcomingActions)).toEqual(['u1', 'u2']);
    });

    it(`keeps at most ${REMINDER_LIST_CAP} items per list and counts the rest`, () => {
      const many = (n: number, dueDate: string, prefix: string) =>
        Array.from({ length: n }, (_, i) =>
          action(`${prefix}${String(i).padStart(2, '0')}`, dueDate),
        );
      const value = reminder({
        actions: [...many(13, '2027-06-01', 'o'), ...many(10, '2027-06-10', 'u')],
      });
      expect(value.overdueActions.items).toHaveLength(10);
      expect(value.overdueActions.more).toBe(3);
      expect(ids(value.overdueActions).at(-1)).toBe('o09');
      expect(value.upcomingActions.items).toHaveLength(10);
      expect(value.upcomingActions.more).toBe(0);
    });

    it('counts days across DST changes, month ends and leap days in Brussels', () => {
      // 01:00 UTC on 28 March 2027 is 03:00 CEST, just after the spring change.
      expect(
        reminder({ now: '2027-03-28T01:00:00Z', actions: [action('a', '2027-03-27')] })
          .overdueActions.items[0]?.dueInDays,
      ).toBe(-1);
      // 23:30 UTC on 31 October 2027 is already 1 November in Brussels.
      const november = reminder({
        now: '2027-10-31T23:30:00Z',
        actions: [action('a', '2027-10-31')],
      });
      expect([
        november.today,
        november.period,
        november.overdueActions.items[0]?.dueInDays,
      ]).toEqual(['2027-11-01', '2027-11', -1]);
      // Year boundary.
      const newYear = reminder({
        now: '2027-12-31T23:30:00Z',
        actions: [action('a', '2028-01-31')],
      });
      expect([newYear.today, newYear.period, newYear.upcomingActions.items[0]?.dueInDays]).toEqual([
        '2028-01-01',
        '2028-01',
        30,
      ]);
      // Leap day: 30 days on is 30 March.
      const leap = content({
        now: '2028-02-29T12:00:00+01:00',
        actions: [action('in', '2028-03-30'), action('out', '2028-03-31')],
        measurements: [
          BASELINE_DONE,
          {
            ...BASELINE_DONE,
            id: 'm1',
            kind: 'annual',
            date: '2028-01-01',
            lockedOn: '2028-01-05T10:00:00+01:00',
          },
        ],
      });
      expect(leap.kind === 'reminder' && ids(leap.upcomingActions)).toEqual(['in']);
    });
  });

  describe('objectives with a stale indicator', () => {
    it.each([
      [null, 'stale', null],
      ['2027-03-07', 'fresh', 90], // exactly 90 days: not older than 90
      ['2027-03-06', 'stale', 91],
      ['2026-06-05', 'stale', 365],
      ['2027-06-05', 'fresh', 0],
      ['2027-07-01', 'fresh', -26], // dated ahead: not stale
    ])('indicator updated on %s → %s', (updatedOn, expected, days) => {
      const value = content({ objectives: [objective('o', updatedOn)] });
      expect(value.kind === 'reminder' ? 'stale' : 'fresh').toBe(expected);
      if (value.kind === 'reminder') {
        expect(value.staleObjectives.items[0]?.daysSinceUpdate).toBe(days);
      }
    });

    it('lists never-updated indicators first, then the oldest, then by title and id', () => {
      const value = reminder({
        objectives: [
          objective('c', '2027-01-01'),
          objective('b', null, { title: 'B' }),
          objective('a', null, { title: 'B' }),
          objective('d', null, { title: 'A' }),
          objective('e', '2026-01-01'),
        ],
      });
      expect(ids(value.staleObjectives)).toEqual(['d', 'a', 'b', 'e', 'c']);
    });

    it('honours a zero-day threshold', () => {
      const settings = { ...SETTINGS, indicatorStaleAfterDays: 0 };
      expect(content({ settings, objectives: [objective('o', '2027-06-05')] }).kind).toBe(
        'nothing-to-say',
      );
      expect(content({ settings, objectives: [objective('o', '2027-06-04')] }).kind).toBe(
        'reminder',
      );
    });
  });

  describe('skipping recently updated items', () => {
    it.each([
      // updatedAt → included? (skip 7 days; today is 5 June in Brussels)
      ['2027-06-05T07:00:00Z', false], // today
      ['2027-05-30T10:00:00+02:00', false], // 6 days ago
      ['2027-05-29T22:30:00Z', false], // 00:30 on 30 May in Brussels: 6 days ago
      ['2027-05-29T21:30:00Z', true], // 23:30 on 29 May in Brussels: 7 days ago
      ['2027-05-29T10:00:00+02:00', true],
      ['2027-06-10T10:00:00+02:00', false], // dated ahead: someone is on it
    ])('action and objective updated at %s are included: %s', (updatedAt, included) => {
      const value = content({
        actions: [action('a', '2027-06-01', { updatedAt })],
        objectives: [objective('o', null, { updatedAt })],
      });
      expect(value.kind === 'reminder').toBe(included);
      if (value.kind === 'reminder') {
        expect([ids(value.overdueActions), ids(value.staleObjectives)]).toEqual([['a'], ['o']]);
      }
    });

    it('skips nothing with 0 days, not even an update dated ahead', () => {
      const value = reminder({
        settings: { ...SETTINGS, skipRecentlyUpdatedDays: 0 },
        actions: [action('a', '2027-06-01', { updatedAt: '2027-06-10T10:00:00+02:00' })],
        objectives: [objective('o', null, { updatedAt: NOW })],
      });
      expect([ids(value.overdueActions), ids(value.staleObjectives)]).toEqual([['a'], ['o']]);
    });

    it('always mentions a measurement due', () => {
      const inProgress: Measurement = {
        ...BASELINE_DONE,
        entityId: 'pz-demo',
        planId: 'p1',
        status: 'open',
        mode: 'single',
        lockedOn: null,
        lockedBy: null,
        correctsMeasurementId: null,
        updatedAt: '2027-03-10T09:00:00+01:00',
      };
      const value = reminder({ now: '2027-03-10T10:00:00+01:00', measurements: [inProgress] });
      expect(value.measurement).toMatchObject({ kind: 'baseline', state: 'due' });
    });
  });

  describe('the measurement to mention', () => {
    it.each([
      // [now, measurements, expected]
      ['2026-11-30T12:00:00+01:00', [], null], // baseline window opens in 32 days
      [
        '2026-12-10T12:00:00+01:00',
        [],
        {
          kind: 'baseline',
          sequence: 0,
          opensOn: '2027-01-01',
          dueOn: '2027-03-31',
          state: 'upcoming',
        },
      ],
      ['2027-03-31T12:00:00+02:00', [], { kind: 'baseline', state: 'due' }],
      ['2027-04-01T12:00:00+02:00', [], { kind: 'baseline', state: 'overdue' }],
      ['2027-06-05T12:00:00+02:00', [BASELINE_DONE], null],
      [
        '2027-11-01T12:00:00+01:00',
        [BASELINE_DONE],
        { kind: 'annual', sequence: 1, state: 'upcoming' },
      ],
      ['2027-12-01T12:00:00+01:00', [BASELINE_DONE], { kind: 'annual', sequence: 1, state: 'due' }],
      [
        '2028-01-02T12:00:00+01:00',
        [BASELINE_DONE],
        { kind: 'annual', sequence: 1, state: 'overdue' },
      ],
      // A missed baseline is not repeated once the first annual window is open.
      ['2027-12-01T12:00:00+01:00', [], { kind: 'annual', sequence: 1, state: 'due' }],
      // The last annual measurement is still overdue; once locked, the final one is next.
      ['2031-09-15T12:00:00+02:00', [], { kind: 'annual', sequence: 4, state: 'overdue' }],
      [
        '2031-09-15T12:00:00+02:00',
        [
          {
            id: 'a4',
            kind: 'annual',
            date: '2031-01-01',
            status: 'locked',
            lockedOn: '2031-01-02T10:00:00+01:00',
          },
        ],
        {
          kind: 'final',
          sequence: 5,
          opensOn: '2031-10-01',
          dueOn: '2031-12-31',
          state: 'upcoming',
        },
      ],
      ['2031-12-31T12:00:00+01:00', [], { kind: 'final', state: 'due' }],
      ['2032-01-15T12:00:00+01:00', [], { kind: 'final', state: 'overdue' }],
      [
        '2032-01-15T12:00:00+01:00',
        [
          {
            id: 'f',
            kind: 'final',
            date: '2031-12-01',
            status: 'locked',
            lockedOn: '2031-12-02T10:00:00+01:00',
          },
        ],
        null,
      ],
    ] as const)('at %s with %o: %o', (now, measurements, expected) => {
      const value = content({ now, measurements });
      if (expected === null) expect(value).toEqual({ kind: 'nothing-to-say' });
      else expect(value).toMatchObject({ kind: 'reminder', measurement: expected });
    });

    it('gives the phase from the real measurements', () => {
      const objectives = [objective('o', null)];
      expect(reminder({ objectives, measurements: [] }).phase).toBe('plan');
      expect(reminder({ objectives }).phase).toBe('do');
      expect(reminder({ objectives, now: '2027-03-10T10:00:00+01:00' }).phase).toBe('act');
      expect(reminder({ objectives, now: '2026-12-10T10:00:00+01:00' }).phase).toBe(
        'before-period',
      );
      expect(reminder({ objectives, now: '2032-01-10T10:00:00+01:00' }).phase).toBe('after-period');
    });
  });

  describe('failures', () => {
    it.each([
      [
        { settings: { ...SETTINGS, skipRecentlyUpdatedDays: -1 } },
        { code: 'SCHEDULE.INVALID_SKIP_RECENT_DAYS', details: { value: -1 } },
      ],
      [
        { settings: { ...SETTINGS, skipRecentlyUpdatedDays: 1.5 } },
        { code: 'SCHEDULE.INVALID_SKIP_RECENT_DAYS', details: { value: 1.5 } },
      ],
      [
        { settings: { ...SETTINGS, indicatorStaleAfterDays: -3 } },
        { code: 'SCHEDULE.INVALID_STALE_AFTER_DAYS', details: { value: -3 } },
      ],
      [
        { settings: { ...SETTINGS, indicatorStaleAfterDays: Number.POSITIVE_INFINITY } },
        { code: 'SCHEDULE.INVALID_STALE_AFTER_DAYS', details: { value: Number.POSITIVE_INFINITY } },
      ],
      [
        { actions: [action('a9', '2027-6-1')] },
        {
          code: 'SCHEDULE.INVALID_DATE',
          details: { field: 'action.dueDate', value: '2027-6-1', id: 'a9' },
        },
      ],
      [
        { actions: [action('a9', '2027-06-01', { updatedAt: '2027-06-01' })] },
        {
          code: 'SCHEDULE.INVALID_DATE',
          details: { field: 'action.updatedAt', value: '2027-06-01', id: 'a9' },
        },
      ],
      [
        { objectives: [objective('o9', '2027-02-30')] },
        {
          code: 'SCHEDULE.INVALID_DATE',
          details: { field: 'objective.indicatorUpdatedOn', value: '2027-02-30', id: 'o9' },
        },
      ],
      [
        { objectives: [objective('o9', null, { updatedAt: 'gisteren' })] },
        {
          code: 'SCHEDULE.INVALID_DATE',
          details: { field: 'objective.updatedAt', value: 'gisteren', id: 'o9' },
        },
      ],
      [
        { period: { periodStart: '2027-01-01', periodEnd: '2026-01-01' } },
        {
          code: 'SCHEDULE.INVALID_PERIOD',
          details: { periodStart: '2027-01-01', periodEnd: '2026-01-01' },
        },
      ],
      [
        { measurements: [{ ...BASELINE_DONE, date: '' }] },
        {
          code: 'SCHEDULE.INVALID_DATE',
          details: { field: 'measurement.date', value: '', id: 'm0' },
        },
      ],
    ] as const)('%o → %o', (input, error) => {
      expect(
        reminderContent({
          settings: SETTINGS,
          period: FIVE_YEARS,
          objectives: [],
          actions: [],
          measurements: [BASELINE_DONE],
          now: NOW,
          ...input,
        }),
      ).toEqual({ ok: false, error });
    });

    it('throws on a `now` that is not an instant with offset', () => {
      expect(() => content({ now: '2027-06-05' })).toThrow(RangeError);
    });
  });
});

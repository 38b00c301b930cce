import { describe, expect, it } from 'vitest';
import type { MeasurementKind } from '../maturity/maturity.types';
import { dueMeasurements } from './due-measurements';
import type { DueMeasurement, MeasurementFacts } from './due-measurements';
import type { PlanPeriod } from './plan-period';

const FIVE_YEARS: PlanPeriod = { periodStart: '2027-01-01', periodEnd: '2031-12-31' };

/** A measurement; locked when `lockedOn` is given (an instant, or `'no-time'` for null). */
function measurement(
  id: string,
  kind: MeasurementKind,
  date: string,
  lockedOn?: string,
): MeasurementFacts {
  if (lockedOn === undefined) return { id, kind, date, status: 'open', lockedOn: null };
  return { id, kind, date, status: 'locked', lockedOn: lockedOn === 'no-time' ? null : lockedOn };
}

function schedule(
  period: PlanPeriod,
  on: string,
  measurements: readonly MeasurementFacts[] = [],
): readonly DueMeasurement[] {
  const result = dueMeasurements(period, measurements, on);
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}

function windows(period: PlanPeriod) {
  return schedule(period, period.periodStart).map((m) => [m.kind, m.sequence, m.opensOn, m.dueOn]);
}

describe('dueMeasurements: the windows', () => {
  it('lays out baseline, one annual measurement per anniversary and the final one', () => {
    expect(windows(FIVE_YEARS)).toEqual([
      ['baseline', 0, '2027-01-01', '2027-03-31'],
      ['annual', 1, '2027-12-01', '2028-01-01'],
      ['annual', 2, '2028-12-01', '2029-01-01'],
      ['annual', 3, '2029-12-01', '2030-01-01'],
      ['annual', 4, '2030-12-01', '2031-01-01'],
      ['final', 5, '2031-10-01', '2031-12-31'],
    ]);
  });

  it('keeps a 31 January start on 31 January, clamping windows to shorter months', () => {
    expect(windows({ periodStart: '2027-01-31', periodEnd: '2030-01-30' })).toEqual([
      ['baseline', 0, '2027-01-31', '2027-04-29'],
      ['annual', 1, '2027-12-31', '2028-01-31'],
      ['annual', 2, '2028-12-31', '2029-01-31'],
      ['final', 3, '2029-10-31', '2030-01-30'],
    ]);
  });

  it('moves a 29 February anniversary to 28 February in common years only', () => {
    expect(windows({ periodStart: '2028-02-29', periodEnd: '2033-02-28' })).toEqual([
      ['baseline', 0, '2028-02-29', '2028-05-28'],
      ['annual', 1, '2029-01-29', '2029-02-28'],
      ['annual', 2, '2030-01-29', '2030-02-28'],
      ['annual', 3, '2031-01-29', '2031-02-28'],
      ['annual', 4, '2032-01-29', '2032-02-29'],
      ['final', 5, '2032-12-01', '2033-02-28'],
    ]);
  });

  it('crosses the year boundary', () => {
    expect(windows({ periodStart: '2027-12-01', periodEnd: '2029-11-30' })).toEqual([
      ['baseline', 0, '2027-12-01', '2028-02-29'],
      ['annual', 1, '2028-11-01', '2028-12-01'],
      ['final', 2, '2029-09-01', '2029-11-30'],
    ]);
  });

  it('lets the final measurement take the place of an anniversary in or after its window', () => {
    // The third anniversary (2030-01-01) is the day the final window opens.
    expect(
      windows({ periodStart: '2027-01-01', periodEnd: '2030-03-31' }).map((w) => w[0]),
    ).toEqual(['baseline', 'annual', 'annual', 'final']);
    // One month more and it falls just before it.
    expect(
      windows({ periodStart: '2027-01-01', periodEnd: '2030-04-30' }).map((w) => w[0]),
    ).toEqual(['baseline', 'annual', 'annual', 'annual', 'final']);
  });

  it('accepts the shortest period, six months, with a baseline and a final measurement only', () => {
    expect(windows({ periodStart: '2027-01-01', periodEnd: '2027-06-30' })).toEqual([
      ['baseline', 0, '2027-01-01', '2027-03-31'],
      ['final', 1, '2027-04-01', '2027-06-30'],
    ]);
  });
});

describe('dueMeasurements: states', () => {
  it.each([
    // [on, baseline, annual 1, final]
    ['2026-12-31', 'upcoming', 'upcoming', 'upcoming'],
    ['2027-01-01', 'due', 'upcoming', 'upcoming'],
    ['2027-03-31', 'due', 'upcoming', 'upcoming'],
    ['2027-04-01', 'overdue', 'upcoming', 'upcoming'],
    ['2027-11-30', 'overdue', 'upcoming', 'upcoming'],
    ['2027-12-01', 'overdue', 'due', 'upcoming'],
    ['2028-01-01', 'overdue', 'due', 'upcoming'],
    ['2028-01-02', 'overdue', 'overdue', 'upcoming'],
    ['2031-09-30', 'overdue', 'overdue', 'upcoming'],
    ['2031-10-01', 'overdue', 'overdue', 'due'],
    ['2031-12-31', 'overdue', 'overdue', 'due'],
    ['2032-01-01', 'overdue', 'overdue', 'overdue'],
  ])('on %s: baseline %s, annual 1 %s, final %s', (on, baseline, annual1, final) => {
    const states = schedule(FIVE_YEARS, on).map((m) => m.state);
    expect([states[0], states[1], states.at(-1)]).toEqual([baseline, annual1, final]);
  });

  it('counts a measurement as done from the Brussels day it is locked', () => {
    // 22:30 UTC on 31 March is 1 April, 00:30 in Brussels (CEST).
    const baseline = measurement('m1', 'baseline', '2027-03-15', '2027-03-31T22:30:00Z');
    const on = (day: string) => schedule(FIVE_YEARS, day, [baseline])[0];
    expect(on('2027-03-31')).toMatchObject({ state: 'due', lockedOn: null, measurementId: 'm1' });
    expect(on('2027-04-01')).toMatchObject({
      state: 'done',
      lockedOn: '2027-04-01',
      measurementId: 'm1',
    });
  });

  it('keeps an open measurement due or overdue, naming it as work in progress', () => {
    const open = measurement('m1', 'baseline', '2027-03-15');
    expect(schedule(FIVE_YEARS, '2027-03-20', [open])[0]).toMatchObject({
      state: 'due',
      measurementId: 'm1',
    });
    expect(schedule(FIVE_YEARS, '2027-04-20', [open])[0]).toMatchObject({
      state: 'overdue',
      measurementId: 'm1',
    });
  });

  it('uses the measurement date for a locked measurement without a lock time', () => {
    const locked = measurement('m1', 'baseline', '2027-03-15', 'no-time');
    expect(schedule(FIVE_YEARS, '2027-03-14', [locked])[0]).toMatchObject({ state: 'due' });
    expect(schedule(FIVE_YEARS, '2027-03-15', [locked])[0]).toMatchObject({
      state: 'done',
      lockedOn: '2027-03-15',
    });
  });

  it('stays done from the first lock and names the latest correction', () => {
    const first = measurement('m1', 'baseline', '2027-02-20', '2027-03-01T10:00:00+01:00');
    const correction = measurement('m2', 'baseline', '2027-04-20', '2027-05-01T10:00:00+02:00');
    const draft = measurement('m3', 'baseline', '2027-06-01');
    const all = [draft, correction, first];
    expect(schedule(FIVE_YEARS, '2027-04-01', all)[0]).toMatchObject({
      state: 'done',
      lockedOn: '2027-03-01',
      measurementId: 'm1',
    });
    expect(schedule(FIVE_YEARS, '2027-06-01', all)[0]).toMatchObject({
      state: 'done',
      lockedOn: '2027-03-01',
      measurementId: 'm2',
    });
  });

  it('names the latest of two measurements locked on the same day by date, then id', () => {
    const lockedOn = '2027-03-01T10:00:00+01:00';
    const a = measurement('a', 'baseline', '2027-02-20', lockedOn);
    const b = measurement('b', 'baseline', '2027-02-20', lockedOn);
    const c = measurement('c', 'baseline', '2027-02-10', lockedOn);
    expect(schedule(FIVE_YEARS, '2027-03-02', [b, c, a])[0]).toMatchObject({
      lockedOn: '2027-03-01',
      measurementId: 'b',
    });
  });

  it('names the latest open measurement, by date then id, when none is locked', () => {
    const a = measurement('b', 'final', '2031-11-01');
    const b = measurement('a', 'final', '2031-11-01');
    const c = measurement('c', 'final', '2031-10-15');
    expect(schedule(FIVE_YEARS, '2031-11-02', [a, b, c]).at(-1)).toMatchObject({
      state: 'due',
      measurementId: 'b',
    });
  });

  it('counts a baseline or final measurement whenever it is dated', () => {
    const early = measurement('m1', 'baseline', '2026-12-01', '2026-12-02T10:00:00Z');
    const late = measurement('m2', 'final', '2032-02-01', '2032-02-02T10:00:00Z');
    const result = schedule(FIVE_YEARS, '2032-03-01', [early, late]);
    expect(result[0]).toMatchObject({ state: 'done', lockedOn: '2026-12-02' });
    expect(result.at(-1)).toMatchObject({ state: 'done', lockedOn: '2032-02-02' });
  });

  it('counts an annual measurement for the anniversary within six months of its date', () => {
    const on = '2032-01-01';
    const slotOf = (date: string) =>
      schedule(FIVE_YEARS, on, [measurement('m', 'annual', date, `${date}T12:00:00Z`)])
        .filter((m) => m.state === 'done')
        .map((m) => m.sequence);
    expect(slotOf('2027-06-30')).toEqual([]); // in the baseline's half year
    expect(slotOf('2027-07-01')).toEqual([1]);
    expect(slotOf('2028-06-30')).toEqual([1]);
    expect(slotOf('2028-07-01')).toEqual([2]);
    // The last annual measurement reaches up to the final window.
    expect(slotOf('2031-09-30')).toEqual([4]);
    expect(slotOf('2031-10-01')).toEqual([]);
  });

  it('does not mix kinds', () => {
    const annual = measurement('m', 'annual', '2027-03-01', '2027-03-01T12:00:00Z');
    expect(schedule(FIVE_YEARS, '2027-04-01', [annual])[0]).toMatchObject({
      state: 'overdue',
      measurementId: null,
    });
  });
});

describe('dueMeasurements: failures', () => {
  it.each([
    [
      FIVE_YEARS,
      [],
      '2027-02-30',
      { code: 'SCHEDULE.INVALID_DATE', details: { field: 'on', value: '2027-02-30' } },
    ],
    [
      { periodStart: '2027-1-1', periodEnd: '2031-12-31' },
      [],
      '2027-01-01',
      { code: 'SCHEDULE.INVALID_DATE', details: { field: 'periodStart', value: '2027-1-1' } },
    ],
    [
      { periodStart: '2027-01-01', periodEnd: '' },
      [],
      '2027-01-01',
      { code: 'SCHEDULE.INVALID_DATE', details: { field: 'periodEnd', value: '' } },
    ],
    [
      { periodStart: '2027-01-01', periodEnd: '2026-12-31' },
      [],
      '2027-01-01',
      {
        code: 'SCHEDULE.INVALID_PERIOD',
        details: { periodStart: '2027-01-01', periodEnd: '2026-12-31' },
      },
    ],
    [
      { periodStart: '2027-01-01', periodEnd: '2027-06-29' },
      [],
      '2027-01-01',
      {
        code: 'SCHEDULE.PERIOD_TOO_SHORT',
        details: { periodStart: '2027-01-01', periodEnd: '2027-06-29', minMonths: 6 },
      },
    ],
    [
      FIVE_YEARS,
      [measurement('m9', 'annual', '2028-13-01')],
      '2027-01-01',
      {
        code: 'SCHEDULE.INVALID_DATE',
        details: { field: 'measurement.date', value: '2028-13-01', id: 'm9' },
      },
    ],
    [
      FIVE_YEARS,
      [measurement('m9', 'annual', '2028-01-01', '2028-01-02')],
      '2027-01-01',
      {
        code: 'SCHEDULE.INVALID_DATE',
        details: { field: 'measurement.lockedOn', value: '2028-01-02', id: 'm9' },
      },
    ],
  ] as const)('%o, %o on %s → %o', (period, measurements, on, error) => {
    expect(dueMeasurements(period, measurements, on)).toEqual({ ok: false, error });
  });

  it('counts the six months in calendar months, month ends included', () => {
    // The baseline window ends before 30 November (31 August + 3 months). The final window of a
    // period ending 28 February opens on 29 November (29 February − 3 months): overlap; ending
    // 29 February it opens on 1 December (1 March − 3 months): no overlap.
    expect(
      dueMeasurements({ periodStart: '2027-08-31', periodEnd: '2028-02-28' }, [], '2027-09-01'),
    ).toMatchObject({ ok: false, error: { code: 'SCHEDULE.PERIOD_TOO_SHORT' } });
    expect(
      dueMeasurements({ periodStart: '2027-08-31', periodEnd: '2028-02-29' }, [], '2027-09-01').ok,
    ).toBe(true);
  });
});

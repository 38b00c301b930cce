import { describe, expect, it } from 'vitest';
import type { MeasurementKind } from '../maturity/maturity.types';
import { LOCALES } from '../shared/locale';
import type { MeasurementFacts } from './due-measurements';
import { pdcaPhase, SCHEDULE_PHASES } from './pdca-phase';
import type { SchedulePhase } from './pdca-phase';
import { PHASE_LABELS } from './phase-labels';
import type { PlanPeriod } from './plan-period';

const FIVE_YEARS: PlanPeriod = { periodStart: '2027-01-01', periodEnd: '2031-12-31' };

function locked(
  kind: MeasurementKind,
  lockedOn: string,
  id = `${kind}-${lockedOn}`,
): MeasurementFacts {
  return { id, kind, date: lockedOn.slice(0, 10), status: 'locked', lockedOn };
}

function phase(
  period: PlanPeriod,
  on: string,
  measurements?: readonly MeasurementFacts[],
): SchedulePhase {
  const result = pdcaPhase(
    measurements === undefined ? { period, on } : { period, on, measurements },
  );
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}

describe('pdcaPhase without measurement information (each assumed locked on its due date)', () => {
  it.each([
    ['2026-12-31', 'before-period'],
    ['2027-01-01', 'plan'],
    ['2027-03-28', 'plan'], // spring DST change: days are days
    ['2027-03-31', 'plan'], // last day of the baseline window
    ['2027-04-01', 'act'],
    ['2027-04-30', 'act'],
    ['2027-05-01', 'do'],
    ['2027-10-31', 'do'], // autumn DST change
    ['2027-11-30', 'do'],
    ['2027-12-01', 'check'], // a month before the first anniversary
    ['2027-12-31', 'check'], // year boundary
    ['2028-01-01', 'check'], // the anniversary itself
    ['2028-01-02', 'act'],
    ['2028-02-01', 'act'],
    ['2028-02-02', 'do'],
    ['2028-02-29', 'do'],
    ['2030-12-01', 'check'],
    ['2031-01-02', 'act'],
    ['2031-09-30', 'do'],
    ['2031-10-01', 'check'], // the last three months
    ['2031-12-31', 'check'],
    ['2032-01-01', 'after-period'],
  ])('on %s: %s', (on, expected) => {
    expect(phase(FIVE_YEARS, on)).toBe(expected);
  });

  it.each([
    // A 31 January start: windows clamp to shorter months.
    ['2027-04-29', 'plan'],
    ['2027-04-30', 'act'],
    ['2027-05-29', 'act'],
    ['2027-05-30', 'do'],
    ['2027-12-30', 'do'],
    ['2027-12-31', 'check'],
    ['2028-01-31', 'check'],
    ['2028-02-01', 'act'],
    ['2028-02-29', 'act'], // leap day
    ['2028-03-01', 'do'],
    ['2029-10-31', 'check'],
    ['2030-01-30', 'check'],
    ['2030-01-31', 'after-period'],
  ])('31 January start, on %s: %s', (on, expected) => {
    expect(phase({ periodStart: '2027-01-31', periodEnd: '2030-01-30' }, on)).toBe(expected);
  });

  it.each([
    // A 29 February start: anniversaries on 28 February in common years.
    ['2029-01-28', 'do'],
    ['2029-01-29', 'check'],
    ['2029-02-28', 'check'],
    ['2029-03-01', 'act'],
    ['2029-03-31', 'act'],
    ['2029-04-01', 'do'],
    ['2032-02-29', 'check'],
    ['2032-03-01', 'act'],
  ])('29 February start, on %s: %s', (on, expected) => {
    expect(phase({ periodStart: '2028-02-29', periodEnd: '2033-02-28' }, on)).toBe(expected);
  });
});

describe('pdcaPhase from the measurements', () => {
  const baseline = locked('baseline', '2027-02-15T10:00:00+01:00');

  it.each([
    // Nothing locked: the phase waits for the measurement, until the next window opens.
    [[], '2027-04-01', 'plan'],
    [[], '2027-11-30', 'plan'],
    [[], '2027-12-01', 'check'],
    [[], '2028-11-30', 'check'],
    [[], '2031-10-01', 'check'],
    // An open measurement is not done.
    [[{ ...baseline, status: 'open', lockedOn: null }], '2027-06-01', 'plan'],
    // Baseline locked on 15 February: Act for a month, then Do.
    [[baseline], '2027-02-14', 'plan'],
    [[baseline], '2027-02-15', 'act'],
    [[baseline], '2027-03-14', 'act'],
    [[baseline], '2027-03-15', 'do'],
    [[baseline], '2027-11-30', 'do'],
    [[baseline], '2027-12-01', 'check'],
    [[baseline], '2028-02-01', 'check'], // the annual measurement is late
    // Locked late at night in Brussels: the Brussels day counts (23:30 UTC is 00:30 CET).
    [[locked('baseline', '2027-02-14T23:30:00Z')], '2027-02-14', 'plan'],
    [[locked('baseline', '2027-02-14T23:30:00Z')], '2027-02-15', 'act'],
    // Annual measurement locked early, before its window: the rhythm moves on.
    [[baseline, locked('annual', '2027-11-20T10:00:00+01:00')], '2027-11-19', 'do'],
    [[baseline, locked('annual', '2027-11-20T10:00:00+01:00')], '2027-11-20', 'act'],
    [[baseline, locked('annual', '2027-11-20T10:00:00+01:00')], '2027-12-19', 'act'],
    [[baseline, locked('annual', '2027-12-20T10:00:00+01:00')], '2027-12-20', 'act'],
    [[baseline, locked('annual', '2027-11-20T10:00:00+01:00')], '2027-12-20', 'do'],
    [[baseline, locked('annual', '2027-11-20T10:00:00+01:00')], '2028-01-01', 'do'],
    // Annual measurement locked late: Check until then, Act after.
    [[baseline, locked('annual', '2028-02-10T10:00:00+01:00')], '2028-02-09', 'check'],
    [[baseline, locked('annual', '2028-02-10T10:00:00+01:00')], '2028-02-10', 'act'],
    [[baseline, locked('annual', '2028-02-10T10:00:00+01:00')], '2028-03-09', 'act'],
    [[baseline, locked('annual', '2028-02-10T10:00:00+01:00')], '2028-03-10', 'do'],
    // The final window pre-empts the Act of a very late annual measurement.
    [[locked('annual', '2031-09-15T10:00:00+02:00')], '2031-09-30', 'act'],
    [[locked('annual', '2031-09-15T10:00:00+02:00')], '2031-10-01', 'check'],
    // After the final measurement, Act to the end of the period (it feeds the next plan).
    [[locked('final', '2031-11-15T10:00:00+01:00')], '2031-11-14', 'check'],
    [[locked('final', '2031-11-15T10:00:00+01:00')], '2031-11-15', 'act'],
    [[locked('final', '2031-11-15T10:00:00+01:00')], '2031-12-31', 'act'],
    [[locked('final', '2031-11-15T10:00:00+01:00')], '2032-01-01', 'after-period'],
    // A baseline locked before the period starts.
    [[locked('baseline', '2026-12-15T10:00:00+01:00')], '2026-12-31', 'before-period'],
    [[locked('baseline', '2026-12-15T10:00:00+01:00')], '2027-01-01', 'act'],
    [[locked('baseline', '2026-12-15T10:00:00+01:00')], '2027-01-15', 'do'],
  ] as const)('%o on %s: %s', (measurements, on, expected) => {
    expect(phase(FIVE_YEARS, on, measurements)).toBe(expected);
  });
});

describe('pdcaPhase failures', () => {
  it('refuses a malformed day', () => {
    expect(pdcaPhase({ period: FIVE_YEARS, on: '2027-02-29' })).toEqual({
      ok: false,
      error: { code: 'SCHEDULE.INVALID_DATE', details: { field: 'on', value: '2027-02-29' } },
    });
  });

  it('refuses a bad period or measurement', () => {
    expect(
      pdcaPhase({
        period: { periodStart: '2027-01-01', periodEnd: '2027-03-01' },
        on: '2027-01-01',
      }),
    ).toMatchObject({ ok: false, error: { code: 'SCHEDULE.PERIOD_TOO_SHORT' } });
    expect(
      pdcaPhase({
        period: FIVE_YEARS,
        on: '2027-01-01',
        measurements: [{ ...locked('baseline', 'soon'), date: '2027-01-01' }],
      }),
    ).toMatchObject({ ok: false, error: { code: 'SCHEDULE.INVALID_DATE' } });
  });
});

describe('PHASE_LABELS', () => {
  it('labels every phase in every language', () => {
    for (const p of SCHEDULE_PHASES) {
      for (const locale of LOCALES) {
        expect(PHASE_LABELS[p][locale].trim()).not.toBe('');
      }
    }
    expect(Object.keys(PHASE_LABELS).sort()).toEqual([...SCHEDULE_PHASES].sort());
  });
});

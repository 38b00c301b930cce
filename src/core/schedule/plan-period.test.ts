import { describe, expect, it } from 'vitest';
import { formatDay } from './calendar-day';
import { baselineWindowClosesBefore, checkPeriod, finalWindowOpensOn } from './plan-period';

function windows(periodStart: string, periodEnd: string) {
  const result = checkPeriod({ periodStart, periodEnd });
  if (!result.ok) return result.error.code;
  return [
    formatDay(baselineWindowClosesBefore(result.value)),
    formatDay(finalWindowOpensOn(result.value)),
  ];
}

describe('checkPeriod and the baseline and final windows', () => {
  it.each([
    // [start, end, first day after the baseline window, first day of the final window]
    ['2027-01-01', '2031-12-31', ['2027-04-01', '2031-10-01']],
    ['2027-01-31', '2030-01-30', ['2027-04-30', '2029-10-31']],
    ['2028-02-29', '2033-02-28', ['2028-05-29', '2032-12-01']],
    ['2027-11-30', '2029-05-31', ['2028-02-29', '2029-03-01']],
    ['2027-12-01', '2029-11-30', ['2028-03-01', '2029-09-01']],
    // Six months exactly: the windows touch.
    ['2027-01-01', '2027-06-30', ['2027-04-01', '2027-04-01']],
    ['2027-01-01', '2027-06-29', 'SCHEDULE.PERIOD_TOO_SHORT'],
    ['2027-01-01', '2027-01-01', 'SCHEDULE.PERIOD_TOO_SHORT'],
    ['2027-01-01', '2026-12-31', 'SCHEDULE.INVALID_PERIOD'],
    ['2027-01-32', '2031-12-31', 'SCHEDULE.INVALID_DATE'],
    ['2027-01-01', '2031-12-32', 'SCHEDULE.INVALID_DATE'],
  ])('%s – %s → %o', (start, end, expected) => {
    expect(windows(start, end)).toEqual(expected);
  });
});

import type { PlanIdentification } from '../plan/plan.types';
import { err, ok } from '../shared/result';
import { addMonthsToDay, parseDay } from './calendar-day';
import type { Day } from './calendar-day';
import type { ScheduleResult } from './schedule.errors';

/** The plan period, as section 1 of the plan gives it: both days inclusive, in Brussels. */
export type PlanPeriod = Pick<PlanIdentification, 'periodStart' | 'periodEnd'>;

/** A checked plan period as days: `start` and `end` both inclusive. */
export type PeriodDays = { readonly start: Day; readonly end: Day };

/** Months at the start of the period in which the baseline is due. */
export const BASELINE_WINDOW_MONTHS = 3;
/** Months at the end of the period in which the final measurement is due. */
export const FINAL_WINDOW_MONTHS = 3;
/** The shortest period in which the baseline and final windows do not overlap. */
export const MIN_PERIOD_MONTHS = BASELINE_WINDOW_MONTHS + FINAL_WINDOW_MONTHS;

/** The first day of the final window: the last three calendar months of the period. */
export function finalWindowOpensOn({ end }: PeriodDays): Day {
  return addMonthsToDay(end + 1, -FINAL_WINDOW_MONTHS);
}

/** The first day after the baseline window: three months after the start. */
export function baselineWindowClosesBefore({ start }: PeriodDays): Day {
  return addMonthsToDay(start, BASELINE_WINDOW_MONTHS);
}

/**
 * Checks a plan period: both dates valid (`SCHEDULE.INVALID_DATE`), the end on or after the start
 * (`SCHEDULE.INVALID_PERIOD`) and long enough that the baseline window (first three months) ends
 * before the final window (last three months) opens (`SCHEDULE.PERIOD_TOO_SHORT`).
 */
export function checkPeriod(period: PlanPeriod): ScheduleResult<PeriodDays> {
  const { periodStart, periodEnd } = period;
  const start = parseDay(periodStart);
  if (start === null) {
    return err('SCHEDULE.INVALID_DATE', { field: 'periodStart', value: periodStart });
  }
  const end = parseDay(periodEnd);
  if (end === null) return err('SCHEDULE.INVALID_DATE', { field: 'periodEnd', value: periodEnd });
  if (end < start) return err('SCHEDULE.INVALID_PERIOD', { periodStart, periodEnd });
  const days = { start, end };
  if (finalWindowOpensOn(days) < baselineWindowClosesBefore(days)) {
    return err('SCHEDULE.PERIOD_TOO_SHORT', {
      periodStart,
      periodEnd,
      minMonths: MIN_PERIOD_MONTHS,
    });
  }
  return ok(days);
}

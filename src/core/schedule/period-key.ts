import type { IsoDateTime } from '../shared/dates';
import { err, ok } from '../shared/result';
import { brusselsWallTime, requireInstant } from './brussels-time';
import type { ScheduleResult } from './schedule.errors';

/** A calendar month in Europe/Brussels as `YYYY-MM`, e.g. `2027-01`: what a monthly post is for. */
export type PeriodKey = string;

/** The parts of a period key; `month` is 1–12. */
export type PeriodMonth = { readonly year: number; readonly month: number };

const PERIOD_KEY_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** Reads a `YYYY-MM` period key; `SCHEDULE.INVALID_PERIOD_KEY` when it is not one. */
export function parsePeriodKey(value: string): ScheduleResult<PeriodMonth> {
  const match = PERIOD_KEY_PATTERN.exec(value);
  if (match === null) return err('SCHEDULE.INVALID_PERIOD_KEY', { value });
  return ok({ year: Number(match[1]), month: Number(match[2]) });
}

/**
 * Writes a period key. A year outside 0–9999 or a month outside 1–12 is a programming fault and
 * throws.
 */
export function formatPeriodKey({ year, month }: PeriodMonth): PeriodKey {
  if (!Number.isInteger(year) || year < 0 || year > 9999) {
    throw new RangeError(`year must be an integer from 0 to 9999, got ${year}`);
  }
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`month must be an integer from 1 to 12, got ${month}`);
  }
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/**
 * The Brussels month an instant falls in: `2027-01-31T23:30:00Z` is already `2027-02` in
 * Brussels. Throws when `now` is not an ISO instant with an offset (the clock is never wrong).
 */
export function periodKeyAt(now: IsoDateTime): PeriodKey {
  const { year, month } = brusselsWallTime(requireInstant(now, 'now'));
  return formatPeriodKey({ year, month });
}

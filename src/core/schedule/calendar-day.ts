import { TZDate } from '@date-fns/tz';
import { addMonths } from 'date-fns';
import type { IsoDate } from '../shared/dates';

/**
 * A calendar day as a whole number of days since 1970-01-01. The schedule compares and subtracts
 * days as numbers rather than as `YYYY-MM-DD` strings, so a far-future sentinel such as
 * `9999-12-31` plus one day still sorts after it.
 */
export type Day = number;

const MS_PER_DAY = 86_400_000;
const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
// Calendar days have no time zone. Month arithmetic runs on UTC midnights, which have no DST,
// so the result never depends on the time zone of the process running the core.
const UTC = 'UTC';

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The day of a UTC calendar date given by its parts (month 1–12). */
export function dayFromParts(year: number, month: number, dayOfMonth: number): Day {
  return Date.UTC(year, month - 1, dayOfMonth) / MS_PER_DAY;
}

/**
 * Reads an ISO calendar date `YYYY-MM-DD` (years 1000–9999) that exists on the calendar, so
 * `2027-02-29` is refused instead of rolling over to 1 March as `Date` would. Null when invalid.
 */
export function parseDay(value: string): Day | null {
  const match = ISO_DATE_PATTERN.exec(value);
  if (match === null) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const dayOfMonth = Number(match[3]);
  // reason: `Date.UTC` maps years 0–99 onto 1900–1999; no plan is dated before year 1000 anyway.
  if (year < 1000) return null;
  if (month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > daysInMonth(year, month)) {
    return null;
  }
  return dayFromParts(year, month, dayOfMonth);
}

function utcDate(day: Day): TZDate {
  return new TZDate(day * MS_PER_DAY, UTC);
}

/** Formats a day as `YYYY-MM-DD`. */
export function formatDay(day: Day): IsoDate {
  const date = utcDate(day);
  const year = String(date.getFullYear()).padStart(4, '0');
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const dayOfMonth = String(date.getDate()).padStart(2, '0');
  return `${year}-${month}-${dayOfMonth}`;
}

/**
 * Adds calendar months, clamping to the end of a shorter month: 31 January + 1 month is
 * 28 (or 29) February, 29 February 2028 + 12 months is 28 February 2029. Always count from the
 * same origin (start + 12·k months) rather than chaining, so a 31st stays a 31st where it can.
 */
export function addMonthsToDay(day: Day, months: number): Day {
  return Math.round(addMonths(utcDate(day), months).getTime() / MS_PER_DAY);
}

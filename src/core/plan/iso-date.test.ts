import { describe, expect, it } from 'vitest';
import { daysInMonth, isIsoCalendarDate, isLeapYear } from './iso-date';

describe('isLeapYear', () => {
  it.each([
    [2024, true],
    [2023, false],
    [2000, true],
    [1900, false],
    [2100, false],
    [2400, true],
  ])('%i → %s', (year, leap) => {
    expect(isLeapYear(year)).toBe(leap);
  });
});

describe('daysInMonth', () => {
  it.each([
    [2025, 1, 31],
    [2025, 2, 28],
    [2024, 2, 29],
    [2025, 3, 31],
    [2025, 4, 30],
    [2025, 5, 31],
    [2025, 6, 30],
    [2025, 7, 31],
    [2025, 8, 31],
    [2025, 9, 30],
    [2025, 10, 31],
    [2025, 11, 30],
    [2025, 12, 31],
  ])('%i-%i has %i days', (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });
});

describe('isIsoCalendarDate', () => {
  it.each([
    ['2024-02-29', true, 'Feb 29 in a leap year'],
    ['2023-02-29', false, 'Feb 29 in a common year'],
    ['2000-02-29', true, 'Feb 29 in a year divisible by 400'],
    ['1900-02-29', false, 'Feb 29 in a century not divisible by 400'],
    ['2023-02-28', true, 'Feb 28'],
    ['2025-04-30', true, 'last day of a 30-day month'],
    ['2025-04-31', false, 'day 31 of a 30-day month'],
    ['2025-12-31', true, 'last day of the year'],
    ['2025-01-01', true, 'first day of the year'],
    ['2025-00-10', false, 'month 0'],
    ['2025-13-01', false, 'month 13'],
    ['2025-01-00', false, 'day 0'],
    ['2025-01-32', false, 'day 32'],
    ['2025-1-01', false, 'one-digit month'],
    ['25-01-01', false, 'two-digit year'],
    ['2025-01-01T00:00:00Z', false, 'a date-time'],
    [' 2025-01-01', false, 'leading space'],
    ['2025/01/01', false, 'slashes'],
    ['01/01/2025', false, 'Belgian notation'],
    ['', false, 'empty'],
  ])('%s → %s (%s)', (value, expected) => {
    expect(isIsoCalendarDate(value)).toBe(expected);
  });

  it.each([null, undefined, 20250101, new Date(0), {}])('refuses a non-string (%s)', (value) => {
    expect(isIsoCalendarDate(value)).toBe(false);
  });
});

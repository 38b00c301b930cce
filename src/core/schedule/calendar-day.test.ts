import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonthsToDay, dayFromParts, formatDay, parseDay } from './calendar-day';

function day(iso: string): number {
  const parsed = parseDay(iso);
  if (parsed === null) throw new Error(`bad test date ${iso}`);
  return parsed;
}

describe('parseDay', () => {
  it.each(['2027-01-01', '2027-12-31', '2028-02-29', '2000-02-29', '1000-01-01', '9999-12-31'])(
    'reads %s',
    (iso) => {
      expect(formatDay(day(iso))).toBe(iso);
    },
  );

  it.each([
    '2027-02-29', // not a leap year
    '1900-02-29', // century, not divisible by 400
    '2027-04-31',
    '2027-13-01',
    '2027-00-10',
    '2027-01-00',
    '2027-1-01',
    '27-01-01',
    '0999-12-31',
    '2027-01-01T00:00:00Z',
    ' 2027-01-01',
    '',
  ])('refuses %j', (iso) => {
    expect(parseDay(iso)).toBeNull();
  });

  it('counts days since 1970-01-01', () => {
    expect(parseDay('1970-01-01')).toBe(0);
    expect(parseDay('1970-01-02')).toBe(1);
    expect(day('2028-03-01') - day('2028-02-28')).toBe(2);
    expect(day('2027-03-01') - day('2027-02-28')).toBe(1);
    // Across both DST changes a day is still one day.
    expect(day('2027-03-29') - day('2027-03-27')).toBe(2);
    expect(day('2027-11-01') - day('2027-10-30')).toBe(2);
    expect(day('2028-01-01') - day('2027-12-31')).toBe(1);
  });

  it('round-trips with formatDay for any valid day', () => {
    fc.assert(
      fc.property(fc.integer({ min: day('1000-01-01'), max: day('9999-12-31') }), (d) => {
        expect(parseDay(formatDay(d))).toBe(d);
      }),
    );
  });
});

describe('dayFromParts', () => {
  it('matches parseDay', () => {
    expect(dayFromParts(2028, 2, 29)).toBe(day('2028-02-29'));
  });
});

describe('addMonthsToDay', () => {
  it.each([
    ['2027-01-31', 1, '2027-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2027-01-31', 2, '2027-03-31'],
    ['2027-01-31', 3, '2027-04-30'],
    ['2027-01-31', 12, '2028-01-31'],
    ['2028-02-29', 12, '2029-02-28'],
    ['2028-02-29', 48, '2032-02-29'],
    ['2027-12-15', 1, '2028-01-15'],
    ['2028-01-15', -1, '2027-12-15'],
    ['2027-03-31', -1, '2027-02-28'],
    ['2027-10-31', 1, '2027-11-30'],
    ['2027-03-28', 1, '2027-04-28'],
    ['9999-12-31', 1, '10000-01-31'],
  ])('%s + %i months = %s', (from, months, expected) => {
    expect(formatDay(addMonthsToDay(day(from), months))).toBe(expected);
  });
});

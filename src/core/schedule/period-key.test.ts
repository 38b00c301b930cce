import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPeriodKey, parsePeriodKey, periodKeyAt } from './period-key';

describe('parsePeriodKey', () => {
  it.each([
    ['2027-01', { year: 2027, month: 1 }],
    ['2027-12', { year: 2027, month: 12 }],
    ['0000-06', { year: 0, month: 6 }],
  ])('reads %s', (value, expected) => {
    expect(parsePeriodKey(value)).toEqual({ ok: true, value: expected });
  });

  it.each(['2027-1', '2027-00', '2027-13', '27-01', '2027-01-01', '2027/01', ''])(
    'refuses %j',
    (value) => {
      expect(parsePeriodKey(value)).toEqual({
        ok: false,
        error: { code: 'SCHEDULE.INVALID_PERIOD_KEY', details: { value } },
      });
    },
  );

  it('round-trips with formatPeriodKey', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        expect(parsePeriodKey(formatPeriodKey({ year: y, month: m }))).toEqual({
          ok: true,
          value: { year: y, month: m },
        });
      }),
    );
  });
});

describe('formatPeriodKey', () => {
  it('pads year and month', () => {
    expect(formatPeriodKey({ year: 2027, month: 3 })).toBe('2027-03');
    expect(formatPeriodKey({ year: 999, month: 12 })).toBe('0999-12');
  });

  it.each([
    { year: 10000, month: 1 },
    { year: -1, month: 1 },
    { year: 2027.5, month: 1 },
    { year: 2027, month: 0 },
    { year: 2027, month: 13 },
    { year: 2027, month: 1.5 },
  ])('throws on %o', (month) => {
    expect(() => formatPeriodKey(month)).toThrow(RangeError);
  });
});

describe('periodKeyAt', () => {
  it.each([
    ['2027-01-31T22:59:59Z', '2027-01'],
    ['2027-01-31T23:00:00Z', '2027-02'],
    ['2027-12-31T23:00:00Z', '2028-01'],
    ['2027-03-31T21:59:59Z', '2027-03'],
    ['2027-03-31T22:00:00Z', '2027-04'],
    ['2027-10-31T22:59:59Z', '2027-10'],
    ['2028-02-29T12:00:00+01:00', '2028-02'],
  ])('%s is in %s in Brussels', (now, expected) => {
    expect(periodKeyAt(now)).toBe(expected);
  });

  it('throws on a malformed instant', () => {
    expect(() => periodKeyAt('2027-01-31')).toThrow(RangeError);
  });
});

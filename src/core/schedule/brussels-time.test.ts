import { afterEach, describe, expect, it } from 'vitest';
import {
  brusselsDay,
  brusselsInstantAt,
  brusselsWallTime,
  formatBrusselsInstant,
  parseInstant,
  requireInstant,
} from './brussels-time';
import { formatDay, parseDay } from './calendar-day';

function day(iso: string): number {
  const parsed = parseDay(iso);
  if (parsed === null) throw new Error(`bad test date ${iso}`);
  return parsed;
}

describe('parseInstant', () => {
  it.each([
    ['2027-01-05T08:00:00Z', '2027-01-05T08:00:00.000Z'],
    ['2027-01-05T08:00Z', '2027-01-05T08:00:00.000Z'],
    ['2027-01-05T09:00:00+01:00', '2027-01-05T08:00:00.000Z'],
    ['2027-01-05T03:30:00-04:30', '2027-01-05T08:00:00.000Z'],
    ['2027-01-05T08:00:00.5Z', '2027-01-05T08:00:00.500Z'],
    ['2027-01-05T08:00:00.123456789Z', '2027-01-05T08:00:00.123Z'],
    ['2027-01-01T00:30:00+01:00', '2026-12-31T23:30:00.000Z'],
    ['2028-02-29T23:59:59+00:00', '2028-02-29T23:59:59.000Z'],
  ])('reads %s', (value, expected) => {
    expect(new Date(parseInstant(value) ?? Number.NaN).toISOString()).toBe(expected);
  });

  it.each([
    '2027-01-05T08:00:00', // no offset: would depend on the machine's time zone
    '2027-01-05',
    '2027-01-05 08:00:00Z',
    '2027-02-29T08:00:00Z',
    '2027-01-05T24:00:00Z',
    '2027-01-05T08:60:00Z',
    '2027-01-05T08:00:60Z',
    '2027-01-05T08:00:00+15:00',
    '2027-01-05T08:00:00+01:60',
    '2027-01-05T08:00:00+0100',
    '0999-01-05T08:00:00Z',
    'yesterday',
  ])('refuses %j', (value) => {
    expect(parseInstant(value)).toBeNull();
  });

  it('requireInstant throws on a malformed instant and names it', () => {
    expect(() => requireInstant('2027-01-05', 'now')).toThrow(/now must be an ISO 8601 instant/);
    expect(requireInstant('1970-01-01T00:00:01Z', 'now')).toBe(1000);
  });
});

describe('brusselsWallTime', () => {
  it.each([
    // [instant, Brussels day, hour]
    ['2027-01-31T22:59:59Z', '2027-01-31', 23],
    ['2027-01-31T23:00:00Z', '2027-02-01', 0],
    ['2027-12-31T23:00:00Z', '2028-01-01', 0],
    // Spring forward 2027-03-28: 01:59:59 CET is followed by 03:00 CEST.
    ['2027-03-28T00:59:59Z', '2027-03-28', 1],
    ['2027-03-28T01:00:00Z', '2027-03-28', 3],
    // Fall back 2027-10-31: 02:00 CEST, then 02:00 CET an hour later.
    ['2027-10-31T00:00:00Z', '2027-10-31', 2],
    ['2027-10-31T01:00:00Z', '2027-10-31', 2],
    ['2027-10-31T02:00:00Z', '2027-10-31', 3],
    ['2027-10-31T22:59:59Z', '2027-10-31', 23],
    ['2027-10-31T23:00:00Z', '2027-11-01', 0],
    ['2028-02-29T22:59:59Z', '2028-02-29', 23],
  ])('%s is %s at %i h in Brussels', (instant, expectedDay, hour) => {
    const wall = brusselsWallTime(requireInstant(instant, 'test'));
    expect({ day: formatDay(wall.day), hour: wall.hour }).toEqual({ day: expectedDay, hour });
    expect(formatDay(brusselsDay(requireInstant(instant, 'test')))).toBe(expectedDay);
  });
});

describe('brusselsInstantAt', () => {
  it.each([
    ['2027-01-05', 9, '2027-01-05T08:00:00.000Z'],
    ['2027-07-05', 9, '2027-07-05T07:00:00.000Z'],
    // Spring forward: 02:00 does not exist and becomes 03:00 CEST.
    ['2027-03-28', 0, '2027-03-27T23:00:00.000Z'],
    ['2027-03-28', 1, '2027-03-28T00:00:00.000Z'],
    ['2027-03-28', 2, '2027-03-28T01:00:00.000Z'],
    ['2027-03-28', 3, '2027-03-28T01:00:00.000Z'],
    ['2027-03-28', 23, '2027-03-28T21:00:00.000Z'],
    // Fall back: 02:00 happens twice; the first (CEST) is taken.
    ['2027-10-31', 1, '2027-10-30T23:00:00.000Z'],
    ['2027-10-31', 2, '2027-10-31T00:00:00.000Z'],
    ['2027-10-31', 3, '2027-10-31T02:00:00.000Z'],
    ['2027-10-30', 2, '2027-10-30T00:00:00.000Z'],
    ['2027-11-01', 2, '2027-11-01T01:00:00.000Z'],
    ['2028-02-29', 0, '2028-02-28T23:00:00.000Z'],
  ])('%s at %i h is %s', (isoDay, hour, expected) => {
    expect(new Date(brusselsInstantAt(day(isoDay), hour)).toISOString()).toBe(expected);
  });
});

describe('formatBrusselsInstant', () => {
  it.each([
    ['2027-01-05T08:00:00Z', '2027-01-05T09:00:00+01:00'],
    ['2027-03-28T01:00:00Z', '2027-03-28T03:00:00+02:00'],
    ['2027-10-31T00:00:00Z', '2027-10-31T02:00:00+02:00'],
    ['2027-10-31T01:00:00Z', '2027-10-31T02:00:00+01:00'],
  ])('%s is %s', (instant, expected) => {
    expect(formatBrusselsInstant(requireInstant(instant, 'test'))).toBe(expected);
  });
});

describe('independence from the time zone of the process', () => {
  const original = process.env.TZ;
  afterEach(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  // `new TZDate(y, m, d, h, tz)` resolves the autumn overlap by the process's time zone; the
  // schedule must not. Node re-reads TZ when it changes.
  it.each([
    ['UTC', 0],
    ['Europe/Brussels', -60],
    ['America/New_York', 300],
    ['Pacific/Chatham', -825],
    ['Asia/Kolkata', -330],
  ])('gives the same instants and days under TZ=%s', (tz, januaryOffset) => {
    process.env.TZ = tz;
    // The switch took effect (so this test does exercise another zone).
    expect(new Date(Date.UTC(2027, 0, 15)).getTimezoneOffset()).toBe(januaryOffset);
    expect(new Date(brusselsInstantAt(day('2027-10-31'), 2)).toISOString()).toBe(
      '2027-10-31T00:00:00.000Z',
    );
    expect(new Date(brusselsInstantAt(day('2027-03-28'), 2)).toISOString()).toBe(
      '2027-03-28T01:00:00.000Z',
    );
    expect(formatDay(brusselsDay(requireInstant('2027-03-27T23:30:00Z', 'test')))).toBe(
      '2027-03-28',
    );
    expect(formatBrusselsInstant(requireInstant('2027-10-31T01:00:00Z', 'test'))).toBe(
      '2027-10-31T02:00:00+01:00',
    );
    expect(parseDay('2028-02-29')).toBe(Date.UTC(2028, 1, 29) / 86_400_000);
  });
});

import { describe, expect, it } from 'vitest';
import { snoozedPauseUntil } from './snooze';

describe('snoozedPauseUntil', () => {
  it('pauses until the first day of the month after next, in Brussels', () => {
    expect(snoozedPauseUntil({ now: '2027-01-05T10:00:00+01:00', current: null })).toBe(
      '2027-03-01',
    );
    expect(snoozedPauseUntil({ now: '2026-11-20T10:00:00+01:00', current: null })).toBe(
      '2027-01-01',
    );
    // 31 January 23:30 UTC is already 1 February in Brussels.
    expect(snoozedPauseUntil({ now: '2027-01-31T23:30:00Z', current: null })).toBe('2027-04-01');
  });

  it('never shortens a longer pause, and replaces an unreadable one', () => {
    expect(snoozedPauseUntil({ now: '2027-01-05T10:00:00+01:00', current: '2027-06-01' })).toBe(
      '2027-06-01',
    );
    expect(snoozedPauseUntil({ now: '2027-01-05T10:00:00+01:00', current: '2027-02-01' })).toBe(
      '2027-03-01',
    );
    expect(snoozedPauseUntil({ now: '2027-01-05T10:00:00+01:00', current: 'soon' })).toBe(
      '2027-03-01',
    );
  });

  it('refuses a clock that is not an instant', () => {
    expect(() => snoozedPauseUntil({ now: '2027-01-05', current: null })).toThrow(RangeError);
  });
});

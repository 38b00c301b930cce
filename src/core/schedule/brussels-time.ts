import { TZDate, tzOffset } from '@date-fns/tz';
import { formatISO } from 'date-fns';
import { BRUSSELS_TIME_ZONE } from '../shared/dates';
import type { IsoDateTime } from '../shared/dates';
import { dayFromParts, parseDay } from './calendar-day';
import type { Day } from './calendar-day';

/** Milliseconds since the epoch: an instant, independent of any time zone. */
export type Instant = number;

const MS_PER_MINUTE = 60_000;
const MS_PER_HOUR = 3_600_000;
const MS_PER_DAY = 86_400_000;

// An instant must carry its offset (or `Z`): without one, `Date` would read it in the time zone
// of whatever process runs the core, and the same input would mean different instants.
const ISO_INSTANT_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:(Z)|([+-])(\d{2}):(\d{2}))$/;

/**
 * Reads an ISO 8601 instant with an explicit offset (`2027-03-28T01:00:00Z`,
 * `2027-03-28T03:00:00+02:00`, optional seconds and fraction). Null when malformed or when a
 * field is out of range. Computed from the parts, so it does not depend on the engine's lenient
 * `Date.parse`.
 */
export function parseInstant(value: string): Instant | null {
  const match = ISO_INSTANT_PATTERN.exec(value);
  if (match === null) return null;
  const [, , , , h, mi, s, fraction, zulu, sign, offH, offM] = match;
  // The pattern starts with the calendar date: let `parseDay` check that it exists.
  const day = parseDay(value.slice(0, 10));
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s ?? '0');
  const offsetHours = Number(offH ?? '0');
  const offsetMinutes = Number(offM ?? '0');
  if (day === null || hour > 23 || minute > 59 || second > 59) return null;
  if (offsetHours > 14 || offsetMinutes > 59) return null;
  const millis = Math.floor(Number(`0.${fraction ?? '0'}`) * 1000);
  const offset = zulu === 'Z' ? 0 : (sign === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes);
  return (
    day * MS_PER_DAY +
    hour * MS_PER_HOUR +
    (minute - offset) * MS_PER_MINUTE +
    second * 1000 +
    millis
  );
}

/** Like {@link parseInstant}, for an instant the caller vouches for (`now`): a bad one is a fault. */
export function requireInstant(value: string, what: string): Instant {
  const instant = parseInstant(value);
  if (instant === null) {
    throw new RangeError(`${what} must be an ISO 8601 instant with an offset, got "${value}"`);
  }
  return instant;
}

/** The wall-clock reading of an instant in Europe/Brussels. */
export type BrusselsWallTime = {
  readonly year: number;
  /** 1–12. */
  readonly month: number;
  readonly day: Day;
  readonly hour: number;
};

/** What a clock in Brussels shows at an instant (DST included). */
export function brusselsWallTime(instant: Instant): BrusselsWallTime {
  const local = new TZDate(instant, BRUSSELS_TIME_ZONE);
  const year = local.getFullYear();
  const month = local.getMonth() + 1;
  return { year, month, day: dayFromParts(year, month, local.getDate()), hour: local.getHours() };
}

/** The calendar day in Brussels at an instant. */
export function brusselsDay(instant: Instant): Day {
  return brusselsWallTime(instant).day;
}

function offsetAt(instant: Instant): number {
  return tzOffset(BRUSSELS_TIME_ZONE, new Date(instant));
}

/**
 * The instant at which a Brussels clock shows `hour`:00 on `day`, resolved the way RFC 5545 and
 * Temporal's `'compatible'` disambiguation do:
 * - in the spring-forward gap (02:00–03:00 on the last Sunday of March does not exist), the time
 *   moves forward by the length of the gap: 02:00 becomes 03:00 CEST (01:00 UTC);
 * - in the autumn overlap (02:00–03:00 on the last Sunday of October happens twice), the earlier
 *   of the two instants is taken: 02:00 CEST (00:00 UTC).
 *
 * Done by hand because `new TZDate(y, m, d, h, tz)` resolves the overlap differently depending on
 * the time zone of the process running it.
 */
export function brusselsInstantAt(day: Day, hour: number): Instant {
  const wall = day * MS_PER_DAY + hour * MS_PER_HOUR;
  // Brussels changes offset at most twice a year, so the offsets a day either side are the ones
  // in force before and after any change near this wall time.
  const before = offsetAt(wall - MS_PER_DAY);
  const after = offsetAt(wall + MS_PER_DAY);
  const candidates = [
    wall - Math.max(before, after) * MS_PER_MINUTE,
    wall - Math.min(before, after) * MS_PER_MINUTE,
  ];
  for (const candidate of candidates) {
    const offset = (wall - candidate) / MS_PER_MINUTE;
    if (offsetAt(candidate) === offset) return candidate;
  }
  // In the gap: read the wall time with the offset in force before the change.
  return wall - before * MS_PER_MINUTE;
}

/** An instant as an ISO 8601 string with the Brussels offset, e.g. `2027-03-28T03:00:00+02:00`. */
export function formatBrusselsInstant(instant: Instant): IsoDateTime {
  return formatISO(new TZDate(instant, BRUSSELS_TIME_ZONE));
}

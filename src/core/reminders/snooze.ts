import { brusselsWallTime, requireInstant } from '../schedule/brussels-time';
import { addMonthsToDay, dayFromParts, formatDay, parseDay } from '../schedule/calendar-day';
import type { IsoDate, IsoDateTime } from '../shared/dates';

/**
 * The entity's new `pauseUntil` after someone pressed "Snooze one month" at `now`: the first day
 * of the month after next, in Brussels (pressed on 5 January → 1 March). `reminderDue` then finds
 * next month's slot before the pause end and skips it (`paused`), and the month after posts again
 * at its usual slot: exactly one due month is skipped.
 *
 * A pause already running longer is kept (a snooze never shortens a pause an owner set); an
 * unreadable current value is replaced. `now` is a fault when it is not an ISO instant with offset.
 *
 * The pause belongs to the entity's cadence, which the reminder and the dialogue prompt share: both
 * skip that month.
 */
export function snoozedPauseUntil(input: {
  readonly now: IsoDateTime;
  readonly current: IsoDate | null;
}): IsoDate {
  const wall = brusselsWallTime(requireInstant(input.now, 'now'));
  const snoozeEnd = addMonthsToDay(dayFromParts(wall.year, wall.month, 1), 2);
  const current = input.current === null ? null : parseDay(input.current);
  return formatDay(current !== null && current > snoozeEnd ? current : snoozeEnd);
}

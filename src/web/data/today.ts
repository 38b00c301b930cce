import { brusselsDay } from '../../core/schedule/brussels-time';
import { formatDay } from '../../core/schedule/calendar-day';
import type { IsoDate } from '../../core/shared/dates';

/** The calendar day in Brussels at `now`: the day deadlines and phases are judged on. */
export function brusselsToday(now: Date): IsoDate {
  return formatDay(brusselsDay(now.getTime()));
}

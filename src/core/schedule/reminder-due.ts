import type { IsoDateTime } from '../shared/dates';
import { err, ok } from '../shared/result';
import {
  brusselsInstantAt,
  brusselsWallTime,
  formatBrusselsInstant,
  requireInstant,
} from './brussels-time';
import type { Instant } from './brussels-time';
import { dayFromParts, parseDay } from './calendar-day';
import type { Day } from './calendar-day';
import type { EntitySettings, ReminderCadence } from './entity-settings.types';
import { formatPeriodKey, parsePeriodKey } from './period-key';
import type { PeriodKey, PeriodMonth } from './period-key';
import type { ScheduleResult } from './schedule.errors';

/** The first and last day of the month a cadence may name: every month has days 1 to 28. */
export const CADENCE_DAY_MIN = 1;
export const CADENCE_DAY_MAX = 28;

/** Why the monthly post is not due at an instant. */
export const NOT_DUE_REASONS = ['no-channel', 'paused', 'not-yet', 'already-posted'] as const;
export type NotDueReason = (typeof NOT_DUE_REASONS)[number];

/** Whether the monthly post is due, and for which Brussels month. */
export type ReminderDue =
  | {
      readonly kind: 'due';
      readonly period: PeriodKey;
      /** The instant the post was scheduled for (it is due from then to the end of the month). */
      readonly scheduledAt: IsoDateTime;
    }
  | { readonly kind: 'not-due'; readonly reason: NotDueReason; readonly period: PeriodKey };

export type ReminderDueInput = {
  readonly settings: Pick<EntitySettings, 'cadence' | 'reminderChannel'>;
  /** The instant the job runs, ISO 8601 with an offset. */
  readonly now: IsoDateTime;
  /** The month of the entity's last post of this kind, or null if none is known. */
  readonly lastPostedPeriod: PeriodKey | null;
};

/** A cadence that passed {@link checkCadence}, its pause end as a day. */
export type CheckedCadence = {
  readonly dayOfMonth: number;
  readonly hour: number;
  readonly pauseUntil: Day | null;
};

/**
 * Checks a cadence: `dayOfMonth` an integer 1–28 (`SCHEDULE.INVALID_CADENCE_DAY`), `hour` an
 * integer 0–23 (`SCHEDULE.INVALID_CADENCE_HOUR`) and `pauseUntil` null or a valid date
 * (`SCHEDULE.INVALID_PAUSE_DATE`).
 */
export function checkCadence(cadence: ReminderCadence): ScheduleResult<CheckedCadence> {
  const { dayOfMonth, hour, pauseUntil } = cadence;
  if (
    !Number.isInteger(dayOfMonth) ||
    dayOfMonth < CADENCE_DAY_MIN ||
    dayOfMonth > CADENCE_DAY_MAX
  ) {
    return err('SCHEDULE.INVALID_CADENCE_DAY', { dayOfMonth });
  }
  if (!Number.isInteger(hour) || hour < 0 || hour > 23) {
    return err('SCHEDULE.INVALID_CADENCE_HOUR', { hour });
  }
  if (pauseUntil === null) return ok({ dayOfMonth, hour, pauseUntil: null });
  const pauseDay = parseDay(pauseUntil);
  if (pauseDay === null) return err('SCHEDULE.INVALID_PAUSE_DATE', { value: pauseUntil });
  return ok({ dayOfMonth, hour, pauseUntil: pauseDay });
}

function slotDay(cadence: CheckedCadence, { year, month }: PeriodMonth): Day {
  return dayFromParts(year, month, cadence.dayOfMonth);
}

function slotInstant(cadence: CheckedCadence, month: PeriodMonth): Instant {
  return brusselsInstantAt(slotDay(cadence, month), cadence.hour);
}

/**
 * The instant a month's post is scheduled for: `dayOfMonth` at `hour`:00 on a Brussels clock,
 * e.g. `2027-01-05T09:00:00+01:00`. On the spring-forward day an hour in the gap moves forward
 * (02:00 → 03:00 CEST); on the fall-back day the first of the two 02:00s is taken. The pause is
 * not taken into account. Fails like {@link checkCadence}, or with `SCHEDULE.INVALID_PERIOD_KEY`.
 */
export function reminderSlot(
  cadence: ReminderCadence,
  period: PeriodKey,
): ScheduleResult<IsoDateTime> {
  const checked = checkCadence(cadence);
  if (!checked.ok) return checked;
  const month = parsePeriodKey(period);
  if (!month.ok) return month;
  return ok(formatBrusselsInstant(slotInstant(checked.value, month.value)));
}

/**
 * Whether the monthly post (PDCA reminder or dialogue prompt) is due for an entity at `now`, and
 * for which month. The job may run as often as it likes (hourly, say): for each Brussels month the
 * post becomes due once, and stays due until it is recorded as posted.
 *
 * Rule, in this order:
 * 1. The period is the Brussels calendar month `now` falls in (`YYYY-MM`).
 * 2. No channel chosen: `no-channel`.
 * 3. The slot is `dayOfMonth` at `hour`:00 Brussels time (DST: see {@link reminderSlot}). The
 *    post is due from the slot to the end of that month; a month missed entirely (job down) is
 *    not posted in the next one, where the next month's own post follows.
 * 4. `pauseUntil` is the first day posts may go out again. Before the slot, the entity is
 *    `paused` while today (Brussels) is before that day; from the slot on, the month is skipped
 *    (`paused`) if the slot's day is before it, so ending a pause does not trigger a late post.
 * 5. Before the slot: `not-yet`.
 * 6. `lastPostedPeriod` is this month or later: `already-posted`. This is what makes the post due
 *    once; the idempotency key (see `idempotencyKey`) guards against two runs racing.
 *
 * DST: the slot is one instant (03:00 CEST for the missing 02:00 of the spring-forward day, the
 * first of the two 02:00s of the fall-back day) and "due" compares instants. So the missing hour
 * still posts, once, at 03:00 CEST, and the repeated hour finds the month `already-posted`; an
 * hourly job meets both. (This only matters when `dayOfMonth` is the last Sunday of March or
 * October, 25–28, and `hour` is 2.)
 *
 * `now` is a fault (throws) when not an ISO 8601 instant with offset; the cadence fails like
 * {@link checkCadence}, `lastPostedPeriod` with `SCHEDULE.INVALID_PERIOD_KEY`.
 */
export function reminderDue(input: ReminderDueInput): ScheduleResult<ReminderDue> {
  const now = requireInstant(input.now, 'now');
  const checked = checkCadence(input.settings.cadence);
  if (!checked.ok) return checked;
  if (input.lastPostedPeriod !== null) {
    const last = parsePeriodKey(input.lastPostedPeriod);
    if (!last.ok) return last;
  }
  const cadence = checked.value;
  const wall = brusselsWallTime(now);
  const period = formatPeriodKey(wall);
  const notDue = (reason: NotDueReason) => ok({ kind: 'not-due' as const, reason, period });
  if (input.settings.reminderChannel === null) return notDue('no-channel');
  const slot = slotInstant(cadence, wall);
  const beforeSlot = now < slot;
  // Before the slot "now" decides whether the entity is paused; from the slot on, the slot does.
  const referenceDay = beforeSlot ? wall.day : slotDay(cadence, wall);
  if (cadence.pauseUntil !== null && referenceDay < cadence.pauseUntil) return notDue('paused');
  if (beforeSlot) return notDue('not-yet');
  // `YYYY-MM` keys sort as months do.
  if (input.lastPostedPeriod !== null && input.lastPostedPeriod >= period) {
    return notDue('already-posted');
  }
  return ok({ kind: 'due' as const, period, scheduledAt: formatBrusselsInstant(slot) });
}

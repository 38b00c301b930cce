import type { Measurement, MeasurementKind } from '../maturity/maturity.types';
import type { IsoDate } from '../shared/dates';
import { err, ok } from '../shared/result';
import { brusselsDay, parseInstant } from './brussels-time';
import { addMonthsToDay, formatDay, parseDay } from './calendar-day';
import type { Day } from './calendar-day';
import { baselineWindowClosesBefore, checkPeriod, finalWindowOpensOn } from './plan-period';
import type { PeriodDays, PlanPeriod } from './plan-period';
import type { ScheduleResult } from './schedule.errors';
import { compareText } from './text-order';

/** What the schedule needs to know of a measurement. */
export type MeasurementFacts = Pick<Measurement, 'id' | 'kind' | 'date' | 'status' | 'lockedOn'>;

/**
 * Where a due measurement stands on a given day: `done` once a measurement for it is locked,
 * otherwise `upcoming` before its window opens, `due` in its window (due date included) and
 * `overdue` after the due date.
 */
export const MEASUREMENT_STATES = ['done', 'due', 'overdue', 'upcoming'] as const;
export type MeasurementState = (typeof MEASUREMENT_STATES)[number];

/** Months between annual measurements, counted from the period start. */
export const ANNUAL_INTERVAL_MONTHS = 12;
/** An annual measurement's window opens this many months before its anniversary. */
export const ANNUAL_WINDOW_MONTHS = 1;
// An annual measurement dated within half an interval of an anniversary counts for it.
const ANNUAL_CLAIM_MONTHS = ANNUAL_INTERVAL_MONTHS / 2;

/** One measurement the plan period calls for, and where it stands on the given day. */
export type DueMeasurement = {
  readonly kind: MeasurementKind;
  /** 0 for the baseline, k for the k-th annual measurement, one more than the last annual one for
   * the final measurement. */
  readonly sequence: number;
  /** First day of the window in which the measurement is expected. */
  readonly opensOn: IsoDate;
  /** Last day of the window: the due date. */
  readonly dueOn: IsoDate;
  readonly state: MeasurementState;
  /** The Brussels day this measurement was first locked, if it was by the given day. */
  readonly lockedOn: IsoDate | null;
  /** The measurement that records it: the latest one locked by the given day, else the latest
   * open one (work in progress), else null. */
  readonly measurementId: string | null;
};

/** A due measurement in days, as the schedule's own functions use it. */
export type MeasurementSlot = {
  readonly kind: MeasurementKind;
  readonly sequence: number;
  readonly opensOn: Day;
  readonly dueOn: Day;
  /** Annual measurements dated in [claimsFrom, claimsUntil) count for this slot. */
  readonly claimsFrom: Day;
  readonly claimsUntil: Day;
};

/** A slot with the measurements that count for it, as known on a given day. */
export type ResolvedSlot = MeasurementSlot & {
  readonly lockedOn: Day | null;
  readonly measurementId: string | null;
};

/**
 * The measurements a plan period calls for, in order:
 * - the baseline, due in the first three months (window: start to the day before start + 3
 *   months);
 * - an annual measurement on each anniversary of the start (start + 12·k months, counted from the
 *   start so a 31 January start keeps 31 January, and 29 February falls back to 28 February in
 *   other years), window the month before it up to and including the anniversary, as long as the
 *   anniversary falls before the final window opens (the final measurement takes its place);
 * - the final measurement, due in the last three months (window: end + 1 day − 3 months to the
 *   end).
 */
export function measurementSlots(period: PeriodDays): readonly MeasurementSlot[] {
  const { start, end } = period;
  const finalOpensOn = finalWindowOpensOn(period);
  const slots: MeasurementSlot[] = [
    {
      kind: 'baseline',
      sequence: 0,
      opensOn: start,
      dueOn: baselineWindowClosesBefore(period) - 1,
      claimsFrom: start,
      claimsUntil: start,
    },
  ];
  for (let k = 1; ; k += 1) {
    const anniversary = addMonthsToDay(start, ANNUAL_INTERVAL_MONTHS * k);
    if (anniversary >= finalOpensOn) break;
    const nextAnniversary = addMonthsToDay(start, ANNUAL_INTERVAL_MONTHS * (k + 1));
    slots.push({
      kind: 'annual',
      sequence: k,
      opensOn: addMonthsToDay(start, ANNUAL_INTERVAL_MONTHS * k - ANNUAL_WINDOW_MONTHS),
      dueOn: anniversary,
      claimsFrom: addMonthsToDay(start, ANNUAL_INTERVAL_MONTHS * k - ANNUAL_CLAIM_MONTHS),
      // The last annual measurement claims up to the final window, so none falls in between.
      claimsUntil:
        nextAnniversary >= finalOpensOn
          ? finalOpensOn
          : addMonthsToDay(start, ANNUAL_INTERVAL_MONTHS * k + ANNUAL_CLAIM_MONTHS),
    });
  }
  slots.push({
    kind: 'final',
    sequence: slots.length,
    opensOn: finalOpensOn,
    dueOn: end,
    claimsFrom: finalOpensOn,
    claimsUntil: finalOpensOn,
  });
  return slots;
}

type CheckedMeasurement = {
  readonly id: string;
  readonly kind: MeasurementKind;
  readonly date: Day;
  /** The Brussels day it was locked; null while open. */
  readonly lockedOn: Day | null;
};

function checkMeasurement(measurement: MeasurementFacts): ScheduleResult<CheckedMeasurement> {
  const { id, kind, status } = measurement;
  const date = parseDay(measurement.date);
  if (date === null) {
    return err('SCHEDULE.INVALID_DATE', { field: 'measurement.date', value: measurement.date, id });
  }
  if (status === 'open') return ok({ id, kind, date, lockedOn: null });
  if (measurement.lockedOn === null) {
    // A locked measurement without its lock time (older data): its own date is the best we know.
    return ok({ id, kind, date, lockedOn: date });
  }
  const lockedAt = parseInstant(measurement.lockedOn);
  if (lockedAt === null) {
    return err('SCHEDULE.INVALID_DATE', {
      field: 'measurement.lockedOn',
      value: measurement.lockedOn,
      id,
    });
  }
  return ok({ id, kind, date, lockedOn: brusselsDay(lockedAt) });
}

function countsFor(slot: MeasurementSlot, measurement: CheckedMeasurement): boolean {
  if (measurement.kind !== slot.kind) return false;
  // The period has one baseline and one final measurement, whenever they were dated.
  if (slot.kind !== 'annual') return true;
  return measurement.date >= slot.claimsFrom && measurement.date < slot.claimsUntil;
}

function byDateThenId(a: CheckedMeasurement, b: CheckedMeasurement): number {
  return a.date - b.date || compareText(a.id, b.id);
}

function resolveSlot(
  slot: MeasurementSlot,
  measurements: readonly CheckedMeasurement[],
  on: Day,
): ResolvedSlot {
  const candidates = measurements.filter((m) => countsFor(slot, m)).sort(byDateThenId);
  // As of `on`: a measurement locked later was still open that day.
  const locked = candidates
    .flatMap((m) =>
      m.lockedOn !== null && m.lockedOn <= on ? [{ ...m, lockedOn: m.lockedOn }] : [],
    )
    .sort((a, b) => a.lockedOn - b.lockedOn || byDateThenId(a, b));
  const first = locked[0];
  const latest = locked.at(-1) ?? candidates.at(-1);
  return {
    ...slot,
    lockedOn: first === undefined ? null : first.lockedOn,
    measurementId: latest === undefined ? null : latest.id,
  };
}

/**
 * Checks the period and the measurements and lays out every due measurement as known on `on`.
 * The measurements are those of the plan (the caller filters by plan). A correction of a locked
 * measurement is one more measurement of the same kind: the slot stays done from the first lock,
 * and names the latest locked measurement.
 */
export function resolveMeasurementSlots(
  period: PlanPeriod,
  measurements: readonly MeasurementFacts[],
  on: Day,
): ScheduleResult<{ readonly period: PeriodDays; readonly slots: readonly ResolvedSlot[] }> {
  const periodResult = checkPeriod(period);
  if (!periodResult.ok) return periodResult;
  const checked: CheckedMeasurement[] = [];
  for (const measurement of measurements) {
    const result = checkMeasurement(measurement);
    if (!result.ok) return result;
    checked.push(result.value);
  }
  const slots = measurementSlots(periodResult.value).map((slot) => resolveSlot(slot, checked, on));
  return ok({ period: periodResult.value, slots });
}

/** Where a slot stands on `on`; see {@link MeasurementState}. */
export function slotState(slot: ResolvedSlot, on: Day): MeasurementState {
  if (slot.lockedOn !== null) return 'done';
  if (on < slot.opensOn) return 'upcoming';
  return on <= slot.dueOn ? 'due' : 'overdue';
}

/**
 * The index of the slot the entity is working on at `on`: the last one (in order) whose window
 * has opened or that has been locked already (an early measurement moves the rhythm on). -1
 * before the period starts.
 */
export function currentSlotIndex(slots: readonly ResolvedSlot[], on: Day): number {
  return slots.findLastIndex(
    (slot) => slot.opensOn <= on || (slot.lockedOn !== null && slot.lockedOn <= on),
  );
}

/**
 * The baseline, annual and final measurements a plan period calls for (see
 * {@link measurementSlots} for the windows) with their state on `on`, given the plan's
 * measurements. A measurement counts as done once locked: an open one is work in progress and is
 * named in `measurementId`, but the state stays due or overdue. Annual measurements count for the
 * anniversary within six months of their date.
 *
 * Fails with `SCHEDULE.INVALID_DATE` (a malformed period, measurement date, lock time or `on`),
 * `SCHEDULE.INVALID_PERIOD` or `SCHEDULE.PERIOD_TOO_SHORT`.
 */
export function dueMeasurements(
  period: PlanPeriod,
  measurements: readonly MeasurementFacts[],
  on: IsoDate,
): ScheduleResult<readonly DueMeasurement[]> {
  const onDay = parseDay(on);
  if (onDay === null) return err('SCHEDULE.INVALID_DATE', { field: 'on', value: on });
  const resolved = resolveMeasurementSlots(period, measurements, onDay);
  if (!resolved.ok) return resolved;
  return ok(
    resolved.value.slots.map((slot) => ({
      kind: slot.kind,
      sequence: slot.sequence,
      opensOn: formatDay(slot.opensOn),
      dueOn: formatDay(slot.dueOn),
      state: slotState(slot, onDay),
      lockedOn: slot.lockedOn === null ? null : formatDay(slot.lockedOn),
      measurementId: slot.measurementId,
    })),
  );
}

import type { IsoDate } from '../shared/dates';
import { err, ok } from '../shared/result';
import { addMonthsToDay, parseDay } from './calendar-day';
import type { Day } from './calendar-day';
import { currentSlotIndex, resolveMeasurementSlots } from './due-measurements';
import type { MeasurementFacts, ResolvedSlot } from './due-measurements';
import type { PeriodDays, PlanPeriod } from './plan-period';
import type { ScheduleResult } from './schedule.errors';

/** The four steps of the cycle: plan the objectives, work on them, evaluate, adapt. */
export const PDCA_PHASES = ['plan', 'do', 'check', 'act'] as const;
export type PdcaPhase = (typeof PDCA_PHASES)[number];

/** A PDCA phase, or outside the plan period. */
export const SCHEDULE_PHASES = [...PDCA_PHASES, 'before-period', 'after-period'] as const;
export type SchedulePhase = (typeof SCHEDULE_PHASES)[number];

/** How long the Act phase lasts after a measurement is locked. */
export const ACT_WINDOW_MONTHS = 1;

export type PhaseInput = {
  readonly period: PlanPeriod;
  /** The Brussels calendar day to give the phase for. */
  readonly on: IsoDate;
  /**
   * The plan's measurements, so the phase follows what really happened. Leave out when unknown:
   * every measurement is then assumed locked at the end of its due date.
   */
  readonly measurements?: readonly MeasurementFacts[];
};

/**
 * The PDCA phase of a plan on a day, following the source's cycle ("plan the objectives, work on
 * them, evaluate each tool on maturity, adapt") and the measurement rhythm (baseline, annual,
 * final). Rule:
 *
 * - Before `periodStart`: `before-period`; after `periodEnd`: `after-period`.
 * - The period is a series of measurements (see `measurementSlots`): the baseline (window: the
 *   first 3 months), an annual one on each anniversary (window: the month before it, up to and
 *   including the anniversary) and the final one (window: the last 3 months). The *current*
 *   measurement is the last one whose window has opened, or that was locked early.
 * - While the current measurement is not locked: **Plan** if it is the baseline (write the plan,
 *   measure the starting point), **Check** otherwise (evaluate each instrument on maturity). A
 *   late measurement keeps its phase until it is locked or the next window opens: the phase says
 *   what the entity should be doing.
 * - From the Brussels day a measurement is locked, for one month: **Act** (adapt the plan and the
 *   objectives' baseline and target values to the findings). After the final measurement is
 *   locked, Act lasts to the end of the period (the findings feed the next plan).
 * - Otherwise **Do**: work on the objectives and actions.
 *
 * Without measurement information every measurement is assumed locked at the end of its due date,
 * which gives: Plan for the first 3 months, Act the month after, Do; Check the month before each
 * anniversary (anniversary included), Act the month after it; Check in the last 3 months.
 *
 * Fails with `SCHEDULE.INVALID_DATE`, `SCHEDULE.INVALID_PERIOD` or `SCHEDULE.PERIOD_TOO_SHORT`.
 */
export function pdcaPhase(input: PhaseInput): ScheduleResult<SchedulePhase> {
  const on = parseDay(input.on);
  if (on === null) return err('SCHEDULE.INVALID_DATE', { field: 'on', value: input.on });
  const resolved = resolveMeasurementSlots(input.period, input.measurements ?? [], on);
  if (!resolved.ok) return resolved;
  const { period, slots } = resolved.value;
  const assumed = input.measurements === undefined ? slots.map((s) => assumeLocked(s, on)) : slots;
  return ok(phaseOn(period, assumed, on));
}

function assumeLocked(slot: ResolvedSlot, on: Day): ResolvedSlot {
  const lockedOn = slot.dueOn + 1;
  return lockedOn <= on ? { ...slot, lockedOn } : slot;
}

/** The phase on `on` for slots already resolved as of `on`. */
export function phaseOn(
  period: PeriodDays,
  slots: readonly ResolvedSlot[],
  on: Day,
): SchedulePhase {
  if (on > period.end) return 'after-period';
  const current = slots[currentSlotIndex(slots, on)];
  // From the start on, the baseline's window is open, so there is always a current slot.
  if (on < period.start || current === undefined) return 'before-period';
  if (current.lockedOn === null) return current.kind === 'baseline' ? 'plan' : 'check';
  if (current.kind === 'final') return 'act';
  return on < addMonthsToDay(current.lockedOn, ACT_WINDOW_MONTHS) ? 'act' : 'do';
}

import type { IsoDate } from '../shared/dates';
import { isIsoCalendarDate } from './iso-date';
import type { SmartElement } from './plan.labels';
import type { OperationalObjective, PlanIdentification } from './plan.types';

/** The fields of an operational objective that make it SMART. */
export type SmartFields = Pick<
  OperationalObjective,
  'specific' | 'indicator' | 'unit' | 'baselineValue' | 'targetValue' | 'deadline' | 'owner'
>;

/** The plan period, as in section 1 (`plan.identification` fits). */
export type PlanPeriod = Pick<PlanIdentification, 'periodStart' | 'periodEnd'>;

/** Something worth a second look, which does not make the objective less SMART. */
export type SmartWarning =
  | { readonly kind: 'target-equals-baseline'; readonly value: number }
  | {
      readonly kind: 'deadline-outside-period';
      readonly side: 'before' | 'after';
      readonly deadline: IsoDate;
      readonly periodStart: IsoDate;
      readonly periodEnd: IsoDate;
    };

export type SmartCheck =
  | { readonly status: 'smart'; readonly warnings: readonly SmartWarning[] }
  | {
      readonly status: 'incomplete';
      /** Never empty; in the order of `SMART_ELEMENTS`. */
      readonly missing: readonly [SmartElement, ...SmartElement[]];
      readonly warnings: readonly SmartWarning[];
    };

function isBlank(text: string | null | undefined): boolean {
  return (text ?? '').trim() === '';
}

function isMissingNumber(value: number | null | undefined): boolean {
  return typeof value !== 'number' || !Number.isFinite(value);
}

/**
 * Which SMART elements an operational objective lacks, in the fixed order specific, indicator,
 * unit, baseline, target, deadline, owner. Texts that are only white space count as missing; so
 * do a non-finite number, a deadline that is not a calendar date and an owner without a name,
 * because none of them can be used to measure or hold anyone to account.
 */
export function missingSmartElements(objective: SmartFields): SmartElement[] {
  const checks: readonly (readonly [SmartElement, boolean])[] = [
    ['specific', isBlank(objective.specific)],
    ['indicator', isBlank(objective.indicator)],
    ['unit', isBlank(objective.unit)],
    ['baseline', isMissingNumber(objective.baselineValue)],
    ['target', isMissingNumber(objective.targetValue)],
    ['deadline', !isIsoCalendarDate(objective.deadline)],
    ['owner', isBlank(objective.owner?.displayName)],
  ];
  return checks.filter(([, missing]) => missing).map(([element]) => element);
}

/** Where a date falls against a period, both ends included; ISO dates compare as strings. */
function sideOfPeriod(date: IsoDate, period: PlanPeriod): 'before' | 'inside' | 'after' {
  if (date < period.periodStart) return 'before';
  return date > period.periodEnd ? 'after' : 'inside';
}

/**
 * Warnings on the elements that are present: a target equal to the baseline (no change aimed
 * for) and, when the period is given and valid, a deadline before its start or after its end
 * (both ends inclusive).
 */
export function smartWarnings(objective: SmartFields, period?: PlanPeriod): SmartWarning[] {
  const warnings: SmartWarning[] = [];
  const { baselineValue, targetValue, deadline } = objective;
  if (
    typeof baselineValue === 'number' &&
    Number.isFinite(baselineValue) &&
    baselineValue === targetValue
  ) {
    warnings.push({ kind: 'target-equals-baseline', value: baselineValue });
  }
  if (
    period !== undefined &&
    isIsoCalendarDate(deadline) &&
    isIsoCalendarDate(period.periodStart) &&
    isIsoCalendarDate(period.periodEnd)
  ) {
    const side = sideOfPeriod(deadline, period);
    if (side !== 'inside') {
      warnings.push({
        kind: 'deadline-outside-period',
        side,
        deadline,
        periodStart: period.periodStart,
        periodEnd: period.periodEnd,
      });
    }
  }
  return warnings;
}

/**
 * Checks an operational objective against SMART: `smart` when every element is there,
 * `incomplete` with the missing elements otherwise; warnings come with either.
 *
 * @param period the plan period; without it the deadline is not compared with the period.
 */
export function checkSmart(objective: SmartFields, period?: PlanPeriod): SmartCheck {
  const warnings = smartWarnings(objective, period);
  const [first, ...rest] = missingSmartElements(objective);
  return first === undefined
    ? { status: 'smart', warnings }
    : { status: 'incomplete', missing: [first, ...rest], warnings };
}

/** The SMART check of one operational objective of a plan. */
export type ObjectiveSmartCheck = {
  readonly objectiveId: string;
  readonly title: string;
  readonly check: SmartCheck;
};

/** Checks every operational objective of a plan, in the order given, against the plan period. */
export function checkPlanSmart(
  objectives: readonly OperationalObjective[],
  period: PlanPeriod,
): ObjectiveSmartCheck[] {
  return objectives.map((objective) => ({
    objectiveId: objective.id,
    title: objective.title,
    check: checkSmart(objective, period),
  }));
}

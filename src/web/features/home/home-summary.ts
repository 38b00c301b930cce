import type { Measurement } from '../../../core/maturity/maturity.types';
import type { SmartElement } from '../../../core/plan/plan.labels';
import type { ActionStatus, OperationalObjective, PlanAction } from '../../../core/plan/plan.types';
import { checkSmart } from '../../../core/plan/smart-check';
import { parseDay } from '../../../core/schedule/calendar-day';
import { dueMeasurements, type DueMeasurement } from '../../../core/schedule/due-measurements';
import type { EntitySettings } from '../../../core/schedule/entity-settings.types';
import { pdcaPhase, type SchedulePhase } from '../../../core/schedule/pdca-phase';
import { compareText } from '../../../core/schedule/text-order';
import type { IsoDate } from '../../../core/shared/dates';
import type { PersonRef } from '../../../core/shared/person';
import type { Plan } from '../../../core/plan/plan.types';
import { brusselsToday } from '../../data/today';

/** What the summary reads of the loaded dashboard (the stored records' values). */
export type HomeSummaryInput = {
  readonly plan: Plan | null;
  readonly objectives: readonly OperationalObjective[];
  readonly actions: readonly PlanAction[];
  readonly measurements: readonly Measurement[];
  readonly settings: Pick<EntitySettings, 'indicatorStaleAfterDays'> | null;
};

/** Used when the entity has no settings yet; the settings page proposes the same. */
export const DEFAULT_STALE_AFTER_DAYS = 90;

// Done and cancelled actions are finished: a passed due date no longer matters for them.
const FINISHED: readonly ActionStatus[] = ['done', 'cancelled'];

export type OverdueAction = {
  readonly id: string;
  readonly objectiveId: string;
  readonly title: string;
  readonly dueDate: IsoDate;
  readonly owner: PersonRef | null;
};

/** Why an objective needs attention; an objective can have several reasons. */
export type RiskReason =
  | { readonly kind: 'not-smart'; readonly missing: readonly SmartElement[] }
  | { readonly kind: 'never-measured' }
  | { readonly kind: 'stale'; readonly since: IsoDate }
  | {
      readonly kind: 'behind';
      readonly current: number;
      readonly target: number;
      readonly unit: string;
    };

export type ObjectiveAtRisk = {
  readonly id: string;
  readonly title: string;
  readonly reasons: readonly [RiskReason, ...RiskReason[]];
};

export type HomeSummary =
  | { readonly kind: 'no-plan'; readonly today: IsoDate }
  | {
      readonly kind: 'plan';
      readonly today: IsoDate;
      readonly title: string;
      readonly periodStart: IsoDate;
      readonly periodEnd: IsoDate;
      /** Null when the period cannot be scheduled (hand-edited dates): the rest still shows. */
      readonly phase: SchedulePhase | null;
      /** The measurement being worked on if not locked yet, else the next one; null when none. */
      readonly nextMeasurement: DueMeasurement | null;
      readonly overdueActions: readonly OverdueAction[];
      readonly objectivesAtRisk: readonly ObjectiveAtRisk[];
    };

function nextDue(all: readonly DueMeasurement[], today: IsoDate): DueMeasurement | null {
  // ISO dates compare as strings. The current slot is the last one whose window has opened.
  const current = all.filter((m) => m.opensOn <= today).at(-1);
  if (current !== undefined && current.state !== 'done') return current;
  return all.find((m) => m.state === 'upcoming') ?? null;
}

function overdue(actions: readonly PlanAction[], today: IsoDate): OverdueAction[] {
  return actions
    .flatMap((a) =>
      a.dueDate !== null && a.dueDate < today && !FINISHED.includes(a.status)
        ? [
            {
              id: a.id,
              objectiveId: a.objectiveId,
              title: a.title,
              dueDate: a.dueDate,
              owner: a.owner,
            },
          ]
        : [],
    )
    .sort((a, b) => compareText(a.dueDate, b.dueDate) || compareText(a.title, b.title));
}

/**
 * "Behind" means the indicator moved away from the target: below the baseline when the target is
 * higher, above it when lower. Slow progress is not flagged here; the measurement judges that.
 */
function behind(o: OperationalObjective): RiskReason | null {
  const { baselineValue: base, targetValue: target, currentValue: current } = o;
  if (base === null || target === null || current === null || target === base) return null;
  const wrongWay = target > base ? current < base : current > base;
  return wrongWay ? { kind: 'behind', current, target, unit: o.unit } : null;
}

function staleness(o: OperationalObjective, today: IsoDate, afterDays: number): RiskReason | null {
  if (o.indicatorUpdatedOn === null) return { kind: 'never-measured' };
  const updated = parseDay(o.indicatorUpdatedOn);
  const now = parseDay(today);
  if (updated === null || now === null) return { kind: 'never-measured' };
  return now - updated > afterDays ? { kind: 'stale', since: o.indicatorUpdatedOn } : null;
}

function atRisk(
  objectives: readonly OperationalObjective[],
  plan: Plan,
  today: IsoDate,
  afterDays: number,
): ObjectiveAtRisk[] {
  return objectives
    .flatMap((o): ObjectiveAtRisk[] => {
      const smart = checkSmart(o, plan.identification);
      const reasons = [
        smart.status === 'incomplete'
          ? { kind: 'not-smart' as const, missing: smart.missing }
          : null,
        staleness(o, today, afterDays),
        behind(o),
      ].filter((r): r is RiskReason => r !== null);
      const [first, ...rest] = reasons;
      return first === undefined ? [] : [{ id: o.id, title: o.title, reasons: [first, ...rest] }];
    })
    .sort((a, b) => compareText(a.title, b.title));
}

/**
 * The Home screen's summary of an entity's current plan on the Brussels day of `now`: its PDCA
 * phase, the measurement due, overdue actions with their owners and objectives at risk.
 */
export function homeSummary(input: HomeSummaryInput, now: Date): HomeSummary {
  const today = brusselsToday(now);
  const { plan } = input;
  if (plan === null) return { kind: 'no-plan', today };
  const planMeasurements = input.measurements.filter((m) => m.planId === plan.id);
  const period = plan.identification;
  const phase = pdcaPhase({ period, on: today, measurements: planMeasurements });
  const due = dueMeasurements(period, planMeasurements, today);
  const objectives = input.objectives.filter((o) => o.planId === plan.id);
  const afterDays = input.settings?.indicatorStaleAfterDays ?? DEFAULT_STALE_AFTER_DAYS;
  return {
    kind: 'plan',
    today,
    title: plan.title,
    periodStart: period.periodStart,
    periodEnd: period.periodEnd,
    phase: phase.ok ? phase.value : null,
    nextMeasurement: due.ok ? nextDue(due.value, today) : null,
    overdueActions: overdue(
      input.actions.filter((a) => a.planId === plan.id),
      today,
    ),
    objectivesAtRisk: atRisk(objectives, plan, today, afterDays),
  };
}

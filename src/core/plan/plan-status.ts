import type { IsoDate } from '../shared/dates';
import type { Result } from '../shared/result';
import { err, ok } from '../shared/result';
import { isIsoCalendarDate } from './iso-date';
import type { IdentificationField, SmartElement } from './plan.labels';
import type { Plan, PlanBundle, PlanIdentification, PlanStatus } from './plan.types';
import type { PlanFieldError } from './plan.validate';
import { validatePlan } from './plan.validate';
import { checkSmart } from './smart-check';

/**
 * The only moves a plan makes: a draft is adopted by the mandate holder, an adopted plan is
 * archived when a new plan supersedes it. Nothing goes back: a correction is a new plan.
 */
export const PLAN_TRANSITIONS = {
  draft: ['adopted'],
  adopted: ['archived'],
  archived: [],
} as const satisfies Readonly<Record<PlanStatus, readonly PlanStatus[]>>;

/** The statuses a plan in `from` may move to. */
export function allowedTransitions(from: PlanStatus): readonly PlanStatus[] {
  return PLAN_TRANSITIONS[from];
}

type Details = Readonly<Record<string, string | number>>;

/** One reason why a plan cannot be adopted yet; `code` and `details` give its message. */
export type AdoptionBlocker =
  | {
      readonly code: 'PLAN.IDENTIFICATION_INCOMPLETE';
      readonly missing: readonly [IdentificationField, ...IdentificationField[]];
      readonly details: Details;
    }
  | { readonly code: 'PLAN.PERIOD_END_BEFORE_START'; readonly details: Details }
  | { readonly code: 'PLAN.NO_STRATEGIC_OBJECTIVE' }
  | { readonly code: 'PLAN.NO_OPERATIONAL_OBJECTIVE' }
  | {
      readonly code: 'PLAN.OBJECTIVE_NOT_SMART';
      readonly objectiveId: string;
      readonly missing: readonly [SmartElement, ...SmartElement[]];
      readonly details: Details;
    };

export type NotAdoptableError = {
  readonly code: 'PLAN.NOT_ADOPTABLE';
  readonly details: Details;
  /** Never empty; identification first, then objectives in plan order. */
  readonly reasons: readonly [AdoptionBlocker, ...AdoptionBlocker[]];
};

export type InvalidTransitionError = {
  readonly code: 'PLAN.INVALID_TRANSITION';
  readonly details: Readonly<{ from: PlanStatus; to: PlanStatus }>;
};

export type InvalidAdoptionDateError = {
  readonly code: 'PLAN.INVALID_DATE';
  readonly details: Readonly<{ field: 'adoptedOn' }>;
};

export type PlanArchivedError = { readonly code: 'PLAN.ARCHIVED' };

export type InvalidFieldsError = {
  readonly code: 'PLAN.INVALID_FIELDS';
  readonly details: Details;
  readonly fields: readonly PlanFieldError[];
};

export type AdoptPlanError = InvalidTransitionError | InvalidAdoptionDateError | NotAdoptableError;
export type PlanTransitionError = AdoptPlanError;
export type EditPlanError = PlanArchivedError | InvalidFieldsError;

function isBlank(text: string): boolean {
  return text.trim() === '';
}

/** Items of section 1 that are empty (or, for the period, not a calendar date). */
export function missingIdentificationFields(
  identification: PlanIdentification,
): IdentificationField[] {
  const { entityName, periodStart, periodEnd, mandateHolder } = identification;
  const checks: readonly (readonly [IdentificationField, boolean])[] = [
    ['entityName', isBlank(entityName)],
    ['periodStart', !isIsoCalendarDate(periodStart)],
    ['periodEnd', !isIsoCalendarDate(periodEnd)],
    ['lastName', isBlank(mandateHolder.lastName)],
    ['firstName', isBlank(mandateHolder.firstName)],
    ['grade', isBlank(mandateHolder.grade)],
  ];
  return checks.filter(([, missing]) => missing).map(([field]) => field);
}

/**
 * Everything that stands between a plan and its adoption, in a stable order: incomplete
 * identification, a period that ends before it starts, no strategic objective, no operational
 * objective, then each operational objective that is not SMART (in the order given). Empty when
 * the plan can be adopted. SMART warnings (e.g. a deadline outside the period) do not block.
 */
export function adoptionBlockers(bundle: PlanBundle): AdoptionBlocker[] {
  const blockers: AdoptionBlocker[] = [];
  const { identification } = bundle.plan;
  const [firstMissing, ...otherMissing] = missingIdentificationFields(identification);
  if (firstMissing !== undefined) {
    blockers.push({
      code: 'PLAN.IDENTIFICATION_INCOMPLETE',
      missing: [firstMissing, ...otherMissing],
      details: { count: 1 + otherMissing.length },
    });
  }
  const { periodStart: start, periodEnd: end } = identification;
  if (isIsoCalendarDate(start) && isIsoCalendarDate(end) && end <= start) {
    blockers.push({
      code: 'PLAN.PERIOD_END_BEFORE_START',
      details: { field: 'identification.periodEnd', start, end },
    });
  }
  if (bundle.strategicObjectives.length === 0)
    blockers.push({ code: 'PLAN.NO_STRATEGIC_OBJECTIVE' });
  if (bundle.objectives.length === 0) blockers.push({ code: 'PLAN.NO_OPERATIONAL_OBJECTIVE' });
  for (const objective of bundle.objectives) {
    const check = checkSmart(objective, identification);
    if (check.status === 'incomplete') {
      blockers.push({
        code: 'PLAN.OBJECTIVE_NOT_SMART',
        objectiveId: objective.id,
        missing: check.missing,
        details: { objective: objective.title, count: check.missing.length },
      });
    }
  }
  return blockers;
}

function invalidTransition(
  from: PlanStatus,
  to: PlanStatus,
): Result<never, InvalidTransitionError> {
  return { ok: false, error: { code: 'PLAN.INVALID_TRANSITION', details: { from, to } } };
}

/**
 * Adopts a draft plan on the given date (the caller passes today in Europe/Brussels; the core
 * has no clock). Refused with `PLAN.INVALID_TRANSITION` unless the plan is a draft, with
 * `PLAN.INVALID_DATE` for a date that is not a calendar date, and with `PLAN.NOT_ADOPTABLE`
 * (listing every reason) while identification, objectives or SMART elements are missing.
 */
export function adoptPlan(bundle: PlanBundle, adoptedOn: IsoDate): Result<Plan, AdoptPlanError> {
  const { plan } = bundle;
  if (plan.status !== 'draft') return invalidTransition(plan.status, 'adopted');
  if (!isIsoCalendarDate(adoptedOn)) {
    return { ok: false, error: { code: 'PLAN.INVALID_DATE', details: { field: 'adoptedOn' } } };
  }
  const [first, ...rest] = adoptionBlockers(bundle);
  if (first !== undefined) {
    return {
      ok: false,
      error: {
        code: 'PLAN.NOT_ADOPTABLE',
        details: { count: 1 + rest.length },
        reasons: [first, ...rest],
      },
    };
  }
  return ok({ ...plan, status: 'adopted', adoptedOn });
}

/** Archives an adopted plan (superseded by a new one); its adoption date is kept. */
export function archivePlan(plan: Plan): Result<Plan, InvalidTransitionError> {
  if (plan.status !== 'adopted') return invalidTransition(plan.status, 'archived');
  return ok({ ...plan, status: 'archived' });
}

/**
 * Moves a plan to `to` along `PLAN_TRANSITIONS`. `on` is the adoption date when `to` is
 * `adopted`, and unused otherwise.
 */
export function transitionPlan(
  bundle: PlanBundle,
  to: PlanStatus,
  on: IsoDate,
): Result<Plan, PlanTransitionError> {
  switch (to) {
    case 'adopted':
      return adoptPlan(bundle, on);
    case 'archived':
      return archivePlan(bundle.plan);
    case 'draft':
      return invalidTransition(bundle.plan.status, to);
  }
}

/**
 * Whether the plan and its items (objectives, actions, arrangements) may still be changed: drafts
 * and adopted plans may (a plan is adapted during its period, the PDCA "Act"), archived plans are
 * the record and may not.
 */
export function ensureEditable(plan: Plan): Result<Plan, PlanArchivedError> {
  return plan.status === 'archived' ? err('PLAN.ARCHIVED') : ok(plan);
}

/** What the plan form may change on the plan itself; status moves through `transitionPlan`. */
export type PlanChanges = Partial<Pick<Plan, 'title' | 'identification' | 'vision'>>;

/**
 * Applies changes to a plan that is not archived and validates the result, so the caller gets
 * either a plan that fits the SharePoint list or every invalid field at once.
 */
export function editPlan(plan: Plan, changes: PlanChanges): Result<Plan, EditPlanError> {
  const editable = ensureEditable(plan);
  if (!editable.ok) return editable;
  const validated = validatePlan({ ...plan, ...changes });
  if (!validated.ok) {
    return {
      ok: false,
      error: {
        code: 'PLAN.INVALID_FIELDS',
        details: { count: validated.error.length },
        fields: validated.error,
      },
    };
  }
  return ok(validated.value);
}

const CURRENT_RANK: Readonly<Record<PlanStatus, number>> = { adopted: 0, draft: 1, archived: 2 };

/**
 * The order in which screens and exports offer an entity's plans: adopted before draft before
 * archived, then the latest period first, then the newest record (the higher id) first.
 */
export function compareCurrentFirst(a: Plan, b: Plan): number {
  const rank = CURRENT_RANK[a.status] - CURRENT_RANK[b.status];
  if (rank !== 0) return rank;
  const start = b.identification.periodStart.localeCompare(a.identification.periodStart);
  return start !== 0 ? start : b.id.localeCompare(a.id, 'en', { numeric: true });
}

/**
 * The plan an entity works with now: the first of `items` in {@link compareCurrentFirst} order
 * that is not archived, or null. `planOf` reads the plan from whatever record wraps it.
 */
export function currentPlanOf<T>(items: readonly T[], planOf: (item: T) => Plan): T | null {
  const ordered = [...items].sort((a, b) => compareCurrentFirst(planOf(a), planOf(b)));
  return ordered.find((item) => planOf(item).status !== 'archived') ?? null;
}

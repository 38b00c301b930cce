import type { OperationalObjective, Plan, PlanAction } from '../../../core/plan/plan.types';
import type { EntityPlans } from '../../../ports/plan-store';

export const ACTION_GROUPS = ['overdue', 'upcoming', 'later', 'done'] as const;
export type ActionGroup = (typeof ACTION_GROUPS)[number];

/** One of my actions with what it belongs to. */
export type MyAction = {
  readonly action: PlanAction;
  readonly plan: Plan;
  readonly objective: OperationalObjective | null;
};

/** "Upcoming" looks this far ahead; the monthly reminder uses the same horizon. */
export const UPCOMING_DAYS = 30;

function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Today's calendar day in Brussels, `YYYY-MM-DD`. */
export function brusselsToday(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(now);
}

export function groupOf(action: PlanAction, today: string): ActionGroup {
  if (action.status === 'done' || action.status === 'cancelled') return 'done';
  if (action.dueDate === null) return 'later';
  if (action.dueDate < today) return 'overdue';
  return action.dueDate <= addDays(today, UPCOMING_DAYS) ? 'upcoming' : 'later';
}

/**
 * The actions whose owner has `email` (compared case-insensitively, as Entra does), grouped and
 * sorted by due date, those without one last.
 */
export function myActions(
  plans: EntityPlans,
  email: string,
  today: string,
): ReadonlyMap<ActionGroup, readonly MyAction[]> {
  const me = email.toLowerCase();
  const groups = new Map<ActionGroup, MyAction[]>(ACTION_GROUPS.map((g) => [g, []]));
  for (const bundle of plans.bundles) {
    for (const { value: action } of bundle.actions) {
      if (action.owner?.email?.toLowerCase() !== me) continue;
      const objective =
        bundle.objectives.find((o) => o.value.id === action.objectiveId)?.value ?? null;
      groups.get(groupOf(action, today))?.push({ action, plan: bundle.plan.value, objective });
    }
  }
  for (const list of groups.values()) {
    list.sort((a, b) => (a.action.dueDate ?? '9999').localeCompare(b.action.dueDate ?? '9999'));
  }
  return groups;
}

import { ensureEditable } from '../../../../core/plan/plan-status';
import type { PlanBundle } from '../../../../core/plan/plan.types';
import type { PlanRecordKind, StoredPlanBundle } from '../../../../ports/plan-store';
import type { DraftRecord } from '../../../data/drafts';

/** The plan records of stored bundles as plain values, as the core and the use-case read them. */
export function planBundles(bundles: readonly StoredPlanBundle[]): PlanBundle[] {
  return bundles.map((b) => ({
    plan: b.plan.value,
    strategicObjectives: b.strategicObjectives.map((r) => r.value),
    objectives: b.objectives.map((r) => r.value),
    actions: b.actions.map((r) => r.value),
    arrangements: b.arrangements.map((r) => r.value),
  }));
}

const PLAN_KINDS: ReadonlySet<string> = new Set<PlanRecordKind>([
  'plan',
  'strategicObjective',
  'objective',
  'action',
  'arrangement',
]);

function fieldOf(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null
    ? (value as Record<string, unknown>)[name]
    : undefined;
}

/**
 * A test of whether a draft touches an archived plan, as the store judges a write: the plan its
 * record is in as read (found by id among the bundles) or the plan the draft names. A draft comes
 * from this device's storage, so its value is read field by field.
 */
export function archivedDraftTest(bundles: readonly PlanBundle[]): (draft: DraftRecord) => boolean {
  const homes = new Map<string, string>();
  const archived = new Set<string>();
  for (const bundle of bundles) {
    // The core's rule: a plan that may not be edited keeps its drafts from being sent.
    if (!ensureEditable(bundle.plan).ok) archived.add(bundle.plan.id);
    homes.set(`plan:${bundle.plan.id}`, bundle.plan.id);
    const records = [
      ...bundle.strategicObjectives.map((r) => ['strategicObjective', r.id] as const),
      ...bundle.objectives.map((r) => ['objective', r.id] as const),
      ...bundle.actions.map((r) => ['action', r.id] as const),
      ...bundle.arrangements.map((r) => ['arrangement', r.id] as const),
    ];
    for (const [kind, id] of records) homes.set(`${kind}:${id}`, bundle.plan.id);
  }
  return (draft) => {
    if (!PLAN_KINDS.has(draft.kind)) return false;
    const named = draft.kind === 'plan' ? draft.id : fieldOf(draft.value, 'planId');
    const home = homes.get(`${draft.kind}:${draft.id}`);
    return [home, named].some((id) => typeof id === 'string' && archived.has(id));
  };
}

/** A plan edit kept on this device, as the notice lists it. */
export type UnsavedPlanEdit = {
  readonly draft: DraftRecord;
  /** The record's title (or, for an arrangement, its first filled-in field); null when none. */
  readonly title: string | null;
};

// What names an arrangement of each kind in a list: actor, monitoring, evaluation, communication.
const NAME_FIELDS = ['title', 'actor', 'how', 'what', 'audience'] as const;

/** The drafts as the notice lists them: plan first, then objectives, actions, arrangements. */
export function unsavedPlanEdits(drafts: readonly DraftRecord[]): readonly UnsavedPlanEdit[] {
  const order = ['plan', 'strategicObjective', 'objective', 'action', 'arrangement'];
  return [...drafts]
    .sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind))
    .map((draft) => {
      const names = NAME_FIELDS.map((name) => fieldOf(draft.value, name));
      const title = names.find((n): n is string => typeof n === 'string' && n.trim() !== '');
      return { draft, title: title ?? null };
    });
}

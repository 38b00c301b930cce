import { ensureEditable, type PlanArchivedError } from '../core/plan/plan-status';
import type { Plan, PlanBundle } from '../core/plan/plan.types';
import type { PlanChange, PlanChangeReport, PlanStore } from '../ports/plan-store';
import type { ConflictError, StoreError } from '../ports/store.types';

/** A change that was not stored, kept as the person made it, with the reason. */
export type UnsavedChange = {
  readonly change: PlanChange;
  readonly error: StoreError;
};

/** A change not sent because the core refuses to change its plan (archived, as the caller read it). */
export type ArchivedChange = {
  readonly change: PlanChange;
  /** The archived plan the change touches. */
  readonly planId: string;
  readonly error: PlanArchivedError;
};

export type PlanSaveResult = {
  /** The store's report of the changes it was sent: every change but the `archived` ones. */
  readonly report: PlanChangeReport;
  /** How many changes were stored. */
  readonly saved: number;
  /** Changes someone else's edit got in the way of; `error.current` is the server's version. */
  readonly conflicts: readonly (UnsavedChange & { readonly error: ConflictError })[];
  /** Every other change that was not stored (throttled, offline, refused, forbidden …). */
  readonly failed: readonly UnsavedChange[];
  /** Changes to a plan the caller read as archived: refused by the core, never sent. */
  readonly archived: readonly ArchivedChange[];
  /** True when every change was stored. */
  readonly complete: boolean;
};

export type SavePlanOptions = {
  /**
   * The plans as the caller read them. A change to one the core does not let be edited (an
   * archived plan, or a record under it) is refused here, before anything is sent; the store
   * checks the plan's status on the server again, so a stale copy cannot slip through.
   */
  readonly plans?: readonly PlanBundle[];
};

type RecordIds = {
  readonly plans: ReadonlyMap<string, Plan>;
  /** The plan each known record is in, by `kind:id`. */
  readonly homes: ReadonlyMap<string, string>;
};

function indexPlans(bundles: readonly PlanBundle[]): RecordIds {
  const plans = new Map<string, Plan>();
  const homes = new Map<string, string>();
  for (const bundle of bundles) {
    plans.set(bundle.plan.id, bundle.plan);
    const records = [
      ...bundle.strategicObjectives.map((r) => ['strategicObjective', r] as const),
      ...bundle.objectives.map((r) => ['objective', r] as const),
      ...bundle.actions.map((r) => ['action', r] as const),
      ...bundle.arrangements.map((r) => ['arrangement', r] as const),
    ];
    for (const [kind, record] of records) homes.set(`${kind}:${record.id}`, bundle.plan.id);
  }
  return { plans, homes };
}

/**
 * The plans a change touches as the caller read them: a plan record's own (its stored status, not
 * the value sent, so archiving an adopted plan is allowed and un-archiving is not), and for a
 * record under a plan both the plan it is in and the one it would be written to.
 */
function plansTouched(change: PlanChange, known: RecordIds): readonly string[] {
  const id = changeId(change);
  if (change.kind === 'plan') return id === null ? [] : [id];
  const home = id === null ? undefined : known.homes.get(`${change.kind}:${id}`);
  const target =
    change.op === 'create'
      ? change.draft.planId
      : change.op === 'update'
        ? change.value.planId
        : undefined;
  return [home, target].filter((planId): planId is string => planId !== undefined);
}

function changeId(change: PlanChange): string | null {
  switch (change.op) {
    case 'create':
      return null;
    case 'update':
      return change.value.id;
    case 'delete':
      return change.id;
  }
}

/** The core's refusal of a change, with the archived plan, or null when it may be sent. */
function refusal(change: PlanChange, known: RecordIds): ArchivedChange | null {
  for (const planId of plansTouched(change, known)) {
    const plan = known.plans.get(planId);
    if (plan === undefined) continue;
    const editable = ensureEditable(plan);
    if (!editable.ok) return { change, planId, error: editable.error };
  }
  return null;
}

/**
 * Saves an edit of several plan records at once. Nothing is lost: each change that could not be
 * stored comes back untouched with its reason, conflicts apart so the screen can show both
 * versions side by side. Changes to a plan the caller knows is archived are refused by the core
 * (`ensureEditable`) without a request; the others go to the store in one set.
 */
export async function savePlanChanges(
  store: PlanStore,
  entityId: string,
  changes: readonly PlanChange[],
  options: SavePlanOptions = {},
): Promise<PlanSaveResult> {
  const known = indexPlans(options.plans ?? []);
  const archived: ArchivedChange[] = [];
  const toSend: PlanChange[] = [];
  for (const change of changes) {
    const refused = refusal(change, known);
    if (refused === null) toSend.push(change);
    else archived.push(refused);
  }
  const report: PlanChangeReport =
    toSend.length === 0
      ? { outcomes: [], createdIds: {} }
      : await store.savePlanChanges(entityId, toSend);
  const conflicts: (UnsavedChange & { error: ConflictError })[] = [];
  const failed: UnsavedChange[] = [];
  let saved = 0;
  toSend.forEach((change, index) => {
    const outcome = report.outcomes[index];
    if (outcome === undefined) throw new Error(`No outcome for change ${change.key}`);
    if (outcome.result.ok) {
      saved += 1;
      return;
    }
    const error = outcome.result.error;
    if (error.code === 'STORE.CONFLICT') conflicts.push({ change, error });
    else failed.push({ change, error });
  });
  return { report, saved, conflicts, failed, archived, complete: saved === changes.length };
}

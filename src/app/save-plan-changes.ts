import type { PlanChange, PlanChangeReport, PlanStore } from '../ports/plan-store';
import type { ConflictError, StoreError } from '../ports/store.types';

/** A change that was not stored, kept as the person made it, with the reason. */
export type UnsavedChange = {
  readonly change: PlanChange;
  readonly error: StoreError;
};

export type PlanSaveResult = {
  readonly report: PlanChangeReport;
  /** How many changes were stored. */
  readonly saved: number;
  /** Changes someone else's edit got in the way of; `error.current` is the server's version. */
  readonly conflicts: readonly (UnsavedChange & { readonly error: ConflictError })[];
  /** Every other change that was not stored (throttled, offline, refused, forbidden …). */
  readonly failed: readonly UnsavedChange[];
  /** True when every change was stored. */
  readonly complete: boolean;
};

/**
 * Saves an edit of several plan records at once. Nothing is lost: each change that could not be
 * stored comes back untouched with its reason, conflicts apart so the screen can show both
 * versions side by side.
 */
export async function savePlanChanges(
  store: PlanStore,
  entityId: string,
  changes: readonly PlanChange[],
): Promise<PlanSaveResult> {
  const report: PlanChangeReport =
    changes.length === 0
      ? { outcomes: [], createdIds: {} }
      : await store.savePlanChanges(entityId, changes);
  const conflicts: (UnsavedChange & { error: ConflictError })[] = [];
  const failed: UnsavedChange[] = [];
  let saved = 0;
  changes.forEach((change, index) => {
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
  return { report, saved, conflicts, failed, complete: saved === changes.length };
}

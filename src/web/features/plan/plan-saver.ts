import { savePlanChanges } from '../../../app/save-plan-changes';
import type { PlanBundle } from '../../../core/plan/plan.types';
import type { PlanRecords, PlanStore } from '../../../ports/plan-store';
import { archivedError, type ChangeOutcome } from '../../../ports/store.types';
import type { ChangeSaver } from '../../data/useSaveQueue';

/**
 * Stores the plan queue's change sets through the plan use-case, with the plans as the screen read
 * them: a change to an archived plan is refused by the core without a request, the rest goes to
 * the store (which checks the plan's status on the server again). One outcome per change, in order.
 */
export function planSaver(
  store: PlanStore,
  plans: () => readonly PlanBundle[],
): ChangeSaver<PlanRecords> {
  return async (entityId, changes) => {
    const result = await savePlanChanges(store, entityId, changes, { plans: plans() });
    const sent = new Map(result.report.outcomes.map((o) => [o.key, o]));
    const refused = new Map(result.archived.map((a) => [a.change.key, a]));
    const outcomes = changes.map((change): ChangeOutcome<PlanRecords> => {
      const outcome = sent.get(change.key);
      if (outcome !== undefined) return outcome;
      const archived = refused.get(change.key);
      if (archived === undefined) throw new Error(`No outcome for plan change ${change.key}`);
      const id =
        change.op === 'create' ? null : change.op === 'update' ? change.value.id : change.id;
      // The queue reads store outcomes: the core's refusal travels as the one the store gives for
      // the same change on the server (same code, plan and record), so both read and keep alike.
      return {
        key: change.key,
        kind: change.kind,
        op: change.op,
        result: { ok: false, error: archivedError(change.kind, id, archived.planId) },
      };
    });
    return { outcomes, createdIds: result.report.createdIds };
  };
}

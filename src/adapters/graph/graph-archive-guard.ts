import { archivedError, type ArchivedError } from '../../ports/store.types';
import type { GraphStoreContext } from './graph-context';
import { guardParents, type ParentGuardResult, type ParentRule } from './graph-parent-guard';
import type { WriteSpec } from './graph-writes';
import { checkFields } from './mappers/list-schema';
import { PLAN_CODEC } from './mappers/plan.mapper';

function archived(spec: WriteSpec, planId: string): ArchivedError {
  return archivedError(spec.codec.kind, spec.id, planId);
}

/** A plan and the records under it: each list carries the plan's id in `PlanRef` (`planId`). */
const ARCHIVED_PLANS: ParentRule = {
  parent: PLAN_CODEC,
  closedStatus: 'archived',
  statusColumn: 'PlanStatus',
  childKinds: new Set(['strategicObjective', 'objective', 'action', 'arrangement']),
  childRef: 'planId',
  childRefColumn: 'PlanRef',
  refuse: archived,
};

/**
 * Values the write engine refuses before sending anything (SharePoint's field limits): such a
 * write never reaches the server, so it needs no read either, and a refused edit stays free.
 */
function refusedForValues(spec: WriteSpec, entityId: string | null): boolean {
  if (spec.op === 'delete' || spec.value === null) return false;
  const op = spec.op === 'create' ? 'create' : 'update';
  const fields = spec.codec.encode(spec.value, { entityId: op === 'create' ? entityId : null });
  return checkFields(spec.codec.listName, fields, op).length > 0;
}

/**
 * An archived plan is the audit record: the store refuses, with `STORE.ARCHIVED`, every update or
 * delete of an archived plan and every create, update or delete of a record under one (strategic
 * and operational objectives, actions, arrangements: the lists with a `PlanRef`), for owners as
 * for anyone. Creating a plan is never refused here; a change of course is a new plan.
 *
 * Archived-ness is read from the server, never taken from the caller's copy, which may be stale
 * (an archive is a hand edit in SharePoint today): one `$batch` reads the plans the writes name
 * and the records' items (where they are now), a second only for plans found through those
 * items. A record is judged by the plan it is in now and the one it would be written to. The
 * mechanism is shared with locked measurements (graph-parent-guard.ts).
 *
 * A set that archives a plan may also save its last edits: the archive is made to wait for them
 * (added to its `after`), so nothing lands in the plan after it is archived.
 *
 * The read and the writes are separate requests, so an archive landing in between is not seen.
 */
export function guardArchivedPlans(
  ctx: GraphStoreContext,
  specs: readonly WriteSpec[],
  entityId: string | null,
): Promise<ParentGuardResult> {
  return guardParents(ctx, specs, {
    ...ARCHIVED_PLANS,
    // The create's entity column is part of what the engine checks, hence per call.
    unguarded: (spec) => refusedForValues(spec, entityId),
  });
}

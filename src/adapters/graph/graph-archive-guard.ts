import type { ArchivedError, RecordKind, StoreError } from '../../ports/store.types';
import type { GraphStoreContext } from './graph-context';
import { readErrorOf } from './graph-errors';
import type { GraphResponse } from './graph-http';
import type { LockGuard } from './graph-lock-guard';
import { batchGet, itemPath, type BatchGet } from './graph-reads';
import type { WriteSpec } from './graph-writes';
import { checkFields, whitelist } from './mappers/list-schema';
import { PLAN_CODEC } from './mappers/plan.mapper';

type PlanState =
  | { readonly type: 'open' }
  | { readonly type: 'archived' }
  | { readonly type: 'gone' }
  | { readonly type: 'unreadable'; readonly error: StoreError };

/** Which plan a record of a plan belongs to on the server now: an id, none (gone), or unread. */
type RecordHome =
  | { readonly type: 'in'; readonly planId: string | null }
  | { readonly type: 'unreadable'; readonly error: StoreError };

/** The records under a plan: each list carries the plan's id in `PlanRef` (`planId`). */
const PLAN_CHILD_KINDS: ReadonlySet<RecordKind> = new Set([
  'strategicObjective',
  'objective',
  'action',
  'arrangement',
]);

function isChild(spec: WriteSpec): boolean {
  return PLAN_CHILD_KINDS.has(spec.codec.kind);
}

function archived(spec: WriteSpec, planId: string): ArchivedError {
  const { kind } = spec.codec;
  return {
    code: 'STORE.ARCHIVED',
    details: { kind, id: spec.id ?? '', planId },
    kind,
    id: spec.id,
    planId,
  };
}

function claimedPlan(spec: WriteSpec): string | null {
  if (spec.op === 'delete') return null;
  const ref = spec.value?.planId;
  return typeof ref === 'string' && ref !== '' ? ref : null;
}

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

function fieldsOf(response: GraphResponse, listName: string): Record<string, unknown> {
  return whitelist(listName, (response.body as { fields?: unknown } | null)?.fields);
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
 * items. A record is judged by the plan it is in now and the one it would be written to.
 *
 * A set that archives a plan may also save its last edits: the archive is made to wait for them
 * (added to its `after`), so nothing lands in the plan after it is archived.
 *
 * The read and the writes are separate requests, so an archive landing in between is not seen.
 */
export async function guardArchivedPlans(
  ctx: GraphStoreContext,
  specs: readonly WriteSpec[],
  entityId: string | null,
): Promise<LockGuard> {
  const refused = new Map<number, StoreError>();
  const newPlans = new Map(
    specs.filter((s) => s.op === 'create' && s.codec.kind === 'plan').map((s) => [s.key, s]),
  );
  const guarded = specs
    .map((spec, index) => ({ spec, index }))
    .filter(
      ({ spec }) =>
        (isChild(spec) || (spec.codec.kind === 'plan' && spec.op !== 'create')) &&
        !refusedForValues(spec, entityId),
    );
  if (guarded.length === 0) return { specs, refused };

  const planIds = new Set<string>();
  const recordReads: BatchGet[] = [];
  for (const { spec, index } of guarded) {
    if (spec.codec.kind === 'plan' && spec.id !== null) planIds.add(spec.id);
    if (!isChild(spec)) continue;
    const claimed = claimedPlan(spec);
    if (claimed !== null && !newPlans.has(claimed)) planIds.add(claimed);
    if (spec.op !== 'create' && spec.id !== null) {
      recordReads.push({ id: `r${index}`, path: itemPath(ctx, spec.codec.listName, spec.id) });
    }
  }

  const states = new Map<string, PlanState>();
  const homes = new Map<number, RecordHome>();
  const first = await readAll(ctx, [...recordReads, ...planReads(ctx, planIds)]);
  if (!first.ok) {
    for (const { index } of guarded) refused.set(index, first.error);
    return { specs, refused };
  }
  collectPlans(first.value, planIds, states);
  for (const { spec, index } of guarded) {
    const answer = first.value.get(`r${index}`);
    if (answer === undefined) continue;
    const { response, attempts } = answer;
    if (response.status === 404) homes.set(index, { type: 'in', planId: null });
    else if (response.status !== 200) {
      homes.set(index, {
        type: 'unreadable',
        error: readErrorOf(response, { kind: spec.codec.kind, id: spec.id }, attempts),
      });
    } else {
      const ref = fieldsOf(response, spec.codec.listName).PlanRef;
      homes.set(index, { type: 'in', planId: typeof ref === 'string' && ref !== '' ? ref : null });
    }
  }
  const unseen = new Set(
    [...homes.values()].flatMap((h) =>
      h.type === 'in' && h.planId !== null && !states.has(h.planId) ? [h.planId] : [],
    ),
  );
  if (unseen.size > 0) {
    const second = await readAll(ctx, planReads(ctx, unseen));
    if (!second.ok) {
      for (const { index } of guarded) refused.set(index, second.error);
      return { specs, refused };
    }
    collectPlans(second.value, unseen, states);
  }

  for (const { spec, index } of guarded) {
    const refusal = judge(spec, homes.get(index), states, newPlans);
    if (refusal !== null) refused.set(index, refusal);
  }
  return { specs: orderArchivesLast(specs, refused, homes, states), refused };
}

function judge(
  spec: WriteSpec,
  home: RecordHome | undefined,
  states: ReadonlyMap<string, PlanState>,
  newPlans: ReadonlyMap<string, WriteSpec>,
): StoreError | null {
  if (spec.codec.kind === 'plan') {
    const state = spec.id === null ? undefined : states.get(spec.id);
    if (state?.type === 'unreadable') return state.error;
    return state?.type === 'archived' && spec.id !== null ? archived(spec, spec.id) : null;
  }
  if (home?.type === 'unreadable') return home.error;
  for (const id of [home?.planId ?? null, claimedPlan(spec)]) {
    if (id === null) continue;
    const draft = newPlans.get(id);
    // A record of a plan this set creates already archived would land in the archived plan.
    if (draft !== undefined) {
      if (draft.value?.status === 'archived') return archived(spec, id);
      continue;
    }
    const state = states.get(id);
    if (state?.type === 'unreadable') return state.error;
    if (state?.type === 'archived') return archived(spec, id);
  }
  return null;
}

/** The archive of an open plan waits for the set's (unrefused) writes of that plan's records. */
function orderArchivesLast(
  specs: readonly WriteSpec[],
  refused: ReadonlyMap<number, StoreError>,
  homes: ReadonlyMap<number, RecordHome>,
  states: ReadonlyMap<string, PlanState>,
): readonly WriteSpec[] {
  return specs.map((spec, index) => {
    if (
      spec.codec.kind !== 'plan' ||
      spec.op !== 'update' ||
      spec.id === null ||
      spec.value?.status !== 'archived' ||
      states.get(spec.id)?.type !== 'open' ||
      refused.has(index)
    ) {
      return spec;
    }
    const planId = spec.id;
    const records = specs.flatMap((other, i) => {
      if (!isChild(other) || refused.has(i) || other.after.includes(spec.key)) return [];
      const home = homes.get(i);
      const inHere =
        (home?.type === 'in' && home.planId === planId) || claimedPlan(other) === planId;
      return inHere && !spec.after.includes(other.key) ? [other.key] : [];
    });
    return records.length === 0 ? spec : { ...spec, after: [...spec.after, ...records] };
  });
}

function planReads(ctx: GraphStoreContext, ids: ReadonlySet<string>): BatchGet[] {
  return [...ids].map((id) => ({ id: `p:${id}`, path: itemPath(ctx, PLAN_CODEC.listName, id) }));
}

type Answers = Map<string, { readonly response: GraphResponse; readonly attempts: number }>;

async function readAll(
  ctx: GraphStoreContext,
  reads: readonly BatchGet[],
): Promise<{ ok: true; value: Answers } | { ok: false; error: StoreError }> {
  if (reads.length === 0) return { ok: true, value: new Map() };
  return batchGet(ctx, reads);
}

function collectPlans(
  answers: Answers,
  ids: ReadonlySet<string>,
  states: Map<string, PlanState>,
): void {
  for (const id of ids) {
    const answer = answers.get(`p:${id}`);
    if (answer === undefined) continue;
    const { response, attempts } = answer;
    if (response.status === 404) states.set(id, { type: 'gone' });
    else if (response.status !== 200) {
      states.set(id, {
        type: 'unreadable',
        error: readErrorOf(response, { kind: 'plan', id }, attempts),
      });
    } else {
      // The raw column, not the decoded record: a hand-edited (invalid) plan that says
      // 'archived' is still archived.
      const status = fieldsOf(response, PLAN_CODEC.listName).PlanStatus;
      states.set(id, { type: status === 'archived' ? 'archived' : 'open' });
    }
  }
}

import type { RecordKind, StoreError } from '../../ports/store.types';
import type { GraphStoreContext } from './graph-context';
import { readErrorOf } from './graph-errors';
import type { GraphResponse } from './graph-http';
import { batchGet, itemPath, type BatchGet } from './graph-reads';
import type { WriteSpec } from './graph-writes';
import { whitelist } from './mappers/list-schema';
import type { RecordCodec } from './mappers/mapper.types';

/**
 * A parent record that can be closed for good (a locked measurement, an archived plan) and the
 * records under it. Only data and one refusal builder: the mechanism is the same for every parent,
 * so a new kind of closed parent is a new rule, not a new guard.
 */
export type ParentRule = {
  /** The parent's list; its kind names the parent's own writes and its unreadable reads. */
  readonly parent: Pick<RecordCodec<unknown>, 'kind' | 'listName'>;
  /**
   * The parent `status` that closes it, as the record says it (`value.status` of a write) and as
   * the raw column on the server holds it (`statusColumn`): both spell it the same.
   */
  readonly closedStatus: string;
  /** The parent's raw status column, read past the decoder (see `collectParents`). */
  readonly statusColumn: string;
  /** The kinds of record that live under the parent. */
  readonly childKinds: ReadonlySet<RecordKind>;
  /** How a child's value names its parent (`measurementId`, `planId`). */
  readonly childRef: string;
  /** The same reference as the raw column on the child's item (`MeasurementRef`, `PlanRef`). */
  readonly childRefColumn: string;
  /** The refusal for a write to `spec` while parent `parentId` is closed. */
  readonly refuse: (spec: WriteSpec, parentId: string) => StoreError;
  /**
   * Writes the guard leaves alone, with no read: e.g. ones the write engine refuses before sending
   * anything. Absent: every write to the parent or a child is judged.
   */
  readonly unguarded?: (spec: WriteSpec) => boolean;
};

/** What a guard found: the specs to send (closing writes ordered last) and the ones it refused. */
export type ParentGuardResult = {
  readonly specs: readonly WriteSpec[];
  /** Refused before anything is sent, by index of the spec. */
  readonly refused: ReadonlyMap<number, StoreError>;
};

type ParentState =
  | { readonly type: 'open' }
  | { readonly type: 'closed' }
  | { readonly type: 'gone' }
  | { readonly type: 'unreadable'; readonly error: StoreError };

/** Where a child lives on the server now: a parent id, none (gone), or a failed read. */
type ChildHome =
  | { readonly type: 'in'; readonly parentId: string | null }
  | { readonly type: 'unreadable'; readonly error: StoreError };

type Answers = Map<string, { readonly response: GraphResponse; readonly attempts: number }>;

/**
 * Refuses every write to a closed parent (update, delete) and every write to a record under one
 * (create, update, delete), judged by the parent's state on the server now, never by the caller's
 * copy, which may be stale (a hand edit, another tab). Creating a parent is never refused here.
 *
 * Reads: one `$batch` for the parents the writes name and the children's items (where each child
 * is now), a second only for parents found through those items and not read yet. A child is
 * judged by the parent it is in now and the one it would be written to; an unreadable parent or
 * child refuses the write with the read's error rather than letting it through unchecked.
 *
 * A set that closes an open parent may also carry its last child edits: the closing write is made
 * to wait for them (added to its `after`), so no child lands after the close and a failed child
 * leaves the parent open.
 *
 * The read and the writes are separate requests, so a close landing in between is not seen here.
 */
export async function guardParents(
  ctx: GraphStoreContext,
  specs: readonly WriteSpec[],
  rule: ParentRule,
): Promise<ParentGuardResult> {
  const refused = new Map<number, StoreError>();
  const isChild = (spec: WriteSpec): boolean => rule.childKinds.has(spec.codec.kind);
  const newParents = new Map(
    specs
      .filter((s) => s.op === 'create' && s.codec.kind === rule.parent.kind)
      .map((s) => [s.key, s]),
  );
  const guarded = specs
    .map((spec, index) => ({ spec, index }))
    .filter(
      ({ spec }) =>
        (isChild(spec) || (spec.codec.kind === rule.parent.kind && spec.op !== 'create')) &&
        !(rule.unguarded?.(spec) ?? false),
    );
  if (guarded.length === 0) return { specs, refused };

  const parentIds = new Set<string>();
  const childReads: BatchGet[] = [];
  for (const { spec, index } of guarded) {
    if (spec.codec.kind === rule.parent.kind && spec.id !== null) parentIds.add(spec.id);
    if (!isChild(spec)) continue;
    const claimed = claimedParent(rule, spec);
    // A parent this set creates has no server state yet: its draft is judged instead.
    if (claimed !== null && !newParents.has(claimed)) parentIds.add(claimed);
    if (spec.op !== 'create' && spec.id !== null) {
      childReads.push({ id: `r${index}`, path: itemPath(ctx, spec.codec.listName, spec.id) });
    }
  }

  const states = new Map<string, ParentState>();
  const homes = new Map<number, ChildHome>();
  const first = await readAll(ctx, [...childReads, ...parentReads(ctx, rule, parentIds)]);
  if (!first.ok) {
    for (const { index } of guarded) refused.set(index, first.error);
    return { specs, refused };
  }
  collectParents(rule, first.value, parentIds, states);
  for (const { spec, index } of guarded) {
    const answer = first.value.get(`r${index}`);
    if (answer !== undefined) homes.set(index, homeOf(rule, spec, answer));
  }
  const unseen = new Set(
    [...homes.values()].flatMap((h) =>
      h.type === 'in' && h.parentId !== null && !states.has(h.parentId) ? [h.parentId] : [],
    ),
  );
  if (unseen.size > 0) {
    const second = await readAll(ctx, parentReads(ctx, rule, unseen));
    if (!second.ok) {
      for (const { index } of guarded) refused.set(index, second.error);
      return { specs, refused };
    }
    collectParents(rule, second.value, unseen, states);
  }

  for (const { spec, index } of guarded) {
    const refusal = judge(rule, spec, homes.get(index), states, newParents);
    if (refusal !== null) refused.set(index, refusal);
  }
  return { specs: orderClosesLast(rule, specs, refused, homes, states), refused };
}

/** The parent a write would put the child in; a delete puts it nowhere. */
function claimedParent(rule: ParentRule, spec: WriteSpec): string | null {
  if (spec.op === 'delete') return null;
  const ref = spec.value?.[rule.childRef];
  return typeof ref === 'string' && ref !== '' ? ref : null;
}

function homeOf(
  rule: ParentRule,
  spec: WriteSpec,
  { response, attempts }: { readonly response: GraphResponse; readonly attempts: number },
): ChildHome {
  // Gone from the server: the child is in no parent now (the write itself will meet the 404).
  if (response.status === 404) return { type: 'in', parentId: null };
  if (response.status !== 200) {
    return {
      type: 'unreadable',
      error: readErrorOf(response, { kind: spec.codec.kind, id: spec.id }, attempts),
    };
  }
  const ref = fieldsOf(response, spec.codec.listName)[rule.childRefColumn];
  return { type: 'in', parentId: typeof ref === 'string' && ref !== '' ? ref : null };
}

function judge(
  rule: ParentRule,
  spec: WriteSpec,
  home: ChildHome | undefined,
  states: ReadonlyMap<string, ParentState>,
  newParents: ReadonlyMap<string, WriteSpec>,
): StoreError | null {
  if (spec.codec.kind === rule.parent.kind) {
    const state = spec.id === null ? undefined : states.get(spec.id);
    if (state?.type === 'unreadable') return state.error;
    return state?.type === 'closed' && spec.id !== null ? rule.refuse(spec, spec.id) : null;
  }
  if (home?.type === 'unreadable') return home.error;
  for (const id of [home?.parentId ?? null, claimedParent(rule, spec)]) {
    if (id === null) continue;
    const draft = newParents.get(id);
    // A child of a parent this set creates already closed would land in a closed parent.
    if (draft !== undefined) {
      if (draft.value?.status === rule.closedStatus) return rule.refuse(spec, id);
      continue;
    }
    const state = states.get(id);
    if (state?.type === 'unreadable') return state.error;
    if (state?.type === 'closed') return rule.refuse(spec, id);
  }
  return null;
}

/** The close of an open parent waits for the set's (unrefused) writes of that parent's children. */
function orderClosesLast(
  rule: ParentRule,
  specs: readonly WriteSpec[],
  refused: ReadonlyMap<number, StoreError>,
  homes: ReadonlyMap<number, ChildHome>,
  states: ReadonlyMap<string, ParentState>,
): readonly WriteSpec[] {
  return specs.map((spec, index) => {
    if (
      spec.codec.kind !== rule.parent.kind ||
      spec.op !== 'update' ||
      spec.id === null ||
      spec.value?.status !== rule.closedStatus ||
      states.get(spec.id)?.type !== 'open' ||
      refused.has(index)
    ) {
      return spec;
    }
    const parentId = spec.id;
    const children = specs.flatMap((other, i) => {
      // A child already waiting for the close would deadlock if the close waited for it too.
      if (
        !rule.childKinds.has(other.codec.kind) ||
        refused.has(i) ||
        other.after.includes(spec.key)
      ) {
        return [];
      }
      const home = homes.get(i);
      const inHere =
        (home?.type === 'in' && home.parentId === parentId) ||
        claimedParent(rule, other) === parentId;
      return inHere && !spec.after.includes(other.key) ? [other.key] : [];
    });
    return children.length === 0 ? spec : { ...spec, after: [...spec.after, ...children] };
  });
}

/** Parent reads are `p:<id>`, apart from the children's `r<index>` in the same `$batch`. */
function parentReads(
  ctx: GraphStoreContext,
  rule: ParentRule,
  ids: ReadonlySet<string>,
): BatchGet[] {
  return [...ids].map((id) => ({ id: `p:${id}`, path: itemPath(ctx, rule.parent.listName, id) }));
}

async function readAll(
  ctx: GraphStoreContext,
  reads: readonly BatchGet[],
): Promise<{ ok: true; value: Answers } | { ok: false; error: StoreError }> {
  if (reads.length === 0) return { ok: true, value: new Map() };
  return batchGet(ctx, reads);
}

function collectParents(
  rule: ParentRule,
  answers: Answers,
  ids: ReadonlySet<string>,
  states: Map<string, ParentState>,
): void {
  for (const id of ids) {
    const answer = answers.get(`p:${id}`);
    if (answer === undefined) continue;
    const { response, attempts } = answer;
    if (response.status === 404) states.set(id, { type: 'gone' });
    else if (response.status !== 200) {
      states.set(id, {
        type: 'unreadable',
        error: readErrorOf(response, { kind: rule.parent.kind, id }, attempts),
      });
    } else {
      // The raw column, not the decoded record: a hand-edited (invalid) parent that says it is
      // closed is still closed.
      const status = fieldsOf(response, rule.parent.listName)[rule.statusColumn];
      states.set(id, { type: status === rule.closedStatus ? 'closed' : 'open' });
    }
  }
}

function fieldsOf(response: GraphResponse, listName: string): Record<string, unknown> {
  return whitelist(listName, (response.body as { fields?: unknown } | null)?.fields);
}

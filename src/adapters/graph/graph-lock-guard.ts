import type { LockedError, RecordKind, StoreError } from '../../ports/store.types';
import type { GraphStoreContext } from './graph-context';
import { readErrorOf } from './graph-errors';
import type { GraphResponse } from './graph-http';
import { batchGet, itemPath, type BatchGet } from './graph-reads';
import type { WriteSpec } from './graph-writes';
import { whitelist } from './mappers/list-schema';
import { MEASUREMENT_CODEC } from './mappers/measurement.mapper';

/** What the guard found: the specs to send (locks ordered last) and the changes it refused. */
export type LockGuard = {
  readonly specs: readonly WriteSpec[];
  /** Refused before anything is sent, by index of the spec. */
  readonly refused: ReadonlyMap<number, StoreError>;
};

type MeasurementState =
  | { readonly type: 'open' }
  | { readonly type: 'locked' }
  | { readonly type: 'gone' }
  | { readonly type: 'unreadable'; readonly error: StoreError };

/** Where a rating lives on the server now: a measurement id, none (gone), or a failed read. */
type RatingHome =
  | { readonly type: 'in'; readonly measurementId: string | null }
  | { readonly type: 'unreadable'; readonly error: StoreError };

const RATING_KINDS: ReadonlySet<RecordKind> = new Set(['rating', 'individualRating']);

function isRatingKind(spec: WriteSpec): boolean {
  return RATING_KINDS.has(spec.codec.kind);
}

function locked(spec: WriteSpec, measurementId: string): LockedError {
  const { kind } = spec.codec;
  return {
    code: 'STORE.LOCKED',
    details: { kind, id: spec.id ?? '', measurementId },
    kind,
    id: spec.id,
    measurementId,
  };
}

function claimedMeasurement(spec: WriteSpec): string | null {
  const ref = spec.value?.measurementId;
  return typeof ref === 'string' && ref !== '' ? ref : null;
}

function fieldsOf(response: GraphResponse, listName: string): Record<string, unknown> {
  return whitelist(listName, (response.body as { fields?: unknown } | null)?.fields);
}

/**
 * A locked measurement is the audit record: the store refuses, with `STORE.LOCKED`, every create,
 * update or delete of a rating or individual rating whose measurement is locked, and every update
 * or delete of a locked measurement. Locked-ness is read from the server (one `$batch`, a second
 * only for measurements found through the ratings' current `MeasurementRef`), never taken from the
 * caller's copy, which may be stale; a rating is judged by the measurement it is in now and the
 * one it would be written to.
 *
 * The correction flow needs no exception: a correction is a NEW measurement naming the locked one
 * (`CorrectsRef`) with copied ratings, and the locked one is never written again. Creating a
 * measurement is never refused here.
 *
 * A set that locks a measurement may also save its last ratings: the lock is made to wait for them
 * (added to its `after`), so no rating lands after the lock and a failed rating leaves it open.
 *
 * The read and the writes are separate requests, so a lock landing in between is not seen here;
 * sealing the items at lock time (record sealer) closes that gap on the server.
 */
export async function guardLockedMeasurements(
  ctx: GraphStoreContext,
  specs: readonly WriteSpec[],
): Promise<LockGuard> {
  const refused = new Map<number, StoreError>();
  const newMeasurements = new Map(
    specs.filter((s) => s.op === 'create' && s.codec.kind === 'measurement').map((s) => [s.key, s]),
  );
  const guarded = specs
    .map((spec, index) => ({ spec, index }))
    .filter(
      ({ spec }) =>
        isRatingKind(spec) || (spec.codec.kind === 'measurement' && spec.op !== 'create'),
    );
  if (guarded.length === 0) return { specs, refused };

  const measurementIds = new Set<string>();
  const ratingReads: BatchGet[] = [];
  for (const { spec, index } of guarded) {
    if (spec.codec.kind === 'measurement' && spec.id !== null) measurementIds.add(spec.id);
    if (!isRatingKind(spec)) continue;
    const claimed = spec.op === 'delete' ? null : claimedMeasurement(spec);
    if (claimed !== null && !newMeasurements.has(claimed)) measurementIds.add(claimed);
    if (spec.op !== 'create' && spec.id !== null) {
      ratingReads.push({ id: `r${index}`, path: itemPath(ctx, spec.codec.listName, spec.id) });
    }
  }

  const states = new Map<string, MeasurementState>();
  const homes = new Map<number, RatingHome>();
  const first = await readAll(ctx, [...ratingReads, ...measurementReads(ctx, measurementIds)]);
  if (!first.ok) {
    for (const { index } of guarded) refused.set(index, first.error);
    return { specs, refused };
  }
  collectMeasurements(first.value, measurementIds, states);
  for (const { spec, index } of guarded) {
    const answer = first.value.get(`r${index}`);
    if (answer === undefined) continue;
    if (answer.response.status === 404) homes.set(index, { type: 'in', measurementId: null });
    else if (answer.response.status !== 200) {
      homes.set(index, {
        type: 'unreadable',
        error: readErrorOf(
          answer.response,
          { kind: spec.codec.kind, id: spec.id },
          answer.attempts,
        ),
      });
    } else {
      const ref = fieldsOf(answer.response, spec.codec.listName).MeasurementRef;
      homes.set(index, { type: 'in', measurementId: typeof ref === 'string' ? ref : null });
    }
  }
  const unseen = new Set(
    [...homes.values()].flatMap((h) =>
      h.type === 'in' && h.measurementId !== null && !states.has(h.measurementId)
        ? [h.measurementId]
        : [],
    ),
  );
  if (unseen.size > 0) {
    const second = await readAll(ctx, measurementReads(ctx, unseen));
    if (!second.ok) {
      for (const { index } of guarded) refused.set(index, second.error);
      return { specs, refused };
    }
    collectMeasurements(second.value, unseen, states);
  }

  for (const { spec, index } of guarded) {
    const refusal = judge(spec, homes.get(index), states, newMeasurements);
    if (refusal !== null) refused.set(index, refusal);
  }
  return { specs: orderLocksLast(specs, refused, homes, states), refused };
}

function judge(
  spec: WriteSpec,
  home: RatingHome | undefined,
  states: ReadonlyMap<string, MeasurementState>,
  newMeasurements: ReadonlyMap<string, WriteSpec>,
): StoreError | null {
  if (spec.codec.kind === 'measurement') {
    const state = spec.id === null ? undefined : states.get(spec.id);
    if (state?.type === 'unreadable') return state.error;
    return state?.type === 'locked' && spec.id !== null ? locked(spec, spec.id) : null;
  }
  if (home?.type === 'unreadable') return home.error;
  const candidates = [
    home?.measurementId ?? null,
    spec.op === 'delete' ? null : claimedMeasurement(spec),
  ];
  for (const id of candidates) {
    if (id === null) continue;
    const draft = newMeasurements.get(id);
    // A rating of a measurement this set creates already locked would land after the lock.
    if (draft !== undefined) {
      if (draft.value?.status === 'locked') return locked(spec, id);
      continue;
    }
    const state = states.get(id);
    if (state?.type === 'unreadable') return state.error;
    if (state?.type === 'locked') return locked(spec, id);
  }
  return null;
}

/** A lock of an open measurement waits for the set's (unrefused) ratings of that measurement. */
function orderLocksLast(
  specs: readonly WriteSpec[],
  refused: ReadonlyMap<number, StoreError>,
  homes: ReadonlyMap<number, RatingHome>,
  states: ReadonlyMap<string, MeasurementState>,
): readonly WriteSpec[] {
  return specs.map((spec, index) => {
    if (
      spec.codec.kind !== 'measurement' ||
      spec.op !== 'update' ||
      spec.id === null ||
      spec.value?.status !== 'locked' ||
      states.get(spec.id)?.type !== 'open' ||
      refused.has(index)
    ) {
      return spec;
    }
    const lockId = spec.id;
    const ratings = specs.flatMap((other, i) => {
      if (!isRatingKind(other) || refused.has(i) || other.after.includes(spec.key)) return [];
      const home = homes.get(i);
      const inHere =
        (home?.type === 'in' && home.measurementId === lockId) ||
        (other.op !== 'delete' && claimedMeasurement(other) === lockId);
      return inHere && !spec.after.includes(other.key) ? [other.key] : [];
    });
    return ratings.length === 0 ? spec : { ...spec, after: [...spec.after, ...ratings] };
  });
}

function measurementReads(ctx: GraphStoreContext, ids: ReadonlySet<string>): BatchGet[] {
  return [...ids].map((id) => ({
    id: `m:${id}`,
    path: itemPath(ctx, MEASUREMENT_CODEC.listName, id),
  }));
}

type Answers = Map<string, { readonly response: GraphResponse; readonly attempts: number }>;

async function readAll(
  ctx: GraphStoreContext,
  reads: readonly BatchGet[],
): Promise<{ ok: true; value: Answers } | { ok: false; error: StoreError }> {
  if (reads.length === 0) return { ok: true, value: new Map() };
  return batchGet(ctx, reads);
}

function collectMeasurements(
  answers: Answers,
  ids: ReadonlySet<string>,
  states: Map<string, MeasurementState>,
): void {
  for (const id of ids) {
    const answer = answers.get(`m:${id}`);
    if (answer === undefined) continue;
    const { response, attempts } = answer;
    if (response.status === 404) states.set(id, { type: 'gone' });
    else if (response.status !== 200) {
      states.set(id, {
        type: 'unreadable',
        error: readErrorOf(response, { kind: 'measurement', id }, attempts),
      });
    } else {
      // The raw column, not the decoded record: a hand-edited (invalid) measurement that says
      // 'locked' is still locked.
      const status = fieldsOf(response, MEASUREMENT_CODEC.listName).MeasurementStatus;
      states.set(id, { type: status === 'locked' ? 'locked' : 'open' });
    }
  }
}

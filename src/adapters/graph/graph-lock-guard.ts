import type { LockedError } from '../../ports/store.types';
import type { GraphStoreContext } from './graph-context';
import { guardParents, type ParentGuardResult, type ParentRule } from './graph-parent-guard';
import type { WriteSpec } from './graph-writes';
import { MEASUREMENT_CODEC } from './mappers/measurement.mapper';

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

/** A measurement and its ratings: each rating names its measurement in `MeasurementRef`. */
const LOCKED_MEASUREMENTS: ParentRule = {
  parent: MEASUREMENT_CODEC,
  closedStatus: 'locked',
  statusColumn: 'MeasurementStatus',
  childKinds: new Set(['rating', 'individualRating']),
  childRef: 'measurementId',
  childRefColumn: 'MeasurementRef',
  refuse: locked,
};

/**
 * A locked measurement is the audit record: the store refuses, with `STORE.LOCKED`, every create,
 * update or delete of a rating or individual rating whose measurement is locked, and every update
 * or delete of a locked measurement. Locked-ness is read from the server (one `$batch`, a second
 * only for measurements found through the ratings' current `MeasurementRef`), never taken from the
 * caller's copy, which may be stale; a rating is judged by the measurement it is in now and the
 * one it would be written to. The mechanism is shared with archived plans (graph-parent-guard.ts).
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
export function guardLockedMeasurements(
  ctx: GraphStoreContext,
  specs: readonly WriteSpec[],
): Promise<ParentGuardResult> {
  return guardParents(ctx, specs, LOCKED_MEASUREMENTS);
}

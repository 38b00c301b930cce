import type { CatalogueElement } from '../core/catalogue/catalogue.types';
import type { MaturityError } from '../core/maturity/maturity.errors';
import type { Measurement, Rating } from '../core/maturity/maturity.types';
import { lockMeasurement as lockInCore } from '../core/maturity/measurement';
import type { IsoDateTime } from '../core/shared/dates';
import type { PersonRef } from '../core/shared/person';
import type { MeasurementStore } from '../ports/measurement-store';
import type { RecordSealer, SealFailure, SealReport } from '../ports/record-sealer';
import type { Stored, StoreError } from '../ports/store.types';

export type LockMeasurementInput = {
  readonly entityId: string;
  /** The measurement as the tab read it; its eTag guards the lock (If-Match). */
  readonly measurement: Stored<Measurement>;
  /** Its agreed ratings: every catalogue element needs one before it can be locked. */
  readonly ratings: readonly Rating[];
  readonly by: PersonRef;
  readonly at: IsoDateTime;
  readonly catalogue: readonly CatalogueElement[];
  /**
   * Called once the lock is stored, before sealing starts: sealing a full measurement takes
   * hundreds of SharePoint requests, and the person should see the lock without waiting for them.
   */
  readonly onLocked?: (measurement: Stored<Measurement>) => void;
};

export type LockMeasurementOutcome =
  /** Locked and sealed: the items are read-only in SharePoint too. */
  | {
      readonly kind: 'locked';
      readonly measurement: Stored<Measurement>;
      readonly seal: SealReport;
    }
  /**
   * The lock is stored (the app refuses every change from now on), but its items are not all
   * read-only in SharePoint yet. Show `error`; locking again retries the sealing only.
   */
  | {
      readonly kind: 'locked-unsealed';
      readonly measurement: Stored<Measurement>;
      readonly error: SealFailure;
    }
  /** Nothing changed: incomplete (core), a conflict, already locked by someone else, offline… */
  | { readonly kind: 'refused'; readonly error: MaturityError | StoreError };

/**
 * Locks a measurement, the audit record, then seals its items (issue #7):
 * 1. the core checks it can be locked (open, every element rated);
 * 2. the status is saved with the eTag read (If-Match), so a change made meanwhile is a conflict,
 *    and the store refuses it if the server has it locked already (`STORE.LOCKED`);
 * 3. the measurement's item and its ratings' items are made read-only for everyone.
 * A measurement the caller already sees as locked goes straight to step 3: that is how a sealing
 * that failed is retried, by locking again. Sealing is idempotent.
 */
export async function lockMeasurement(
  deps: { readonly store: MeasurementStore; readonly sealer: RecordSealer },
  input: LockMeasurementInput,
): Promise<LockMeasurementOutcome> {
  let measurement = input.measurement;
  if (measurement.value.status !== 'locked') {
    const locked = lockInCore(
      measurement.value,
      input.ratings,
      input.by,
      input.at,
      input.catalogue,
    );
    if (!locked.ok) return { kind: 'refused', error: locked.error };
    const report = await deps.store.saveMeasurementChanges(input.entityId, [
      {
        op: 'update',
        kind: 'measurement',
        key: `lock:${measurement.id}`,
        value: locked.value,
        etag: measurement.etag,
      },
    ]);
    const outcome = report.outcomes[0];
    if (outcome === undefined) throw new Error('lock saved without an outcome');
    if (!outcome.result.ok) return { kind: 'refused', error: outcome.result.error };
    if (outcome.result.value === null) throw new Error('lock saved without a record');
    measurement = outcome.result.value as Stored<Measurement>;
  }
  input.onLocked?.(measurement);
  const sealed = await deps.sealer.sealMeasurement(measurement.id);
  return sealed.ok
    ? { kind: 'locked', measurement, seal: sealed.value }
    : { kind: 'locked-unsealed', measurement, error: sealed.error };
}

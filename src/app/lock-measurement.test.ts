import { describe, expect, it } from 'vitest';
import type { Measurement } from '../core/maturity/maturity.types';
import {
  ALICE,
  ELEMENT_IDS,
  FIXTURE_CATALOGUE,
  measurement as measurementOf,
  ratingsFor,
} from '../core/maturity/test-support/fixtures';
import type { Result } from '../core/shared/result';
import type {
  MeasurementChange,
  MeasurementChangeReport,
  MeasurementStore,
} from '../ports/measurement-store';
import type {
  RecordSealer,
  SealCheckFailure,
  SealFailure,
  SealReport,
  SealState,
} from '../ports/record-sealer';
import type { Stored } from '../ports/store.types';
import { lockMeasurement } from './lock-measurement';

/*
 * A one-measurement store that behaves like the Graph store on an update: If-Match against its
 * eTag, STORE.LOCKED once the stored measurement is locked. The sealer keeps what it sealed and
 * can be told to fail its next runs.
 */
class OneMeasurementStore implements MeasurementStore {
  version = 1;
  constructor(public value: Measurement) {}
  get stored(): Stored<Measurement> {
    return {
      id: this.value.id,
      value: this.value,
      etag: `"m,${this.version}"`,
      version: `${this.version}.0`,
      modifiedAt: null,
      modifiedBy: null,
    };
  }
  loadMeasurements(): never {
    throw new Error('not used');
  }
  loadIndividualRatings(): never {
    throw new Error('not used');
  }
  saveMeasurementChanges(
    _entityId: string,
    changes: readonly MeasurementChange[],
  ): Promise<MeasurementChangeReport> {
    const outcomes = changes.map((change) => {
      if (change.op !== 'update' || change.kind !== 'measurement') throw new Error('not used');
      const location = { kind: 'measurement' as const, id: this.value.id };
      if (this.value.status === 'locked') {
        return {
          ...change,
          result: {
            ok: false as const,
            error: { code: 'STORE.LOCKED' as const, ...location, measurementId: this.value.id },
          },
        };
      }
      if (change.etag !== this.stored.etag) {
        return {
          ...change,
          result: {
            ok: false as const,
            error: { code: 'STORE.CONFLICT' as const, ...location, current: this.stored },
          },
        };
      }
      this.value = change.value;
      this.version += 1;
      return { ...change, result: { ok: true as const, value: this.stored } };
    });
    return Promise.resolve({ outcomes, createdIds: {} } as MeasurementChangeReport);
  }
}

class FlakySealer implements RecordSealer {
  readonly sealed = new Set<string>();
  failures = 0;
  sealState(measurementId: string): Promise<Result<SealState, SealCheckFailure>> {
    return Promise.resolve({
      ok: true,
      value: this.sealed.has(measurementId) ? 'sealed' : 'not-sealed',
    });
  }
  sealMeasurement(measurementId: string): Promise<Result<SealReport, SealFailure>> {
    if (this.failures > 0) {
      this.failures -= 1;
      return Promise.resolve({
        ok: false,
        error: {
          code: 'SEAL.FAILED',
          measurementId,
          reason: 'unavailable',
          sealed: 0,
          total: 3,
        },
      });
    }
    const already = this.sealed.has(measurementId);
    this.sealed.add(measurementId);
    return Promise.resolve({
      ok: true,
      value: {
        measurementId,
        total: 3,
        sealedNow: already ? 0 : 3,
        alreadySealed: already ? 3 : 0,
      },
    });
  }
}

const AT = '2026-03-20T10:00:00+01:00';
const complete = ratingsFor(
  'm-1',
  ELEMENT_IDS.map(() => 3),
);

function setUp() {
  const store = new OneMeasurementStore(measurementOf());
  const sealer = new FlakySealer();
  const lock = (measurement: Stored<Measurement>, ratings = complete) =>
    lockMeasurement(
      { store, sealer },
      {
        entityId: 'zone-5339',
        measurement,
        ratings,
        by: ALICE,
        at: AT,
        catalogue: FIXTURE_CATALOGUE,
      },
    );
  return { store, sealer, lock };
}

describe('lockMeasurement', () => {
  it('saves the lock with the eTag read, then seals the items', async () => {
    const { store, sealer, lock } = setUp();
    const outcome = await lock(store.stored);
    expect(outcome).toMatchObject({
      kind: 'locked',
      measurement: { value: { status: 'locked', lockedOn: AT, lockedBy: ALICE } },
      seal: { sealedNow: 3 },
    });
    expect(store.value.status).toBe('locked');
    expect([...sealer.sealed]).toEqual(['m-1']);
  });

  it('refuses an incomplete measurement before anything is written or sealed', async () => {
    const { store, sealer, lock } = setUp();
    const outcome = await lock(store.stored, complete.slice(1));
    expect(outcome).toEqual({
      kind: 'refused',
      error: { code: 'MEASUREMENT.INCOMPLETE', details: { count: 1 } },
    });
    expect(store.version).toBe(1);
    expect(sealer.sealed.size).toBe(0);
  });

  it('reports a stale copy as a conflict and seals nothing', async () => {
    const { store, sealer, lock } = setUp();
    const stale = store.stored;
    store.version += 1;
    const outcome = await lock(stale);
    expect(outcome).toMatchObject({ kind: 'refused', error: { code: 'STORE.CONFLICT' } });
    expect(sealer.sealed.size).toBe(0);
  });

  it('reports a failed sealing with the stored lock, and seals when locked again', async () => {
    const { store, sealer, lock } = setUp();
    sealer.failures = 1;
    const first = await lock(store.stored);
    expect(first).toMatchObject({
      kind: 'locked-unsealed',
      measurement: { value: { status: 'locked' } },
      error: { code: 'SEAL.FAILED', reason: 'unavailable' },
    });
    expect(sealer.sealed.size).toBe(0);
    if (first.kind !== 'locked-unsealed') throw new Error('expected locked-unsealed');

    const version = store.version;
    const retry = await lock(first.measurement);
    expect(retry).toMatchObject({ kind: 'locked', seal: { sealedNow: 3 } });
    // The retry only seals: the stored lock is not written again.
    expect(store.version).toBe(version);
    expect([...sealer.sealed]).toEqual(['m-1']);
  });

  it('refuses a lock over a measurement someone else locked meanwhile', async () => {
    const { store, lock } = setUp();
    const open = store.stored;
    store.value = { ...store.value, status: 'locked', lockedOn: AT, lockedBy: ALICE };
    expect(await lock(open)).toMatchObject({
      kind: 'refused',
      error: { code: 'STORE.LOCKED', measurementId: 'm-1' },
    });
  });
});

import { useCallback, useEffect, useRef, useState } from 'react';
import { CATALOGUE } from '../../../core/catalogue/catalogue';
import type { ElementId } from '../../../core/catalogue/catalogue.types';
import type {
  IndividualRating,
  MaturityLevel,
  Measurement,
  Rating,
  RatingValue,
} from '../../../core/maturity/maturity.types';
import { correctMeasurement, missingElementIds } from '../../../core/maturity/measurement';
import { agreeRating, recordIndividualRating } from '../../../core/maturity/multi-rater';
import type { PersonRef } from '../../../core/shared/person';
import type { DomainError } from '../../../core/shared/result';
import type { MeasurementChange } from '../../../ports/measurement-store';
import type { SealReport } from '../../../ports/record-sealer';
import type { Stored } from '../../../ports/store.types';
import { lockMeasurement as lockAndSeal } from '../../../app/lock-measurement';
import { useServices } from '../../providers/ServicesProvider';
import type { TabData } from '../../providers/tab-services';

export type MeasurementData = {
  /** The entity whose measurement it is (where its drafts are kept). */
  readonly entityId: string;
  readonly measurement: Stored<Measurement>;
  readonly all: readonly Stored<Measurement>[];
  readonly ratings: ReadonlyMap<ElementId, Stored<Rating>>;
  readonly individual: readonly Stored<IndividualRating>[];
};

export type MeasurementState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly error: DomainError }
  | { readonly kind: 'not-found' }
  | { readonly kind: 'ready'; readonly value: MeasurementData };

export type RatingInput = {
  readonly value: RatingValue;
  readonly target: MaturityLevel | null;
  readonly evidenceNote: string;
  readonly evidenceLinks: readonly string[];
};

/**
 * A write's outcome: done; kept on this device as a draft (offline, refused, in conflict: the
 * save status says why); not stored (the save status says why); or refused before saving with
 * the failure to show (the caller keeps what was typed).
 */
export type WriteOutcome =
  | { readonly kind: 'saved' }
  | { readonly kind: 'kept' }
  | { readonly kind: 'not-saved' }
  | { readonly kind: 'failed'; readonly error: DomainError };

/**
 * A lock's outcome: locked and its items sealed (read-only in SharePoint), with what sealing did;
 * or the failure to show (refused before the lock, or locked but not all sealed: `SEAL.FAILED`).
 */
export type LockOutcome =
  | { readonly kind: 'sealed'; readonly seal: SealReport }
  | { readonly kind: 'failed'; readonly error: DomainError };

export type MeasurementActions = {
  readonly state: MeasurementState;
  /** Puts a rating stored by the save queue into the grid. */
  readonly ratingStored: (stored: Stored<Rating>) => void;
  readonly rateIndividually: (elementId: ElementId, value: RatingValue) => Promise<WriteOutcome>;
  readonly agree: (
    elementId: ElementId,
    value: RatingValue,
    dissent: string,
  ) => Promise<WriteOutcome>;
  /**
   * Locks, then seals the items in SharePoint; `onLocked` runs as soon as the lock is stored (the
   * outcome waits for the sealing). Locking a locked measurement retries the sealing.
   */
  readonly lock: (onLocked?: () => void) => Promise<LockOutcome>;
  /** Starts the correction of this locked measurement; its id once saved. */
  readonly correct: () => Promise<{ id: string } | { error: DomainError }>;
  readonly reload: () => void;
};

const saved: WriteOutcome = { kind: 'saved' };
const failed = (error: DomainError): { readonly kind: 'failed'; readonly error: DomainError } => ({
  kind: 'failed',
  error,
});

async function loadMeasurement(data: TabData, id: string): Promise<MeasurementState> {
  const { store, entityId } = data;
  const loaded = await store.loadMeasurements(entityId);
  if (!loaded.ok) return { kind: 'failed', error: loaded.error };
  const measurement = loaded.value.measurements.find((m) => m.id === id);
  if (measurement === undefined) return { kind: 'not-found' };
  const ratings = new Map(
    loaded.value.ratings
      .filter((r) => r.value.measurementId === id)
      .map((r) => [r.value.elementId, r] as const),
  );
  let individual: readonly Stored<IndividualRating>[] = [];
  if (measurement.value.mode === 'multi-rater') {
    const listed = await store.loadIndividualRatings(id);
    if (!listed.ok) return { kind: 'failed', error: listed.error };
    individual = listed.value.records;
  }
  return {
    kind: 'ready',
    value: { entityId, measurement, all: loaded.value.measurements, ratings, individual },
  };
}

/**
 * One measurement with its ratings, and the writes made at once (individual and agreed ratings,
 * lock, correction); rating edits go through the save queue (`useRatingQueue`).
 */
export function useMeasurement(
  measurementId: string,
  person: PersonRef | null,
): MeasurementActions {
  const services = useServices();
  const [state, setState] = useState<MeasurementState>({ kind: 'loading' });
  const [generation, setGeneration] = useState(0);
  // Writes read the latest state without re-creating every row's callbacks on each save.
  const latest = useRef(state);
  useEffect(() => {
    latest.current = state;
  }, [state]);

  useEffect(() => {
    let current = true;
    void (async (): Promise<MeasurementState> => {
      const data = await services.data();
      if (!data.ok) return { kind: 'failed', error: data.error };
      return loadMeasurement(data.value, measurementId);
    })().then((next) => {
      if (current) setState(next);
    });
    return () => {
      current = false;
    };
  }, [services, measurementId, generation]);

  const save = useCallback(
    async (
      change: MeasurementChange,
    ): Promise<{ stored: Stored<unknown> | null } | DomainError> => {
      const data = await services.data();
      if (!data.ok) return data.error;
      const report = await data.value.store.saveMeasurementChanges(data.value.entityId, [change]);
      const outcome = report.outcomes[0];
      if (outcome === undefined) return { code: 'STORE.NETWORK' };
      return outcome.result.ok ? { stored: outcome.result.value } : outcome.result.error;
    },
    [services],
  );

  const update = useCallback((next: (value: MeasurementData) => MeasurementData): void => {
    setState((prev) => (prev.kind === 'ready' ? { kind: 'ready', value: next(prev.value) } : prev));
  }, []);

  const ratingStored = useCallback(
    (stored: Stored<Rating>): void => {
      update((v) =>
        stored.value.measurementId === v.measurement.id
          ? { ...v, ratings: new Map(v.ratings).set(stored.value.elementId, stored) }
          : v,
      );
    },
    [update],
  );

  const rateIndividually = useCallback(
    async (elementId: ElementId, value: RatingValue): Promise<WriteOutcome> => {
      const current = latest.current;
      if (current.kind !== 'ready' || person === null) return failed({ code: 'STORE.FORBIDDEN' });
      const { measurement, individual } = current.value;
      const recorded = recordIndividualRating(
        measurement.value,
        individual.map((r) => r.value),
        { id: 'new', elementId, rater: person, value, note: '' },
        CATALOGUE,
      );
      if (!recorded.ok) return failed(recorded.error);
      const existing = individual.find((r) => r.id === recorded.value.id);
      const { id, updatedAt: _u, ...draft } = recorded.value;
      const change: MeasurementChange =
        existing === undefined
          ? { op: 'create', kind: 'individualRating', key: 'new', draft }
          : {
              op: 'update',
              kind: 'individualRating',
              key: id,
              value: recorded.value,
              etag: existing.etag,
            };
      const result = await save(change);
      if (!('stored' in result)) return failed(result);
      const stored = result.stored as Stored<IndividualRating> | null;
      if (stored !== null) {
        update((v) => ({
          ...v,
          individual: [...v.individual.filter((r) => r.id !== stored.id), stored],
        }));
      }
      return saved;
    },
    [person, save, update],
  );

  const agree = useCallback(
    async (elementId: ElementId, value: RatingValue, dissent: string): Promise<WriteOutcome> => {
      const current = latest.current;
      if (current.kind !== 'ready') return failed({ code: 'STORE.NOT_FOUND' });
      const { measurement, ratings, individual } = current.value;
      const agreed = agreeRating(
        measurement.value,
        [...ratings.values()].map((r) => r.value),
        individual.map((r) => r.value),
        { ratingId: 'new', elementId, value, dissent, rater: person },
        CATALOGUE,
      );
      if (!agreed.ok) return failed(agreed.error);
      const result = await save(ratingChange(agreed.value, ratings.get(elementId)));
      if (!('stored' in result)) return failed(result);
      const stored = result.stored as Stored<Rating> | null;
      if (stored !== null)
        update((v) => ({ ...v, ratings: new Map(v.ratings).set(elementId, stored) }));
      return saved;
    },
    [person, save, update],
  );

  const lock = useCallback(
    async (onLocked?: () => void): Promise<LockOutcome> => {
      const current = latest.current;
      if (current.kind !== 'ready' || person === null) return failed({ code: 'STORE.FORBIDDEN' });
      const { measurement, ratings } = current.value;
      const data = await services.data();
      if (!data.ok) return failed(data.error);
      const { sealer, store, entityId } = data.value;
      // Lock, then seal the items in SharePoint (issue #7); on an already locked measurement
      // this retries the sealing only.
      const outcome = await lockAndSeal(
        { store, sealer },
        {
          entityId,
          measurement,
          ratings: [...ratings.values()].map((r) => r.value),
          by: person,
          at: services.now().toISOString(),
          catalogue: CATALOGUE,
          onLocked: (stored) => {
            update((v) => ({ ...v, measurement: stored }));
            onLocked?.();
          },
        },
      );
      if (outcome.kind === 'refused') return failed(outcome.error);
      update((v) => ({ ...v, measurement: outcome.measurement }));
      return outcome.kind === 'locked'
        ? { kind: 'sealed', seal: outcome.seal }
        : failed(outcome.error);
    },
    [person, services, update],
  );

  const correct = useCallback(async (): Promise<{ id: string } | { error: DomainError }> => {
    const current = latest.current;
    if (current.kind !== 'ready') return { error: { code: 'STORE.NOT_FOUND' } };
    const { measurement, ratings, all } = current.value;
    const correction = correctMeasurement(
      measurement.value,
      [...ratings.values()].map((r) => r.value),
      {
        id: 'correction',
        ratingId: (elementId) => `rating:${elementId}`,
        existing: all.map((m) => m.value),
      },
    );
    if (!correction.ok) return { error: correction.error };
    const data = await services.data();
    if (!data.ok) return { error: data.error };
    const { id: _id, ...draft } = correction.value.measurement;
    const changes: MeasurementChange[] = [
      { op: 'create', kind: 'measurement', key: 'correction', draft },
      ...correction.value.ratings.map(({ id, ...rating }): MeasurementChange => ({
        op: 'create',
        kind: 'rating',
        key: id,
        // The store puts the correction's new id in place of its key.
        draft: { ...rating, measurementId: 'correction' },
        after: ['correction'],
      })),
    ];
    const report = await data.value.store.saveMeasurementChanges(data.value.entityId, changes);
    const firstFailure = report.outcomes.find((o) => !o.result.ok);
    if (firstFailure !== undefined && !firstFailure.result.ok)
      return { error: firstFailure.result.error };
    const id = report.createdIds.correction;
    return id === undefined ? { error: { code: 'STORE.NETWORK' } } : { id };
  }, [services]);

  const reload = useCallback((): void => {
    setGeneration((g) => g + 1);
  }, []);

  return { state, ratingStored, rateIndividually, agree, lock, correct, reload };
}

function ratingChange(rating: Rating, existing: Stored<Rating> | undefined): MeasurementChange {
  if (existing === undefined) {
    const { id: _id, updatedAt: _u, ...draft } = rating;
    return { op: 'create', kind: 'rating', key: 'new', draft };
  }
  return { op: 'update', kind: 'rating', key: existing.id, value: rating, etag: existing.etag };
}

/** Elements still without a decision (a level or n/a). */
export function missingCount(value: MeasurementData): number {
  return missingElementIds(
    value.measurement.value,
    [...value.ratings.values()].map((r) => r.value),
    CATALOGUE,
  ).length;
}

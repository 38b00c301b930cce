import { useCallback, useEffect, useState } from 'react';
import type {
  Measurement,
  MeasurementKind,
  RatingMode,
} from '../../../core/maturity/maturity.types';
import { startMeasurement } from '../../../core/maturity/measurement';
import { currentPlanOf } from '../../../core/plan/plan-status';
import type { Plan } from '../../../core/plan/plan.types';
import type { DomainError } from '../../../core/shared/result';
import type { Stored } from '../../../ports/store.types';
import { useServices } from '../../providers/ServicesProvider';
import type { TabData } from '../../providers/tab-services';

export type MeasurementsState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly error: DomainError }
  | {
      readonly kind: 'ready';
      readonly data: TabData;
      readonly measurements: readonly Stored<Measurement>[];
      /** The plan new measurements belong to: the latest adopted one, else the latest draft. */
      readonly plan: Stored<Plan> | null;
      /** Rated elements (not 'not-assessed') per measurement id. */
      readonly ratedCount: ReadonlyMap<string, number>;
    };

export type StartInput = {
  readonly kind: MeasurementKind;
  readonly date: string;
  readonly mode: RatingMode;
};

export type Measurements = {
  readonly state: MeasurementsState;
  /** Starts a measurement; the new id, or why not (core rules, then the store). */
  readonly start: (input: StartInput) => Promise<{ id: string } | { error: DomainError }>;
};

/** The entity's measurements, newest first, and starting a new one. */
export function useMeasurements(): Measurements {
  const services = useServices();
  const [state, setState] = useState<MeasurementsState>({ kind: 'loading' });

  const load = useCallback(async (): Promise<MeasurementsState> => {
    const data = await services.data();
    if (!data.ok) return { kind: 'failed', error: data.error };
    const { store, entityId } = data.value;
    const [measured, plans] = await Promise.all([
      store.loadMeasurements(entityId),
      store.loadPlans(entityId),
    ]);
    if (!measured.ok) return { kind: 'failed', error: measured.error };
    if (!plans.ok) return { kind: 'failed', error: plans.error };
    const ratedCount = new Map<string, number>();
    for (const { value } of measured.value.ratings) {
      if (value.value === 'not-assessed') continue;
      ratedCount.set(value.measurementId, (ratedCount.get(value.measurementId) ?? 0) + 1);
    }
    const measurements = [...measured.value.measurements].sort((a, b) =>
      b.value.date.localeCompare(a.value.date),
    );
    return {
      kind: 'ready',
      data: data.value,
      measurements,
      plan: currentPlanOf(
        plans.value.bundles.map((b) => b.plan),
        (p) => p.value,
      ),
      ratedCount,
    };
  }, [services]);

  useEffect(() => {
    let current = true;
    void load().then((next) => {
      if (current) setState(next);
    });
    return () => {
      current = false;
    };
  }, [load]);

  const start = useCallback(
    async (input: StartInput): Promise<{ id: string } | { error: DomainError }> => {
      if (state.kind !== 'ready') return { error: { code: 'DATA.NOT_SIGNED_IN' } };
      if (state.plan === null) return { error: { code: 'MEASURE.NO_PLAN' } };
      const { store, entityId } = state.data;
      // The store gives the id; the core's rules only need one to build the record.
      const started = startMeasurement({
        id: 'new',
        entityId,
        planId: state.plan.id,
        kind: input.kind,
        date: input.date,
        mode: input.mode,
        existing: state.measurements.map((m) => m.value),
      });
      if (!started.ok) return { error: started.error };
      const { id: _id, ...draft } = started.value;
      const report = await store.saveMeasurementChanges(entityId, [
        { op: 'create', kind: 'measurement', key: 'new', draft },
      ]);
      const outcome = report.outcomes[0];
      if (outcome === undefined) return { error: { code: 'STORE.NETWORK' } };
      if (!outcome.result.ok) return { error: outcome.result.error };
      const id = report.createdIds.new ?? outcome.result.value?.id;
      return id === undefined ? { error: { code: 'STORE.NETWORK' } } : { id };
    },
    [state],
  );

  return { state, start };
}

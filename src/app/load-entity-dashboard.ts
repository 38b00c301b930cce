import { effectiveMeasurements } from '../core/maturity/measurement-history';
import type { Measurement, Rating } from '../core/maturity/maturity.types';
import { currentPlanOf } from '../core/plan/plan-status';
import type { EntitySettings } from '../core/schedule/entity-settings.types';
import type { EntityDashboardReader } from '../ports/dashboard-reader';
import type { EntityPlans, StoredPlanBundle } from '../ports/plan-store';
import type { InvalidRecord, Read, Stored, StoreResult } from '../ports/store.types';
import { isInvalidRecord } from '../ports/store.types';

/** What the tab's first screen shows for an entity, and what the job reads before reminding. */
export type EntityDashboard = {
  readonly entityId: string;
  /** The adopted plan with the latest period, else the latest draft; archived plans never. */
  readonly currentPlan: StoredPlanBundle | null;
  readonly otherPlans: readonly StoredPlanBundle[];
  /** The current plan's measurements that count, oldest first (corrected ones left out). */
  readonly measurements: readonly Stored<Measurement>[];
  readonly latestMeasurement: Stored<Measurement> | null;
  readonly latestRatings: readonly Stored<Rating>[];
  readonly settings: Stored<EntitySettings> | null;
  /** Every hand-edited item that does not fit the model, to show rather than hide. */
  readonly invalid: readonly InvalidRecord[];
  /** Plan records whose plan is invalid or gone. */
  readonly unattached: EntityPlans['unattached'];
};

function settingsOf(read: Read<EntitySettings> | null, invalid: InvalidRecord[]) {
  if (read === null) return null;
  if (isInvalidRecord(read)) {
    invalid.push(read);
    return null;
  }
  return read;
}

/**
 * Loads an entity's dashboard in one round trip and picks what the screen leads with: the current
 * plan, its measurements in order and the ratings of the latest one.
 */
export async function loadEntityDashboard(
  store: EntityDashboardReader,
  entityId: string,
): Promise<StoreResult<EntityDashboard>> {
  const loaded = await store.loadEntityDashboard(entityId);
  if (!loaded.ok) return loaded;
  const { plans, measurements, settings } = loaded.value;
  const invalid = [...plans.invalid, ...measurements.invalid];
  const currentPlan = currentPlanOf(plans.bundles, (b) => b.plan.value);
  const storedById = new Map(measurements.measurements.map((m) => [m.id, m]));
  const ordered =
    currentPlan === null
      ? []
      : effectiveMeasurements(
          measurements.measurements.map((m) => m.value),
          currentPlan.plan.id,
        ).flatMap((m) => storedById.get(m.id) ?? []);
  const latestMeasurement = ordered[ordered.length - 1] ?? null;
  return {
    ok: true,
    value: {
      entityId,
      currentPlan,
      otherPlans: plans.bundles.filter((b) => b !== currentPlan),
      measurements: ordered,
      latestMeasurement,
      latestRatings:
        latestMeasurement === null
          ? []
          : measurements.ratings.filter((r) => r.value.measurementId === latestMeasurement.id),
      settings: settingsOf(settings, invalid),
      invalid,
      unattached: plans.unattached,
    },
  };
}

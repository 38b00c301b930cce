import type { EntityDashboard } from '../../../app/load-entity-dashboard';
import { CATALOGUE } from '../../../core/catalogue/catalogue';
import type {
  CatalogueElement,
  ImfFunction,
  Pillar,
} from '../../../core/catalogue/catalogue.types';
import { IMF_FUNCTIONS, PILLARS } from '../../../core/catalogue/catalogue.types';
import { computeBalance, type BalanceDiagnostics } from '../../../core/diagnostics/balance';
import type { Measurement, Rating } from '../../../core/maturity/maturity.types';
import { median } from '../../../core/maturity/statistics';
import type { ActionStatus, OperationalObjective } from '../../../core/plan/plan.types';
import { ACTION_STATUSES } from '../../../core/plan/plan.types';
import { aggregateMeasurement, type MaturityAggregates } from '../../../core/scoring/aggregates';
import { measurementDeltas, type MeasurementDeltas } from '../../../core/scoring/deltas';
import { buildMatrix, type MaturityMatrix } from '../../../core/scoring/matrix';

/** The figures of one measurement, in the order of the matrix columns. */
export type MeasurementFigures = {
  readonly measurement: Measurement;
  readonly aggregates: MaturityAggregates;
};

/** A pillar or an IMF function: the axes of the "current against target" view. */
export type TargetAxis =
  | { readonly kind: 'pillar'; readonly pillar: Pillar }
  | { readonly kind: 'function'; readonly function: ImfFunction };

export type TargetPoint = {
  readonly axis: TargetAxis;
  /** Median level of the latest measurement; null when nothing in the group is rated. */
  readonly current: number | null;
  /** Median of the targets that apply in the latest measurement; null when none is set. */
  readonly target: number | null;
};

export type ObjectiveProgress = {
  readonly objective: OperationalObjective;
  /** Share (0–1, may run outside) of the way from baseline to target; null when not computable. */
  readonly progress: number | null;
};

/** Everything the dashboard shows, computed once from one load. */
export type DashboardModel = {
  readonly planTitle: string;
  readonly matrix: MaturityMatrix;
  readonly figures: readonly MeasurementFigures[];
  /** Deltas of the latest measurement; null without measurements. */
  readonly latestDeltas: MeasurementDeltas | null;
  readonly targets: readonly TargetPoint[];
  readonly balance: BalanceDiagnostics;
  readonly objectives: readonly ObjectiveProgress[];
  readonly actionsByStatus: readonly { readonly status: ActionStatus; readonly count: number }[];
  readonly invalidCount: number;
};

/** The dashboard of an entity without a current plan has nothing to show. */
export function buildDashboardModel(
  dashboard: EntityDashboard,
  ratings: readonly Rating[],
  catalogue: readonly CatalogueElement[] = CATALOGUE,
): DashboardModel | null {
  const bundle = dashboard.currentPlan;
  if (bundle === null) return null;
  const measurements = dashboard.measurements.map((m) => m.value);
  const matrix = buildMatrix(catalogue, measurements, ratings);
  const figures = matrix.columns.flatMap((column) => {
    const measurement = measurements.find((m) => m.id === column.measurementId);
    return measurement === undefined
      ? []
      : [{ measurement, aggregates: aggregateMeasurement(catalogue, measurement.id, ratings) }];
  });
  const latest = figures.at(-1);
  const planBundle = {
    plan: bundle.plan.value,
    strategicObjectives: bundle.strategicObjectives.map((s) => s.value),
    objectives: bundle.objectives.map((s) => s.value),
    actions: bundle.actions.map((s) => s.value),
    arrangements: bundle.arrangements.map((s) => s.value),
  };
  return {
    planTitle: bundle.plan.value.title,
    matrix,
    figures,
    latestDeltas:
      latest === undefined
        ? null
        : measurementDeltas(catalogue, measurements, ratings, latest.measurement.id),
    targets: latest === undefined ? [] : targetPoints(matrix, latest.aggregates),
    balance: computeBalance(planBundle, catalogue),
    objectives: planBundle.objectives.map((objective) => ({
      objective,
      progress: objectiveProgress(objective),
    })),
    actionsByStatus: ACTION_STATUSES.map((status) => ({
      status,
      count: planBundle.actions.filter((a) => a.status === status).length,
    })),
    invalidCount: dashboard.invalid.length,
  };
}

/**
 * Per pillar and per function: the latest median (the core's aggregate) against the median of the
 * element targets. A group target is not stored anywhere; the median of its elements' targets is
 * the figure that moves like the current median, so the two can be read side by side.
 */
function targetPoints(matrix: MaturityMatrix, latest: MaturityAggregates): readonly TargetPoint[] {
  const rows = matrix.groups.flatMap((g) => g.rows);
  const targetOf = (keep: (e: CatalogueElement) => boolean): number | null =>
    median(
      rows.filter((r) => keep(r.element)).flatMap((r) => (r.target === null ? [] : [r.target])),
    );
  return [
    ...PILLARS.map((pillar): TargetPoint => ({
      axis: { kind: 'pillar', pillar },
      current: latest.byPillar[pillar].median,
      target: targetOf((e) => e.pillar === pillar),
    })),
    ...IMF_FUNCTIONS.map((fn): TargetPoint => ({
      axis: { kind: 'function', function: fn },
      current: latest.byFunction[fn].median,
      target: targetOf((e) => e.pillar === 'instruments' && e.function === fn),
    })),
  ];
}

/** (current − baseline) / (target − baseline): works for "lower is better" indicators too. */
export function objectiveProgress(objective: OperationalObjective): number | null {
  const { baselineValue, currentValue, targetValue } = objective;
  if (baselineValue === null || currentValue === null || targetValue === null) return null;
  if (targetValue === baselineValue) return null;
  return (currentValue - baselineValue) / (targetValue - baselineValue);
}

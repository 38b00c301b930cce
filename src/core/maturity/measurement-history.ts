import type { Measurement, MeasurementKind } from './maturity.types';

/** Within one day, a baseline comes before an annual measurement and that before a final one. */
const KIND_ORDER: Readonly<Record<MeasurementKind, number>> = { baseline: 0, annual: 1, final: 2 };

/**
 * Chronological order of measurements: by date, then kind, then id, so that the order is total and
 * every screen and export lists the same measurements in the same order.
 */
export function compareMeasurementOrder(a: Measurement, b: Measurement): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  const byKind = KIND_ORDER[a.kind] - KIND_ORDER[b.kind];
  if (byKind !== 0) return byKind;
  if (a.id === b.id) return 0;
  return a.id < b.id ? -1 : 1;
}

/** The measurements in chronological order (a sorted copy; the input is left alone). */
export function orderMeasurements(measurements: readonly Measurement[]): readonly Measurement[] {
  return [...measurements].sort(compareMeasurementOrder);
}

/**
 * Ids of measurements that a locked correction replaces. An open correction is still a draft, so
 * the measurement it corrects remains the record until the correction is locked.
 */
export function supersededIds(measurements: readonly Measurement[]): ReadonlySet<string> {
  const ids = new Set<string>();
  for (const m of measurements) {
    if (m.status === 'locked' && m.correctsMeasurementId !== null) ids.add(m.correctsMeasurementId);
  }
  return ids;
}

/**
 * The measurements of one plan that count as the record, in chronological order: those not replaced
 * by a locked correction.
 */
export function effectiveMeasurements(
  measurements: readonly Measurement[],
  planId: string,
): readonly Measurement[] {
  const ofPlan = measurements.filter((m) => m.planId === planId);
  const superseded = supersededIds(ofPlan);
  return orderMeasurements(ofPlan.filter((m) => !superseded.has(m.id)));
}

/**
 * The ids of the measurements a measurement corrects, directly or through earlier corrections
 * (oldest last). A cycle in the data is a fault, not a business outcome.
 */
export function correctionChain(
  measurement: Measurement,
  measurements: readonly Measurement[],
): readonly string[] {
  const byId = new Map(measurements.map((m) => [m.id, m]));
  const chain: string[] = [];
  let next = measurement.correctsMeasurementId;
  while (next !== null) {
    if (next === measurement.id || chain.includes(next)) {
      throw new Error(`Measurement ${measurement.id} has a cycle in its corrections`);
    }
    chain.push(next);
    next = byId.get(next)?.correctsMeasurementId ?? null;
  }
  return chain;
}

import type { CatalogueElement, ElementId } from '../catalogue/catalogue.types';
import type { Measurement, Rating, RatingValue } from '../maturity/maturity.types';
import {
  compareMeasurementOrder,
  correctionChain,
  supersededIds,
} from '../maturity/measurement-history';
import { isRated } from '../maturity/scale';
import type { AggregateGroups } from './aggregates';
import { buildGroups, groupFigures } from './aggregates';
import type { RatingIndex } from './rating-index';
import { indexRatings, valueIn } from './rating-index';

/** The change of one element: only between two rated values, else null. */
export type ElementDelta = {
  readonly elementId: ElementId;
  readonly current: RatingValue;
  readonly reference: RatingValue;
  readonly delta: number | null;
};

/**
 * The change of one group. The figure deltas compare the figures shown for each measurement and are
 * null when either side has no rated element. Because an element may be rated in one measurement
 * and not in the other, the paired counts tell what happened to the elements rated in both.
 */
export type GroupDelta = {
  readonly median: number | null;
  readonly minimum: number | null;
  readonly shareImplemented: number | null;
  /** Elements rated in both measurements. */
  readonly pairedCount: number;
  readonly improvedCount: number;
  readonly declinedCount: number;
  readonly unchangedCount: number;
};

/** One measurement against a reference measurement, per group and per element. */
export type Comparison = {
  readonly referenceId: string;
  readonly groups: AggregateGroups<GroupDelta>;
  /** In catalogue order. */
  readonly elements: readonly ElementDelta[];
};

export type MeasurementDeltas = {
  readonly measurementId: string;
  /** Null for a baseline itself, or when the plan has no locked baseline before it. */
  readonly vsBaseline: Comparison | null;
  /** Null when no locked measurement of the plan comes before it. */
  readonly vsPrevious: Comparison | null;
};

/**
 * Compares the ratings of `currentId` with those of `referenceId` (both taken from `ratings`).
 * Comparing a measurement with itself gives 0 wherever a value is rated.
 */
export function compareMeasurements(
  catalogue: readonly CatalogueElement[],
  ratings: readonly Rating[],
  currentId: string,
  referenceId: string,
): Comparison {
  const current = indexRatings(currentId, ratings);
  const reference = indexRatings(referenceId, ratings);
  return {
    referenceId,
    groups: buildGroups(catalogue, (elements) => groupDelta(elements, current, reference)),
    elements: catalogue.map((e) => elementDelta(e.id, current, reference)),
  };
}

/**
 * The deltas of a measurement against the plan's baseline and against the previous measurement.
 * References are locked measurements of the same plan, dated before it (see
 * `compareMeasurementOrder`), that no locked correction replaces; the measurements the current one
 * corrects or that correct it are never its reference. An unknown `measurementId` is a fault and throws.
 */
export function measurementDeltas(
  catalogue: readonly CatalogueElement[],
  measurements: readonly Measurement[],
  ratings: readonly Rating[],
  measurementId: string,
): MeasurementDeltas {
  const current = measurements.find((m) => m.id === measurementId);
  if (current === undefined) throw new Error(`Unknown measurement ${measurementId}`);
  const references = referencesBefore(current, measurements);
  const baseline =
    current.kind === 'baseline' ? undefined : references.find((m) => m.kind === 'baseline');
  const previous = references.at(-1);
  const compareWith = (reference: Measurement | undefined): Comparison | null =>
    reference === undefined
      ? null
      : compareMeasurements(catalogue, ratings, current.id, reference.id);
  return {
    measurementId,
    vsBaseline: compareWith(baseline),
    vsPrevious: compareWith(previous),
  };
}

/** Locked, current versions of the same plan that come before `current`, oldest first. */
function referencesBefore(
  current: Measurement,
  measurements: readonly Measurement[],
): readonly Measurement[] {
  const ofPlan = measurements.filter((m) => m.planId === current.planId);
  const superseded = supersededIds(ofPlan);
  // Versions of the same measurement (what it corrects, what corrects it) share its date and
  // kind; they are the same moment, never a reference for each other.
  const versions = new Set(correctionChain(current, ofPlan));
  for (const m of ofPlan) {
    if (correctionChain(m, ofPlan).includes(current.id)) versions.add(m.id);
  }
  return ofPlan
    .filter(
      (m) =>
        m.status === 'locked' &&
        !superseded.has(m.id) &&
        !versions.has(m.id) &&
        compareMeasurementOrder(m, current) < 0,
    )
    .sort(compareMeasurementOrder);
}

function elementDelta(
  elementId: ElementId,
  current: RatingIndex,
  reference: RatingIndex,
): ElementDelta {
  const now = valueIn(current, elementId);
  const then = valueIn(reference, elementId);
  return {
    elementId,
    current: now,
    reference: then,
    delta: isRated(now) && isRated(then) ? now - then : null,
  };
}

function groupDelta(
  elements: readonly CatalogueElement[],
  current: RatingIndex,
  reference: RatingIndex,
): GroupDelta {
  const now = groupFigures(elements.map((e) => valueIn(current, e.id)));
  const then = groupFigures(elements.map((e) => valueIn(reference, e.id)));
  const paired = elements
    .map((e) => elementDelta(e.id, current, reference).delta)
    .filter((d): d is number => d !== null);
  return {
    median: difference(now.median, then.median),
    minimum: difference(now.minimum, then.minimum),
    shareImplemented: difference(now.shareImplemented, then.shareImplemented),
    pairedCount: paired.length,
    improvedCount: paired.filter((d) => d > 0).length,
    declinedCount: paired.filter((d) => d < 0).length,
    unchangedCount: paired.filter((d) => d === 0).length,
  };
}

function difference(now: number | null, then: number | null): number | null {
  return now === null || then === null ? null : now - then;
}

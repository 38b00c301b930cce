import type { CatalogueElement, ImfFunction, Layer, Pillar } from '../catalogue/catalogue.types';
import { IMF_FUNCTIONS, LAYERS, PILLARS } from '../catalogue/catalogue.types';
import type { MaturityLevel, Rating, RatingValue } from '../maturity/maturity.types';
import { isRated } from '../maturity/scale';
import { median, minimum } from '../maturity/statistics';
import { indexRatings, valueIn } from './rating-index';

/** Level 3 (Implemented) is where a policy is actually applied, not only planned. */
export const IMPLEMENTED_LEVEL = 3;

/**
 * The figures of one group of elements in one measurement. 'not-applicable' and 'not-assessed' are
 * counted but take no part in the level figures, so they never show as low maturity. A group
 * without rated elements has null figures: "no maturity known", not "maturity zero".
 */
export type GroupFigures = {
  readonly elementCount: number;
  readonly ratedCount: number;
  readonly notApplicableCount: number;
  /** Includes elements without any rating in the measurement. */
  readonly notAssessedCount: number;
  /** May fall halfway between two levels (e.g. 2.5). */
  readonly median: number | null;
  /** Shown beside the median so that one weak core element cannot hide behind the others. */
  readonly minimum: MaturityLevel | null;
  /** Share (0–1) of the rated elements at level 3 or higher. */
  readonly shareImplemented: number | null;
};

/**
 * One value per group of the catalogue: all elements, per pillar, per function (instruments only),
 * per layer, and per pillar and layer.
 */
export type AggregateGroups<T> = {
  readonly overall: T;
  readonly byPillar: Readonly<Record<Pillar, T>>;
  readonly byFunction: Readonly<Record<ImfFunction, T>>;
  readonly byLayer: Readonly<Record<Layer, T>>;
  readonly byPillarLayer: Readonly<Record<Pillar, Readonly<Record<Layer, T>>>>;
};

export type MaturityAggregates = AggregateGroups<GroupFigures>;

/** The figures of a group given the values of its elements (one value per element). */
export function groupFigures(values: readonly RatingValue[]): GroupFigures {
  const levels = values.filter(isRated);
  const notApplicableCount = values.filter((v) => v === 'not-applicable').length;
  const implemented = levels.filter((l) => l >= IMPLEMENTED_LEVEL).length;
  return {
    elementCount: values.length,
    ratedCount: levels.length,
    notApplicableCount,
    notAssessedCount: values.length - levels.length - notApplicableCount,
    median: median(levels),
    minimum: minimum(levels) as MaturityLevel | null,
    shareImplemented: levels.length === 0 ? null : implemented / levels.length,
  };
}

/**
 * Builds a value for every group of the catalogue from the elements in that group. Groups are
 * always present, even when the catalogue has no element in them (they get the value for an
 * empty list), so the screens can rely on a fixed shape.
 */
export function buildGroups<T>(
  catalogue: readonly CatalogueElement[],
  make: (elements: readonly CatalogueElement[]) => T,
): AggregateGroups<T> {
  const where = (keep: (e: CatalogueElement) => boolean): T => make(catalogue.filter(keep));
  return {
    overall: make(catalogue),
    byPillar: recordOf(PILLARS, (pillar) => where((e) => e.pillar === pillar)),
    byFunction: recordOf(IMF_FUNCTIONS, (fn) =>
      where((e) => e.pillar === 'instruments' && e.function === fn),
    ),
    byLayer: recordOf(LAYERS, (layer) => where((e) => e.layer === layer)),
    byPillarLayer: recordOf(PILLARS, (pillar) =>
      recordOf(LAYERS, (layer) => where((e) => e.pillar === pillar && e.layer === layer)),
    ),
  };
}

/**
 * The aggregates of one measurement: figures per pillar, function, layer and pillar × layer.
 * `ratings` may hold ratings of other measurements; only those of `measurementId` count, and
 * ratings of elements no longer in the catalogue are left out.
 */
export function aggregateMeasurement(
  catalogue: readonly CatalogueElement[],
  measurementId: string,
  ratings: readonly Rating[],
): MaturityAggregates {
  const index = indexRatings(measurementId, ratings);
  return buildGroups(catalogue, (elements) =>
    groupFigures(elements.map((e) => valueIn(index, e.id))),
  );
}

function recordOf<K extends string, T>(keys: readonly K[], make: (key: K) => T): Record<K, T> {
  return Object.fromEntries(keys.map((key) => [key, make(key)])) as Record<K, T>;
}

import type {
  CatalogueElement,
  ElementId,
  ImfFunction,
  Layer,
  Pillar,
} from '../catalogue/catalogue.types';
import { IMF_FUNCTIONS, LAYERS, PILLARS } from '../catalogue/catalogue.types';
import type {
  MaturityLevel,
  Measurement,
  MeasurementKind,
  MeasurementStatus,
  Rating,
  RatingValue,
} from '../maturity/maturity.types';
import { orderMeasurements } from '../maturity/measurement-history';
import { isRated } from '../maturity/scale';
import { indexRatings } from './rating-index';

/** A column of the heatmap: one measurement. */
export type MatrixColumn = {
  readonly measurementId: string;
  readonly kind: MeasurementKind;
  readonly date: string;
  readonly status: MeasurementStatus;
};

/** One cell: an element in a measurement; an element without a rating is 'not-assessed'. */
export type MatrixCell = {
  readonly measurementId: string;
  readonly value: RatingValue;
  readonly target: MaturityLevel | null;
};

export type MatrixRow = {
  readonly element: CatalogueElement;
  /** One cell per column, in column order. */
  readonly cells: readonly MatrixCell[];
  /**
   * The target that applies in the focus measurement: its own, else the latest one set before it.
   * Targets are usually set once and not re-entered every year.
   */
  readonly target: MaturityLevel | null;
};

/** Rows of one pillar, function (instruments only) and layer, in catalogue order. */
export type MatrixGroup = {
  readonly pillar: Pillar;
  readonly function: ImfFunction | null;
  readonly layer: Layer;
  readonly rows: readonly MatrixRow[];
};

export type WeakSpotReason = 'low-level' | 'below-target';

/** A core element that needs attention in the focus measurement. */
export type WeakSpot = {
  readonly element: CatalogueElement;
  readonly value: MaturityLevel;
  readonly target: MaturityLevel | null;
  /** Levels short of the target; 0 when at or above it, null without a target. */
  readonly belowTargetBy: number | null;
  readonly reasons: readonly WeakSpotReason[];
};

export type MaturityMatrix = {
  /** Chronological. */
  readonly columns: readonly MatrixColumn[];
  /** The measurement targets and weak spots are read from; null without columns. */
  readonly focusMeasurementId: string | null;
  /** Pillar, then function, then layer (core first); empty groups are left out. */
  readonly groups: readonly MatrixGroup[];
  /** Worst first. */
  readonly weakSpots: readonly WeakSpot[];
};

/** A core element at this level or lower is a weak spot: planned at best, not yet applied. */
export const WEAK_LEVEL = 2;
/** A core element this many levels or more below its target is a weak spot. */
export const WEAK_TARGET_GAP = 2;

/**
 * The heatmap of a plan: the catalogue elements, grouped, against the given measurements in
 * chronological order, with the weak spots of the focus measurement (default: the latest column).
 * The caller chooses the columns, e.g. `effectiveMeasurements` to hide corrected versions.
 */
export function buildMatrix(
  catalogue: readonly CatalogueElement[],
  measurements: readonly Measurement[],
  ratings: readonly Rating[],
  focusMeasurementId?: string,
): MaturityMatrix {
  const ordered = orderMeasurements(measurements);
  const focusIndex =
    focusMeasurementId === undefined
      ? ordered.length - 1
      : ordered.findIndex((m) => m.id === focusMeasurementId);
  if (focusMeasurementId !== undefined && focusIndex === -1) {
    throw new Error(`Focus measurement ${focusMeasurementId} is not among the columns`);
  }
  const indexes = ordered.map((m) => indexRatings(m.id, ratings));

  const rowOf = (element: CatalogueElement): MatrixRow => {
    const cells = ordered.map((m, i): MatrixCell => {
      const rating = indexes[i]?.get(element.id);
      return {
        measurementId: m.id,
        value: rating?.value ?? 'not-assessed',
        target: rating?.target ?? null,
      };
    });
    const target = cells
      .slice(0, focusIndex + 1)
      .reduce<MaturityLevel | null>((latest, cell) => cell.target ?? latest, null);
    return { element, cells, target };
  };

  const groups: MatrixGroup[] = [];
  for (const pillar of PILLARS) {
    const functions = pillar === 'instruments' ? IMF_FUNCTIONS : [null];
    for (const fn of functions) {
      for (const layer of LAYERS) {
        const members = catalogue.filter(
          (e) => e.pillar === pillar && e.layer === layer && functionOf(e) === fn,
        );
        if (members.length > 0) {
          groups.push({ pillar, function: fn, layer, rows: members.map(rowOf) });
        }
      }
    }
  }

  const focus = ordered[focusIndex];
  return {
    columns: ordered.map((m) => ({
      measurementId: m.id,
      kind: m.kind,
      date: m.date,
      status: m.status,
    })),
    focusMeasurementId: focus?.id ?? null,
    groups,
    weakSpots: focus === undefined ? [] : weakSpots(groups, catalogue, focusIndex),
  };
}

/**
 * Core elements rated at level 2 or lower, or 2 or more levels below their target, in the focus
 * column. Only rated values count: 'not-applicable' and 'not-assessed' are never weak. Worst first:
 * lowest level, then largest gap to the target, then catalogue order.
 */
function weakSpots(
  groups: readonly MatrixGroup[],
  catalogue: readonly CatalogueElement[],
  focusIndex: number,
): readonly WeakSpot[] {
  const spots: WeakSpot[] = [];
  for (const row of groups.flatMap((g) => g.rows)) {
    const value = row.cells[focusIndex]?.value;
    if (row.element.layer !== 'core' || value === undefined || !isRated(value)) continue;
    const belowTargetBy = row.target === null ? null : Math.max(0, row.target - value);
    const reasons: WeakSpotReason[] = [];
    if (value <= WEAK_LEVEL) reasons.push('low-level');
    if (belowTargetBy !== null && belowTargetBy >= WEAK_TARGET_GAP) reasons.push('below-target');
    if (reasons.length > 0) {
      spots.push({ element: row.element, value, target: row.target, belowTargetBy, reasons });
    }
  }
  const order = new Map<ElementId, number>(catalogue.map((e, i) => [e.id, i]));
  return spots.sort(
    (a, b) =>
      a.value - b.value ||
      (b.belowTargetBy ?? 0) - (a.belowTargetBy ?? 0) ||
      (order.get(a.element.id) ?? 0) - (order.get(b.element.id) ?? 0),
  );
}

function functionOf(element: CatalogueElement): ImfFunction | null {
  return element.pillar === 'instruments' ? element.function : null;
}

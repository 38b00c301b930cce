import type { ElementId } from '../catalogue/catalogue.types';
import type { IsoDate, IsoDateTime } from '../shared/dates';
import type { PersonRef } from '../shared/person';

/** The 5-level cumulative scale: ad hoc, planned, implemented, monitored, embedded & learning. */
export const MATURITY_LEVELS = [1, 2, 3, 4, 5] as const;
export type MaturityLevel = (typeof MATURITY_LEVELS)[number];

/** Outside the scale: never counted in aggregates, never shown as low maturity. */
export const UNRATED_VALUES = ['not-assessed', 'not-applicable'] as const;
export type UnratedValue = (typeof UNRATED_VALUES)[number];

export type RatingValue = MaturityLevel | UnratedValue;

export const MEASUREMENT_KINDS = ['baseline', 'annual', 'final'] as const;
export type MeasurementKind = (typeof MEASUREMENT_KINDS)[number];

export const MEASUREMENT_STATUSES = ['open', 'locked'] as const;
export type MeasurementStatus = (typeof MEASUREMENT_STATUSES)[number];

/** One single rater, or several raters whose individual ratings lead to an agreed one. */
export type RatingMode = 'single' | 'multi-rater';

export type Measurement = {
  readonly id: string;
  readonly entityId: string;
  readonly planId: string;
  readonly kind: MeasurementKind;
  readonly date: IsoDate;
  readonly status: MeasurementStatus;
  readonly mode: RatingMode;
  readonly lockedOn: IsoDateTime | null;
  readonly lockedBy: PersonRef | null;
  /** A correction of a locked measurement is a new measurement that names the one it corrects. */
  readonly correctsMeasurementId: string | null;
  readonly updatedAt?: IsoDateTime;
};

/** The (agreed) rating of one catalogue element in one measurement. */
export type Rating = {
  readonly id: string;
  readonly measurementId: string;
  readonly elementId: ElementId;
  readonly value: RatingValue;
  readonly target: MaturityLevel | null;
  readonly evidenceNote: string;
  readonly evidenceLinks: readonly string[];
  readonly rater: PersonRef | null;
  /** In multi-rater mode: the dissent recorded when the agreed rating is set. */
  readonly dissent: string;
  readonly updatedAt?: IsoDateTime;
};

/** In multi-rater mode: one rater's own rating before agreement. */
export type IndividualRating = {
  readonly id: string;
  readonly measurementId: string;
  readonly elementId: ElementId;
  readonly rater: PersonRef;
  readonly value: RatingValue;
  readonly note: string;
  readonly updatedAt?: IsoDateTime;
};

import type { CatalogueElement, ElementId } from '../catalogue/catalogue.types';
import type { IsoDate, IsoDateTime } from '../shared/dates';
import type { PersonRef } from '../shared/person';
import { err, ok } from '../shared/result';
import type { MaturityResult } from './maturity.errors';
import type {
  MaturityLevel,
  Measurement,
  MeasurementKind,
  Rating,
  RatingMode,
  RatingValue,
} from './maturity.types';
import { MEASUREMENT_KINDS } from './maturity.types';
import { effectiveMeasurements } from './measurement-history';
import { isMaturityLevel, isRatingValue } from './scale';

/** SharePoint's limit for a multi-line text column; notes are stored in one. */
export const MAX_NOTE_LENGTH = 63_999;

/** Longer addresses are not links a person pasted but something else; browsers cap around here. */
export const MAX_LINK_LENGTH = 2_048;

const RATING_MODES: readonly RatingMode[] = ['single', 'multi-rater'];

export type StartMeasurementInput = {
  readonly id: string;
  readonly entityId: string;
  readonly planId: string;
  readonly kind: MeasurementKind;
  readonly date: IsoDate;
  readonly mode: RatingMode;
  /** The measurements already recorded; those of other plans are ignored. */
  readonly existing: readonly Measurement[];
};

/**
 * Opens a new measurement of a plan. Rules: a valid kind, mode and calendar date; at most one open
 * measurement per plan; one baseline and one final per plan (changing them is a correction); an
 * annual or final measurement needs a baseline and cannot be dated before it.
 */
export function startMeasurement(input: StartMeasurementInput): MaturityResult<Measurement> {
  if (!(MEASUREMENT_KINDS as readonly string[]).includes(input.kind)) {
    return err('MEASUREMENT.INVALID_KIND');
  }
  if (!RATING_MODES.includes(input.mode)) return err('MEASUREMENT.INVALID_MODE');
  if (!isIsoDate(input.date)) return err('MEASUREMENT.INVALID_DATE');

  const ofPlan = input.existing.filter((m) => m.planId === input.planId);
  if (ofPlan.some((m) => m.status === 'open')) return err('MEASUREMENT.OPEN_EXISTS');

  const baselines = ofPlan.filter((m) => m.kind === 'baseline');
  if (input.kind === 'baseline') {
    if (baselines.length > 0) return err('MEASUREMENT.BASELINE_EXISTS');
  } else {
    const baseline = effectiveMeasurements(baselines, input.planId)[0];
    if (baseline === undefined) return err('MEASUREMENT.BASELINE_REQUIRED');
    if (input.date < baseline.date) {
      return err('MEASUREMENT.BEFORE_BASELINE', { baselineDate: baseline.date });
    }
    if (input.kind === 'final' && ofPlan.some((m) => m.kind === 'final')) {
      return err('MEASUREMENT.FINAL_EXISTS');
    }
  }

  return ok({
    id: input.id,
    entityId: input.entityId,
    planId: input.planId,
    kind: input.kind,
    date: input.date,
    status: 'open',
    mode: input.mode,
    lockedOn: null,
    lockedBy: null,
    correctsMeasurementId: null,
  });
}

export type RateElementInput = {
  /** Id for the rating when the element has none yet in this measurement; ignored otherwise. */
  readonly ratingId: string;
  readonly elementId: ElementId;
  readonly value: RatingValue;
  readonly target: MaturityLevel | null;
  readonly evidenceNote: string;
  readonly evidenceLinks: readonly string[];
  readonly rater: PersonRef | null;
};

/**
 * Sets the rating of one element in an open measurement: returns the new rating, or the existing
 * one updated (same id; the recorded dissent is kept). `ratings` are the measurement's ratings so
 * far; ratings of other measurements are ignored.
 */
export function rateElement(
  measurement: Measurement,
  ratings: readonly Rating[],
  input: RateElementInput,
  catalogue: readonly CatalogueElement[],
): MaturityResult<Rating> {
  const invalid = validateRatingChange(measurement, input.elementId, input.value, catalogue);
  if (invalid !== null) return invalid;
  if (input.target !== null && !isMaturityLevel(input.target)) {
    return err('MEASUREMENT.INVALID_TARGET');
  }
  if (input.evidenceNote.length > MAX_NOTE_LENGTH) {
    return err('MEASUREMENT.NOTE_TOO_LONG', { max: MAX_NOTE_LENGTH });
  }
  const badLink = input.evidenceLinks.findIndex((link) => !isEvidenceLink(link));
  if (badLink !== -1) {
    return err('MEASUREMENT.INVALID_LINK', { position: badLink + 1 });
  }

  const changes = {
    value: input.value,
    target: input.target,
    evidenceNote: input.evidenceNote,
    evidenceLinks: [...input.evidenceLinks],
    rater: input.rater,
  };
  const existing = findRating(measurement, ratings, input.elementId);
  if (existing !== undefined) return ok({ ...existing, ...changes });
  return ok({
    id: input.ratingId,
    measurementId: measurement.id,
    elementId: input.elementId,
    dissent: '',
    ...changes,
  });
}

/**
 * Checks shared by every change to a rating: the measurement is open, the element exists, the value
 * is on the scale or one of the two unrated values. Returns the failure, or null when allowed.
 */
export function validateRatingChange(
  measurement: Measurement,
  elementId: ElementId,
  value: RatingValue,
  catalogue: readonly CatalogueElement[],
): MaturityResult<never> | null {
  if (measurement.status === 'locked') return err('MEASUREMENT.LOCKED');
  if (!catalogue.some((e) => e.id === elementId)) {
    return err('MEASUREMENT.UNKNOWN_ELEMENT', { elementId });
  }
  if (!isRatingValue(value)) return err('MEASUREMENT.INVALID_LEVEL');
  return null;
}

/** The rating of an element in a measurement, if any. */
export function findRating(
  measurement: Measurement,
  ratings: readonly Rating[],
  elementId: ElementId,
): Rating | undefined {
  return ratings.find((r) => r.measurementId === measurement.id && r.elementId === elementId);
}

/**
 * The catalogue elements that still block locking: no rating in this measurement, or rated
 * 'not-assessed'. 'not-applicable' is a decision and counts as rated; 'not-assessed' is the absence
 * of one, and a locked measurement is the audit record, so it must say something about every
 * element.
 */
export function missingElementIds(
  measurement: Measurement,
  ratings: readonly Rating[],
  catalogue: readonly CatalogueElement[],
): readonly ElementId[] {
  const decided = new Set(
    ratings
      .filter((r) => r.measurementId === measurement.id && r.value !== 'not-assessed')
      .map((r) => r.elementId),
  );
  return catalogue.filter((e) => !decided.has(e.id)).map((e) => e.id);
}

/**
 * Locks a measurement, making it the immutable audit record. Every catalogue element needs a
 * rating (a level or 'not-applicable'), else `MEASUREMENT.INCOMPLETE` with the missing `count`.
 */
export function lockMeasurement(
  measurement: Measurement,
  ratings: readonly Rating[],
  by: PersonRef,
  at: IsoDateTime,
  catalogue: readonly CatalogueElement[],
): MaturityResult<Measurement> {
  if (measurement.status === 'locked') return err('MEASUREMENT.LOCKED');
  const missing = missingElementIds(measurement, ratings, catalogue);
  if (missing.length > 0) return err('MEASUREMENT.INCOMPLETE', { count: missing.length });
  return ok({ ...measurement, status: 'locked', lockedOn: at, lockedBy: by });
}

export type CorrectMeasurementInput = {
  /** Id of the correcting measurement. */
  readonly id: string;
  /** Id for the copy of each rating; the core makes no ids of its own. */
  readonly ratingId: (elementId: ElementId) => string;
  /** The measurements already recorded; those of other plans are ignored. */
  readonly existing: readonly Measurement[];
};

export type Correction = {
  readonly measurement: Measurement;
  /** The locked ratings copied into the correction, so only the wrong cells need changing. */
  readonly ratings: readonly Rating[];
};

/**
 * Starts the correction of a locked measurement: a new open measurement of the same plan, kind,
 * date and mode that names the one it corrects, with a copy of its ratings. The locked one stays
 * untouched and is replaced in views once the correction is locked. Only the latest version can be
 * corrected, and only when the plan has no other open measurement.
 */
export function correctMeasurement(
  locked: Measurement,
  ratings: readonly Rating[],
  input: CorrectMeasurementInput,
): MaturityResult<Correction> {
  if (locked.status !== 'locked') return err('MEASUREMENT.NOT_LOCKED');
  const ofPlan = input.existing.filter((m) => m.planId === locked.planId);
  if (ofPlan.some((m) => m.status === 'open')) return err('MEASUREMENT.OPEN_EXISTS');
  if (ofPlan.some((m) => m.correctsMeasurementId === locked.id)) {
    return err('MEASUREMENT.ALREADY_CORRECTED');
  }

  const measurement: Measurement = {
    id: input.id,
    entityId: locked.entityId,
    planId: locked.planId,
    kind: locked.kind,
    date: locked.date,
    status: 'open',
    mode: locked.mode,
    lockedOn: null,
    lockedBy: null,
    correctsMeasurementId: locked.id,
  };
  const copies = ratings
    .filter((r) => r.measurementId === locked.id)
    .map(({ updatedAt: _updatedAt, ...rating }) => ({
      ...rating,
      id: input.ratingId(rating.elementId),
      measurementId: measurement.id,
    }));
  return ok({ measurement, ratings: copies });
}

// Scheme, then a host name (letters of any script, digits, hyphens, dots) or a bracketed IPv6
// address, an optional port, then anything after the first '/', '?' or '#'. No '@' can appear
// before the path, so "https://police.be@evil.test" is refused.
const HTTP_URL =
  /^https?:\/\/(?:[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.?|\[[0-9a-f:.]+\])(?::\d{1,5})?(?:[/?#].*)?$/iu;

/**
 * An http(s) address with a host and nothing a browser would treat as script or as a disguised
 * host: no other scheme (`javascript:`, `data:`), no credentials before the host, no whitespace,
 * control or invisible formatting characters.
 */
export function isEvidenceLink(link: string): boolean {
  if (link.length > MAX_LINK_LENGTH) return false;
  // Invisible characters (controls, zero-width and bidi marks) can make a link read as another.
  // eslint-disable-next-line no-control-regex -- reason: control characters are what we reject.
  if (/[\s\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u206f]/u.test(link)) {
    return false;
  }
  return HTTP_URL.test(link);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** A real calendar day written `YYYY-MM-DD` (no 30 February), checked without a clock. */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (match === null) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const monthDays = month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
  return monthDays !== undefined && day >= 1 && day <= monthDays;
}

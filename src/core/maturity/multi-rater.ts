import type { CatalogueElement, ElementId } from '../catalogue/catalogue.types';
import type { PersonRef } from '../shared/person';
import { err, ok } from '../shared/result';
import { median, populationStandardDeviation } from './statistics';
import type { MaturityResult } from './maturity.errors';
import type {
  IndividualRating,
  MaturityLevel,
  Measurement,
  Rating,
  RatingValue,
} from './maturity.types';
import { MAX_NOTE_LENGTH, findRating, validateRatingChange } from './measurement';
import { isRated } from './scale';

/** How far apart the raters of one element are; level figures are over rated values only. */
export type Dispersion = {
  readonly ratedCount: number;
  readonly notApplicableCount: number;
  /** Raters who abstained: they take no part in dispersion, consensus or suggestion. */
  readonly notAssessedCount: number;
  readonly min: MaturityLevel | null;
  readonly max: MaturityLevel | null;
  readonly range: number | null;
  /** May fall halfway between two levels (e.g. 2.5) with an even number of raters. */
  readonly median: number | null;
  /**
   * Population standard deviation: the raters are the whole panel for this measurement, not a
   * sample of a larger one, so the deviation is divided by n.
   */
  readonly standardDeviation: number | null;
};

/**
 * Agreement among the raters who gave an opinion:
 * - `unanimous`: every opinion is the same (range 0, or all 'not-applicable');
 * - `close`: levels at most one apart (range 1), adjacent levels a short talk can settle;
 * - `divergent`: levels two or more apart (range ≥ 2), or some raters find the element not
 *   applicable while others rate it. Two levels apart is also where an agreed rating needs a
 *   recorded dissent, so "divergent" marks exactly the elements that need a real discussion.
 */
export type Consensus = 'unanimous' | 'close' | 'divergent';

/** The individual ratings of one element in one measurement. */
export function individualRatingsFor(
  measurement: Measurement,
  individualRatings: readonly IndividualRating[],
  elementId: ElementId,
): readonly IndividualRating[] {
  return individualRatings.filter(
    (r) => r.measurementId === measurement.id && r.elementId === elementId,
  );
}

/** Dispersion of a set of individual values (normally those of one element). */
export function dispersion(values: readonly RatingValue[]): Dispersion {
  const levels = values.filter(isRated);
  const notApplicableCount = values.filter((v) => v === 'not-applicable').length;
  const notAssessedCount = values.length - levels.length - notApplicableCount;
  if (levels.length === 0) {
    return {
      ratedCount: 0,
      notApplicableCount,
      notAssessedCount,
      min: null,
      max: null,
      range: null,
      median: null,
      standardDeviation: null,
    };
  }
  const min = Math.min(...levels) as MaturityLevel;
  const max = Math.max(...levels) as MaturityLevel;
  return {
    ratedCount: levels.length,
    notApplicableCount,
    notAssessedCount,
    min,
    max,
    range: max - min,
    median: median(levels),
    standardDeviation: populationStandardDeviation(levels),
  };
}

/** The consensus of a dispersion; null when nobody gave an opinion (all abstained or none). */
export function consensus(d: Dispersion): Consensus | null {
  if (d.range === null) return d.notApplicableCount > 0 ? 'unanimous' : null;
  if (d.notApplicableCount > 0) return 'divergent';
  if (d.range === 0) return 'unanimous';
  return d.range === 1 ? 'close' : 'divergent';
}

/**
 * A starting point for the agreed rating, never a decision:
 * - the median of the rated values, rounded down. The scale is cumulative and each level needs its
 *   evidence; when the panel splits between two levels, the lower one is the one the middle raters
 *   can all back with evidence. Overstating maturity hides weak spots, understating only invites
 *   the evidence for the higher level to be shown.
 * - 'not-applicable' when more raters find the element not applicable than rate it (on a tie the
 *   element stays rated, so an element is never dropped from view on a split panel);
 * - null when nobody gave an opinion.
 */
export function suggestAgreedValue(d: Dispersion): MaturityLevel | 'not-applicable' | null {
  if (d.notApplicableCount > d.ratedCount) return 'not-applicable';
  if (d.median === null) return null;
  return Math.floor(d.median) as MaturityLevel;
}

/** Distance between an agreed and an individual opinion that calls for a recorded dissent. */
export const DISSENT_THRESHOLD = 2;

/**
 * The individual opinions the agreed value departs from strongly: two levels or more, or a different
 * view on applicability (one says 'not-applicable', the other a level). Abstentions and an agreed
 * 'not-assessed' assert nothing and never conflict.
 */
export function strongDisagreements(
  agreed: RatingValue,
  individual: readonly IndividualRating[],
): readonly IndividualRating[] {
  if (agreed === 'not-assessed') return [];
  return individual.filter((r) => {
    if (r.value === 'not-assessed') return false;
    if (isRated(agreed) && isRated(r.value)) return Math.abs(agreed - r.value) >= DISSENT_THRESHOLD;
    return isRated(agreed) !== isRated(r.value);
  });
}

export type RecordIndividualRatingInput = {
  /** Id for the individual rating when this rater has none yet for the element. */
  readonly id: string;
  readonly elementId: ElementId;
  readonly rater: PersonRef;
  readonly value: RatingValue;
  readonly note: string;
};

/**
 * Records one rater's own rating of an element in an open multi-rater measurement: a new individual
 * rating, or the rater's earlier one for the element updated (same id).
 */
export function recordIndividualRating(
  measurement: Measurement,
  individualRatings: readonly IndividualRating[],
  input: RecordIndividualRatingInput,
  catalogue: readonly CatalogueElement[],
): MaturityResult<IndividualRating> {
  const invalid = validateRatingChange(measurement, input.elementId, input.value, catalogue);
  if (invalid !== null) return invalid;
  if (measurement.mode !== 'multi-rater') return err('MEASUREMENT.NOT_MULTI_RATER');
  if (input.note.length > MAX_NOTE_LENGTH) {
    return err('MEASUREMENT.NOTE_TOO_LONG', { max: MAX_NOTE_LENGTH });
  }
  const existing = individualRatingsFor(measurement, individualRatings, input.elementId).find((r) =>
    samePerson(r.rater, input.rater),
  );
  const changes = { value: input.value, note: input.note, rater: input.rater };
  if (existing !== undefined) return ok({ ...existing, ...changes });
  return ok({
    id: input.id,
    measurementId: measurement.id,
    elementId: input.elementId,
    ...changes,
  });
}

export type AgreeRatingInput = {
  /** Id for the rating when the element has none yet in this measurement; ignored otherwise. */
  readonly ratingId: string;
  readonly elementId: ElementId;
  readonly value: RatingValue;
  /** Why the panel departs from the raters it overrules; required for strong disagreements. */
  readonly dissent: string;
  /** Who records the agreement (usually the integrity officer chairing the panel). */
  readonly rater: PersonRef | null;
};

/**
 * Records the agreed rating of an element in an open multi-rater measurement. When the agreed value
 * is two or more levels from an individual rating (or differs on applicability), a non-blank dissent
 * is required (`MEASUREMENT.DISSENT_REQUIRED` with the `count` of such ratings). Target and
 * evidence of an existing rating are kept.
 */
export function agreeRating(
  measurement: Measurement,
  ratings: readonly Rating[],
  individualRatings: readonly IndividualRating[],
  input: AgreeRatingInput,
  catalogue: readonly CatalogueElement[],
): MaturityResult<Rating> {
  const invalid = validateRatingChange(measurement, input.elementId, input.value, catalogue);
  if (invalid !== null) return invalid;
  if (measurement.mode !== 'multi-rater') return err('MEASUREMENT.NOT_MULTI_RATER');
  if (input.dissent.length > MAX_NOTE_LENGTH) {
    return err('MEASUREMENT.DISSENT_TOO_LONG', { max: MAX_NOTE_LENGTH });
  }
  const individual = individualRatingsFor(measurement, individualRatings, input.elementId);
  const conflicts = strongDisagreements(input.value, individual);
  if (conflicts.length > 0 && input.dissent.trim() === '') {
    return err('MEASUREMENT.DISSENT_REQUIRED', { count: conflicts.length });
  }

  const changes = { value: input.value, dissent: input.dissent, rater: input.rater };
  const existing = findRating(measurement, ratings, input.elementId);
  if (existing !== undefined) return ok({ ...existing, ...changes });
  return ok({
    id: input.ratingId,
    measurementId: measurement.id,
    elementId: input.elementId,
    target: null,
    evidenceNote: '',
    evidenceLinks: [],
    ...changes,
  });
}

/**
 * Whether two references name the same person: by directory id when both have one, else by e-mail,
 * else by display name (case-insensitive), which is all a manual entry may carry.
 */
export function samePerson(a: PersonRef, b: PersonRef): boolean {
  if (a.id !== undefined && b.id !== undefined) return a.id === b.id;
  if (a.email !== undefined && b.email !== undefined) {
    return a.email.toLowerCase() === b.email.toLowerCase();
  }
  return a.displayName.trim().toLowerCase() === b.displayName.trim().toLowerCase();
}

import type { ElementId } from '../catalogue/catalogue.types';
import type { Rating, RatingValue } from '../maturity/maturity.types';

/** The ratings of one measurement by element. */
export type RatingIndex = ReadonlyMap<ElementId, Rating>;

/**
 * Indexes the ratings of one measurement by element; ratings of other measurements are ignored.
 * Two ratings of one element in one measurement are a storage fault, not a business case, so it
 * throws rather than silently picking one.
 */
export function indexRatings(measurementId: string, ratings: readonly Rating[]): RatingIndex {
  const index = new Map<ElementId, Rating>();
  for (const rating of ratings) {
    if (rating.measurementId !== measurementId) continue;
    if (index.has(rating.elementId)) {
      throw new Error(
        `Measurement ${measurementId} has two ratings for element ${rating.elementId}`,
      );
    }
    index.set(rating.elementId, rating);
  }
  return index;
}

/** The value of an element: an element without a rating is simply not assessed. */
export function valueIn(index: RatingIndex, elementId: ElementId): RatingValue {
  return index.get(elementId)?.value ?? 'not-assessed';
}

import { CATALOGUE } from '../../../../core/catalogue/catalogue';
import type { MaturityLevel, RatingValue } from '../../../../core/maturity/maturity.types';
import type { Locale } from '../../../../core/shared/locale';
import type { DraftRecord } from '../../../data/drafts';
import { parseRatingValue, parseTarget } from '../rating-options';

/** A rating edit kept on this device, as the notice lists it. */
export type UnsavedRating = {
  readonly draft: DraftRecord;
  /** The element's catalogue label (as the rating grid names it), else the draft's id. */
  readonly element: string;
  /** The rating that was not saved; null when the kept value cannot be read. */
  readonly value: RatingValue | null;
  readonly target: MaturityLevel | null;
};

function fieldOf(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null
    ? (value as Record<string, unknown>)[name]
    : undefined;
}

/**
 * The rating drafts in catalogue order, each with its element's label and the values kept. A
 * draft comes from this device's storage, so it is read field by field, never trusted as a Rating;
 * one that cannot be read is still listed (it can be discarded too), after the others.
 */
export function unsavedRatings(
  drafts: readonly DraftRecord[],
  language: Locale,
): readonly UnsavedRating[] {
  const order = (elementId: unknown): number => {
    const index = CATALOGUE.findIndex((e) => e.id === elementId);
    return index === -1 ? CATALOGUE.length : index;
  };
  return drafts
    .filter((draft) => draft.kind === 'rating')
    .map((draft) => {
      const elementId = fieldOf(draft.value, 'elementId');
      const element = CATALOGUE.find((e) => e.id === elementId);
      const value = fieldOf(draft.value, 'value');
      const target = fieldOf(draft.value, 'target');
      return {
        draft,
        element: element?.label[language] ?? draft.id,
        value:
          typeof value === 'string' || typeof value === 'number'
            ? parseRatingValue(String(value))
            : null,
        target: typeof target === 'number' ? parseTarget(String(target)) : null,
        order: order(elementId),
      };
    })
    .sort((a, b) => a.order - b.order)
    .map(({ order: _order, ...unsaved }) => unsaved);
}

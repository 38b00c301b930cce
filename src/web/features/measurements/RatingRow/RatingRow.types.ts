import type { CatalogueElement } from '../../../../core/catalogue/catalogue.types';
import type {
  IndividualRating,
  Rating,
  RatingValue,
} from '../../../../core/maturity/maturity.types';
import type { Locale } from '../../../../core/shared/locale';
import type { DomainError } from '../../../../core/shared/result';
import type { Stored } from '../../../../ports/store.types';
import type { RatingInput, WriteOutcome } from '../useMeasurement';

export type RatingRowProps = {
  readonly element: CatalogueElement;
  /** `edit` for an open measurement and an owner; `read` otherwise (no controls at all). */
  readonly access: 'edit' | 'read';
  readonly errorText: (error: DomainError) => string;
  readonly language: Locale;
  /** Multi-rater mode: every rater's own rating of this element, and the signed-in rater's. */
  readonly multi: {
    readonly individual: readonly IndividualRating[];
    readonly mine: RatingValue | null;
  } | null;
  readonly onAgree: (value: RatingValue, dissent: string) => Promise<WriteOutcome>;
  readonly onRate: (input: RatingInput) => Promise<WriteOutcome>;
  readonly onRateIndividually: (value: RatingValue) => Promise<WriteOutcome>;
  readonly rating: Stored<Rating> | undefined;
  /** This element's rating edit kept on this device and not stored yet, if any. */
  readonly pending?: Rating | undefined;
};

/** What a row holds while being edited: values as the controls give them. */
export type Draft = {
  readonly value: string;
  readonly target: string;
  readonly note: string;
  readonly links: string;
  readonly dissent: string;
};

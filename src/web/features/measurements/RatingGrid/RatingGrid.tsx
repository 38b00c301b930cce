import { Text } from '@fluentui/react-components';
import { useId, type JSX } from 'react';
import { useIntl } from 'react-intl';
import { CATALOGUE, CATEGORIES } from '../../../../core/catalogue/catalogue';
import {
  PILLARS,
  type CatalogueCategory,
  type ElementId,
  type Pillar,
} from '../../../../core/catalogue/catalogue.types';
import { samePerson } from '../../../../core/maturity/multi-rater';
import type {
  IndividualRating,
  Rating,
  RatingValue,
} from '../../../../core/maturity/maturity.types';
import type { PersonRef } from '../../../../core/shared/person';
import type { Locale } from '../../../../core/shared/locale';
import type { DomainError } from '../../../../core/shared/result';
import { RatingRow } from '../RatingRow/RatingRow';
import type { MeasurementData, RatingInput, WriteOutcome } from '../useMeasurement';
import { useRatingGridStyles } from './RatingGrid.styles';

export type RatingGridProps = {
  readonly access: 'edit' | 'read';
  readonly data: MeasurementData;
  readonly errorText: (error: DomainError) => string;
  readonly language: Locale;
  readonly onAgree: (
    elementId: ElementId,
    value: RatingValue,
    dissent: string,
  ) => Promise<WriteOutcome>;
  readonly onRate: (elementId: ElementId, input: RatingInput) => Promise<WriteOutcome>;
  readonly onRateIndividually: (elementId: ElementId, value: RatingValue) => Promise<WriteOutcome>;
  /** Rating edits kept on this device, not stored yet: the rows show them rather than the store's. */
  readonly pending: ReadonlyMap<ElementId, Rating>;
  /** The signed-in rater, whose own ratings multi-rater mode shows. */
  readonly person: PersonRef | null;
};

/** Every catalogue element, grouped by pillar and then by function or category. */
export function RatingGrid(props: RatingGridProps): JSX.Element {
  return (
    <>
      {PILLARS.map((pillar) => (
        <PillarSection key={pillar} pillar={pillar} {...props} />
      ))}
    </>
  );
}
RatingGrid.displayName = 'RatingGrid';

function PillarSection(props: RatingGridProps & { readonly pillar: Pillar }): JSX.Element {
  const { pillar } = props;
  const intl = useIntl();
  const styles = useRatingGridStyles();
  const headingId = useId();
  const categories = CATEGORIES.filter((c) => c.pillar === pillar);
  return (
    <section className={styles.pillar} aria-labelledby={headingId}>
      <Text as="h2" id={headingId} size={500} weight="semibold">
        {intl.formatMessage({ id: `measure.pillar.${pillar}` })}
      </Text>
      {categories.map((category, index) => {
        const previous = categories[index - 1];
        return (
          <div key={category.id} className={styles.group}>
            {category.function !== undefined && previous?.function !== category.function && (
              <Text as="h3" size={400} weight="semibold">
                {intl.formatMessage({ id: `measure.function.${category.function}` })}
              </Text>
            )}
            <CategoryGroup category={category} {...props} />
          </div>
        );
      })}
    </section>
  );
}

function CategoryGroup(
  props: RatingGridProps & { readonly category: CatalogueCategory },
): JSX.Element {
  const { category, data, language, person } = props;
  const styles = useRatingGridStyles();
  const multi = data.measurement.value.mode === 'multi-rater';
  const Heading = category.function === undefined ? 'h3' : 'h4';
  return (
    <div className={styles.group}>
      <Text as={Heading} size={300} weight="semibold">
        {category.label[language]}
      </Text>
      {CATALOGUE.filter((e) => e.category === category.id).map((element) => {
        const individual: IndividualRating[] = multi
          ? data.individual.map((r) => r.value).filter((r) => r.elementId === element.id)
          : [];
        const mine =
          person === null ? undefined : individual.find((r) => samePerson(r.rater, person))?.value;
        return (
          <RatingRow
            key={element.id}
            element={element}
            access={props.access}
            errorText={props.errorText}
            language={language}
            multi={multi ? { individual, mine: mine ?? null } : null}
            rating={data.ratings.get(element.id)}
            pending={props.pending.get(element.id)}
            onRate={(input) => props.onRate(element.id, input)}
            onRateIndividually={(value) => props.onRateIndividually(element.id, value)}
            onAgree={(value, dissent) => props.onAgree(element.id, value, dissent)}
          />
        );
      })}
    </div>
  );
}

import { Link, Text, mergeClasses } from '@fluentui/react-components';
import type { JSX } from 'react';
import { useIntl } from 'react-intl';
import type { Rating } from '../../../../core/maturity/maturity.types';
import type { Locale } from '../../../../core/shared/locale';
import { ratingText } from '../rating-options';
import { useRatingRowStyles } from './RatingRow.styles';

/** A rating as text (read-only rows, locked measurements): level, target and evidence. */
export function ReadOnlyRating({
  rating,
  language,
}: {
  readonly rating: Rating | undefined;
  readonly language: Locale;
}): JSX.Element {
  const intl = useIntl();
  const styles = useRatingRowStyles();
  if (rating === undefined) {
    return (
      <Text className={styles.unrated}>
        {intl.formatMessage({ id: 'measure.element.notRated' })}
      </Text>
    );
  }
  return (
    <div className={styles.wide}>
      <Text
        as="p"
        className={mergeClasses(typeof rating.value === 'number' ? styles.value : styles.unrated)}
      >
        {intl.formatMessage({ id: 'measure.element.rating' })}: {ratingText(rating.value, language)}
      </Text>
      {rating.target !== null && (
        <Text as="p">
          {intl.formatMessage(
            { id: 'measure.element.target.value' },
            { level: ratingText(rating.target, language) },
          )}
        </Text>
      )}
      {rating.evidenceNote !== '' && <Text as="p">{rating.evidenceNote}</Text>}
      {rating.evidenceLinks.length > 0 && (
        <ul>
          {rating.evidenceLinks.map((link) => (
            <li key={link}>
              <Link href={link} target="_blank" rel="noopener noreferrer">
                {link}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

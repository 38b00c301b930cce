import { Field, Select } from '@fluentui/react-components';
import type { JSX } from 'react';
import { useIntl } from 'react-intl';
import { MATURITY_LEVELS } from '../../../../core/maturity/maturity.types';
import type { Locale } from '../../../../core/shared/locale';
import { parseRatingValue, RATING_CHOICES, ratingMeaning, ratingText } from '../rating-options';

export type LevelSelectProps = {
  readonly label: string;
  /** The chosen value as an `<option>` value; '' for none yet. */
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly language: Locale;
  /**
   * `rating`: the five levels and the unrated values, the chosen level's meaning as hint, "not
   * rated yet" while nothing is chosen. `target`: the five levels, or no target.
   */
  readonly scale: 'rating' | 'target';
  readonly disabled?: boolean;
};

/**
 * A maturity level as a native select (keyboard and screen readers as the platform gives them),
 * used for the rating, the target, a rater's own and the agreed rating.
 */
export function LevelSelect(props: LevelSelectProps): JSX.Element {
  const { label, language, scale, value } = props;
  const intl = useIntl();
  const choices = scale === 'rating' ? RATING_CHOICES : MATURITY_LEVELS;
  return (
    <Field
      label={label}
      hint={scale === 'rating' ? ratingMeaning(parseRatingValue(value), language) : null}
    >
      <Select
        value={value}
        disabled={props.disabled}
        onChange={(_, data) => {
          props.onChange(data.value);
        }}
      >
        {scale === 'target' && (
          <option value="">{intl.formatMessage({ id: 'measure.element.noTarget' })}</option>
        )}
        {scale === 'rating' && value === '' && (
          <option value="">{intl.formatMessage({ id: 'measure.element.notRated' })}</option>
        )}
        {choices.map((choice) => (
          <option key={choice} value={String(choice)}>
            {ratingText(choice, language)}
          </option>
        ))}
      </Select>
    </Field>
  );
}
LevelSelect.displayName = 'LevelSelect';

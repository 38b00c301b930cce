import type { IntlShape } from 'react-intl';
import {
  MATURITY_LEVELS,
  UNRATED_VALUES,
  type MaturityLevel,
  type RatingValue,
} from '../../../core/maturity/maturity.types';
import { MATURITY_SCALE, ratingValueLabel } from '../../../core/maturity/scale';
import type { Locale } from '../../../core/shared/locale';

/** Every value a rater may choose, levels first, as `<option>` values. */
export const RATING_CHOICES: readonly RatingValue[] = [...MATURITY_LEVELS, ...UNRATED_VALUES];

/** "3 – Implemented", or "Not applicable": a level with its number, the unrated values plain. */
export function ratingText(value: RatingValue, language: Locale): string {
  const label = ratingValueLabel(value)[language];
  return typeof value === 'number' ? `${value} – ${label}` : label;
}

/** The level's meaning (the scale's hint), or null (no hint slot) for the unrated values. */
export function ratingMeaning(value: RatingValue | null, language: Locale): string | null {
  return typeof value === 'number' ? MATURITY_SCALE[value].meaning[language] : null;
}

export function parseRatingValue(raw: string): RatingValue | null {
  if (raw === 'not-assessed' || raw === 'not-applicable') return raw;
  const level = Number(raw);
  return (MATURITY_LEVELS as readonly number[]).includes(level) ? (level as MaturityLevel) : null;
}

export function parseTarget(raw: string): MaturityLevel | null {
  const level = Number(raw);
  return raw !== '' && (MATURITY_LEVELS as readonly number[]).includes(level)
    ? (level as MaturityLevel)
    : null;
}

/** The level as a plain number for dispersion figures. */
export function levelText(intl: IntlShape, level: number | null): string {
  return level === null ? intl.formatMessage({ id: 'measure.none' }) : intl.formatNumber(level);
}

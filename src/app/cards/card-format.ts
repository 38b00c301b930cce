import { IntlMessageFormat } from 'intl-messageformat';
import { BRUSSELS_TIME_ZONE } from '../../core/shared/dates';
import type { IsoDate } from '../../core/shared/dates';
import type { Locale } from '../../core/shared/locale';
import { CARD_LABELS } from './cards.labels';
import type { CardLabelKey } from './cards.labels';

/** Belgian regional variants, so dates and numbers read as a Belgian reader expects. */
export const INTL_LOCALES = {
  nl: 'nl-BE',
  fr: 'fr-BE',
  de: 'de-BE',
  en: 'en-BE',
} as const satisfies Readonly<Record<Locale, string>>;

export type MessageValues = Readonly<Record<string, string | number>>;

// Parsing an ICU message is the expensive part; a card formats the same few messages many times.
const compiled = new Map<string, IntlMessageFormat>();

/** A card label in `locale`, with its `{placeholders}` filled in (values are never parsed). */
export function formatLabel(locale: Locale, key: CardLabelKey, values: MessageValues = {}): string {
  const cacheKey = `${locale}\u0000${key}`;
  let message = compiled.get(cacheKey);
  if (message === undefined) {
    message = new IntlMessageFormat(CARD_LABELS[key][locale], INTL_LOCALES[locale]);
    compiled.set(cacheKey, message);
  }
  const result = message.format(values);
  if (typeof result !== 'string') {
    throw new TypeError(`card label ${key} (${locale}) did not format to a string`);
  }
  return result;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const PERIOD = /^(\d{4})-(0[1-9]|1[0-2])$/;

function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(INTL_LOCALES[locale], {
    ...options,
    timeZone: BRUSSELS_TIME_ZONE,
  });
}

/*
 * A calendar day or month is formatted through the instant at noon UTC of that day: in Brussels
 * (UTC+1 or +2) that is still the same day, so the formatter, which must be given a time zone to
 * be independent of the server's, cannot shift the date.
 */
function noonUtc(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day, 12));
}

/** `2027-03-14` as "14 maart 2027", "14 mars 2027", "14. März 2027", "14 March 2027". */
export function formatCardDate(locale: Locale, date: IsoDate): string {
  const match = ISO_DATE.exec(date);
  if (match === null) throw new RangeError(`not an ISO calendar date: ${date}`);
  const instant = noonUtc(Number(match[1]), Number(match[2]), Number(match[3]));
  if (Number.isNaN(instant.getTime())) throw new RangeError(`not an ISO calendar date: ${date}`);
  return dateFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(instant);
}

/** A `YYYY-MM` period as "maart 2027", "mars 2027", "März 2027", "March 2027". */
export function formatCardMonth(locale: Locale, period: string): string {
  const match = PERIOD.exec(period);
  if (match === null) throw new RangeError(`not a YYYY-MM period: ${period}`);
  const instant = noonUtc(Number(match[1]), Number(match[2]), 15);
  return dateFormat(locale, { month: 'long', year: 'numeric' }).format(instant);
}

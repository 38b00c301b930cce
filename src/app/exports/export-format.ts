import { isIsoCalendarDate } from '../../core/plan/iso-date';
import { requireInstant } from '../../core/schedule/brussels-time';
import { BRUSSELS_TIME_ZONE } from '../../core/shared/dates';
import type { IsoDate, IsoDateTime } from '../../core/shared/dates';
import type { Locale, LocalizedText } from '../../core/shared/locale';
import type { PersonRef } from '../../core/shared/person';
import { formatIcu } from './message-format';

/** What the exports print for a value that is not filled in. */
export const EMPTY_VALUE = '—';

/**
 * The BCP 47 tag the exports format numbers and dates with: `<language>-BE` like the tab (see the
 * web I18nProvider), except English. CLDR's en-BE writes plain numbers the Belgian way (1.234,5)
 * but amounts of euro the English way (€1,234.50), so one document would mix both notations;
 * en-GB writes both the English way.
 */
export function intlLocale(locale: Locale): string {
  return locale === 'en' ? 'en-GB' : `${locale}-BE`;
}

/**
 * Fills an ICU template (ours or the core's) with values. Data only ever travels as a value, so a
 * brace or apostrophe in a user's text is printed as typed, never read as ICU syntax.
 */
export function formatMessage(
  text: LocalizedText,
  locale: Locale,
  values: Readonly<Record<string, string | number>> = {},
): string {
  return formatIcu(text[locale], intlLocale(locale), values);
}

/** A plain number in the reader's notation, without rounding away stored decimals. */
export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 6 }).format(value);
}

/** An amount of euro with cents, in the reader's notation (`€ 1.500,00`, `1 500,00 €`). */
export function formatEur(value: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale(locale), { style: 'currency', currency: 'EUR' }).format(
    value,
  );
}

/** A share from 0 to 1 as a percentage with at most one decimal. */
export function formatShare(share: number | null, locale: Locale): string {
  if (share === null) return EMPTY_VALUE;
  return new Intl.NumberFormat(intlLocale(locale), {
    style: 'percent',
    maximumFractionDigits: 1,
  }).format(share);
}

/**
 * A calendar day in the reader's long form ("12 januari 2026"). The day is formatted as a UTC
 * date so that no time zone can move it to the day before; a value that is not a calendar day is
 * printed as stored rather than dropped.
 */
export function formatDate(date: IsoDate | null, locale: Locale): string {
  if (date === null || date === '') return EMPTY_VALUE;
  if (!isIsoCalendarDate(date)) return date;
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
}

/** A calendar day in numeric form (31/03/2026, 31.03.2026), for narrow table columns. */
export function formatShortDate(date: IsoDate | null, locale: Locale): string {
  if (date === null || date === '') return EMPTY_VALUE;
  if (!isIsoCalendarDate(date)) return date;
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(intlLocale(locale), {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, day)));
}

/** An instant as the Brussels wall-clock date and time, in the reader's long form. */
export function formatDateTime(instant: IsoDateTime, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: BRUSSELS_TIME_ZONE,
  }).format(new Date(requireInstant(instant, 'generatedAt')));
}

/** A person as a reader knows them: the display name, or the empty mark. */
export function personName(person: PersonRef | null | undefined): string {
  const name = person?.displayName.trim() ?? '';
  return name === '' ? EMPTY_VALUE : name;
}

/**
 * A person as an auditor identifies them: `Name <e-mail>` (RFC 5322 mailbox form) when the
 * e-mail is known, else the name; empty for nobody.
 */
export function personIdentity(person: PersonRef | null | undefined): string {
  if (person === null || person === undefined) return '';
  const email = person.email?.trim() ?? '';
  return email === '' ? person.displayName : `${person.displayName} <${email}>`;
}

/** A text from data, or the empty mark when it holds nothing but white space. */
export function textOrEmpty(text: string | null | undefined): string {
  return text === null || text === undefined || text.trim() === '' ? EMPTY_VALUE : text;
}

// XML 1.0 allows tab, LF, CR and everything from U+0020 except lone surrogates and U+FFFE/FFFF.
// DOCX and XLSX are XML inside a zip: one such character in a user's text makes Word and Excel
// refuse the whole file, so it is replaced by U+FFFD (the visible "replacement character").
// eslint-disable-next-line no-control-regex -- reason: control characters are what we replace.
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text with every character XML cannot carry replaced by U+FFFD; nothing else changes. */
export function xmlSafe(text: string): string {
  return text.replace(XML_INVALID, '\uFFFD').replace(LONE_SURROGATE, '\uFFFD');
}

/** Adds euro amounts in whole cents, so that sums are exact (0.1 + 0.2 makes 0.3). */
export function sumEur(amounts: readonly (number | null)[]): number {
  let cents = 0;
  for (const amount of amounts) {
    if (amount !== null && Number.isFinite(amount)) cents += Math.round(amount * 100);
  }
  return cents / 100;
}

/** Adds hours, skipping what is not a finite number. */
export function sumHours(hours: readonly (number | null)[]): number {
  let total = 0;
  for (const value of hours) {
    if (value !== null && Number.isFinite(value)) total += value;
  }
  return total;
}

/** Progress of an export, for a progress bar: `done` of `total` steps, `step` names the last. */
export type ExportProgress = {
  readonly step: string;
  readonly done: number;
  readonly total: number;
};

export type ProgressListener = (progress: ExportProgress) => void;

type TimerHost = { readonly setTimeout?: (callback: () => void, ms: number) => unknown };

/**
 * Reports a step and lets the host's event loop run, so that the tab can paint the progress bar
 * between the heavy steps of an export (they run on the main thread). Uses whatever timer the host
 * has; the core's lib has none, hence the look-up on `globalThis`.
 */
export async function reportProgress(
  listener: ProgressListener | undefined,
  progress: ExportProgress,
): Promise<void> {
  if (listener === undefined) return;
  listener(progress);
  const timer = (globalThis as TimerHost).setTimeout;
  if (timer !== undefined) {
    await new Promise<void>((resolve) => {
      timer(resolve, 0);
    });
  }
}

/**
 * The module itself, whichever way the bundler or Node hands a CommonJS package over: Node's ESM
 * loader puts `module.exports` on `default`, Vite's pre-bundling does the same or spreads it.
 */
export function moduleDefault<T>(module: T): T {
  return (module as T & { readonly default?: T }).default ?? module;
}

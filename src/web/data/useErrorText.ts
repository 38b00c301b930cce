import { useCallback } from 'react';
import { useIntl, type IntlShape } from 'react-intl';
import { CORE_ERROR_MESSAGES, isCoreErrorCode } from '../../core/i18n/error-messages';
import { toLocale, type Locale } from '../../core/shared/locale';
import type { DomainError } from '../../core/shared/result';
import { STORE_ERRORS } from '../../ports/store.errors';
import type { MessageId } from '../i18n/messages.en';

type Values = Record<string, string | number>;

/** Extra values a message may interpolate, e.g. the field's label instead of its path. */
export type ErrorTextValues = Readonly<Values>;

export type FormatError = (error: DomainError, values?: ErrorTextValues) => string;

function isStoreCode(code: string): code is keyof typeof STORE_ERRORS {
  return Object.hasOwn(STORE_ERRORS, code);
}

/**
 * The values an error's message may use: its details, and the store errors' own fields (`kind`,
 * `id`, `attempts`, the invalid record's `reason`), with neutral defaults so a select or plural
 * never meets a missing argument.
 */
function valuesOf(error: DomainError, extra: ErrorTextValues | undefined): Values {
  const values: Values = { kind: 'other', id: '', attempts: 1, reason: '', field: '', status: 0 };
  for (const [key, value] of Object.entries(error)) {
    if (key !== 'code' && (typeof value === 'string' || typeof value === 'number')) {
      values[key] = value;
    }
  }
  const record: unknown = (error as { record?: unknown }).record;
  if (typeof record === 'object' && record !== null && 'reason' in record) {
    values['reason'] = String((record).reason);
  }
  const issues: unknown = (error as { issues?: unknown }).issues;
  if (Array.isArray(issues) && values['reason'] === '') {
    values['reason'] = issues
      .map((issue: { field?: unknown; message?: unknown }) =>
        [issue.field, issue.message].filter((part) => typeof part === 'string').join(': '),
      )
      .join('; ');
  }
  return { ...values, ...error.details, ...extra };
}

function format(intl: IntlShape, template: string, locale: Locale, values: Values): string {
  const formatted = intl.formatters.getMessageFormat(template, locale).format(values);
  return Array.isArray(formatted) ? formatted.join('') : String(formatted);
}

/**
 * Formats any business failure in the current language: the core's messages, the store's, then
 * the tab's own (`data.error.<code>`); an unknown code still gets a translated sentence naming it.
 */
export function useErrorText(): FormatError {
  const intl = useIntl();
  // The language react-intl formats in (`nl-BE` → nl), so this works under any IntlProvider.
  const language = toLocale(intl.locale);
  return useCallback(
    (error: DomainError, extra?: ErrorTextValues): string => {
      const values = valuesOf(error, extra);
      const unknown = (): string =>
        intl.formatMessage({ id: 'data.error.unknown' }, { code: error.code });
      try {
        if (isCoreErrorCode(error.code)) {
          return format(intl, CORE_ERROR_MESSAGES[error.code][language], language, values);
        }
        if (isStoreCode(error.code)) {
          return format(intl, STORE_ERRORS[error.code][language], language, values);
        }
        const id = `data.error.${error.code}`;
        if (Object.hasOwn(intl.messages, id)) {
          return intl.formatMessage({ id: id as MessageId }, values);
        }
      } catch (fault) {
        // A message that cannot be formatted must not hide the failure it reports.
        console.error(fault);
      }
      return unknown();
    },
    [intl, language],
  );
}

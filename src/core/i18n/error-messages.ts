import { DIALOGUE_ERRORS } from '../dialogue/dialogue.errors';
import { MATURITY_ERRORS } from '../maturity/maturity.errors';
import { PLAN_ERRORS } from '../plan/plan.errors';
import { SCHEDULE_ERRORS } from '../schedule/schedule.errors';
import type { Locale, LocalizedText } from '../shared/locale';
import type { DomainError } from '../shared/result';

/**
 * One catalogue of every business failure the core can return, keyed by its stable code, with an
 * ICU message in nl, fr, de and en. The tab, the job and the exports translate codes through it
 * (adapters add their own, e.g. the store's), so a message is written once.
 */
export const CORE_ERROR_MESSAGES = {
  ...PLAN_ERRORS,
  ...MATURITY_ERRORS,
  ...SCHEDULE_ERRORS,
  ...DIALOGUE_ERRORS,
} as const satisfies Record<string, LocalizedText>;

export type CoreErrorCode = keyof typeof CORE_ERROR_MESSAGES;

/** True when `code` is one the core knows, so callers can fall back for adapter codes. */
export function isCoreErrorCode(code: string): code is CoreErrorCode {
  return Object.hasOwn(CORE_ERROR_MESSAGES, code);
}

/**
 * The ICU message template for an error in a language, or undefined for a code the core does not
 * know. Formatting (placeholders, plurals) is the caller's: the core holds no formatter.
 */
export function errorMessageTemplate(error: DomainError, locale: Locale): string | undefined {
  return isCoreErrorCode(error.code) ? CORE_ERROR_MESSAGES[error.code][locale] : undefined;
}

import type { ChannelRef, EntitySettings } from '../../../core/schedule/entity-settings.types';
import { checkCadence, reminderSlot } from '../../../core/schedule/reminder-due';
import { LOCALES, type Locale } from '../../../core/shared/locale';
import type { DomainError } from '../../../core/shared/result';

/** What the form holds: text as typed, so a half-typed number is never lost. */
export type SettingsFormValues = {
  readonly name: string;
  readonly kind: EntitySettings['kind'];
  readonly language: Locale;
  /** '' for a monolingual entity. */
  readonly secondLanguage: Locale | '';
  /** `this`: the channel the tab is open in; `stored`: the one saved before; `off`: none. */
  readonly channel: 'this' | 'stored' | 'off';
  readonly dayOfMonth: string;
  readonly hour: string;
  readonly pauseUntil: string;
  readonly skipRecentlyUpdatedDays: string;
  readonly indicatorStaleAfterDays: string;
};

export type SettingsField = keyof SettingsFormValues;

/** Per field, the problem to show under it: a core error, or a message id of the form's own. */
export type FieldProblem =
  | { readonly kind: 'error'; readonly error: DomainError }
  | {
      readonly kind: 'message';
      readonly id: 'settings.name.required' | 'settings.number.invalid' | 'settings.language.same';
    };

export type CheckedSettings =
  | { readonly ok: true; readonly settings: EntitySettings }
  | { readonly ok: false; readonly problems: Partial<Record<SettingsField, FieldProblem>> };

/** Defaults for an entity never configured: the 1st of the month at 9:00, Brussels time. */
export function defaultValues(
  name: string,
  language: Locale,
  inChannel: boolean,
): SettingsFormValues {
  return {
    name,
    kind: 'local-police-zone',
    language,
    secondLanguage: '',
    channel: inChannel ? 'this' : 'off',
    dayOfMonth: '1',
    hour: '9',
    pauseUntil: '',
    skipRecentlyUpdatedDays: '7',
    indicatorStaleAfterDays: '90',
  };
}

export function valuesOf(
  settings: EntitySettings,
  thisChannel: ChannelRef | null,
): SettingsFormValues {
  const stored = settings.reminderChannel;
  return {
    name: settings.name,
    kind: settings.kind,
    language: settings.languages[0],
    secondLanguage: settings.languages[1] ?? '',
    channel:
      stored === null
        ? 'off'
        : thisChannel !== null && stored.channelId === thisChannel.channelId
          ? 'this'
          : 'stored',
    dayOfMonth: String(settings.cadence.dayOfMonth),
    hour: String(settings.cadence.hour),
    pauseUntil: settings.cadence.pauseUntil ?? '',
    skipRecentlyUpdatedDays: String(settings.skipRecentlyUpdatedDays),
    indicatorStaleAfterDays: String(settings.indicatorStaleAfterDays),
  };
}

// Numbers as typed: digits only. "1.5" or "-1" are not a day, an hour or a number of days.
function wholeNumber(text: string): number | null {
  return /^\d{1,6}$/.test(text.trim()) ? Number(text.trim()) : null;
}

/**
 * Turns the form into settings, or says what is wrong per field. The cadence rules are the
 * core's (`checkCadence`: day 1–28, hour 0–23, a real pause date).
 */
export function checkValues(
  entityId: string,
  values: SettingsFormValues,
  channels: { readonly current: ChannelRef | null; readonly stored: ChannelRef | null },
): CheckedSettings {
  const problems: Partial<Record<SettingsField, FieldProblem>> = {};
  if (values.name.trim() === '') problems.name = { kind: 'message', id: 'settings.name.required' };
  if (values.secondLanguage === values.language) {
    problems.secondLanguage = { kind: 'message', id: 'settings.language.same' };
  }
  const skip = wholeNumber(values.skipRecentlyUpdatedDays);
  if (skip === null)
    problems.skipRecentlyUpdatedDays = { kind: 'message', id: 'settings.number.invalid' };
  const stale = wholeNumber(values.indicatorStaleAfterDays);
  if (stale === null)
    problems.indicatorStaleAfterDays = { kind: 'message', id: 'settings.number.invalid' };

  const cadence = {
    dayOfMonth: wholeNumber(values.dayOfMonth) ?? Number.NaN,
    hour: wholeNumber(values.hour) ?? Number.NaN,
    pauseUntil: values.pauseUntil === '' ? null : values.pauseUntil,
  };
  const checked = checkCadence(cadence);
  if (!checked.ok) {
    // The core names the value it refused; show what the person typed rather than NaN.
    const error: DomainError = {
      code: checked.error.code,
      details: {
        dayOfMonth: values.dayOfMonth,
        hour: values.hour,
        value: values.pauseUntil,
      },
    };
    const field: SettingsField =
      checked.error.code === 'SCHEDULE.INVALID_CADENCE_DAY'
        ? 'dayOfMonth'
        : checked.error.code === 'SCHEDULE.INVALID_CADENCE_HOUR'
          ? 'hour'
          : 'pauseUntil';
    problems[field] = { kind: 'error', error };
  }
  if (Object.keys(problems).length > 0 || skip === null || stale === null) {
    return { ok: false, problems };
  }
  const reminderChannel =
    values.channel === 'this'
      ? channels.current
      : values.channel === 'stored'
        ? channels.stored
        : null;
  return {
    ok: true,
    settings: {
      entityId,
      name: values.name.trim(),
      kind: values.kind,
      languages:
        values.secondLanguage === '' ? [values.language] : [values.language, values.secondLanguage],
      reminderChannel,
      cadence,
      skipRecentlyUpdatedDays: skip,
      indicatorStaleAfterDays: stale,
    },
  };
}

function monthAfter(period: string): string {
  const [year = 0, month = 1] = period.split('-').map(Number);
  return month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`;
}

/**
 * The instant of the next monthly reminder after `now`, skipping months whose slot falls in the
 * pause; null without a channel or with a cadence the core refuses.
 */
export function nextReminder(settings: EntitySettings, now: Date): Date | null {
  if (settings.reminderChannel === null) return null;
  let period = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Brussels',
    year: 'numeric',
    month: '2-digit',
  }).format(now);
  // Two years ahead is as far as a pause can sensibly reach; past that there is no next slot.
  for (let i = 0; i < 24; i++) {
    const slot = reminderSlot(settings.cadence, period);
    if (!slot.ok) return null;
    const at = new Date(slot.value);
    const pause = settings.cadence.pauseUntil;
    const paused = pause !== null && slot.value.slice(0, 10) < pause;
    if (at > now && !paused) return at;
    period = monthAfter(period);
  }
  return null;
}

export const LANGUAGES: readonly Locale[] = LOCALES;

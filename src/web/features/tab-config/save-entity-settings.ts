import type { ChannelRef, EntitySettings } from '../../../core/schedule/entity-settings.types';
import type { Locale } from '../../../core/shared/locale';
import type { DomainError } from '../../../core/shared/result';
import { IntlMessageFormat } from 'intl-messageformat';
import { STORE_ERRORS } from '../../../ports/store.errors';
import { isInvalidRecord } from '../../../ports/store.types';
import type { TabServices } from '../../providers/tab-services';

/** What the configuration page asks; everything else keeps its saved value or the default. */
export type ConfigChoices = {
  readonly entityId: string;
  readonly name: string;
  readonly kind: EntitySettings['kind'];
  readonly language: Locale;
  readonly channel: ChannelRef | null;
};

export type ConfigSaveOutcome =
  | { readonly kind: 'saved' }
  /** Nobody is signed in in this frame: the Settings page completes the settings later. */
  | { readonly kind: 'later' }
  | { readonly kind: 'failed'; readonly error: DomainError };

/**
 * Saves the entity's settings from the configuration page: the saved ones with the page's
 * choices applied (If-Match on their eTag), or new ones with the default cadence (1st of the
 * month, 9:00 Brussels time).
 */
export async function saveEntitySettings(
  services: Pick<TabServices, 'data'>,
  choices: ConfigChoices,
): Promise<ConfigSaveOutcome> {
  const data = await services.data();
  if (!data.ok) {
    return data.error.code === 'DATA.NOT_SIGNED_IN'
      ? { kind: 'later' }
      : { kind: 'failed', error: data.error };
  }
  const { store } = data.value;
  const read = await store.loadSettings(choices.entityId);
  if (!read.ok) return { kind: 'failed', error: read.error };
  const existing = read.value !== null && !isInvalidRecord(read.value) ? read.value.value : null;
  const second = existing?.languages[1];
  const settings: EntitySettings = {
    entityId: choices.entityId,
    name: choices.name,
    kind: choices.kind,
    languages:
      second === undefined || second === choices.language
        ? [choices.language]
        : [choices.language, second],
    reminderChannel: choices.channel,
    cadence: existing?.cadence ?? { dayOfMonth: 1, hour: 9, pauseUntil: null },
    skipRecentlyUpdatedDays: existing?.skipRecentlyUpdatedDays ?? 7,
    indicatorStaleAfterDays: existing?.indicatorStaleAfterDays ?? 90,
  };
  const expected = read.value === null ? null : { id: read.value.id, etag: read.value.etag };
  const saved = await store.saveSettings(settings, expected);
  return saved.ok ? { kind: 'saved' } : { kind: 'failed', error: saved.error };
}

/** A store failure's message in `language`, or null for a code the store catalogue lacks. */
export function storeErrorText(error: DomainError, language: Locale): string | null {
  if (!Object.hasOwn(STORE_ERRORS, error.code)) return null;
  const template = STORE_ERRORS[error.code as keyof typeof STORE_ERRORS][language];
  return String(new IntlMessageFormat(template, language).format(error.details ?? {}));
}

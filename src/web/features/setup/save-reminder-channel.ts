import type { ChannelRef, EntitySettings } from '../../../core/schedule/entity-settings.types';
import type { Locale } from '../../../core/shared/locale';
import { err, ok, type DomainError, type Result } from '../../../core/shared/result';
import { isInvalidRecord } from '../../../ports/store.types';
import type { TabServices } from '../../providers/tab-services';

export type ReminderChannelInput = {
  readonly channel: ChannelRef;
  /** For settings created here: the team's name and the tab's language. */
  readonly teamName: string | null;
  readonly language: Locale;
};

/**
 * Saves the reminder channel into the entity's settings: the saved settings with the channel
 * replaced (If-Match on their eTag), or new settings with the defaults the configuration page
 * uses (1st of the month, 9:00 Brussels time) when the entity has none yet.
 */
export async function saveReminderChannel(
  services: Pick<TabServices, 'data'>,
  input: ReminderChannelInput,
): Promise<Result<void, DomainError>> {
  const data = await services.data();
  if (!data.ok) return data;
  const { store, entityId } = data.value;
  const read = await store.loadSettings(entityId);
  if (!read.ok) return read;
  // A hand-edited invalid item is not overwritten from here: Settings shows what is wrong.
  if (read.value !== null && isInvalidRecord(read.value)) {
    return err('STORE.INVALID_RECORD', { kind: 'settings', id: read.value.id });
  }
  const existing = read.value?.value ?? null;
  const settings: EntitySettings =
    existing === null
      ? {
          entityId,
          name: input.teamName ?? entityId,
          kind: 'local-police-zone',
          languages: [input.language],
          reminderChannel: input.channel,
          cadence: { dayOfMonth: 1, hour: 9, pauseUntil: null },
          skipRecentlyUpdatedDays: 7,
          indicatorStaleAfterDays: 90,
        }
      : { ...existing, reminderChannel: input.channel };
  const expected = read.value === null ? null : { id: read.value.id, etag: read.value.etag };
  const saved = await store.saveSettings(settings, expected);
  return saved.ok ? ok(undefined) : saved;
}

/** The reminder channel the entity's settings name now, if any (to preselect it). */
export async function currentReminderChannel(
  services: Pick<TabServices, 'data'>,
): Promise<string | null> {
  const data = await services.data();
  if (!data.ok) return null;
  const read = await data.value.store.loadSettings(data.value.entityId);
  if (!read.ok || read.value === null || isInvalidRecord(read.value)) return null;
  return read.value.value.reminderChannel?.channelId ?? null;
}

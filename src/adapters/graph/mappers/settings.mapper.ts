import { z } from 'zod';
import type { EntitySettings } from '../../../core/schedule/entity-settings.types';
import { LOCALES } from '../../../core/shared/locale';
import { isIsoCalendarDate } from '../../../core/plan/iso-date';
import {
  dateOnlyOrNull,
  encodeDateOnly,
  numberOrNull,
  text,
  textOrNull,
  type Fields,
} from './field-codecs';
import type { DecodeMeta, RecordCodec } from './mapper.types';
import { decodeWith } from './maturity.schemas';

const locale = z.enum(LOCALES);

const settingsSchema = z.object({
  entityId: z.string().trim().min(1, 'required'),
  name: z.string().trim().min(1, 'required'),
  kind: z.enum(['local-police-zone', 'federal-directorate']),
  languages: z.union([
    z.tuple([locale]),
    z.tuple([locale, locale]).refine(([a, b]) => a !== b, 'two different languages'),
  ]),
  reminderChannel: z
    .object({
      teamId: z.string().min(1, 'required'),
      channelId: z.string().min(1, 'required'),
      channelName: z.string(),
    })
    .nullable(),
  cadence: z.object({
    dayOfMonth: z.int().min(1).max(28),
    hour: z.int().min(0).max(23),
    pauseUntil: z.string().refine(isIsoCalendarDate, 'not a calendar date').nullable(),
  }),
  skipRecentlyUpdatedDays: z.int().min(0),
  indicatorStaleAfterDays: z.int().min(1),
});

/** `Languages` holds one or two locales, comma separated (e.g. `nl,fr`). */
function languages(f: Fields): string[] {
  return text(f, 'Languages')
    .split(',')
    .map((l) => l.trim().toLowerCase())
    .filter((l) => l !== '');
}

function channel(f: Fields): unknown {
  const teamId = textOrNull(f, 'TeamId');
  const channelId = textOrNull(f, 'ChannelId');
  if (teamId === null && channelId === null) return null;
  return { teamId: teamId ?? '', channelId: channelId ?? '', channelName: text(f, 'ChannelName') };
}

export const SETTINGS_CODEC: RecordCodec<EntitySettings> = {
  kind: 'settings',
  listName: 'IntegritySettings',
  refs: [],
  // EntityId is unique in this list: one settings row per entity.
  landingColumn: 'EntityId',
  decode(f: Fields, _meta: DecodeMeta) {
    return decodeWith<EntitySettings>(settingsSchema, {
      entityId: text(f, 'EntityId'),
      name: text(f, 'Title'),
      kind: f.EntityKind,
      languages: languages(f),
      reminderChannel: channel(f),
      cadence: {
        dayOfMonth: numberOrNull(f, 'DayOfMonth'),
        hour: numberOrNull(f, 'ReminderHour'),
        pauseUntil: dateOnlyOrNull(f, 'PauseUntil'),
      },
      skipRecentlyUpdatedDays: numberOrNull(f, 'SkipRecentDays'),
      indicatorStaleAfterDays: numberOrNull(f, 'IndicatorStaleDays'),
    });
  },
  // ConversationReference and BotState belong to the bot: never written from the settings model.
  encode(value) {
    const s = value as unknown as EntitySettings;
    return {
      Title: s.name,
      EntityId: s.entityId,
      EntityKind: s.kind,
      Languages: s.languages.join(','),
      TeamId: s.reminderChannel?.teamId ?? null,
      ChannelId: s.reminderChannel?.channelId ?? null,
      ChannelName: s.reminderChannel?.channelName ?? null,
      DayOfMonth: s.cadence.dayOfMonth,
      ReminderHour: s.cadence.hour,
      PauseUntil: encodeDateOnly(s.cadence.pauseUntil),
      SkipRecentDays: s.skipRecentlyUpdatedDays,
      IndicatorStaleDays: s.indicatorStaleAfterDays,
    };
  },
};

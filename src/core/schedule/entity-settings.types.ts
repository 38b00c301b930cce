import type { IsoDate } from '../shared/dates';
import type { Locale } from '../shared/locale';

/** When the monthly PDCA reminder and dialogue prompt are posted, in Europe/Brussels. */
export type ReminderCadence = {
  /** 1 to 28, so every month has the day. */
  readonly dayOfMonth: number;
  /** 0 to 23, local hour in Europe/Brussels. */
  readonly hour: number;
  /** No posts before this day (inclusive pause end), or null. */
  readonly pauseUntil: IsoDate | null;
};

/** A Teams channel the bot posts into. */
export type ChannelRef = {
  readonly teamId: string;
  readonly channelId: string;
  readonly channelName: string;
};

/** One entity's settings, saved by the configurable tab's configuration page. */
export type EntitySettings = {
  readonly entityId: string;
  readonly name: string;
  readonly kind: 'local-police-zone' | 'federal-directorate';
  /** One language, or two for a bilingual entity (cards show them side by side). */
  readonly languages: readonly [Locale] | readonly [Locale, Locale];
  readonly reminderChannel: ChannelRef | null;
  readonly cadence: ReminderCadence;
  /** Items updated within this many days are left out of the reminder. */
  readonly skipRecentlyUpdatedDays: number;
  /** An indicator not updated for this many days is stale. */
  readonly indicatorStaleAfterDays: number;
};

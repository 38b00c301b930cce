import type { IsoDateTime } from '../core/shared/dates';
import type { Listed, Read, Stored, StoreResult } from './store.types';

export const REMINDER_KINDS = ['pdca-reminder', 'dialogue-prompt'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

export const DELIVERY_STATES = ['pending', 'sent', 'failed', 'skipped', 'bot-removed'] as const;
export type DeliveryState = (typeof DELIVERY_STATES)[number];

/**
 * One row per (entity, kind, month): the job's record of posting, so a re-run never posts twice.
 * The type lives here until the job's core model owns it.
 */
export type ReminderLogEntry = {
  readonly id: string;
  /** `<kind>:<entity>:<YYYY-MM>`; unique in the list. */
  readonly idempotencyKey: string;
  readonly entityId: string;
  readonly kind: ReminderKind;
  /** `YYYY-MM`. */
  readonly period: string;
  readonly state: DeliveryState;
  readonly attempts: number;
  readonly activityId: string | null;
  readonly postedPrompt: string | null;
  readonly sentAt: IsoDateTime | null;
  readonly lastError: string | null;
};

export interface ReminderLogStore {
  findEntry(idempotencyKey: string): Promise<StoreResult<Read<ReminderLogEntry> | null>>;

  listEntries(entityId: string): Promise<StoreResult<Listed<ReminderLogEntry>>>;

  /** Creates the row; a row with the same key already there is a conflict carrying it. */
  createEntry(
    entry: Omit<ReminderLogEntry, 'id'>,
  ): Promise<StoreResult<Stored<ReminderLogEntry>, ReminderLogEntry>>;

  updateEntry(
    entry: ReminderLogEntry,
    etag: string,
  ): Promise<StoreResult<Stored<ReminderLogEntry>, ReminderLogEntry>>;
}

import { z } from 'zod';
import {
  DELIVERY_STATES,
  REMINDER_KINDS,
  type ReminderLogEntry,
} from '../../../ports/reminder-log-store';
import { dateTimeOrNull, numberOrNull, text, textOrNull, type Fields } from './field-codecs';
import type { DecodeMeta, RecordCodec } from './mapper.types';
import { decodeWith } from './maturity.schemas';

const entrySchema = z.object({
  id: z.string().min(1),
  idempotencyKey: z.string().trim().min(1, 'required'),
  entityId: z.string().trim().min(1, 'required'),
  kind: z.enum(REMINDER_KINDS),
  period: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month YYYY-MM'),
  state: z.enum(DELIVERY_STATES),
  attempts: z.int().min(0),
  activityId: z.string().nullable(),
  postedPrompt: z.string().nullable(),
  sentAt: z.iso.datetime({ offset: true }).nullable(),
  lastError: z.string().nullable(),
});

export const REMINDER_LOG_CODEC: RecordCodec<ReminderLogEntry> = {
  kind: 'reminderLog',
  listName: 'IntegrityReminderLog',
  refs: [],
  landingColumn: 'IdempotencyKey',
  decode(f: Fields, meta: DecodeMeta) {
    return decodeWith<ReminderLogEntry>(entrySchema, {
      id: meta.id,
      idempotencyKey: text(f, 'IdempotencyKey'),
      entityId: text(f, 'EntityId'),
      kind: f.ReminderKind,
      period: text(f, 'Period'),
      state: f.DeliveryState,
      attempts: numberOrNull(f, 'Attempts') ?? 0,
      activityId: textOrNull(f, 'ActivityId'),
      postedPrompt: textOrNull(f, 'PostedPrompt'),
      sentAt: dateTimeOrNull(f, 'SentAt'),
      lastError: textOrNull(f, 'LastError'),
    });
  },
  encode(value) {
    const e = value as unknown as Omit<ReminderLogEntry, 'id'>;
    return {
      Title: e.idempotencyKey,
      IdempotencyKey: e.idempotencyKey,
      EntityId: e.entityId,
      ReminderKind: e.kind,
      Period: e.period,
      DeliveryState: e.state,
      Attempts: e.attempts,
      ActivityId: e.activityId,
      PostedPrompt: e.postedPrompt,
      SentAt: e.sentAt,
      LastError: e.lastError,
    };
  },
};

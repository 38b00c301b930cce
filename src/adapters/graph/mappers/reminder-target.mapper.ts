import { z } from 'zod';
import {
  BOT_STATES,
  type BotInstallation,
  type ReminderTarget,
} from '../../../ports/reminder-target-store';
import { textOrNull, type Fields } from './field-codecs';
import type { DecodeMeta, DecodeResult, RecordCodec } from './mapper.types';
import { SETTINGS_CODEC } from './settings.mapper';

const conversationSchema = z.object({
  serviceUrl: z.url({ protocol: /^https?$/ }),
  tenantId: z.string().min(1),
  teamId: z.string().min(1),
  aadGroupId: z.string().min(1).nullable(),
  channelId: z.string().min(1),
});

function readConversation(f: Fields): DecodeResult<BotInstallation['conversation']> {
  const json = textOrNull(f, 'ConversationReference');
  if (json === null) return { ok: true, value: null };
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    // reason: JSON.parse throws SyntaxError on a hand-edited value; it is a field issue.
    return { ok: false, issues: [{ field: 'ConversationReference', message: 'not JSON' }] };
  }
  const checked = conversationSchema.safeParse(parsed);
  if (!checked.success) {
    const message = checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    return { ok: false, issues: [{ field: 'ConversationReference', message }] };
  }
  return { ok: true, value: checked.data };
}

/**
 * The settings item as the job and the bot read it: the entity's settings (`SETTINGS_CODEC`)
 * plus the bot's columns `BotState` and `ConversationReference`. Writes go the other way round:
 * only the bot's columns, so the bot never overwrites what a team owner set.
 */
export const REMINDER_TARGET_CODEC: RecordCodec<ReminderTarget> = {
  kind: 'settings',
  listName: 'IntegritySettings',
  refs: [],
  landingColumn: 'EntityId',
  decode(f: Fields, meta: DecodeMeta): DecodeResult<ReminderTarget> {
    const settings = SETTINGS_CODEC.decode(f, meta);
    const conversation = readConversation(f);
    const issues = [
      ...(settings.ok ? [] : settings.issues),
      ...(conversation.ok ? [] : conversation.issues),
    ];
    if (!settings.ok || !conversation.ok) return { ok: false, issues };
    // An empty choice (an item made before the column existed) reads as `unknown`.
    const state = z
      .enum(BOT_STATES)
      .catch('unknown')
      .parse(f.BotState ?? 'unknown');
    return {
      ok: true,
      value: { settings: settings.value, bot: { state, conversation: conversation.value } },
    };
  },
  encode(value) {
    const bot = (value as unknown as { bot: BotInstallation }).bot;
    return {
      BotState: bot.state,
      ConversationReference: bot.conversation === null ? null : JSON.stringify(bot.conversation),
    };
  },
};

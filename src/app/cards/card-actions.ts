import { z } from 'zod';
import { PROMPT_KEY_MAX, PROMPT_KEY_PATTERN } from '../../core/dialogue/prompt.types';

/*
 * The contract between the cards and the bot that handles their buttons. Ids are stable so a
 * test, a telemetry event or an updated card can refer to a button across versions; verbs are
 * what the bot's `adaptiveCard/action` handler switches on.
 */

export const CARD_ACTION_IDS = {
  openPlan: 'open-plan',
  snoozeReminder: 'snooze-reminder',
  markDiscussed: 'mark-discussed',
} as const;

export const CARD_VERBS = {
  markDiscussed: 'dialogue.discussed',
  snoozeReminder: 'reminder.snooze',
} as const;

export type CardVerb = (typeof CARD_VERBS)[keyof typeof CARD_VERBS];

/** Data of "Discussed in our team meeting": which prompt, which month, which entity. No person. */
export type DiscussedActionData = {
  readonly promptKey: string;
  readonly period: string;
  readonly entityId: string;
};

/** Data of "Snooze one month": the entity and the month of the reminder that was snoozed. */
export type SnoozeActionData = { readonly entityId: string; readonly period: string };

export type CardAction =
  | { readonly verb: typeof CARD_VERBS.markDiscussed; readonly data: DiscussedActionData }
  | { readonly verb: typeof CARD_VERBS.snoozeReminder; readonly data: SnoozeActionData };

const periodSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);
const entityIdSchema = z.string().min(1).max(200);

const discussedSchema = z.object({
  promptKey: z.string().max(PROMPT_KEY_MAX).regex(PROMPT_KEY_PATTERN),
  period: periodSchema,
  entityId: entityIdSchema,
});

const snoozeSchema = z.object({ period: periodSchema, entityId: entityIdSchema });

/**
 * Reads the verb and data of an `Action.Execute` invoke (`activity.value.action`) back into a
 * typed action, or null when it is not one of ours or its data is malformed. The invoke comes over
 * the network from a card anyone in the channel can press, so it is checked, never trusted; Teams
 * may add input values to `data`, which are dropped.
 */
export function parseCardAction(verb: unknown, data: unknown): CardAction | null {
  if (verb === CARD_VERBS.markDiscussed) {
    const parsed = discussedSchema.safeParse(data);
    return parsed.success ? { verb, data: parsed.data } : null;
  }
  if (verb === CARD_VERBS.snoozeReminder) {
    const parsed = snoozeSchema.safeParse(data);
    return parsed.success ? { verb, data: parsed.data } : null;
  }
  return null;
}

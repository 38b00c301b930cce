import { BUILT_IN_PROMPTS } from '../core/dialogue/prompt-library';
import { buildPromptPool } from '../core/dialogue/prompt-rotation';
import type { DialoguePrompt } from '../core/dialogue/prompt.types';
import { snoozedPauseUntil } from '../core/reminders/snooze';
import { brusselsDay, requireInstant } from '../core/schedule/brussels-time';
import { formatDay } from '../core/schedule/calendar-day';
import type { EntitySettings } from '../core/schedule/entity-settings.types';
import type { IsoDateTime } from '../core/shared/dates';
import type { CardActionReply, CardActionRequest } from '../ports/bot-activity';
import type { DialogueStore } from '../ports/dialogue-store';
import type { SettingsStore } from '../ports/settings-store';
import type { Stored, StoreError } from '../ports/store.types';
import { isInvalidRecord } from '../ports/store.types';
import { buildDiscussedResponseCard, buildSnoozedResponseCard } from './cards/card-updated.card';
import {
  CARD_VERBS,
  parseCardAction,
  type DiscussedActionData,
  type SnoozeActionData,
} from './cards/card-actions';
import { isInTeam } from './record-bot-installation';

export type CardActionContext = {
  readonly now: () => IsoDateTime;
  readonly settings: SettingsStore;
  readonly dialogue: DialogueStore;
  readonly tabDeepLink: (settings: EntitySettings) => string;
  /** The trusted prompt library; `BUILT_IN_PROMPTS` by default. */
  readonly prompts?: readonly DialoguePrompt[];
};

/** Conflicting writes (two presses at once) are re-read and tried again this many times. */
const MAX_WRITE_ATTEMPTS = 5;

function storeFailure(error: StoreError): CardActionReply {
  return error.code === 'STORE.CONFLICT'
    ? {
        kind: 'error',
        status: 409,
        code: 'BUSY',
        message: 'Someone else changed this at the same moment; press again.',
      }
    : {
        kind: 'error',
        status: 503,
        code: error.code,
        message: 'The team site could not be updated; try again later.',
      };
}

/**
 * Whether the press comes from the entity's own team: the card's data names the entity, but any
 * card can be copied or forged, so a press only acts on the entity whose channel (or team) it
 * came from.
 */
function fromEntityTeam(settings: EntitySettings, request: CardActionRequest): boolean {
  const channel = settings.reminderChannel;
  if (channel === null) return false;
  if (
    request.channelId !== null &&
    channel.channelId.toLowerCase() === request.channelId.toLowerCase()
  )
    return true;
  return (
    request.teamId !== null &&
    isInTeam(settings, { id: request.teamId, aadGroupId: request.aadGroupId, name: null })
  );
}

/**
 * "Discussed in our team meeting": adds one to the (entity, prompt) count with If-Match, creating
 * it at 1 the first time; on a concurrent press (409/412) it re-reads and adds again. Nothing about
 * who pressed is read or written: only the count and the Brussels day.
 */
async function countDiscussion(
  context: CardActionContext,
  settings: EntitySettings,
  data: DiscussedActionData,
): Promise<CardActionReply> {
  const custom = await context.dialogue.listCustomPrompts();
  if (!custom.ok) return storeFailure(custom.error);
  const pool = buildPromptPool({
    prompts: context.prompts ?? BUILT_IN_PROMPTS,
    customPrompts: custom.value,
  });
  const prompt = pool.prompts.find((p) => p.key === data.promptKey);
  if (prompt === undefined) {
    return {
      kind: 'error',
      status: 404,
      code: 'UNKNOWN_PROMPT',
      message: 'This prompt is no longer in the library.',
    };
  }
  const today = formatDay(brusselsDay(requireInstant(context.now(), 'now')));
  for (let attempt = 1; attempt <= MAX_WRITE_ATTEMPTS; attempt += 1) {
    const found = await context.dialogue.findDiscussedCount(settings.entityId, prompt.key);
    if (!found.ok) return storeFailure(found.error);
    const next = {
      entityId: settings.entityId,
      promptKey: prompt.key,
      discussedCount: (found.value?.value.discussedCount ?? 0) + 1,
      lastDiscussedOn: today,
    };
    const saved =
      found.value === null
        ? await context.dialogue.createDiscussedCount(next)
        : await context.dialogue.updateDiscussedCount(found.value.id, next, found.value.etag);
    if (saved.ok) {
      const card = buildDiscussedResponseCard(prompt, {
        locales: settings.languages,
        discussedCount: saved.value.value.discussedCount,
        promptPeriod: data.period,
        entityId: settings.entityId,
      });
      return { kind: 'card', card };
    }
    if (saved.error.code !== 'STORE.CONFLICT') return storeFailure(saved.error);
  }
  return storeFailure({ code: 'STORE.CONFLICT', kind: null, id: null, current: null });
}

/**
 * "Snooze one month": sets the entity's pause to the first day of the month after next
 * (`snoozedPauseUntil`), with If-Match; a concurrent edit of the settings is re-read and the
 * snooze applied to the new version.
 */
async function snooze(
  context: CardActionContext,
  first: Stored<EntitySettings>,
  data: SnoozeActionData,
): Promise<CardActionReply> {
  let current = first;
  for (let attempt = 1; attempt <= MAX_WRITE_ATTEMPTS; attempt += 1) {
    const settings = current.value;
    const pausedUntil = snoozedPauseUntil({
      now: context.now(),
      current: settings.cadence.pauseUntil,
    });
    const saved =
      pausedUntil === settings.cadence.pauseUntil
        ? ({ ok: true } as const)
        : await context.settings.saveSettings(
            { ...settings, cadence: { ...settings.cadence, pauseUntil: pausedUntil } },
            { id: current.id, etag: current.etag },
          );
    if (saved.ok) {
      const card = buildSnoozedResponseCard({
        locales: settings.languages,
        entityName: settings.name,
        period: data.period,
        pausedUntil,
        tabDeepLink: context.tabDeepLink(settings),
      });
      return { kind: 'card', card };
    }
    if (saved.error.code !== 'STORE.CONFLICT') return storeFailure(saved.error);
    const reread = await context.settings.loadSettings(settings.entityId);
    if (!reread.ok) return storeFailure(reread.error);
    if (reread.value === null || isInvalidRecord(reread.value)) {
      return {
        kind: 'error',
        status: 404,
        code: 'UNKNOWN_ENTITY',
        message: 'The entity’s settings are gone or unreadable.',
      };
    }
    current = reread.value;
  }
  return storeFailure({ code: 'STORE.CONFLICT', kind: 'settings', id: first.id, current: null });
}

/**
 * The bot's answer to an `Action.Execute` press on one of the monthly cards. The verb and data
 * are checked (`parseCardAction`), the entity must exist and the press must come from its team;
 * the answer is the updated card Teams shows in place of the pressed one, or an error.
 */
export async function handleCardAction(
  request: CardActionRequest,
  context: CardActionContext,
): Promise<CardActionReply> {
  const action = parseCardAction(request.verb, request.data);
  if (action === null) {
    return {
      kind: 'error',
      status: 400,
      code: 'BAD_ACTION',
      message: 'This button is not one the bot knows.',
    };
  }
  const loaded = await context.settings.loadSettings(action.data.entityId);
  if (!loaded.ok) return storeFailure(loaded.error);
  if (loaded.value === null || isInvalidRecord(loaded.value)) {
    return {
      kind: 'error',
      status: 404,
      code: 'UNKNOWN_ENTITY',
      message: 'The entity’s settings are gone or unreadable.',
    };
  }
  if (!fromEntityTeam(loaded.value.value, request)) {
    return {
      kind: 'error',
      status: 403,
      code: 'WRONG_TEAM',
      message: 'This card belongs to another team.',
    };
  }
  return action.verb === CARD_VERBS.markDiscussed
    ? countDiscussion(context, loaded.value.value, action.data)
    : snooze(context, loaded.value, action.data);
}

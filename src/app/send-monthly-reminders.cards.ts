import { choosePrompt, type PromptUse } from '../core/dialogue/prompt-rotation';
import type { DialoguePrompt } from '../core/dialogue/prompt.types';
import type { RejectedPrompt } from '../core/dialogue/prompt.validate';
import type { EntitySettings } from '../core/schedule/entity-settings.types';
import type { PeriodKey } from '../core/schedule/period-key';
import { reminderContent } from '../core/schedule/reminder-content';
import type { IsoDateTime } from '../core/shared/dates';
import type { EntityDashboardReader } from '../ports/dashboard-reader';
import type { DialogueStore } from '../ports/dialogue-store';
import type { StoreError } from '../ports/store.types';
import type { AdaptiveCardJson } from './cards/adaptive-card';
import { buildDialoguePromptCard } from './cards/dialogue-prompt.card';
import { buildPdcaReminderCard } from './cards/pdca-reminder.card';
import { loadEntityDashboard } from './load-entity-dashboard';

/** A card to post this month, a deliberate "nothing this month", or why it could not be built. */
export type PreparedCard =
  | { readonly kind: 'card'; readonly card: AdaptiveCardJson; readonly promptKey: string | null }
  | { readonly kind: 'none'; readonly reason: string; readonly detail: string | null }
  | { readonly kind: 'failed'; readonly reason: string; readonly detail: string };

/** A store failure in one line for the report. */
export function storeDetail(error: StoreError): string {
  return error.details?.reason === undefined
    ? error.code
    : `${error.code}: ${String(error.details.reason)}`;
}

/**
 * The PDCA reminder of the entity's current plan (`loadEntityDashboard` picks it), or `none` when
 * it has no plan or nothing to say this month.
 */
export async function prepareReminderCard(input: {
  readonly dashboards: EntityDashboardReader;
  readonly settings: EntitySettings;
  readonly now: IsoDateTime;
  readonly tabDeepLink: string;
}): Promise<PreparedCard> {
  const { settings } = input;
  const loaded = await loadEntityDashboard(input.dashboards, settings.entityId);
  if (!loaded.ok) return { kind: 'failed', reason: 'store', detail: storeDetail(loaded.error) };
  const plan = loaded.value.currentPlan;
  if (plan === null) return { kind: 'none', reason: 'no-plan', detail: null };
  const content = reminderContent({
    settings,
    period: plan.plan.value.identification,
    objectives: plan.objectives.map((o) => o.value),
    actions: plan.actions.map((a) => a.value),
    measurements: loaded.value.measurements.map((m) => m.value),
    now: input.now,
  });
  if (!content.ok) return { kind: 'failed', reason: 'invalid-data', detail: content.error.code };
  const card = buildPdcaReminderCard(content.value, {
    locales: settings.languages,
    tabDeepLink: input.tabDeepLink,
    entityName: settings.name,
  });
  return card.kind === 'card'
    ? { kind: 'card', card: card.card, promptKey: null }
    : { kind: 'none', reason: 'nothing-to-say', detail: null };
}

/**
 * The month's dialogue prompt (`choosePrompt`: one the team has not had for 12 months, the IMF
 * functions in balance) with the team's count of past discussions of it, or `none` when every
 * prompt was used. Also returns the added prompts the core could not use.
 */
export async function preparePromptCard(input: {
  readonly dialogue: DialogueStore;
  readonly settings: EntitySettings;
  readonly period: PeriodKey;
  readonly prompts: readonly DialoguePrompt[];
  readonly customPrompts: readonly unknown[];
  readonly history: readonly PromptUse[];
}): Promise<{ readonly card: PreparedCard; readonly rejected: readonly RejectedPrompt[] }> {
  const { settings, period } = input;
  const choice = choosePrompt({
    prompts: input.prompts,
    customPrompts: input.customPrompts,
    history: input.history,
    period,
    // Stable per team: the team's own order through the library.
    teamSeed: `${settings.entityId}\u0000${settings.reminderChannel?.channelId ?? ''}`,
  });
  if (!choice.ok) {
    return {
      card: { kind: 'failed', reason: 'invalid-data', detail: choice.error.code },
      rejected: [],
    };
  }
  const { rejected } = choice.value;
  if (choice.value.kind === 'exhausted') {
    const detail = `${choice.value.activePrompts} active prompts, all used in the last 12 months`;
    return { card: { kind: 'none', reason: 'prompts-exhausted', detail }, rejected };
  }
  const prompt = choice.value.prompt;
  const count = await input.dialogue.findDiscussedCount(settings.entityId, prompt.key);
  if (!count.ok) {
    return {
      card: { kind: 'failed', reason: 'store', detail: storeDetail(count.error) },
      rejected,
    };
  }
  const card = buildDialoguePromptCard(prompt, {
    locales: settings.languages,
    discussedCount: count.value?.value.discussedCount ?? 0,
    promptPeriod: period,
    entityId: settings.entityId,
  });
  return { card: { kind: 'card', card, promptKey: prompt.key }, rejected };
}

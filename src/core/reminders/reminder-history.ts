import type { PromptUse } from '../dialogue/prompt-rotation';
import type { CardKind } from '../schedule/idempotency-key';
import type { PeriodKey } from '../schedule/period-key';
import type { DeliveryState } from './delivery-decision';

/** What the schedule and the prompt rotation need of an entity's log rows. */
export type ReminderLogFacts = {
  readonly kind: CardKind;
  /** `YYYY-MM`. */
  readonly period: PeriodKey;
  readonly state: DeliveryState;
  /** The dialogue prompt's key, chosen before sending; null for reminders. */
  readonly postedPrompt: string | null;
};

/** States after which a month is done for a kind: posted, or deliberately not posted. */
const DONE_STATES: ReadonlySet<DeliveryState> = new Set(['sent', 'skipped']);

/**
 * The latest month in which a card of `kind` was posted or deliberately skipped: the
 * `lastPostedPeriod` of `reminderDue`. Other states (pending, failed, bot-removed) are not done:
 * the month stays due and the delivery decision says what to do with its row.
 */
export function lastCompletedPeriod(
  rows: readonly ReminderLogFacts[],
  kind: CardKind,
): PeriodKey | null {
  let latest: PeriodKey | null = null;
  for (const row of rows) {
    // `YYYY-MM` keys sort as months do.
    if (
      row.kind === kind &&
      DONE_STATES.has(row.state) &&
      (latest === null || row.period > latest)
    ) {
      latest = row.period;
    }
  }
  return latest;
}

/**
 * The team's prompt history for `choosePrompt`: every dialogue row that names a prompt, whatever
 * its state. A prompt that may have been posted (pending, unconfirmed) must not come back soon,
 * and this month's row, even a failed one, makes a retry post the same prompt again
 * (`already-chosen`).
 */
export function promptHistory(rows: readonly ReminderLogFacts[]): PromptUse[] {
  return rows
    .filter((row) => row.kind === 'dialogue-prompt' && row.postedPrompt !== null)
    .map((row) => ({ key: row.postedPrompt ?? '', period: row.period }));
}

import type { ImfFunction } from '../catalogue/catalogue.types';
import { err, ok } from '../shared/result';
import type { DialogueResult } from './dialogue.errors';
import { excerpt } from './prompt.schema';
import type { DialoguePrompt } from './prompt.types';
import type { RejectedPrompt } from './prompt.validate';
import { parseCustomPrompts } from './prompt.validate';
import { fnv1a32 } from './stable-hash';

/** A calendar month as `YYYY-MM` (Europe/Brussels), the period a monthly card is for. */
export type PromptPeriod = string;

/** One month's prompt for one team, as the posting log remembers it. */
export type PromptUse = { readonly key: string; readonly period: PromptPeriod };

/**
 * A prompt is not posted again to the same team within this many months: one used in any of the
 * previous 11 months (or already this month) is left out, so it can return in month 13 at the
 * earliest. Users of earlier Teams tools asked for "no repeated content" (Icebreaker #56).
 */
export const NO_REPEAT_MONTHS = 12;

/** How far back the rotation looks to balance the four IMF functions. */
export const BALANCE_WINDOW_MONTHS = 12;

export type ChoosePromptInput = {
  /** The trusted library, normally `BUILT_IN_PROMPTS`; keys must be unique. */
  readonly prompts: readonly DialoguePrompt[];
  /** Prompts the entity or the AIG added, as read from their list; each row is validated. */
  readonly customPrompts?: readonly unknown[];
  /**
   * The prompts this team already received. Pass all of it when possible: with a full history a
   * team goes through the whole pool before meeting a prompt again, not only 12 months apart.
   */
  readonly history: readonly PromptUse[];
  /** The month to choose for, `YYYY-MM`. */
  readonly period: PromptPeriod;
  /** Stable per team (e.g. the entity id plus the channel id): it decides the team's own order. */
  readonly teamSeed: string;
  /** A function to favour this month (a theme the commander chose), when it has a fresh prompt. */
  readonly preferFunction?: ImfFunction;
};

/**
 * Why a prompt was chosen: the one already recorded for this month (a re-run gives the same card),
 * the preferred function, or the function least used in the last 12 months.
 */
export type ChoiceBasis = 'already-chosen' | 'preferred-function' | 'least-used-function';

export type PromptChoice =
  | {
      readonly kind: 'chosen';
      readonly prompt: DialoguePrompt;
      readonly basis: ChoiceBasis;
      /** Added prompts that were skipped, to report to whoever curates the list. */
      readonly rejected: readonly RejectedPrompt[];
    }
  | {
      /** Every active prompt was used in the last 12 months: the pool needs more prompts. */
      readonly kind: 'exhausted';
      readonly activePrompts: number;
      readonly rejected: readonly RejectedPrompt[];
    };

/** The prompts a team's rotation may draw from, and the added prompts that were skipped. */
export type PromptPool = {
  readonly prompts: readonly DialoguePrompt[];
  readonly rejected: readonly RejectedPrompt[];
};

const PERIOD_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** `YYYY-MM` as a count of months since year 0, so month arithmetic is plain subtraction. */
function monthIndex(value: string, field: string): DialogueResult<number> {
  const match = PERIOD_PATTERN.exec(value);
  if (match === null) return err('DIALOGUE.INVALID_PERIOD', { field, value: excerpt(value) });
  return ok(Number(match[1]) * 12 + Number(match[2]) - 1);
}

/**
 * The active prompts of a team's pool: the trusted library first, then the valid added prompts
 * whose keys are still free. Inactive prompts are left out here, after the duplicate check, so a
 * retired prompt keeps its key reserved. A duplicate key within `prompts` is a programming fault
 * (the library is tested for it) and throws.
 */
export function buildPromptPool({
  prompts,
  customPrompts = [],
}: Pick<ChoosePromptInput, 'prompts' | 'customPrompts'>): PromptPool {
  const keys = new Set<string>();
  for (const prompt of prompts) {
    if (keys.has(prompt.key)) {
      throw new RangeError(`duplicate prompt key in the library: ${prompt.key}`);
    }
    keys.add(prompt.key);
  }
  const custom = parseCustomPrompts(customPrompts, keys);
  return {
    prompts: [...prompts, ...custom.prompts].filter((prompt) => prompt.status === 'active'),
    rejected: custom.rejected,
  };
}

/** A use with its month resolved; uses after the requested month are ignored by the caller. */
type DatedUse = { readonly key: string; readonly month: number };

function datedHistory(history: readonly PromptUse[]): DialogueResult<readonly DatedUse[]> {
  const dated: DatedUse[] = [];
  for (const [index, use] of history.entries()) {
    const month = monthIndex(use.period, `history[${index}].period`);
    if (!month.ok) return month;
    dated.push({ key: use.key, month: month.value });
  }
  return ok(dated);
}

/** How often each function was posted in the balance window, from the keys the pool still knows. */
function functionUse(
  uses: readonly DatedUse[],
  byKey: ReadonlyMap<string, DialoguePrompt>,
  current: number,
): Readonly<Record<ImfFunction, number>> {
  const counts: Record<ImfFunction, number> = { determine: 0, guide: 0, monitor: 0, enforce: 0 };
  for (const use of uses) {
    const fn = byKey.get(use.key)?.function;
    if (fn !== undefined && use.month >= current - BALANCE_WINDOW_MONTHS && use.month < current) {
      counts[fn] += 1;
    }
  }
  return counts;
}

/**
 * Chooses the integrity-dialogue prompt for one team and one month. Pure and deterministic: the
 * same inputs always give the same prompt, and no randomness or clock is involved.
 *
 * 1. If the history already records a prompt of the pool for this month, that prompt is returned
 *    again, so a job that re-runs after recording its choice posts the same card.
 * 2. Prompts used in the last {@link NO_REPEAT_MONTHS} months (this one included) are left out, as
 *    are inactive prompts and invalid added rows (reported in `rejected`). Nothing left: exhausted.
 * 3. Among the rest, the preferred function if it has a candidate; otherwise the functions least
 *    used in the last {@link BALANCE_WINDOW_MONTHS} months, to keep the four IMF functions in
 *    balance.
 * 4. Then the least recently used prompt (never used first), and among equals the lowest FNV-1a
 *    hash of team seed, month and key: each team gets its own order, and a team whose history
 *    was trimmed still sees the whole pool over time instead of the same few prompts.
 *
 * History entries after `period` are ignored. A malformed month in `period` or the history, or an
 * empty team seed, is a business error.
 */
export function choosePrompt(input: ChoosePromptInput): DialogueResult<PromptChoice> {
  const { history, period, teamSeed, preferFunction } = input;
  if (teamSeed.trim() === '') return err('DIALOGUE.INVALID_TEAM_SEED');
  const current = monthIndex(period, 'period');
  if (!current.ok) return current;
  const dated = datedHistory(history);
  if (!dated.ok) return dated;

  const { prompts: pool, rejected } = buildPromptPool(input);
  const byKey = new Map(pool.map((prompt) => [prompt.key, prompt]));
  const uses = dated.value.filter((use) => use.month <= current.value);

  const recorded = uses
    .filter((use) => use.month === current.value)
    .map((use) => byKey.get(use.key))
    .find((prompt) => prompt !== undefined);
  if (recorded !== undefined) {
    return ok({ kind: 'chosen', prompt: recorded, basis: 'already-chosen', rejected });
  }

  const lastUse = new Map<string, number>();
  for (const use of uses) {
    lastUse.set(use.key, Math.max(use.month, lastUse.get(use.key) ?? use.month));
  }
  const firstAllowed = current.value - (NO_REPEAT_MONTHS - 1);
  const eligible = pool.filter(
    (prompt) => (lastUse.get(prompt.key) ?? Number.NEGATIVE_INFINITY) < firstAllowed,
  );
  if (eligible.length === 0) {
    return ok({ kind: 'exhausted', activePrompts: pool.length, rejected });
  }

  let candidates = eligible.filter((prompt) => prompt.function === preferFunction);
  let basis: ChoiceBasis = 'preferred-function';
  if (candidates.length === 0) {
    const counts = functionUse(uses, byKey, current.value);
    const countOf = (prompt: DialoguePrompt): number => counts[prompt.function];
    const least = Math.min(...eligible.map(countOf));
    candidates = eligible.filter((prompt) => countOf(prompt) === least);
    basis = 'least-used-function';
  }

  // Least recently used first (never used counts as oldest), then the team's hash order; a hash
  // collision keeps pool order, which is itself deterministic.
  const ranked = candidates.map((prompt) => ({
    prompt,
    lastUsed: lastUse.get(prompt.key) ?? Number.NEGATIVE_INFINITY,
    hash: fnv1a32(`${teamSeed}\u0000${period}\u0000${prompt.key}`),
  }));
  const best = ranked.reduce((a, b) =>
    b.lastUsed < a.lastUsed || (b.lastUsed === a.lastUsed && b.hash < a.hash) ? b : a,
  );
  return ok({ kind: 'chosen', prompt: best.prompt, basis, rejected });
}

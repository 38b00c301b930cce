import type { ImfFunction } from '../../catalogue/catalogue.types';
import type { LocalizedText } from '../../shared/locale';
import type { ChoosePromptInput, PromptUse } from '../prompt-rotation';
import { choosePrompt } from '../prompt-rotation';
import type { DialoguePrompt } from '../prompt.types';

/** A short text in all four languages, distinct per language. */
export function localized(label: string): LocalizedText {
  return { nl: `${label} (nl)`, fr: `${label} (fr)`, de: `${label} (de)`, en: `${label} (en)` };
}

/** A valid prompt for rotation tests. */
export function makePrompt(
  key: string,
  fn: ImfFunction,
  overrides: Partial<DialoguePrompt> = {},
): DialoguePrompt {
  return {
    key,
    function: fn,
    vulnerableProcess: 'gifts-and-hospitality',
    kind: 'dilemma',
    title: localized(`Title ${key}`),
    text: localized(`Text ${key}`),
    tips: [localized(`Tip 1 ${key}`), localized(`Tip 2 ${key}`)],
    source: 'built-in',
    status: 'active',
    ...overrides,
  };
}

/** `count` prompts of one function, keyed `<prefix>-1`, `<prefix>-2`, … */
export function promptsOf(prefix: string, fn: ImfFunction, count: number): DialoguePrompt[] {
  return Array.from({ length: count }, (_, i) => makePrompt(`${prefix}-${i + 1}`, fn));
}

/** A SharePoint row as the adapter maps it: a valid entity prompt unless overridden. */
export function customRow(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    key: 'zone-dilemma-1',
    function: 'guide',
    vulnerableProcess: 'social-media',
    kind: 'question',
    title: localized('Own title'),
    text: localized('Own text'),
    tips: [localized('Own tip 1'), localized('Own tip 2')],
    source: 'entity',
    status: 'active',
    ...overrides,
  };
}

/** `count` consecutive months from `start` (`YYYY-MM`). */
export function monthsFrom(start: string, count: number): string[] {
  const [year, month] = start.split('-').map(Number) as [number, number];
  return Array.from({ length: count }, (_, i) => {
    const index = year * 12 + (month - 1) + i;
    return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
  });
}

/**
 * Runs the rotation month after month, feeding each choice back as history, the way the job does.
 * Returns the history; an exhausted month is recorded as `null` and adds nothing to the history.
 */
export function simulate(
  input: Omit<ChoosePromptInput, 'history' | 'period' | 'preferFunction'> & {
    readonly start: string;
    readonly months: number;
    readonly history?: readonly PromptUse[];
    readonly preferences?: readonly (ImfFunction | undefined)[];
  },
): { readonly history: PromptUse[]; readonly picks: (string | null)[] } {
  const history: PromptUse[] = [...(input.history ?? [])];
  const picks: (string | null)[] = [];
  monthsFrom(input.start, input.months).forEach((period, i) => {
    const preferFunction = input.preferences?.[i];
    const result = choosePrompt({
      prompts: input.prompts,
      ...(input.customPrompts === undefined ? {} : { customPrompts: input.customPrompts }),
      history,
      period,
      teamSeed: input.teamSeed,
      ...(preferFunction === undefined ? {} : { preferFunction }),
    });
    if (!result.ok) throw new Error(`unexpected error ${result.error.code}`);
    if (result.value.kind === 'exhausted') {
      picks.push(null);
    } else {
      picks.push(result.value.prompt.key);
      history.push({ key: result.value.prompt.key, period });
    }
  });
  return { history, picks };
}

import { Template } from 'adaptivecards-templating';
import { PROMPT_KIND_LABELS, VULNERABLE_PROCESS_LABELS } from '../../core/dialogue/prompt.labels';
import { PROMPT_TEXT_MAX, PROMPT_TIPS_MAX, PROMPT_TIP_MAX } from '../../core/dialogue/prompt.types';
import type { DialoguePrompt } from '../../core/dialogue/prompt.types';
import type { Locale } from '../../core/shared/locale';
import { buttonTitle, expandCard, requireWithinBudget } from './adaptive-card';
import type { AdaptiveCardJson, CardLocales, CardTextItem } from './adaptive-card';
import { CARD_ACTION_IDS, CARD_VERBS } from './card-actions';
import type { DiscussedActionData } from './card-actions';
import { formatCardMonth, formatLabel } from './card-format';
import { cardText, dataText, plainLine, truncate } from './card-text';
import { IMF_FUNCTION_LABELS } from './cards.labels';
import template from './dialogue-prompt.template.json';

export type DialoguePromptCardOptions = {
  readonly locales: CardLocales;
  /** How often this team has marked this prompt discussed so far: a count, never names. */
  readonly discussedCount: number;
  /** The month the prompt is posted for, `YYYY-MM`. */
  readonly promptPeriod: string;
  readonly entityId: string;
};

/** What the prompt card and its "discussed" update share in one language. */
export type PromptHeader = {
  readonly heading: string;
  readonly tags: string;
  readonly title: string;
  readonly paragraphs: readonly CardTextItem[];
};

/** What one language column of the prompt card shows. */
export type PromptColumn = PromptHeader & {
  readonly separator: boolean;
  readonly tipsHeading: string;
  readonly tips: readonly CardTextItem[];
  readonly discussed: { readonly show: boolean; readonly text: string };
  readonly privacy: string;
};

/** The data bound to `dialogue-prompt.template.json`. */
export type DialoguePromptCardData = {
  readonly columns: readonly PromptColumn[];
  readonly markDiscussed: {
    readonly id: string;
    readonly title: string;
    readonly verb: string;
    readonly data: DiscussedActionData;
  };
};

const promptTemplate = new Template(template);

/*
 * A prompt text may have paragraphs (blank lines; an entity's own prompt may). Beyond this many,
 * the rest joins the last one, so a text of many short lines cannot grow the card by a TextBlock
 * per line.
 */
const MAX_PARAGRAPHS = 6;

function promptParagraphs(text: string): CardTextItem[] {
  const paragraphs = truncate(text.trim(), PROMPT_TEXT_MAX)
    .split(/\n\s*\n/)
    .map(plainLine)
    .filter((paragraph) => paragraph !== '');
  const kept = paragraphs.slice(0, MAX_PARAGRAPHS - 1);
  const rest = paragraphs.slice(MAX_PARAGRAPHS - 1).join(' ');
  return [...kept, ...(rest === '' ? [] : [rest])].map((paragraph) => ({
    text: cardText(paragraph),
  }));
}

/** Heading, tags, title and text of a prompt in one language, escaped for the card. */
export function promptHeader(
  locale: Locale,
  prompt: DialoguePrompt,
  promptPeriod: string,
): PromptHeader {
  return {
    heading: cardText(
      formatLabel(locale, 'dialogueHeading', { month: formatCardMonth(locale, promptPeriod) }),
    ),
    tags: cardText(
      formatLabel(locale, 'promptTags', {
        kind: PROMPT_KIND_LABELS[prompt.kind][locale],
        function: IMF_FUNCTION_LABELS[prompt.function][locale],
        process: VULNERABLE_PROCESS_LABELS[prompt.vulnerableProcess][locale],
      }),
    ),
    title: cardText(dataText(prompt.title[locale])),
    paragraphs: promptParagraphs(prompt.text[locale]),
  };
}

/** A count of discussions: a whole number, zero or more. */
export function requireDiscussedCount(count: number): number {
  if (!Number.isSafeInteger(count) || count < 0) {
    throw new RangeError(`discussedCount must be a whole number ≥ 0, got ${count}`);
  }
  return count;
}

function promptColumn(
  locale: Locale,
  index: number,
  prompt: DialoguePrompt,
  options: DialoguePromptCardOptions,
): PromptColumn {
  const count = requireDiscussedCount(options.discussedCount);
  return {
    separator: index > 0,
    ...promptHeader(locale, prompt, options.promptPeriod),
    tipsHeading: cardText(formatLabel(locale, 'tipsHeading')),
    tips: prompt.tips.slice(0, PROMPT_TIPS_MAX).map((tip) => ({
      text: cardText(
        formatLabel(locale, 'tipItem', { tip: dataText(tip[locale], PROMPT_TIP_MAX) }),
      ),
    })),
    discussed: {
      show: count > 0,
      text: count > 0 ? cardText(formatLabel(locale, 'discussedSoFar', { count })) : '',
    },
    privacy: cardText(formatLabel(locale, 'privacyNote')),
  };
}

/** The data for the prompt template. */
export function dialoguePromptCardData(
  prompt: DialoguePrompt,
  options: DialoguePromptCardOptions,
): DialoguePromptCardData {
  const { locales } = options;
  return {
    columns: locales.map((locale, index) => promptColumn(locale, index, prompt, options)),
    markDiscussed: {
      id: CARD_ACTION_IDS.markDiscussed,
      title: buttonTitle(locales, 'markDiscussed'),
      verb: CARD_VERBS.markDiscussed,
      data: { promptKey: prompt.key, period: options.promptPeriod, entityId: options.entityId },
    },
  };
}

/**
 * The monthly integrity-dialogue card: the prompt, tips for whoever leads the talk, and one button
 * the team presses once it has discussed it. Built-in and entity-added prompts are treated alike:
 * all their text is escaped. Its content is bounded (title, text and tips are cut to the prompt
 * limits), so the card always fits the budget; a card over it is a fault and throws.
 */
export function buildDialoguePromptCard(
  prompt: DialoguePrompt,
  options: DialoguePromptCardOptions,
): AdaptiveCardJson {
  const card = expandCard(promptTemplate, dialoguePromptCardData(prompt, options));
  return requireWithinBudget(card, 'dialogue prompt');
}

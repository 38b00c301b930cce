import { Template } from 'adaptivecards-templating';
import type { DialoguePrompt } from '../../core/dialogue/prompt.types';
import type { IsoDate } from '../../core/shared/dates';
import { buttonTitle, expandCard, requireHttpsUrl, requireWithinBudget } from './adaptive-card';
import type { AdaptiveCardJson, CardLocales, CardTextItem } from './adaptive-card';
import { CARD_ACTION_IDS } from './card-actions';
import { formatCardDate, formatCardMonth, formatLabel } from './card-format';
import { cardText, dataText } from './card-text';
import template from './card-updated.template.json';
import { promptHeader, requireDiscussedCount } from './dialogue-prompt.card';
import type { DialoguePromptCardOptions } from './dialogue-prompt.card';

/*
 * The cards the bot returns from an `Action.Execute` invoke; Teams puts them in place of the card
 * whose button was pressed, for everyone in the channel. They carry no Execute button, so the same
 * card cannot count a discussion twice or snooze twice.
 */

type Shown = { readonly show: boolean; readonly text: string };

/** What one language column of an updated card shows. */
export type UpdatedColumn = {
  readonly separator: boolean;
  readonly heading: string;
  readonly tags: Shown;
  readonly title: Shown;
  readonly paragraphs: readonly CardTextItem[];
  readonly status: string;
};

/** The data bound to `card-updated.template.json`. */
export type UpdatedCardData = {
  readonly entityName: Shown;
  readonly columns: readonly UpdatedColumn[];
  readonly openPlan: {
    readonly show: boolean;
    readonly id: string;
    readonly title: string;
    readonly url: string;
  };
};

const updatedTemplate = new Template(template);

const HIDDEN: Shown = { show: false, text: '' };
const NO_OPEN_PLAN: UpdatedCardData['openPlan'] = { show: false, id: '', title: '', url: '' };

/**
 * The prompt card once the team pressed "Discussed in our team meeting": the same prompt (without
 * the facilitation tips, their moment is past) and "Discussed ✓ — N times in this team", where N is
 * the team's new total as the bot counted it.
 */
export function buildDiscussedResponseCard(
  prompt: DialoguePrompt,
  options: DialoguePromptCardOptions,
): AdaptiveCardJson {
  const count = requireDiscussedCount(options.discussedCount);
  const data: UpdatedCardData = {
    entityName: HIDDEN,
    columns: options.locales.map((locale, index) => {
      const header = promptHeader(locale, prompt, options.promptPeriod);
      return {
        separator: index > 0,
        heading: header.heading,
        tags: { show: true, text: header.tags },
        title: { show: true, text: header.title },
        paragraphs: header.paragraphs,
        status: cardText(formatLabel(locale, 'discussedStatus', { count })),
      };
    }),
    openPlan: NO_OPEN_PLAN,
  };
  return requireWithinBudget(expandCard(updatedTemplate, data), 'discussed response');
}

export type SnoozedResponseCardOptions = {
  readonly locales: CardLocales;
  readonly entityName: string;
  /** The month of the reminder that was snoozed, `YYYY-MM`. */
  readonly period: string;
  /** The first day a reminder may be posted again (the entity's new `pauseUntil`). */
  readonly pausedUntil: IsoDate;
  readonly tabDeepLink: string;
};

/**
 * The reminder card once someone pressed "Snooze one month": when the next reminder comes, and
 * the button to open the plan, which stays useful.
 */
export function buildSnoozedResponseCard(options: SnoozedResponseCardOptions): AdaptiveCardJson {
  const { locales } = options;
  const data: UpdatedCardData = {
    entityName: { show: true, text: cardText(dataText(options.entityName)) },
    columns: locales.map((locale, index) => ({
      separator: index > 0,
      heading: cardText(
        formatLabel(locale, 'reminderHeading', { month: formatCardMonth(locale, options.period) }),
      ),
      tags: HIDDEN,
      title: HIDDEN,
      paragraphs: [],
      status: cardText(
        formatLabel(locale, 'snoozedStatus', {
          date: formatCardDate(locale, options.pausedUntil),
        }),
      ),
    })),
    openPlan: {
      show: true,
      id: CARD_ACTION_IDS.openPlan,
      title: buttonTitle(locales, 'openPlan'),
      url: requireHttpsUrl(options.tabDeepLink, 'tabDeepLink'),
    },
  };
  return requireWithinBudget(expandCard(updatedTemplate, data), 'snoozed response');
}

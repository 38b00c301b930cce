import { GlobalSettings } from 'adaptivecards-templating';
import type { Template } from 'adaptivecards-templating';
import type { Locale } from '../../core/shared/locale';
import { formatLabel } from './card-format';
import type { CardLabelKey } from './cards.labels';

/**
 * Teams renders Adaptive Cards up to schema 1.5 in bot messages; Action.Execute needs ≥ 1.4.
 *
 * The templates set no card `lang`: it only localises `{{DATE()}}`/`{{TIME()}}` text functions,
 * which the cards do not use (dates are formatted when the card is built), a bilingual card has
 * two languages anyway, and `adaptivecards` 3.0.6 checks `lang` with a global regular expression
 * whose `lastIndex` makes every second parse report "Invalid value" (the emulator's channel page
 * renders with that library).
 */
export const CARD_VERSION = '1.5';
export const ADAPTIVE_CARD_SCHEMA = 'http://adaptivecards.io/schemas/adaptive-card.json';

/**
 * Teams refuses messages over 28 KB and people report failures from about 21 KB on; a card stays
 * at or under 24 KB as UTF-8 JSON, which leaves room for the activity envelope around it.
 */
export const CARD_SIZE_BUDGET_BYTES = 24 * 1024;

/** The card languages of an entity: one, or two side by side for a bilingual entity. */
export type CardLocales = readonly [Locale] | readonly [Locale, Locale];

/** A card as posted: the JSON object Teams receives as the attachment content. */
export type AdaptiveCardJson = {
  readonly $schema: typeof ADAPTIVE_CARD_SCHEMA;
  readonly type: 'AdaptiveCard';
  readonly version: typeof CARD_VERSION;
  readonly body: readonly unknown[];
  readonly actions?: readonly unknown[];
  readonly [property: string]: unknown;
};

/** One line of text on a card, already escaped (see `card-text.ts`); lists bind to these. */
export type CardTextItem = { readonly text: string };

/** A card to post, or the decision to post nothing this month. */
export type CardResult =
  { readonly kind: 'card'; readonly card: AdaptiveCardJson } | { readonly kind: 'no-card' };

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The size Teams counts: the card as UTF-8 JSON. */
export function cardSizeBytes(card: unknown): number {
  let bytes = 0;
  for (const character of JSON.stringify(card)) {
    const codePoint = character.codePointAt(0) ?? 0;
    bytes += codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/**
 * Binds typed data to a template. The data is given to the engine as `$root`, so every value is
 * bound as a value: text that looks like `${expression}` in a title is copied, never evaluated.
 * A binding the data does not provide is a programming fault here, not a card with `${name}` on
 * it (the engine's default), so the substitution hook is set for this one synchronous call.
 */
export function expandCard(template: Template, data: object): AdaptiveCardJson {
  const missing: string[] = [];
  const previous = GlobalSettings.getUndefinedFieldValueSubstitutionString;
  GlobalSettings.getUndefinedFieldValueSubstitutionString = (path) => {
    missing.push(path);
    return '';
  };
  let expanded: unknown;
  try {
    expanded = template.expand({ $root: data });
  } finally {
    if (previous === undefined) delete GlobalSettings.getUndefinedFieldValueSubstitutionString;
    else GlobalSettings.getUndefinedFieldValueSubstitutionString = previous;
  }
  if (missing.length > 0) {
    throw new Error(`card template bindings without data: ${missing.join(', ')}`);
  }
  if (
    !isRecord(expanded) ||
    expanded.type !== 'AdaptiveCard' ||
    expanded.version !== CARD_VERSION ||
    expanded.$schema !== ADAPTIVE_CARD_SCHEMA ||
    !Array.isArray(expanded.body)
  ) {
    throw new Error('card template did not expand to an Adaptive Card 1.5');
  }
  return expanded as AdaptiveCardJson;
}

/** One label per card language, joined: a button on a bilingual card reads "Open het plan / Ouvrir le plan". */
export function buttonTitle(locales: CardLocales, key: CardLabelKey): string {
  return locales.map((locale) => formatLabel(locale, key)).join(' / ');
}

const HTTPS_URL = /^https:\/\/[^\s]+$/;

/** The tab deep link must be an https URL; anything else is a configuration fault. */
export function requireHttpsUrl(url: string, what: string): string {
  if (!HTTPS_URL.test(url)) throw new RangeError(`${what} must be an https URL`);
  return url;
}

/** Throws when a card is over the budget: only for cards whose content is bounded by design. */
export function requireWithinBudget(card: AdaptiveCardJson, what: string): AdaptiveCardJson {
  const size = cardSizeBytes(card);
  if (size > CARD_SIZE_BUDGET_BYTES) {
    throw new Error(`${what} card is ${size} bytes, over the ${CARD_SIZE_BUDGET_BYTES} budget`);
  }
  return card;
}

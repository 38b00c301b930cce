import * as AC from 'adaptivecards';
import { expect } from 'vitest';
import { CARD_SIZE_BUDGET_BYTES, cardSizeBytes } from '../adaptive-card';
import { markdownToHtml } from './markdown-double';

/** What a test needs to know of a card: the renderer's complaints, its size and its DOM. */
export type CheckedCard = {
  readonly parseEvents: readonly string[];
  readonly validationEvents: readonly string[];
  readonly sizeBytes: number;
  readonly element: HTMLElement;
  /** The rendered text, without the invisible zero-width spaces the escaping inserts. */
  readonly text: string;
};

/*
 * The renderer has no markdown step of its own (it would show the backslashes); Teams has one.
 * The double stands in for it, so the rendered text is what a reader in Teams sees.
 */
AC.AdaptiveCard.onProcessMarkdown = (text, result) => {
  result.outputHtml = markdownToHtml(text);
  result.didProcess = true;
};

/** Parses, validates and renders a card JSON with the `adaptivecards` renderer (needs a DOM). */
export function checkCard(json: unknown): CheckedCard {
  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  card.parse(json, context);
  const parseEvents = Array.from(
    { length: context.eventCount },
    (_, index) => context.getEventAt(index).message,
  );
  const validationEvents = card.validateProperties().validationEvents.map((event) => event.message);
  const element = card.render();
  if (element === undefined) throw new Error('the card did not render');
  document.body.replaceChildren(element);
  return {
    parseEvents,
    validationEvents,
    sizeBytes: cardSizeBytes(json),
    element,
    text: element.textContent.replaceAll('\u200B', ''),
  };
}

/** Elements a markdown step would create: none may come from data. */
export const MARKUP_SELECTOR =
  'a, strong, b, em, i, h1, h2, h3, h4, h5, h6, ul, ol, li, img, code, del, blockquote, hr, script, iframe';

/** The titles of the rendered buttons, in order. */
export function buttonTitles(element: HTMLElement): string[] {
  return Array.from(element.querySelectorAll('button'), (button) => button.textContent);
}

/**
 * Checks what every card the project posts must satisfy, and returns the rendered card: no parse
 * and no validation events from the `adaptivecards` renderer, at most 24 KB as UTF-8 JSON, no
 * `${` binding left unexpanded.
 */
export function expectCleanCard(json: unknown): CheckedCard {
  const checked = checkCard(json);
  expect(checked.parseEvents).toEqual([]);
  expect(checked.validationEvents).toEqual([]);
  expect(checked.sizeBytes).toBeLessThanOrEqual(CARD_SIZE_BUDGET_BYTES);
  expect(JSON.stringify(json)).not.toContain('${');
  expect(checked.element.querySelectorAll(MARKUP_SELECTOR)).toHaveLength(0);
  return checked;
}

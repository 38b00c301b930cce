/*
 * Text that goes into an Adaptive Card TextBlock. Teams runs every TextBlock through its markdown
 * subset (bold, italic, lists, links) and through the Adaptive Card text functions
 * (`{{DATE(…)}}`, `{{TIME(…)}}`), and its clients turn bare URLs into links. Titles, owners and
 * prompts come from SharePoint lists that people type into, so none of that may fire on them.
 *
 * Every TextBlock text the cards produce goes through `cardText` (labels included, so a date like
 * "14. März" or a label that starts with a number cannot turn into a list either). Three steps:
 *
 * 1. `plainLine`: control and bidirectional-override characters are removed (they can make a title
 *    read differently from what it is), white space and line breaks collapse to one space; a
 *    TextBlock shows one paragraph, so there is no line start inside a value to abuse.
 * 2. `escapeMarkdown`: CommonMark backslash escapes, which Teams desktop and web apply, for every
 *    character the markdown subset could read as syntax (see MARKDOWN_SPECIALS), for a number
 *    followed by `.` at the start of a line (ordered list), and for `&` that starts a character
 *    reference (`&lt;` would otherwise show as `<`).
 * 3. `neutraliseLinksAndExpressions`: a ZERO WIDTH SPACE (U+200B, invisible, not white space to a
 *    URL matcher) goes after the `:` of `://`, after a `.` that follows a letter or digit and is
 *    not followed by white space (so `www.example.be`, `evil.com` or `a@b.be` no longer look like
 *    a host name; the full stop that ends a sentence is left alone), between `$` and `{`
 *    and between `{` and `{`. Link detectors then see no scheme and no domain, and neither the
 *    templating engine (`${…}`) nor the card text functions (`{{DATE(…)}}`) see an expression.
 *    The reader sees the same text; only a copy-pasted URL no longer works, which is the point.
 *
 * Known platform gap: older Teams mobile builds showed the backslashes instead of removing them
 * (fixed in Teams-AdaptiveCards-Mobile for Android in 2023 and iOS in 2024). That fails safe: the
 * reader sees `\*`, never bold text or a link.
 */

/**
 * Characters the markdown subset (and CommonMark) may read as syntax, and `&` where it starts a
 * character reference (`&lt;`, `&#60;`, `&#x3C;` would be decoded): each gets a backslash. One
 * pass, so the backslash added before one character is never escaped again.
 */
const MARKDOWN_SPECIALS = /[\\`*_[\]()#+\-!<>~|]|&(?=#?[0-9A-Za-z]+;)/g;
/** A number, `.` and a space at a line start would become an ordered list ("2027. Year of…"). */
const ORDERED_LIST_START = /^(\s*\d+)\.(?=\s|$)/gm;

const ZERO_WIDTH_SPACE = '\u200B';
const SCHEME_SEPARATOR = /:(?=\/\/)/g;
const DOT_IN_A_WORD = /(?<=[\p{L}\p{N}])\.(?=\S)/gu;
const TEMPLATE_EXPRESSION_START = /\$(?=\{)/g;
const TEXT_FUNCTION_START = /\{(?=\{)/g;

/*
 * C0 and C1 controls except the white space ones (tab, line breaks, which become spaces), the
 * bidirectional embeddings, overrides and isolates, and the zero-width characters and BOM a value
 * may already carry (they would hide what this module inserts on purpose).
 */
const INVISIBLE_OR_CONTROL =
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;

/** Ends a shortened text. */
export const ELLIPSIS = '…';

/** Titles (actions, objectives, prompts, the entity) are cut after this many characters. */
export const TITLE_MAX_CHARACTERS = 120;
/** People's display names are cut after this many characters. */
export const NAME_MAX_CHARACTERS = 60;

/** One line of plain text: no control characters, white space collapsed, trimmed. */
export function plainLine(value: string): string {
  return value.replace(INVISIBLE_OR_CONTROL, '').replace(/\s+/g, ' ').trim();
}

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/*
 * The limit in UTF-16 units per character allowed: room for emoji sequences (a police officer
 * with a skin tone is 7 units), while a single grapheme made of hundreds of combining marks cannot
 * blow up the card size.
 */
const UNITS_PER_CHARACTER = 4;

/**
 * Shortens a text to at most `maxCharacters` user-perceived characters (graphemes, so an emoji or
 * an accented letter stays whole), ending with an ellipsis when it was cut.
 */
export function truncate(value: string, maxCharacters: number): string {
  const maxUnits = maxCharacters * UNITS_PER_CHARACTER;
  let kept = '';
  let count = 0;
  for (const { segment } of graphemes.segment(value)) {
    if (count === maxCharacters || kept.length + segment.length > maxUnits) {
      // Room for the ellipsis: drop the last character kept, and a space before the ellipsis.
      const shortened = Array.from(graphemes.segment(kept), (part) => part.segment)
        .slice(0, -1)
        .join('')
        .trimEnd();
      return `${shortened}${ELLIPSIS}`;
    }
    kept += segment;
    count += 1;
  }
  return kept;
}

/** Backslash-escapes everything the markdown subset could read as syntax. */
export function escapeMarkdown(value: string): string {
  return value
    .replace(MARKDOWN_SPECIALS, (special) => `\\${special}`)
    .replace(ORDERED_LIST_START, '$1\\.');
}

/** Breaks URLs, host names, `${…}` and `{{…}}` with an invisible ZERO WIDTH SPACE. */
export function neutraliseLinksAndExpressions(value: string): string {
  return value
    .replace(SCHEME_SEPARATOR, `:${ZERO_WIDTH_SPACE}`)
    .replace(DOT_IN_A_WORD, `.${ZERO_WIDTH_SPACE}`)
    .replace(TEMPLATE_EXPRESSION_START, `$${ZERO_WIDTH_SPACE}`)
    .replace(TEXT_FUNCTION_START, `{${ZERO_WIDTH_SPACE}`);
}

/**
 * The text of a TextBlock: one plain line, markdown escaped, links and expressions neutralised.
 * Shorten values with `truncate` before they are put into a sentence, not after, so an escape is
 * never cut in half and the labels around a long title stay whole.
 */
export function cardText(value: string): string {
  return neutraliseLinksAndExpressions(escapeMarkdown(plainLine(value)));
}

/** A value from a list, ready to be put into a sentence: one plain line, shortened. */
export function dataText(value: string, maxCharacters: number = TITLE_MAX_CHARACTERS): string {
  return truncate(plainLine(value), maxCharacters);
}

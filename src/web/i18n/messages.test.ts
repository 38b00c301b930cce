import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../../core/shared/locale';
import { messagesDe } from './messages.de';
import { messagesEn, type Messages } from './messages.en';
import { messagesFr } from './messages.fr';
import { messagesNl } from './messages.nl';

const CATALOGUES: Readonly<Record<Locale, Messages>> = {
  en: messagesEn,
  nl: messagesNl,
  fr: messagesFr,
  de: messagesDe,
};

type AstElement = ReturnType<IntlMessageFormat['getAst']>[number];

// The parser's element kinds (its TYPE enum; the parser package is not a direct dependency).
const KINDS: Readonly<Record<number, string>> = {
  1: 'argument',
  2: 'number',
  3: 'date',
  4: 'time',
  5: 'select',
  6: 'plural',
  8: 'tag',
};

/**
 * Every argument a message uses with its kind, sorted. Plural branches may differ per language
 * (`few`, `many`); select branches and tags must not.
 */
function argumentsOf(message: string, locale: Locale): string[] {
  const found = new Set<string>();
  const walk = (elements: readonly AstElement[]): void => {
    for (const element of elements) {
      const kind = KINDS[element.type];
      if (kind === undefined) continue;
      const name = 'value' in element ? element.value : '';
      const branches =
        'options' in element ? (element.options as Record<string, { value: AstElement[] }>) : {};
      const selectKeys = kind === 'select' ? `:${Object.keys(branches).sort().join('|')}` : '';
      found.add(`${name}:${kind}${selectKeys}`);
      for (const branch of Object.values(branches)) walk(branch.value);
      if ('children' in element) walk(element.children);
    }
  };
  walk(new IntlMessageFormat(message, locale).getAst());
  return [...found].sort();
}

describe('message catalogues', () => {
  const keys = Object.keys(messagesEn).sort();

  it.each(LOCALES)('%s has exactly the English keys', (locale) => {
    expect(Object.keys(CATALOGUES[locale]).sort()).toEqual(keys);
  });

  it.each(LOCALES)('%s messages parse as ICU and use the same arguments as English', (locale) => {
    const mismatches = keys.filter((key) => {
      const id = key as keyof Messages;
      return (
        JSON.stringify(argumentsOf(CATALOGUES[locale][id], locale)) !==
        JSON.stringify(argumentsOf(messagesEn[id], 'en'))
      );
    });
    expect(mismatches).toEqual([]);
  });

  it.each(LOCALES)('%s has no empty message', (locale) => {
    expect(Object.entries(CATALOGUES[locale]).filter(([, text]) => text.trim() === '')).toEqual([]);
  });

  it.each([
    ['nl', 1, 'van de 1 persona van'],
    ['nl', 4, "van de 4 persona's van"],
    ['fr', 4, 'des 4 personas de'],
    ['de', 4, 'der 4 Personas der'],
    ['en', 1, 'of the 1 persona of'],
    ['en', 4, 'of the 4 personas of'],
  ] as const)('%s formats the plural for %d', (locale, count, expected) => {
    const format = new IntlMessageFormat(CATALOGUES[locale]['signIn.intro'], locale);
    expect(format.format({ count })).toContain(expected);
  });
});

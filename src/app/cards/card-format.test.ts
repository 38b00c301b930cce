import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../core/shared/locale';
import { formatCardDate, formatCardMonth, formatLabel, INTL_LOCALES } from './card-format';
import { CARD_LABELS, IMF_FUNCTION_LABELS, MEASUREMENT_NAME_LABELS } from './cards.labels';
import type { CardLabelKey } from './cards.labels';

/** The argument names of an ICU message, read from its syntax tree (plural branches included). */
function argumentNames(message: string): string[] {
  const names = new Set<string>();
  // Element types 1 to 6 are argument, number, date, time, select and plural; each names a value.
  const visit = (elements: unknown): void => {
    if (!Array.isArray(elements)) return;
    for (const element of elements as { type: number; value?: unknown; options?: unknown }[]) {
      if (element.type >= 1 && element.type <= 6 && typeof element.value === 'string') {
        names.add(element.value);
      }
      if (typeof element.options === 'object' && element.options !== null) {
        for (const option of Object.values(element.options as Record<string, { value: unknown }>)) {
          visit(option.value);
        }
      }
    }
  };
  visit(new IntlMessageFormat(message, 'en').getAst());
  return [...names].sort();
}

const KEYS = Object.keys(CARD_LABELS) as CardLabelKey[];

describe('card labels', () => {
  it('reads the arguments of a message, plural branches included', () => {
    expect(argumentNames(CARD_LABELS.upcomingDetail.en)).toEqual(['date', 'days']);
  });

  it.each(KEYS)('%s is valid ICU in every language, with the same arguments', (key) => {
    const english = argumentNames(CARD_LABELS[key].en);
    for (const locale of LOCALES) {
      const message = CARD_LABELS[key][locale];
      expect(() => new IntlMessageFormat(message, INTL_LOCALES[locale])).not.toThrow();
      expect(argumentNames(message)).toEqual(english);
      expect(message.trim()).not.toBe('');
    }
  });

  it('uses plural forms for counts', () => {
    expect(formatLabel('en', 'more', { count: 1 })).toBe('and 1 more in the plan');
    expect(formatLabel('fr', 'more', { count: 1 })).toBe('et 1 autre dans le plan');
    expect(formatLabel('fr', 'more', { count: 4 })).toBe('et 4 autres dans le plan');
    expect(formatLabel('nl', 'overdueDetail', { days: 1, date: 'x' })).toBe(
      '1 dag te laat (termijn x)',
    );
    expect(formatLabel('de', 'overdueDetail', { days: 2, date: 'x' })).toBe(
      '2 Tage überfällig (fällig am x)',
    );
    expect(formatLabel('en', 'discussedStatus', { count: 1 })).toBe(
      'Discussed ✓ — once in this team',
    );
  });

  it('never parses a value as ICU', () => {
    expect(formatLabel('en', 'tipItem', { tip: "{count, plural, one {#} other {#}} '{x}'" })).toBe(
      "• {count, plural, one {#} other {#}} '{x}'",
    );
  });

  it('names every IMF function and measurement in every language', () => {
    for (const labels of [
      ...Object.values(IMF_FUNCTION_LABELS),
      ...Object.values(MEASUREMENT_NAME_LABELS),
    ]) {
      for (const locale of LOCALES) expect(labels[locale].trim()).not.toBe('');
    }
  });
});

describe('formatCardDate', () => {
  it('writes a day the Belgian way in each language', () => {
    expect(LOCALES.map((locale) => formatCardDate(locale, '2027-03-14'))).toEqual([
      '14 maart 2027',
      '14 mars 2027',
      '14. März 2027',
      '14 March 2027',
    ]);
  });

  it.each(['2027-03-28', '2027-10-31', '2027-01-01', '2027-12-31'])(
    'keeps %s on its own day, across daylight-saving changes and year ends',
    (day) => {
      const dayOfMonth = String(Number(day.slice(8)));
      expect(formatCardDate('en', day).startsWith(`${dayOfMonth} `)).toBe(true);
    },
  );

  it.each(['2027-3-14', '14/03/2027', '2027-02-30x', ''])('refuses %j', (value) => {
    expect(() => formatCardDate('en', value)).toThrow(RangeError);
  });
});

describe('formatCardMonth', () => {
  it('writes a month in each language', () => {
    expect(LOCALES.map((locale) => formatCardMonth(locale, '2027-03'))).toEqual([
      'maart 2027',
      'mars 2027',
      'März 2027',
      'March 2027',
    ]);
  });

  it.each(['2027-13', '2027-3', '27-03'])('refuses %j', (value) => {
    expect(() => formatCardMonth('en', value)).toThrow(RangeError);
  });
});

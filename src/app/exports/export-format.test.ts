import { describe, expect, it } from 'vitest';
import { PLAN_DOCUMENT_LABELS } from './export-labels';
import {
  EMPTY_VALUE,
  formatDate,
  formatDateTime,
  formatEur,
  formatMessage,
  formatShare,
  formatShortDate,
  personIdentity,
  sumEur,
  xmlSafe,
} from './export-format';

describe('export formatting', () => {
  it('formats euro amounts in each language’s notation', () => {
    // Intl writes no-break spaces; compared with ordinary spaces for legibility.
    const eur = (locale: 'nl' | 'fr' | 'de' | 'en'): string =>
      formatEur(14_350.75, locale).replace(/[\u00A0\u202F]/g, ' ');
    expect(eur('nl')).toBe('€ 14.350,75');
    expect(eur('fr')).toBe('14 350,75 €');
    expect(eur('de')).toBe('14.350,75 €');
    expect(eur('en')).toBe('€14,350.75');
  });

  it('formats calendar days without shifting them, and keeps what is not a day as stored', () => {
    expect(formatDate('2026-01-12', 'nl')).toBe('12 januari 2026');
    expect(formatDate('2026-01-12', 'de')).toBe('12. Januar 2026');
    expect(formatShortDate('2026-12-31', 'de')).toBe('31.12.2026');
    expect(formatShortDate('2026-12-31', 'fr')).toBe('31/12/2026');
    expect(formatDate('2026-02-30', 'en')).toBe('2026-02-30');
    expect(formatDate(null, 'en')).toBe(EMPTY_VALUE);
  });

  it('formats instants on the Brussels clock, across the DST change', () => {
    expect(formatDateTime('2026-11-20T08:30:00Z', 'en')).toBe('20 November 2026 at 09:30');
    expect(formatDateTime('2026-07-01T08:30:00Z', 'en')).toBe('1 July 2026 at 10:30');
  });

  it('passes data into templates as values, never as ICU syntax', () => {
    const text = "{date} it's '{x}' #";
    expect(formatMessage(PLAN_DOCUMENT_LABELS.generatedOn, 'en', { date: text })).toBe(
      `Generated on ${text}`,
    );
  });

  it('adds euro in cents and shows shares and people for auditors', () => {
    expect(sumEur([0.1, 0.2, null, Number.NaN])).toBe(0.3);
    expect(formatShare(null, 'nl')).toBe(EMPTY_VALUE);
    expect(formatShare(1 / 3, 'en')).toBe('33.3%');
    expect(formatShare(1 / 3, 'nl')).toBe('33,3%');
    expect(personIdentity({ displayName: 'Sofie Claes', email: 'sofie@x.example' })).toBe(
      'Sofie Claes <sofie@x.example>',
    );
    expect(personIdentity({ displayName: 'Sofie Claes' })).toBe('Sofie Claes');
    expect(personIdentity(null)).toBe('');
  });

  it('replaces only what XML cannot carry', () => {
    expect(xmlSafe('a\u0000b\u0008c\td\ne\rf\uFFFEg')).toBe('a\uFFFDb\uFFFDc\td\ne\rf\uFFFDg');
    expect(xmlSafe('ok 🚓 \uD83D')).toBe('ok 🚓 \uFFFD');
    expect(xmlSafe('<b>&</b>')).toBe('<b>&</b>');
  });
});

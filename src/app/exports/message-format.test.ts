import { describe, expect, it } from 'vitest';
import { SMART_WARNING_TEXTS } from '../../core/plan/plan.labels';
import { LOCALES } from '../../core/shared/locale';
import type { LocalizedText } from '../../core/shared/locale';
import { PLAN_DOCUMENT_LABELS, REPORT_LABELS } from './export-labels';
import { intlLocale } from './export-format';
import { formatIcu } from './message-format';

const SAMPLE_VALUES: Record<string, string | number> = {
  date: '12 januari 2026',
  start: '1 januari 2026',
  end: '31 december 2029',
  page: 3,
  pages: 12,
  value: '45',
  missing: 'Eenheid, Verantwoordelijke',
  id: 'ins.x',
  label: 'Dilemmatraining',
  group: 'F2',
  layer: 'Kern',
  approach: 'Stimulerend',
  controlling: '33 %',
  stimulating: '67 %',
  budgetControlling: '3 %',
  budgetStimulating: '97 %',
  kind: 'Nulmeting',
  figure: 'Mediaan',
  pillar: 'Instrumenten',
  phase: 'Uitvoeren',
  deadline: '31/12/2030',
  periodStart: '01/01/2026',
  periodEnd: '31/12/2029',
  side: 'after',
};

describe('formatIcu', () => {
  it('formats every template of the exports and the core’s SMART warnings in every language', () => {
    const catalogues: Readonly<Record<string, LocalizedText>>[] = [
      PLAN_DOCUMENT_LABELS,
      REPORT_LABELS,
      SMART_WARNING_TEXTS,
    ];
    for (const catalogue of catalogues) {
      for (const [key, text] of Object.entries(catalogue)) {
        for (const locale of LOCALES) {
          for (const side of ['before', 'after']) {
            const out = formatIcu(text[locale], intlLocale(locale), { ...SAMPLE_VALUES, side });
            // A placeholder left unreplaced would show as ICU syntax in a police council document.
            expect(out, `${key} ${locale}`).not.toMatch(/[{}]/);
            expect(out.trim(), `${key} ${locale}`).not.toBe('');
          }
        }
      }
    }
  });

  it('follows ICU for apostrophes, select, plural and #', () => {
    expect(formatIcu("l'entité '{x}' ''quoted''", 'fr-BE')).toBe("l'entité {x} 'quoted'");
    const items = '{n, plural, =0 {none} one {# item} other {# items}} left';
    expect(formatIcu(items, 'en-GB', { n: 0 })).toBe('none left');
    expect(formatIcu(items, 'en-GB', { n: 1 })).toBe('1 item left');
    expect(formatIcu(items, 'nl-BE', { n: 1234 })).toBe('1.234 items left');
    expect(
      formatIcu('{kind, select, a {A {name}} other {other}}', 'en-GB', { kind: 'zzz', name: 'N' }),
    ).toBe('other');
  });

  it('inserts values as they are, never as syntax', () => {
    expect(formatIcu('Hi {name}', 'en-GB', { name: "{x} '{y}' #" })).toBe("Hi {x} '{y}' #");
  });

  it('refuses a malformed template and a missing value loudly', () => {
    expect(() => formatIcu('{a', 'en-GB', { a: 1 })).toThrow();
    expect(() => formatIcu('{a}', 'en-GB')).toThrow();
  });
});

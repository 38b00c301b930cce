import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../core/shared/locale';
import { STORE_ERRORS } from './store.errors';
import { RECORD_KINDS, STORE_ERROR_CODES } from './store.types';

describe('STORE_ERRORS', () => {
  it('has a message for every store error code, and no other', () => {
    expect(Object.keys(STORE_ERRORS).sort()).toEqual([...STORE_ERROR_CODES].sort());
  });

  it('formats every message in every language for every record kind', () => {
    for (const [code, texts] of Object.entries(STORE_ERRORS)) {
      for (const locale of LOCALES) {
        for (const kind of [...RECORD_KINDS, 'item']) {
          const text = new IntlMessageFormat(texts[locale], locale).format({
            kind,
            id: '12',
            attempts: 5,
            reason: 'Hours: too small',
          });
          expect(text, `${code} ${locale} ${kind}`).not.toMatch(/[{}]/);
          expect(String(text).length).toBeGreaterThan(20);
        }
      }
    }
  });

  it('names the kind with the right article and counts attempts', () => {
    const format = (
      code: keyof typeof STORE_ERRORS,
      locale: 'nl' | 'fr' | 'de' | 'en',
      values: Record<string, string | number>,
    ) => new IntlMessageFormat(STORE_ERRORS[code][locale], locale).format(values);
    expect(format('STORE.CONFLICT', 'nl', { kind: 'action' })).toMatch(
      /^Iemand anders heeft de actie/,
    );
    expect(format('STORE.CONFLICT', 'de', { kind: 'plan' })).toMatch(/hat den Plan inzwischen/);
    expect(format('STORE.CONFLICT', 'fr', { kind: 'objective' })).toMatch(
      /a modifié l’objectif opérationnel/,
    );
    expect(format('STORE.THROTTLED', 'en', { attempts: 1 })).toMatch(/after 1 attempt;/);
    expect(format('STORE.THROTTLED', 'de', { attempts: 5 })).toMatch(/Nach 5 Versuchen/);
  });
});

import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { DIALOGUE_ERRORS } from '../../src/core/dialogue/dialogue.errors';
import {
  CORE_ERROR_MESSAGES,
  errorMessageTemplate,
  isCoreErrorCode,
} from '../../src/core/i18n/error-messages';
import { MATURITY_ERRORS } from '../../src/core/maturity/maturity.errors';
import { PLAN_ERRORS } from '../../src/core/plan/plan.errors';
import { SCHEDULE_ERRORS } from '../../src/core/schedule/schedule.errors';
import { LOCALES } from '../../src/core/shared/locale';

// Lives outside src/core because it uses a real ICU formatter, which the pure core may not import.

function placeholders(message: string): string[] {
  const names = new Set<string>();
  const walk = (nodes: unknown): void => {
    if (!Array.isArray(nodes)) return;
    for (const node of nodes as {
      type: number;
      value?: string;
      options?: Record<string, { value: unknown }>;
    }[]) {
      if (node.type !== 0 && typeof node.value === 'string') names.add(node.value);
      for (const option of Object.values(node.options ?? {})) walk(option.value);
    }
  };
  walk(new IntlMessageFormat(message, 'en').getAst());
  return [...names].sort();
}

describe('the core error catalogue', () => {
  it('merges every module without losing or overriding a code', () => {
    const modules = [PLAN_ERRORS, MATURITY_ERRORS, SCHEDULE_ERRORS, DIALOGUE_ERRORS];
    const total = modules.reduce((n, m) => n + Object.keys(m).length, 0);
    expect(Object.keys(CORE_ERROR_MESSAGES)).toHaveLength(total);
  });

  it.each(Object.entries(CORE_ERROR_MESSAGES))(
    '%s parses as ICU in every language with the same placeholders',
    (code, text) => {
      const expected = placeholders(text.en);
      for (const locale of LOCALES) {
        expect(text[locale].trim(), `${code} ${locale}`).not.toBe('');
        expect(placeholders(text[locale]), `${code} ${locale}`).toEqual(expected);
      }
      expect(text.nl, code).not.toBe(text.en);
    },
  );

  it('finds a template by code and language, and nothing for a code it does not know', () => {
    expect(errorMessageTemplate({ code: 'MEASUREMENT.LOCKED' }, 'fr')).toBe(
      MATURITY_ERRORS['MEASUREMENT.LOCKED'].fr,
    );
    expect(isCoreErrorCode('STORE.CONFLICT')).toBe(false);
    expect(errorMessageTemplate({ code: 'STORE.CONFLICT' }, 'nl')).toBeUndefined();
  });
});

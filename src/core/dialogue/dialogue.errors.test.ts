import { describe, expect, it } from 'vitest';
import { LOCALES } from '../shared/locale';
import { icuArgs } from '../plan/test-support/icu';
import { DIALOGUE_ERRORS, isDialogueErrorCode } from './dialogue.errors';

const codes = Object.keys(DIALOGUE_ERRORS) as (keyof typeof DIALOGUE_ERRORS)[];

describe('DIALOGUE_ERRORS', () => {
  it('has a message in every language for every code', () => {
    for (const code of codes) {
      for (const locale of LOCALES) expect(DIALOGUE_ERRORS[code][locale].trim()).not.toBe('');
    }
  });

  it('uses the same ICU arguments in every language', () => {
    for (const code of codes) {
      const args = LOCALES.map((l) => [...icuArgs(DIALOGUE_ERRORS[code][l])].sort().join());
      expect(new Set(args).size, code).toBe(1);
    }
  });

  it('translates every message', () => {
    for (const code of codes) {
      const message = DIALOGUE_ERRORS[code];
      expect(new Set(LOCALES.map((l) => message[l])).size, code).toBe(4);
    }
  });

  it('keeps straight apostrophes out of French, where ICU reads them as quotes', () => {
    for (const code of codes) expect(DIALOGUE_ERRORS[code].fr).not.toContain("'");
  });

  it('namespaces every code', () => {
    for (const code of codes) expect(code).toMatch(/^DIALOGUE\.[A-Z_]+$/);
  });
});

describe('isDialogueErrorCode', () => {
  it('recognises its own codes only', () => {
    expect(isDialogueErrorCode('DIALOGUE.INVALID_PROMPT')).toBe(true);
    expect(isDialogueErrorCode('PLAN.FIELD_REQUIRED')).toBe(false);
    expect(isDialogueErrorCode('toString')).toBe(false);
    expect(isDialogueErrorCode(42)).toBe(false);
  });
});

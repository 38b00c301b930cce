import { describe, expect, it } from 'vitest';
import { IMF_FUNCTIONS } from '../catalogue/catalogue.types';
import type { Locale, LocalizedText } from '../shared/locale';
import { LOCALES } from '../shared/locale';
import { BUILT_IN_PROMPTS } from './prompt-library';
import {
  PROMPT_KIND_LABELS,
  PROMPT_SOURCE_LABELS,
  VULNERABLE_PROCESS_LABELS,
} from './prompt.labels';
import { dialoguePromptSchema } from './prompt.schema';
import {
  PROMPT_KEY_PATTERN,
  PROMPT_KINDS,
  PROMPT_SOURCES,
  PROMPT_TEXT_MAX,
  PROMPT_TIP_MAX,
  PROMPT_TITLE_MAX,
  VULNERABLE_PROCESSES,
} from './prompt.types';

const texts = (selector: (p: (typeof BUILT_IN_PROMPTS)[number]) => readonly LocalizedText[]) =>
  BUILT_IN_PROMPTS.flatMap((prompt) => selector(prompt).map((text) => ({ key: prompt.key, text })));
const allTexts = texts((p) => [p.title, p.text, ...p.tips]);

/** Any of these words, as whole words (Unicode-aware: `ê` is part of a word, unlike in `\\b`). */
const words = (...list: readonly string[]) =>
  new RegExp(`(?<!\\p{L})(${list.join('|')})(?!\\p{L})`, 'u');

/** Words common in one language and rare in the other three, to catch a text left untranslated. */
const LANGUAGE_MARKERS: Record<Locale, RegExp> = {
  nl: words(
    'het',
    'een',
    'niet',
    'wat',
    'je',
    'jullie',
    'ploeg',
    'zijn',
    'van',
    'naar',
    'dan',
    'aan',
  ),
  fr: words('le', 'la', 'les', 'une', 'est', 'vous', 'votre', 'pas', 'des', 'du', 'que', 'à'),
  de: words('der', 'die', 'das', 'und', 'nicht', 'Sie', 'ist', 'ein', 'eine', 'zu'),
  en: words('the', 'and', 'you', 'is', 'not', 'of', 'a', 'to'),
};

describe('BUILT_IN_PROMPTS', () => {
  it('has at least 36 prompts with unique, stable kebab-case keys', () => {
    expect(BUILT_IN_PROMPTS.length).toBeGreaterThanOrEqual(36);
    const keys = BUILT_IN_PROMPTS.map((p) => p.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toMatch(PROMPT_KEY_PATTERN);
  });

  it('passes the same schema that added prompts must pass', () => {
    for (const prompt of BUILT_IN_PROMPTS) {
      const parsed = dialoguePromptSchema.safeParse(prompt);
      expect(parsed.success, prompt.key).toBe(true);
    }
  });

  it('is all built-in and active', () => {
    for (const prompt of BUILT_IN_PROMPTS) {
      expect(prompt.source).toBe('built-in');
      expect(prompt.status).toBe('active');
    }
  });

  it('has at least 8 prompts for each IMF function', () => {
    for (const fn of IMF_FUNCTIONS) {
      expect(BUILT_IN_PROMPTS.filter((p) => p.function === fn).length, fn).toBeGreaterThanOrEqual(
        8,
      );
    }
  });

  it('covers at least 10 vulnerable processes', () => {
    const processes = new Set(BUILT_IN_PROMPTS.map((p) => p.vulnerableProcess));
    expect(processes.size).toBeGreaterThanOrEqual(10);
  });

  it('mixes dilemmas and questions', () => {
    for (const kind of PROMPT_KINDS) {
      expect(
        BUILT_IN_PROMPTS.some((p) => p.kind === kind),
        kind,
      ).toBe(true);
    }
  });

  it('has two or three tips per prompt', () => {
    for (const prompt of BUILT_IN_PROMPTS) {
      expect(prompt.tips.length, prompt.key).toBeGreaterThanOrEqual(2);
      expect(prompt.tips.length, prompt.key).toBeLessThanOrEqual(3);
    }
  });

  it('fills every language of every title, text and tip', () => {
    for (const { key, text } of allTexts) {
      for (const locale of LOCALES) expect(text[locale].trim(), `${key}.${locale}`).not.toBe('');
    }
  });

  it('keeps cards small in every language', () => {
    for (const prompt of BUILT_IN_PROMPTS) {
      for (const locale of LOCALES) {
        expect(prompt.title[locale].length, prompt.key).toBeLessThanOrEqual(PROMPT_TITLE_MAX);
        expect(prompt.text[locale].length, prompt.key).toBeLessThanOrEqual(PROMPT_TEXT_MAX);
        for (const tip of prompt.tips) {
          expect(tip[locale].length, prompt.key).toBeLessThanOrEqual(PROMPT_TIP_MAX);
        }
      }
    }
  });

  it('has no text left untranslated: the four versions of each text all differ', () => {
    for (const { key, text } of allTexts) {
      expect(new Set(LOCALES.map((l) => text[l])).size, `${key}: ${text.en}`).toBe(4);
      expect(text.fr, key).not.toBe(text.nl);
      expect(text.de, key).not.toBe(text.en);
    }
  });

  it('writes each text and tip in its own language', () => {
    for (const { key, text } of texts((p) => [p.text, ...p.tips])) {
      for (const locale of LOCALES) {
        expect(text[locale], `${key}.${locale}`).toMatch(LANGUAGE_MARKERS[locale]);
      }
    }
  });

  it('leaves every situation open: each text ends on a question', () => {
    for (const prompt of BUILT_IN_PROMPTS) {
      for (const locale of LOCALES) expect(prompt.text[locale], prompt.key).toMatch(/\?$/);
    }
  });

  it('uses typographic apostrophes, never a straight one', () => {
    for (const { key, text } of allTexts) {
      for (const locale of LOCALES) expect(text[locale], `${key}.${locale}`).not.toContain("'");
    }
  });

  it('names the national database as each language does: ANG, BNG, AND', () => {
    for (const { key, text } of texts((p) => [p.title, p.text, ...p.tips])) {
      const mentions = /\bANG\b/.test(text.nl);
      expect(/\bBNG\b/.test(text.fr), key).toBe(mentions);
      expect(/\bAND\b/.test(text.de), key).toBe(mentions);
      expect(/\b(ANG|AND)\b/.test(text.fr), key).toBe(false);
      expect(/\b(ANG|BNG)\b/.test(text.de), key).toBe(false);
    }
  });

  it('points to the deontological code under its name in every language, consistently', () => {
    const names: Record<Locale, string> = {
      nl: 'deontologische code',
      fr: 'code de déontologie',
      de: 'Kodex der Berufspflichten',
      en: 'deontological code',
    };
    let linked = 0;
    for (const { key, text } of texts((p) => p.tips)) {
      const mentions = LOCALES.map((l) => text[l].includes(names[l]));
      expect(new Set(mentions).size, key).toBe(1);
      if (mentions[0] === true) linked += 1;
    }
    expect(linked).toBeGreaterThanOrEqual(10);
  });
});

describe('prompt labels', () => {
  it('labels every vulnerable process, kind and source in all four languages', () => {
    const labels: readonly LocalizedText[] = [
      ...VULNERABLE_PROCESSES.map((p) => VULNERABLE_PROCESS_LABELS[p]),
      ...PROMPT_KINDS.map((k) => PROMPT_KIND_LABELS[k]),
      ...PROMPT_SOURCES.map((s) => PROMPT_SOURCE_LABELS[s]),
    ];
    for (const label of labels) {
      for (const locale of LOCALES) expect(label[locale].trim()).not.toBe('');
    }
  });

  it('translates every process label (no language repeats another)', () => {
    for (const process of VULNERABLE_PROCESSES) {
      const label = VULNERABLE_PROCESS_LABELS[process];
      expect(label.fr, process).not.toBe(label.nl);
      expect(label.de, process).not.toBe(label.en);
    }
  });

  it('has no label for an unknown process', () => {
    expect(Object.keys(VULNERABLE_PROCESS_LABELS).sort()).toEqual([...VULNERABLE_PROCESSES].sort());
  });
});

// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { BUILT_IN_PROMPTS } from '../../core/dialogue/prompt-library';
import type { Locale } from '../../core/shared/locale';
import type { CardLocales } from './adaptive-card';
import { CARD_ACTION_IDS } from './card-actions';
import { plainLine } from './card-text';
import { buildDiscussedResponseCard, buildSnoozedResponseCard } from './card-updated.card';
import { ENTITY_NAME, TAB_DEEP_LINK } from './test-support/reminder-fixtures';
import { buttonTitles, expectCleanCard } from './test-support/render-card';

const LOCALE_SETS = (
  [
    ['nl'],
    ['fr'],
    ['de'],
    ['en'],
    ['nl', 'fr'],
    ['de', 'fr'],
  ] as const satisfies readonly CardLocales[]
).map((locales) => [locales.join(' + '), locales] as const);

const DISCUSSED_THREE: Record<Locale, string> = {
  nl: 'Besproken ✓ — 3 keer in deze ploeg',
  fr: 'Discuté ✓ — 3 fois dans cette équipe',
  de: 'Besprochen ✓ — 3 Mal in diesem Team',
  en: 'Discussed ✓ — 3 times in this team',
};

const SNOOZED: Record<Locale, readonly string[]> = {
  nl: ['PDCA-herinnering — juni 2027', 'Uitgesteld ✓ — volgende herinnering niet vóór 1 juli 2027'],
  fr: ['Rappel PDCA — juin 2027', 'Reporté ✓ — prochain rappel pas avant le 1 juillet 2027'],
  de: [
    'PDCA-Erinnerung — Juni 2027',
    'Ausgesetzt ✓ — nächste Erinnerung nicht vor dem 1. Juli 2027',
  ],
  en: ['PDCA reminder — June 2027', 'Snoozed ✓ — next reminder not before 1 July 2027'],
};

const OPEN_PLAN: Record<Locale, string> = {
  nl: 'Open het plan',
  fr: 'Ouvrir le plan',
  de: 'Plan öffnen',
  en: 'Open the plan',
};

describe('buildDiscussedResponseCard', () => {
  const prompt = BUILT_IN_PROMPTS[0]!;

  it.each(LOCALE_SETS)('shows the prompt as discussed, with no button left (%s)', (_, locales) => {
    const json = buildDiscussedResponseCard(prompt, {
      locales,
      discussedCount: 3,
      promptPeriod: '2027-03',
      entityId: 'pz-demo',
    });
    const { text, element } = expectCleanCard(json);
    for (const locale of locales) {
      expect(text).toContain(DISCUSSED_THREE[locale]);
      expect(text).toContain(plainLine(prompt.title[locale]));
      expect(text).toContain(plainLine(prompt.text[locale]));
    }
    // Nothing left to press: the same card cannot count the discussion twice.
    expect(json.actions).toEqual([]);
    expect(buttonTitles(element)).toEqual([]);
    expect(JSON.stringify(json)).not.toContain('Action.Execute');
  });

  it('says "once" for the first discussion in English', () => {
    const json = buildDiscussedResponseCard(prompt, {
      locales: ['en'],
      discussedCount: 1,
      promptPeriod: '2027-03',
      entityId: 'pz-demo',
    });
    expect(expectCleanCard(json).text).toContain('Discussed ✓ — once in this team');
  });

  it('is built for every built-in prompt in two languages', () => {
    for (const each of BUILT_IN_PROMPTS) {
      const json = buildDiscussedResponseCard(each, {
        locales: ['de', 'fr'],
        discussedCount: 2,
        promptPeriod: '2027-03',
        entityId: 'pz-demo',
      });
      expect(expectCleanCard(json).text).toContain('Besprochen ✓ — 2 Mal in diesem Team');
    }
  });
});

describe('buildSnoozedResponseCard', () => {
  it.each(LOCALE_SETS)(
    'says when the next reminder comes and keeps "Open the plan" (%s)',
    (_, locales) => {
      const json = buildSnoozedResponseCard({
        locales,
        entityName: ENTITY_NAME,
        period: '2027-06',
        pausedUntil: '2027-07-01',
        tabDeepLink: TAB_DEEP_LINK,
      });
      const { text, element } = expectCleanCard(json);
      expect(text).toContain(ENTITY_NAME);
      for (const locale of locales) {
        for (const line of SNOOZED[locale]) expect(text).toContain(line);
      }
      expect(json.actions).toEqual([
        {
          type: 'Action.OpenUrl',
          id: CARD_ACTION_IDS.openPlan,
          title: locales.map((locale) => OPEN_PLAN[locale]).join(' / '),
          url: TAB_DEEP_LINK,
        },
      ]);
      expect(buttonTitles(element)).toHaveLength(1);
    },
  );

  it('escapes the entity name', () => {
    const json = buildSnoozedResponseCard({
      locales: ['en'],
      entityName: '**[PZ](http://evil.example)**',
      period: '2027-06',
      pausedUntil: '2027-07-01',
      tabDeepLink: TAB_DEEP_LINK,
    });
    expect(expectCleanCard(json).text).toContain('**[PZ](http://evil.example)**');
  });
});

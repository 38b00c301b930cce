// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { BUILT_IN_PROMPTS } from '../../core/dialogue/prompt-library';
import { VULNERABLE_PROCESS_LABELS } from '../../core/dialogue/prompt.labels';
import type { DialoguePrompt } from '../../core/dialogue/prompt.types';
import { LOCALES } from '../../core/shared/locale';
import type { Locale, LocalizedText } from '../../core/shared/locale';
import type { CardLocales } from './adaptive-card';
import { CARD_ACTION_IDS, CARD_VERBS, parseCardAction } from './card-actions';
import { plainLine } from './card-text';
import { buildDialoguePromptCard } from './dialogue-prompt.card';
import { buttonTitles, expectCleanCard } from './test-support/render-card';

const OPTIONS = { discussedCount: 0, promptPeriod: '2027-03', entityId: 'pz-demo' } as const;

const HEADINGS: Record<Locale, string> = {
  nl: 'Integriteitsdialoog — maart 2027',
  fr: 'Dialogue sur l’intégrité — mars 2027',
  de: 'Integritätsdialog — März 2027',
  en: 'Integrity dialogue — March 2027',
};

const BUTTON: Record<Locale, string> = {
  nl: 'Besproken in ons teamoverleg',
  fr: 'Discuté en réunion d’équipe',
  de: 'In unserer Teambesprechung besprochen',
  en: 'Discussed in our team meeting',
};

const BILINGUAL = [
  ['nl', 'fr'],
  ['de', 'fr'],
] as const satisfies readonly CardLocales[];

function all(text: LocalizedText, locale: Locale): string {
  return plainLine(text[locale]);
}

function expectPromptShown(text: string, prompt: DialoguePrompt, locale: Locale): void {
  expect(text).toContain(HEADINGS[locale]);
  expect(text).toContain(all(prompt.title, locale));
  expect(text).toContain(all(prompt.text, locale));
  expect(text).toContain(VULNERABLE_PROCESS_LABELS[prompt.vulnerableProcess][locale]);
  for (const tip of prompt.tips) expect(text).toContain(all(tip, locale));
}

describe('buildDialoguePromptCard for every built-in prompt', () => {
  it('has built-in prompts to test', () => {
    expect(BUILT_IN_PROMPTS.length).toBeGreaterThanOrEqual(40);
  });

  describe.each(LOCALES)('in %s', (locale) => {
    it.each(BUILT_IN_PROMPTS.map((prompt) => [prompt.key, prompt] as const))('%s', (_, prompt) => {
      const json = buildDialoguePromptCard(prompt, { ...OPTIONS, locales: [locale] });
      const { text, element } = expectCleanCard(json);
      expectPromptShown(text, prompt, locale);
      expect(buttonTitles(element)).toEqual([BUTTON[locale]]);
    });
  });

  describe.each(BILINGUAL)('side by side in %s and %s', (first, second) => {
    it.each(BUILT_IN_PROMPTS.map((prompt) => [prompt.key, prompt] as const))('%s', (_, prompt) => {
      const locales = [first, second] as const;
      const json = buildDialoguePromptCard(prompt, { ...OPTIONS, locales });
      const { text, element } = expectCleanCard(json);
      for (const locale of locales) expectPromptShown(text, prompt, locale);
      expect(buttonTitles(element)).toEqual([`${BUTTON[first]} / ${BUTTON[second]}`]);
    });
  });
});

describe('buildDialoguePromptCard', () => {
  const prompt = BUILT_IN_PROMPTS[0]!;

  it('has one Action.Execute that says which prompt, month and entity were discussed', () => {
    const json = buildDialoguePromptCard(prompt, { ...OPTIONS, locales: ['en'] });
    expect(json.actions).toEqual([
      {
        type: 'Action.Execute',
        id: CARD_ACTION_IDS.markDiscussed,
        title: 'Discussed in our team meeting',
        verb: 'dialogue.discussed',
        data: { promptKey: prompt.key, period: '2027-03', entityId: 'pz-demo' },
      },
    ]);
    const action = json.actions?.[0] as { verb: string; data: unknown };
    expect(parseCardAction(action.verb, action.data)).toEqual({
      verb: CARD_VERBS.markDiscussed,
      data: { promptKey: prompt.key, period: '2027-03', entityId: 'pz-demo' },
    });
  });

  it('tells how often the team discussed the prompt, only once it has', () => {
    const never = expectCleanCard(
      buildDialoguePromptCard(prompt, { ...OPTIONS, locales: ['en'] }),
    ).text;
    expect(never).not.toContain('Discussed once');
    const once = buildDialoguePromptCard(prompt, {
      ...OPTIONS,
      discussedCount: 1,
      locales: ['en', 'nl'],
    });
    const onceText = expectCleanCard(once).text;
    expect(onceText).toContain('Discussed once in this team so far');
    expect(onceText).toContain('Al 1 keer besproken in deze ploeg');
    const thrice = buildDialoguePromptCard(prompt, {
      ...OPTIONS,
      discussedCount: 3,
      locales: ['fr', 'de'],
    });
    const thriceText = expectCleanCard(thrice).text;
    expect(thriceText).toContain('Déjà discuté 3 fois dans cette équipe');
    expect(thriceText).toContain('Bereits 3 Mal in diesem Team besprochen');
  });

  it('says that only counts are kept, never names', () => {
    const { text } = expectCleanCard(
      buildDialoguePromptCard(prompt, { ...OPTIONS, locales: ['nl'] }),
    );
    expect(text).toContain('Alleen het aantal besprekingen wordt bijgehouden, nooit namen.');
  });

  it('refuses a count that is not a whole number ≥ 0 and a malformed period', () => {
    expect(() =>
      buildDialoguePromptCard(prompt, { ...OPTIONS, discussedCount: -1, locales: ['en'] }),
    ).toThrow(RangeError);
    expect(() =>
      buildDialoguePromptCard(prompt, { ...OPTIONS, discussedCount: 1.5, locales: ['en'] }),
    ).toThrow(RangeError);
    expect(() =>
      buildDialoguePromptCard(prompt, { ...OPTIONS, promptPeriod: '2027-13', locales: ['en'] }),
    ).toThrow(RangeError);
  });
});

function everywhere(text: string): LocalizedText {
  return { nl: text, fr: text, de: text, en: text };
}

describe('buildDialoguePromptCard with a prompt an entity added', () => {
  const hostile: DialoguePrompt = {
    key: 'entity-hostile-prompt',
    function: 'monitor',
    vulnerableProcess: 'social-media',
    kind: 'question',
    title: everywhere('# [Win a prize](http://evil.example) **now**'),
    text: everywhere(
      '<script>alert(1)</script> ${=1+1} {{DATE(2017-02-14T06:08:39Z, SHORT)}}\n\n1. Visit https://evil.example/x and www.evil.example\n\n> _quoted_ ~~struck~~ `code`',
    ),
    tips: [
      everywhere('- tip with ![img](http://evil.example/i.png)'),
      everywhere('+ tip &lt;b&gt;'),
    ],
    source: 'entity',
    status: 'active',
  };

  it.each([[['en']], [['nl', 'fr']]] as const)(
    'shows every text literally, as no markup and unevaluated (%j)',
    (locales) => {
      const json = buildDialoguePromptCard(hostile, { ...OPTIONS, locales });
      const { text, element } = expectCleanCard(json);
      expect(element.querySelectorAll('a, strong, em, h1, script, ol, ul, img, code')).toHaveLength(
        0,
      );
      for (const literal of [
        '# [Win a prize](http://evil.example) **now**',
        '<script>alert(1)</script> ${=1+1} {{DATE(2017-02-14T06:08:39Z, SHORT)}}',
        '1. Visit https://evil.example/x and www.evil.example',
        '> _quoted_ ~~struck~~ `code`',
        '• - tip with ![img](http://evil.example/i.png)',
        '• + tip &lt;b&gt;',
      ]) {
        expect(text).toContain(literal);
      }
      expect(text).not.toMatch(/14\/02\/2017|2\/14\/2017|Feb 14, 2017/);
    },
  );

  it('stays within 24 KB at the prompt limits, fully escaped, in two languages', () => {
    const worst = '*_[]()#-+!<>~`|\\"';
    const long: DialoguePrompt = {
      ...hostile,
      title: everywhere(worst.repeat(20)),
      text: everywhere(`${worst.repeat(20)}\n\n`.repeat(30)),
      tips: [
        everywhere(worst.repeat(15)),
        everywhere(worst.repeat(15)),
        everywhere(worst.repeat(15)),
      ],
    };
    const json = buildDialoguePromptCard(long, {
      ...OPTIONS,
      discussedCount: 12,
      locales: ['de', 'fr'],
    });
    expectCleanCard(json);
  });
});

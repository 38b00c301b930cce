import { describe, expect, it } from 'vitest';
import { listDefinition } from '../../../../manifest/manifest';
import { IMF_FUNCTIONS } from '../../../core/catalogue/catalogue.types';
import { BUILT_IN_PROMPTS } from '../../../core/dialogue/prompt-library';
import { choosePrompt } from '../../../core/dialogue/prompt-rotation';
import {
  CUSTOM_PROMPT_SOURCES,
  PROMPT_KEY_MAX,
  PROMPT_KINDS,
  PROMPT_TITLE_MAX,
  VULNERABLE_PROCESSES,
} from '../../../core/dialogue/prompt.types';
import { parseCustomPrompts } from '../../../core/dialogue/prompt.validate';
import { customPromptRow } from './dialogue.mapper';

const PROMPTS = listDefinition('IntegrityDialoguePrompts');

function column(name: string) {
  const found = PROMPTS.columns.find((c) => c.name === name);
  if (found === undefined) throw new Error(`no column ${name}`);
  return found;
}

/** The fields of a list item as Graph returns them, filled in as the list's form asks. */
function item(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    Title: 'pz-a-dashcam-op-prive-gsm',
    PromptKey: 'pz-a-dashcam-op-prive-gsm',
    ImfFunction: 'guide',
    VulnerableProcess: 'social-media',
    PromptKind: 'question',
    PromptSource: 'aig',
    TitleNl: 'Beelden van een interventie op je privé-gsm',
    TitleFr: 'Des images d’intervention sur ton GSM privé',
    TitleDe: 'Einsatzbilder auf dem privaten Handy',
    TitleEn: 'Footage of an intervention on your own phone',
    QuestionNl: 'Wanneer is het oké om beelden van een interventie op je eigen gsm te bewaren?',
    QuestionFr: 'Quand est-il acceptable de garder des images d’intervention sur ton propre GSM ?',
    QuestionDe: 'Wann ist es in Ordnung, Einsatzbilder auf dem eigenen Handy zu behalten?',
    QuestionEn: 'When is it fine to keep footage of an intervention on your own phone?',
    TipsNl: 'Vraag naar concrete voorbeelden.\r\n\r\nVerwijs naar de regels over beeldmateriaal.\n',
    TipsFr: 'Demande des exemples concrets.\nRenvoie aux règles sur les images.',
    TipsDe: 'Fragen Sie nach konkreten Beispielen.\nVerweisen Sie auf die Regeln zu Bildmaterial.',
    TipsEn: 'Ask for concrete examples.\nPoint to the rules on footage.',
    PromptActive: true,
    ...overrides,
  };
}

describe('the IntegrityDialoguePrompts list', () => {
  it('offers exactly the choices the core accepts, and the core’s length limits', () => {
    const choices = (name: string): readonly string[] => {
      const c = column(name);
      return c.type === 'choice' ? c.choices : [];
    };
    expect(choices('ImfFunction')).toEqual([...IMF_FUNCTIONS]);
    expect(choices('VulnerableProcess')).toEqual([...VULNERABLE_PROCESSES]);
    expect(choices('PromptKind')).toEqual([...PROMPT_KINDS]);
    expect(choices('PromptSource')).toEqual([...CUSTOM_PROMPT_SOURCES]);
    const key = column('PromptKey');
    expect(key.type === 'text' && key.maxLength).toBe(PROMPT_KEY_MAX);
    for (const lang of ['Nl', 'Fr', 'De', 'En']) {
      const title = column(`Title${lang}`);
      expect(title.type === 'text' && title.maxLength).toBe(PROMPT_TITLE_MAX);
      expect(column(`Question${lang}`).type).toBe('note');
      expect(column(`Tips${lang}`).type).toBe('note');
    }
  });
});

describe('customPromptRow', () => {
  it('maps a filled-in row to a prompt the core accepts, one tip per line', () => {
    const { prompts, rejected } = parseCustomPrompts([customPromptRow(item())]);
    expect(rejected).toEqual([]);
    expect(prompts).toEqual([
      {
        key: 'pz-a-dashcam-op-prive-gsm',
        function: 'guide',
        vulnerableProcess: 'social-media',
        kind: 'question',
        title: {
          nl: 'Beelden van een interventie op je privé-gsm',
          fr: 'Des images d’intervention sur ton GSM privé',
          de: 'Einsatzbilder auf dem privaten Handy',
          en: 'Footage of an intervention on your own phone',
        },
        text: {
          nl: 'Wanneer is het oké om beelden van een interventie op je eigen gsm te bewaren?',
          fr: 'Quand est-il acceptable de garder des images d’intervention sur ton propre GSM ?',
          de: 'Wann ist es in Ordnung, Einsatzbilder auf dem eigenen Handy zu behalten?',
          en: 'When is it fine to keep footage of an intervention on your own phone?',
        },
        tips: [
          {
            nl: 'Vraag naar concrete voorbeelden.',
            fr: 'Demande des exemples concrets.',
            de: 'Fragen Sie nach konkreten Beispielen.',
            en: 'Ask for concrete examples.',
          },
          {
            nl: 'Verwijs naar de regels over beeldmateriaal.',
            fr: 'Renvoie aux règles sur les images.',
            de: 'Verweisen Sie auf die Regeln zu Bildmaterial.',
            en: 'Point to the rules on footage.',
          },
        ],
        source: 'aig',
        status: 'active',
      },
    ]);
  });

  it('reads Active unticked as inactive and empty as active', () => {
    expect(customPromptRow(item({ PromptActive: false })).status).toBe('inactive');
    const empty = item();
    delete empty.PromptActive;
    expect(customPromptRow(empty).status).toBe('active');
  });

  it('leaves empty columns empty, so the core names what is missing', () => {
    const empty = item({ QuestionFr: '', PromptKind: undefined, PromptSource: null });
    const { prompts, rejected } = parseCustomPrompts([customPromptRow(empty)]);
    expect(prompts).toEqual([]);
    expect(rejected[0]?.key).toBe('pz-a-dashcam-op-prive-gsm');
    expect(rejected[0]?.reasons).toEqual(
      expect.arrayContaining([
        { code: 'DIALOGUE.FIELD_REQUIRED', details: { field: 'text.fr' } },
        { code: 'DIALOGUE.FIELD_REQUIRED', details: { field: 'kind' } },
        { code: 'DIALOGUE.FIELD_REQUIRED', details: { field: 'source' } },
      ]),
    );
  });

  it('reports hand-edited rows with every reason and keeps the valid ones', () => {
    const rows = [
      // A tip line missing in German: the second tip has no German text.
      item({ PromptKey: 'pz-a-tips-short', TipsDe: 'Nur ein Tipp.' }),
      item({ PromptKey: 'pz-a.with-a-dot', VulnerableProcess: 'Consultatie van databanken' }),
      item(),
    ].map(customPromptRow);
    const { prompts, rejected } = parseCustomPrompts(rows);
    expect(prompts.map((p) => p.key)).toEqual(['pz-a-dashcam-op-prive-gsm']);
    expect(rejected.map((r) => [r.index, r.key, r.reasons.map((e) => e.code)])).toEqual([
      [0, 'pz-a-tips-short', ['DIALOGUE.FIELD_REQUIRED']],
      [1, 'pz-a.with-a-dot', ['DIALOGUE.INVALID_KEY', 'DIALOGUE.INVALID_CHOICE']],
    ]);
    expect(rejected[0]?.reasons[0]?.details).toEqual({ field: 'tips[1].de' });
    expect(rejected[1]?.reasons[1]?.details).toMatchObject({ field: 'vulnerableProcess' });
  });

  it('gives the rotation a valid row as a candidate, next to the built-in library', () => {
    const choice = choosePrompt({
      prompts: BUILT_IN_PROMPTS,
      customPrompts: [customPromptRow(item()), customPromptRow(item({ PromptKey: 'Bad Key' }))],
      // Every built-in prompt was used last month: the added one is the only fresh prompt.
      history: BUILT_IN_PROMPTS.map((p) => ({ key: p.key, period: '2026-12' })),
      period: '2027-01',
      teamSeed: 'pz-a',
    });
    expect(choice.ok).toBe(true);
    if (!choice.ok || choice.value.kind !== 'chosen') throw new Error('no prompt chosen');
    expect(choice.value.prompt.key).toBe('pz-a-dashcam-op-prive-gsm');
    expect(choice.value.rejected.map((r) => r.key)).toEqual(['Bad Key']);
  });
});

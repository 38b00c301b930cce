import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { icuArgs } from '../plan/test-support/icu';
import { DIALOGUE_ERRORS } from './dialogue.errors';
import { customPromptSchema, excerpt } from './prompt.schema';
import { PROMPT_KEY_MAX, PROMPT_TEXT_MAX, PROMPT_TITLE_MAX } from './prompt.types';
import type { RejectedPrompt } from './prompt.validate';
import { parseCustomPrompts, toDialogueError } from './prompt.validate';
import { customRow, localized } from './test-support/prompt.fixtures';

function reasonsOf(row: unknown): RejectedPrompt['reasons'] {
  const { prompts, rejected } = parseCustomPrompts([row]);
  expect(prompts).toEqual([]);
  expect(rejected).toHaveLength(1);
  return rejected[0]!.reasons;
}

describe('parseCustomPrompts', () => {
  it('reads a valid entity prompt and drops columns it does not know', () => {
    const { prompts, rejected } = parseCustomPrompts([customRow({ Modified: '2027-01-01' })]);
    expect(rejected).toEqual([]);
    expect(prompts).toEqual([
      {
        key: 'zone-dilemma-1',
        function: 'guide',
        vulnerableProcess: 'social-media',
        kind: 'question',
        title: localized('Own title'),
        text: localized('Own text'),
        tips: [localized('Own tip 1'), localized('Own tip 2')],
        source: 'entity',
        status: 'active',
      },
    ]);
  });

  it.each([undefined, null])('reads an empty status (%s) as active', (status) => {
    const row = customRow();
    if (status === undefined) delete row['status'];
    else row['status'] = status;
    expect(parseCustomPrompts([row]).prompts[0]?.status).toBe('active');
  });

  it('keeps an inactive prompt (the rotation leaves it out)', () => {
    expect(parseCustomPrompts([customRow({ status: 'inactive' })]).prompts[0]?.status).toBe(
      'inactive',
    );
  });

  it.each([[null], ['text'], [42], [[]], [true]])(
    'reports a row that is not an object (%j)',
    (row) => {
      const { rejected } = parseCustomPrompts([customRow(), row]);
      expect(rejected).toEqual([
        {
          index: 1,
          key: null,
          reasons: [{ code: 'DIALOGUE.INVALID_PROMPT', details: { row: 2 } }],
        },
      ]);
    },
  );

  it('reports a missing field as required', () => {
    const row = customRow({ source: null });
    delete row['kind'];
    delete row['text'];
    expect(reasonsOf(row)).toEqual([
      { code: 'DIALOGUE.FIELD_REQUIRED', details: { field: 'kind' } },
      { code: 'DIALOGUE.FIELD_REQUIRED', details: { field: 'text' } },
      { code: 'DIALOGUE.FIELD_REQUIRED', details: { field: 'source' } },
    ]);
  });

  it('reports a missing or blank language as required, never falls back to another', () => {
    const title = { nl: 'Titel', fr: '   ', de: 'Titel' };
    expect(reasonsOf(customRow({ title }))).toEqual([
      { code: 'DIALOGUE.FIELD_REQUIRED', details: { field: 'title.fr' } },
      { code: 'DIALOGUE.FIELD_REQUIRED', details: { field: 'title.en' } },
    ]);
  });

  it('reports texts longer than the card allows', () => {
    const row = customRow({
      title: { ...localized('t'), de: 'x'.repeat(PROMPT_TITLE_MAX + 1) },
      text: { ...localized('t'), fr: 'y'.repeat(PROMPT_TEXT_MAX + 1) },
    });
    expect(reasonsOf(row)).toEqual([
      { code: 'DIALOGUE.FIELD_TOO_LONG', details: { field: 'title.de', max: PROMPT_TITLE_MAX } },
      { code: 'DIALOGUE.FIELD_TOO_LONG', details: { field: 'text.fr', max: PROMPT_TEXT_MAX } },
    ]);
  });

  it('reports a value of the wrong type', () => {
    expect(reasonsOf(customRow({ text: { ...localized('t'), nl: 12 } }))).toEqual([
      { code: 'DIALOGUE.INVALID_VALUE', details: { field: 'text.nl' } },
    ]);
    expect(reasonsOf(customRow({ tips: 'one tip' }))).toEqual([
      { code: 'DIALOGUE.INVALID_VALUE', details: { field: 'tips' } },
    ]);
  });

  it('reports unknown choices with the allowed values', () => {
    expect(
      reasonsOf(customRow({ function: 'prevent', vulnerableProcess: 'parking', kind: 'quiz' })).map(
        (r) => [r.code, r.details?.['field']],
      ),
    ).toEqual([
      ['DIALOGUE.INVALID_CHOICE', 'function'],
      ['DIALOGUE.INVALID_CHOICE', 'vulnerableProcess'],
      ['DIALOGUE.INVALID_CHOICE', 'kind'],
    ]);
    expect(reasonsOf(customRow({ function: 'prevent' }))[0]?.details?.['allowed']).toBe(
      'determine, guide, monitor, enforce',
    );
  });

  it('refuses `built-in` as the source of an added prompt', () => {
    expect(reasonsOf(customRow({ source: 'built-in' }))).toEqual([
      { code: 'DIALOGUE.INVALID_CHOICE', details: { field: 'source', allowed: 'entity, aig' } },
    ]);
  });

  it.each([
    ['Capitals', 'Capitals'],
    ['double--hyphen', 'double--hyphen'],
    ['-leading', '-leading'],
    ['spaces in key', 'spaces in key'],
    ['é-accent', 'é-accent'],
    ['k'.repeat(PROMPT_KEY_MAX + 1), excerpt('k'.repeat(PROMPT_KEY_MAX + 1))],
  ])('reports the malformed key "%s"', (key, value) => {
    expect(reasonsOf(customRow({ key }))).toEqual([
      { code: 'DIALOGUE.INVALID_KEY', details: { field: 'key', value, max: PROMPT_KEY_MAX } },
    ]);
  });

  it('reports an empty key as required', () => {
    const { rejected } = parseCustomPrompts([customRow({ key: ' ' })]);
    expect(rejected).toEqual([
      {
        index: 0,
        key: null,
        reasons: [{ code: 'DIALOGUE.FIELD_REQUIRED', details: { field: 'key' } }],
      },
    ]);
  });

  it.each([
    [[], 0],
    [[localized('only one')], 1],
    [[localized('1'), localized('2'), localized('3'), localized('4')], 4],
  ])('reports a wrong number of tips', (tips, count) => {
    expect(reasonsOf(customRow({ tips }))).toEqual([
      { code: 'DIALOGUE.TIP_COUNT', details: { field: 'tips', min: 2, max: 3, count } },
    ]);
  });

  it('reports a bad tip by its position', () => {
    const tips = [localized('1'), { ...localized('2'), de: '' }];
    expect(reasonsOf(customRow({ tips }))).toEqual([
      { code: 'DIALOGUE.FIELD_REQUIRED', details: { field: 'tips[1].de' } },
    ]);
  });

  it('skips a key the library already uses, and a key an earlier row took', () => {
    const { prompts, rejected } = parseCustomPrompts(
      [customRow({ key: 'daily-free-coffee' }), customRow({ key: 'x' }), customRow({ key: 'x' })],
      ['daily-free-coffee'],
    );
    expect(prompts.map((p) => p.key)).toEqual(['x']);
    expect(rejected).toEqual([
      {
        index: 0,
        key: 'daily-free-coffee',
        reasons: [{ code: 'DIALOGUE.DUPLICATE_KEY', details: { key: 'daily-free-coffee' } }],
      },
      { index: 2, key: 'x', reasons: [{ code: 'DIALOGUE.DUPLICATE_KEY', details: { key: 'x' } }] },
    ]);
  });

  it('shortens a very long key in the report', () => {
    const key = `a${'-b'.repeat(100)}`;
    const [rejected] = parseCustomPrompts([customRow({ key })]).rejected;
    expect(rejected?.key).toHaveLength(80);
    expect(rejected?.key?.endsWith('…')).toBe(true);
  });

  it('never throws, and accounts for every row', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.anything(), fc.constant(customRow())), { maxLength: 10 }),
        (rows) => {
          const { prompts, rejected } = parseCustomPrompts(rows);
          expect(prompts.length + rejected.length).toBe(rows.length);
          for (const r of rejected) expect(r.reasons.length).toBeGreaterThan(0);
        },
      ),
    );
  });

  it('gives every reason the details its message needs, in every language', () => {
    const rows: unknown[] = [
      'x',
      customRow({ key: 'Bad Key', function: 'x', tips: [localized('1')] }),
      customRow({ title: { nl: 3 }, text: { ...localized('t'), en: 'z'.repeat(700) } }),
      customRow({ key: 'dup' }),
      customRow({ key: 'dup' }),
    ];
    const reasons = parseCustomPrompts(rows).rejected.flatMap((r) => r.reasons);
    expect(new Set(reasons.map((r) => r.code)).size).toBeGreaterThanOrEqual(7);
    for (const reason of reasons) {
      for (const message of Object.values(DIALOGUE_ERRORS[reason.code])) {
        for (const arg of icuArgs(message)) expect(reason.details, reason.code).toHaveProperty(arg);
      }
    }
  });
});

describe('toDialogueError', () => {
  it('turns an issue zod may add later into an invalid value rather than throwing', () => {
    const issue = { code: 'not_multiple_of', divisor: 2, input: 3, path: ['tips', 0], message: '' };
    expect(toDialogueError(issue as never, 0)).toEqual({
      code: 'DIALOGUE.INVALID_VALUE',
      details: { field: 'tips[0]' },
    });
  });

  it('treats a custom issue without a known code as an invalid value', () => {
    const issue = { code: 'custom', input: 'x', path: ['key'], message: '' };
    expect(toDialogueError(issue as never, 0)).toEqual({
      code: 'DIALOGUE.INVALID_VALUE',
      details: { field: 'key' },
    });
    const tagged = { ...issue, params: { code: 'PLAN.FIELD_REQUIRED' } };
    expect(toDialogueError(tagged as never, 0).code).toBe('DIALOGUE.INVALID_VALUE');
  });
});

describe('customPromptSchema', () => {
  it('accepts an AIG prompt', () => {
    expect(customPromptSchema.safeParse(customRow({ source: 'aig' })).success).toBe(true);
  });
});

describe('excerpt', () => {
  it('keeps a short value and shortens a long one to the limit', () => {
    expect(excerpt('short')).toBe('short');
    expect(excerpt('abcdef', 4)).toBe('abc…');
  });
});

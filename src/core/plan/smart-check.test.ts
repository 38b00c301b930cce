import { describe, expect, it } from 'vitest';
import type { SmartElement } from './plan.labels';
import { SMART_ELEMENTS } from './plan.labels';
import type { SmartFields } from './smart-check';
import { checkPlanSmart, checkSmart, missingSmartElements, smartWarnings } from './smart-check';
import { anIdentification, anObjective } from './test-support/plan.fixtures';

const period = { periodStart: '2025-01-01', periodEnd: '2030-12-31' };

describe('checkSmart', () => {
  it('a complete objective is SMART without warnings', () => {
    expect(checkSmart(anObjective(), period)).toEqual({ status: 'smart', warnings: [] });
  });

  it.each<[string, Partial<SmartFields>, SmartElement]>([
    ['empty specific text', { specific: '' }, 'specific'],
    ['white-space specific text', { specific: '  \n\t' }, 'specific'],
    ['empty indicator', { indicator: '' }, 'indicator'],
    ['white-space indicator', { indicator: ' ' }, 'indicator'],
    ['empty unit', { unit: '' }, 'unit'],
    ['no baseline', { baselineValue: null }, 'baseline'],
    ['NaN baseline (unvalidated input)', { baselineValue: Number.NaN }, 'baseline'],
    ['no target', { targetValue: null }, 'target'],
    ['infinite target (unvalidated input)', { targetValue: Number.POSITIVE_INFINITY }, 'target'],
    ['no deadline', { deadline: null }, 'deadline'],
    ['deadline that is not a date', { deadline: '2027-02-29' }, 'deadline'],
    ['no owner', { owner: null }, 'owner'],
    ['owner without a name', { owner: { id: '42', displayName: ' ' } }, 'owner'],
  ])('%s → missing %s', (_, overrides, element) => {
    expect(checkSmart(anObjective(overrides), period)).toEqual({
      status: 'incomplete',
      missing: [element],
      warnings: [],
    });
  });

  it('zero is a value, not a missing one', () => {
    expect(checkSmart(anObjective({ baselineValue: 0, targetValue: 5 })).status).toBe('smart');
  });

  it('lists every missing element in the fixed order', () => {
    const empty = anObjective({
      specific: '',
      indicator: '',
      unit: '',
      baselineValue: null,
      targetValue: null,
      deadline: null,
      owner: null,
    });
    expect(checkSmart(empty)).toEqual({
      status: 'incomplete',
      missing: [...SMART_ELEMENTS],
      warnings: [],
    });
    expect(SMART_ELEMENTS).toEqual([
      'specific',
      'indicator',
      'unit',
      'baseline',
      'target',
      'deadline',
      'owner',
    ]);
  });

  it('keeps the order whatever is missing', () => {
    const objective = anObjective({ owner: null, unit: '', specific: '' });
    expect(missingSmartElements(objective)).toEqual(['specific', 'unit', 'owner']);
  });

  it('gives warnings with an incomplete objective too', () => {
    const objective = anObjective({ owner: null, baselineValue: 5, targetValue: 5 });
    expect(checkSmart(objective, period)).toEqual({
      status: 'incomplete',
      missing: ['owner'],
      warnings: [{ kind: 'target-equals-baseline', value: 5 }],
    });
  });
});

describe('smartWarnings', () => {
  it.each<[string, Partial<SmartFields>, boolean]>([
    ['target equals baseline', { baselineValue: 20, targetValue: 20 }, true],
    ['both zero', { baselineValue: 0, targetValue: 0 }, true],
    ['target differs', { baselineValue: 20, targetValue: 18 }, false],
    ['both missing', { baselineValue: null, targetValue: null }, false],
    ['both NaN (unvalidated)', { baselineValue: Number.NaN, targetValue: Number.NaN }, false],
  ])('%s → warning: %s', (_, overrides, warned) => {
    const warnings = smartWarnings(anObjective(overrides));
    expect(warnings.some((w) => w.kind === 'target-equals-baseline')).toBe(warned);
  });

  it.each<[string | null, 'before' | 'after' | null]>([
    ['2024-12-31', 'before'],
    ['2025-01-01', null],
    ['2027-06-30', null],
    ['2030-12-31', null],
    ['2031-01-01', 'after'],
    [null, null],
    ['2031-02-30', null],
  ])('deadline %s against 2025-01-01 – 2030-12-31 → %s', (deadline, side) => {
    const warnings = smartWarnings(anObjective({ deadline }), period);
    expect(warnings).toEqual(
      side === null
        ? []
        : [
            {
              kind: 'deadline-outside-period',
              side,
              deadline,
              periodStart: '2025-01-01',
              periodEnd: '2030-12-31',
            },
          ],
    );
  });

  it('does not compare the deadline without a period', () => {
    expect(smartWarnings(anObjective({ deadline: '1999-01-01' }))).toEqual([]);
  });

  it('does not compare the deadline with a period that is not valid', () => {
    const broken = { periodStart: '2025-02-30', periodEnd: '2030-12-31' };
    expect(smartWarnings(anObjective({ deadline: '1999-01-01' }), broken)).toEqual([]);
    const brokenEnd = { periodStart: '2025-01-01', periodEnd: '' };
    expect(smartWarnings(anObjective({ deadline: '1999-01-01' }), brokenEnd)).toEqual([]);
  });

  it('accepts the identification of a plan as the period', () => {
    const identification = anIdentification({ periodEnd: '2026-12-31' });
    expect(checkSmart(anObjective({ deadline: '2027-12-31' }), identification).warnings).toEqual([
      expect.objectContaining({ kind: 'deadline-outside-period', side: 'after' }),
    ]);
  });

  it('gives both warnings in a stable order', () => {
    const objective = anObjective({ baselineValue: 3, targetValue: 3, deadline: '2040-01-01' });
    expect(smartWarnings(objective, period).map((w) => w.kind)).toEqual([
      'target-equals-baseline',
      'deadline-outside-period',
    ]);
  });
});

describe('checkPlanSmart', () => {
  it('checks every objective in the order given', () => {
    const objectives = [
      anObjective({ id: 'oo-2', title: 'Tweede', unit: '' }),
      anObjective({ id: 'oo-1', title: 'Eerste' }),
    ];
    expect(checkPlanSmart(objectives, period)).toEqual([
      {
        objectiveId: 'oo-2',
        title: 'Tweede',
        check: { status: 'incomplete', missing: ['unit'], warnings: [] },
      },
      { objectiveId: 'oo-1', title: 'Eerste', check: { status: 'smart', warnings: [] } },
    ]);
  });

  it('is empty for a plan without objectives', () => {
    expect(checkPlanSmart([], period)).toEqual([]);
  });
});

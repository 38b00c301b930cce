import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { PLAN_ERRORS } from './plan.errors';
import { MULTI_LINE_MAX, SINGLE_LINE_MAX } from './plan.limits';
import { hasAtMostCentPrecision } from './plan.schema';
import type { PlanFieldError, ValidationResult } from './plan.validate';
import {
  formatFieldPath,
  validate,
  validatePlan,
  validatePlanAction,
  validatePlanArrangement,
  validatePlanBundle,
  validatePlanIdentification,
  validatePlanVision,
  validateOperationalObjective,
  validateStrategicObjective,
} from './plan.validate';
import {
  aBundle,
  aPlan,
  aStrategicObjective,
  anAction,
  anActorArrangement,
  anIdentification,
  anObjective,
} from './test-support/plan.fixtures';

/** The errors of a failed validation (fails the test if it passed). */
function errorsOf<T>(result: ValidationResult<T>): readonly PlanFieldError[] {
  if (result.ok) throw new Error('expected validation to fail');
  return result.error;
}

/** Sets a value at a dotted path in a deep copy of an object. */
function withValue(input: unknown, path: readonly (string | number)[], value: unknown): unknown {
  const copy = structuredClone(input) as Record<string | number, unknown>;
  let node: Record<string | number, unknown> = copy;
  path.slice(0, -1).forEach((segment) => {
    node = node[segment] as Record<string | number, unknown>;
  });
  const last = path[path.length - 1]!;
  if (value === undefined) {
    // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- reason: building a test input without the key
    delete node[last];
  } else {
    node[last] = value;
  }
  return copy;
}

type Validator = (input: unknown) => ValidationResult<unknown>;

const communication = {
  kind: 'communication',
  id: 'arr-com-1',
  planId: 'plan-1',
  objectiveId: null,
  direction: 'external',
  audience: 'Burgers',
  means: 'Jaarverslag',
  cautions: 'Geheim van het onderzoek',
};
const monitoring = {
  kind: 'monitoring',
  id: 'arr-mon-1',
  planId: 'plan-1',
  objectiveId: 'oo-1',
  mode: 'active',
  how: 'Steekproeven in de logbestanden',
  byWhom: 'DIT',
  frequency: 'quarterly',
};
const evaluation = {
  kind: 'evaluation',
  id: 'arr-eva-1',
  planId: 'plan-1',
  objectiveId: 'oo-1',
  who: 'Directiecomité',
  how: 'Rapport',
  what: 'Voortgang van de acties',
  when: '2026-01-31',
  frequency: 'yearly',
};

describe('valid items pass unchanged', () => {
  it.each<[string, Validator, unknown]>([
    ['identification', validatePlanIdentification, anIdentification()],
    ['vision', validatePlanVision, aPlan().vision],
    ['plan', validatePlan, aPlan()],
    ['adopted plan', validatePlan, aPlan({ status: 'adopted', adoptedOn: '2025-02-01' })],
    ['archived plan', validatePlan, aPlan({ status: 'archived', adoptedOn: '2025-02-01' })],
    ['strategic objective', validateStrategicObjective, aStrategicObjective()],
    ['operational objective', validateOperationalObjective, anObjective()],
    [
      'open operational objective',
      validateOperationalObjective,
      anObjective({
        specific: '',
        indicator: '',
        unit: '',
        baselineValue: null,
        targetValue: null,
        deadline: null,
        owner: null,
        currentValue: -3.5,
        indicatorUpdatedOn: '2025-06-30',
      }),
    ],
    ['action', validatePlanAction, anAction()],
    [
      'action without resources',
      validatePlanAction,
      anAction({ hours: null, budgetEur: null, dueDate: null, owner: null }),
    ],
    ['action with zero resources', validatePlanAction, anAction({ hours: 0, budgetEur: 0 })],
    ['actor arrangement', validatePlanArrangement, anActorArrangement()],
    ['monitoring arrangement', validatePlanArrangement, monitoring],
    ['evaluation arrangement', validatePlanArrangement, evaluation],
    ['plan-wide communication', validatePlanArrangement, communication],
    // Section 6 asks who follows up the plan's progress as a whole, besides a plan per objective.
    ['plan-wide evaluation', validatePlanArrangement, { ...evaluation, objectiveId: null }],
    ['bundle', validatePlanBundle, aBundle()],
    [
      'item with updatedAt (UTC)',
      validateStrategicObjective,
      aStrategicObjective({ updatedAt: '2025-03-01T09:30:00Z' }),
    ],
    [
      'item with updatedAt (offset)',
      validatePlanAction,
      anAction({ updatedAt: '2025-03-30T03:30:00.123+02:00' }),
    ],
    [
      'owner with id and email',
      validatePlanAction,
      anAction({ owner: { id: '42', displayName: 'An Peeters', email: 'an@example.be' } }),
    ],
  ])('%s', (_, validator, input) => {
    expect(validator(input)).toEqual({ ok: true, value: input });
  });

  it('drops keys that are undefined, as a mapper may write them', () => {
    const result = validateStrategicObjective({ ...aStrategicObjective(), updatedAt: undefined });
    expect(result).toEqual({ ok: true, value: aStrategicObjective() });
    expect(result.ok && 'updatedAt' in result.value).toBe(false);
  });

  it('drops keys the type does not know', () => {
    expect(validatePlanAction({ ...anAction(), ContentType: 'Item' })).toEqual({
      ok: true,
      value: anAction(),
    });
  });
});

describe('single line of text: at most 255 characters', () => {
  const cases: [string, Validator, unknown, readonly (string | number)[]][] = [
    ['plan title', validatePlan, aPlan(), ['title']],
    ['plan id', validatePlan, aPlan(), ['id']],
    ['entity name', validatePlanIdentification, anIdentification(), ['entityName']],
    [
      'mandate holder last name',
      validatePlanIdentification,
      anIdentification(),
      ['mandateHolder', 'lastName'],
    ],
    [
      'mandate holder first name',
      validatePlanIdentification,
      anIdentification(),
      ['mandateHolder', 'firstName'],
    ],
    [
      'mandate holder grade',
      validatePlanIdentification,
      anIdentification(),
      ['mandateHolder', 'grade'],
    ],
    ['strategic objective title', validateStrategicObjective, aStrategicObjective(), ['title']],
    ['objective title', validateOperationalObjective, anObjective(), ['title']],
    ['indicator', validateOperationalObjective, anObjective(), ['indicator']],
    ['unit', validateOperationalObjective, anObjective(), ['unit']],
    ['owner name', validateOperationalObjective, anObjective(), ['owner', 'displayName']],
    [
      'element id',
      validateOperationalObjective,
      anObjective({ elementIds: ['ins.guide.training'] }),
      ['elementIds', 0],
    ],
    ['action title', validatePlanAction, anAction(), ['title']],
    [
      'owner email',
      validatePlanAction,
      anAction({ owner: { displayName: 'An', email: 'an@example.be' } }),
      ['owner', 'email'],
    ],
    ['actor', validatePlanArrangement, anActorArrangement(), ['actor']],
    ['actor role', validatePlanArrangement, anActorArrangement(), ['role']],
    ['monitoring by whom', validatePlanArrangement, monitoring, ['byWhom']],
    ['evaluation who', validatePlanArrangement, evaluation, ['who']],
    ['communication audience', validatePlanArrangement, communication, ['audience']],
  ];

  it.each(cases)('%s: 255 characters pass', (_, validator, input, path) => {
    expect(validator(withValue(input, path, 'x'.repeat(SINGLE_LINE_MAX))).ok).toBe(true);
  });

  it.each(cases)('%s: 256 characters are too long', (_, validator, input, path) => {
    const errors = errorsOf(validator(withValue(input, path, 'x'.repeat(SINGLE_LINE_MAX + 1))));
    const field = formatFieldPath(path);
    expect(errors).toEqual([
      { code: 'PLAN.FIELD_TOO_LONG', field, path, details: { field, max: 255 } },
    ]);
  });

  it('counts UTF-16 code units like SharePoint: 128 emoji are 256 units', () => {
    const errors = errorsOf(validatePlan({ ...aPlan(), title: '🚓'.repeat(128) }));
    expect(errors.map((e) => e.code)).toEqual(['PLAN.FIELD_TOO_LONG']);
    expect(validatePlan({ ...aPlan(), title: 'é'.repeat(255) }).ok).toBe(true);
  });
});

describe('multiple lines of text: at most 63,999 characters', () => {
  const cases: [string, Validator, unknown, readonly (string | number)[]][] = [
    ...(['ambition', 'coreValues', 'needs', 'vulnerableProcesses', 'recommendations'] as const).map(
      (key): [string, Validator, unknown, readonly (string | number)[]] => [
        `vision ${key}`,
        validatePlanVision,
        aPlan().vision,
        [key],
      ],
    ),
    ['strategic description', validateStrategicObjective, aStrategicObjective(), ['description']],
    ['specific', validateOperationalObjective, anObjective(), ['specific']],
    ['action description', validatePlanAction, anAction(), ['description']],
    ['responsibilities', validatePlanArrangement, anActorArrangement(), ['responsibilities']],
    ['formal reactions', validatePlanArrangement, anActorArrangement(), ['formalReactions']],
    ['monitoring how', validatePlanArrangement, monitoring, ['how']],
    ['evaluation how', validatePlanArrangement, evaluation, ['how']],
    ['evaluation what', validatePlanArrangement, evaluation, ['what']],
    ['communication means', validatePlanArrangement, communication, ['means']],
    ['communication cautions', validatePlanArrangement, communication, ['cautions']],
  ];

  it.each(cases)('%s: 63,999 characters pass', (_, validator, input, path) => {
    expect(validator(withValue(input, path, 'x'.repeat(MULTI_LINE_MAX))).ok).toBe(true);
  });

  it.each(cases)('%s: 64,000 characters are too long', (_, validator, input, path) => {
    const errors = errorsOf(validator(withValue(input, path, 'x'.repeat(MULTI_LINE_MAX + 1))));
    expect(errors).toEqual([expect.objectContaining({ code: 'PLAN.FIELD_TOO_LONG', path })]);
    expect(errors[0]!.details['max']).toBe(63_999);
  });

  it('a plan vision with several texts too long reports each, in schema order', () => {
    const long = 'x'.repeat(MULTI_LINE_MAX + 1);
    const errors = errorsOf(
      validatePlan({ ...aPlan(), vision: { ...aPlan().vision, needs: long, ambition: long } }),
    );
    expect(errors.map((e) => e.field)).toEqual(['vision.ambition', 'vision.needs']);
  });
});

describe('required fields', () => {
  it.each<[string, Validator, unknown, readonly (string | number)[], unknown]>([
    ['empty title', validatePlan, aPlan(), ['title'], ''],
    ['white-space title', validatePlan, aPlan(), ['title'], ' \t\n '],
    ['missing title', validatePlan, aPlan(), ['title'], undefined],
    ['null title (empty SharePoint column)', validatePlan, aPlan(), ['title'], null],
    ['empty id', validatePlanAction, anAction(), ['id'], ''],
    ['empty plan id', validateStrategicObjective, aStrategicObjective(), ['planId'], ''],
    ['missing objective id', validatePlanAction, anAction(), ['objectiveId'], undefined],
    // Sections 4 and 5 are "per objective" in the model plan: never plan-wide.
    ['plan-wide actor', validatePlanArrangement, anActorArrangement(), ['objectiveId'], null],
    ['plan-wide monitoring', validatePlanArrangement, monitoring, ['objectiveId'], null],
    [
      'missing strategic link',
      validateOperationalObjective,
      anObjective(),
      ['strategicObjectiveId'],
      undefined,
    ],
    ['missing vision', validatePlan, aPlan(), ['vision'], undefined],
    ['missing vision text', validatePlanVision, aPlan().vision, ['needs'], undefined],
    [
      'missing period start',
      validatePlanIdentification,
      anIdentification(),
      ['periodStart'],
      undefined,
    ],
    [
      'missing mandate holder',
      validatePlanIdentification,
      anIdentification(),
      ['mandateHolder'],
      null,
    ],
    ['missing element ids', validatePlanAction, anAction(), ['elementIds'], undefined],
    [
      'empty element id',
      validatePlanAction,
      anAction({ elementIds: ['a', ''] }),
      ['elementIds', 1],
      '',
    ],
    ['owner without name', validatePlanAction, anAction(), ['owner', 'displayName'], ''],
    ['actor without name', validatePlanArrangement, anActorArrangement(), ['actor'], '  '],
    [
      'missing baseline (must be null, not absent)',
      validateOperationalObjective,
      anObjective(),
      ['baselineValue'],
      undefined,
    ],
    ['missing action status', validatePlanAction, anAction(), ['status'], undefined],
    [
      'missing arrangement kind',
      validatePlanArrangement,
      anActorArrangement(),
      ['kind'],
      undefined,
    ],
  ])('%s → PLAN.FIELD_REQUIRED', (_, validator, input, path, value) => {
    const errors = errorsOf(validator(withValue(input, path, value)));
    expect(errors).toContainEqual(expect.objectContaining({ code: 'PLAN.FIELD_REQUIRED', path }));
  });

  it('a draft may leave the identification names empty (adoption checks them)', () => {
    const identification = anIdentification({
      entityName: '',
      mandateHolder: { lastName: '', firstName: '', grade: '' },
    });
    expect(validatePlanIdentification(identification).ok).toBe(true);
  });
});

describe('dates', () => {
  it.each([
    ['2024-02-29', 'ok'],
    ['2023-02-29', 'PLAN.INVALID_DATE'],
    ['2000-02-29', 'ok'],
    ['2100-02-29', 'PLAN.INVALID_DATE'],
    ['2025-04-31', 'PLAN.INVALID_DATE'],
    ['2025-13-01', 'PLAN.INVALID_DATE'],
    ['31/12/2025', 'PLAN.INVALID_DATE'],
    ['2025-12-31T00:00:00Z', 'PLAN.INVALID_DATE'],
    ['', 'PLAN.INVALID_DATE'],
    ['1900-01-01', 'ok'],
    ['1899-12-31', 'PLAN.DATE_OUT_OF_RANGE'],
    ['8900-12-31', 'ok'],
    ['8901-01-01', 'PLAN.DATE_OUT_OF_RANGE'],
  ])('action due date %s → %s', (dueDate, expected) => {
    const result = validatePlanAction({ ...anAction(), dueDate });
    if (expected === 'ok') {
      expect(result.ok).toBe(true);
    } else {
      expect(errorsOf(result).map((e) => [e.code, e.field])).toEqual([[expected, 'dueDate']]);
    }
  });

  it('out of range names the SharePoint bounds', () => {
    const [error] = errorsOf(validatePlanAction({ ...anAction(), dueDate: '1899-12-31' }));
    expect(error!.details).toEqual({ field: 'dueDate', min: '1900-01-01', max: '8900-12-31' });
  });

  it.each<[string, Validator, unknown, readonly (string | number)[]]>([
    ['period start', validatePlanIdentification, anIdentification(), ['periodStart']],
    ['period end', validatePlanIdentification, anIdentification(), ['periodEnd']],
    [
      'adoption date',
      validatePlan,
      aPlan({ status: 'adopted', adoptedOn: '2025-01-01' }),
      ['adoptedOn'],
    ],
    ['deadline', validateOperationalObjective, anObjective(), ['deadline']],
    ['indicator updated on', validateOperationalObjective, anObjective(), ['indicatorUpdatedOn']],
    ['evaluation when', validatePlanArrangement, evaluation, ['when']],
  ])('%s must be a calendar date', (_, validator, input, path) => {
    const errors = errorsOf(validator(withValue(input, path, '2025-02-29')));
    expect(errors).toContainEqual(expect.objectContaining({ code: 'PLAN.INVALID_DATE', path }));
  });

  it('a date given as a number is an invalid value', () => {
    const errors = errorsOf(validatePlanAction({ ...anAction(), dueDate: 20250101 }));
    expect(errors).toEqual([
      {
        code: 'PLAN.INVALID_VALUE',
        field: 'dueDate',
        path: ['dueDate'],
        details: { field: 'dueDate', expected: 'string' },
      },
    ]);
  });

  it.each(['yesterday', '2025-03-01', '2025-03-01T09:30:00', '2025-02-30T09:30:00Z'])(
    'updatedAt %s is not a timestamp with offset',
    (updatedAt) => {
      const errors = errorsOf(validatePlanAction({ ...anAction(), updatedAt }));
      expect(errors.map((e) => [e.code, e.field])).toEqual([
        ['PLAN.INVALID_DATE_TIME', 'updatedAt'],
      ]);
    },
  );
});

describe('plan period', () => {
  it.each([
    ['2025-01-01', '2025-01-02', 'ok'],
    ['2025-01-01', '2030-12-31', 'ok'],
    ['2025-01-01', '2025-01-01', 'PLAN.PERIOD_END_BEFORE_START'],
    ['2025-01-02', '2025-01-01', 'PLAN.PERIOD_END_BEFORE_START'],
    ['2030-12-31', '2025-01-01', 'PLAN.PERIOD_END_BEFORE_START'],
    ['2024-02-28', '2024-02-29', 'ok'],
  ])('%s → %s: %s', (periodStart, periodEnd, expected) => {
    const result = validatePlanIdentification(anIdentification({ periodStart, periodEnd }));
    if (expected === 'ok') {
      expect(result.ok).toBe(true);
    } else {
      expect(errorsOf(result)).toEqual([
        {
          code: expected,
          field: 'periodEnd',
          path: ['periodEnd'],
          details: { field: 'periodEnd', start: periodStart, end: periodEnd },
        },
      ]);
    }
  });

  it('is checked even when another field of the identification is wrong', () => {
    const input = {
      ...anIdentification({ periodStart: '2026-01-01', periodEnd: '2025-01-01' }),
      entityName: 7,
    };
    expect(errorsOf(validatePlanIdentification(input)).map((e) => e.code)).toEqual([
      'PLAN.INVALID_VALUE',
      'PLAN.PERIOD_END_BEFORE_START',
    ]);
  });

  it('is not compared when a bound is not a date (that bound is flagged instead)', () => {
    const errors = errorsOf(
      validatePlanIdentification(
        anIdentification({ periodStart: '2026-02-30', periodEnd: '2025-01-01' }),
      ),
    );
    expect(errors.map((e) => [e.code, e.field])).toEqual([['PLAN.INVALID_DATE', 'periodStart']]);
  });

  it('reports the nested path inside a plan', () => {
    const plan = aPlan({ identification: anIdentification({ periodEnd: '2024-12-31' }) });
    expect(errorsOf(validatePlan(plan)).map((e) => e.field)).toEqual(['identification.periodEnd']);
  });
});

describe('numbers', () => {
  it.each<[string, unknown, string]>([
    ['0', 0, 'ok'],
    ['0.01', 0.01, 'ok'],
    ['19.99', 19.99, 'ok'],
    ['1,000,000.5', 1_000_000.5, 'ok'],
    ['-0.01', -0.01, 'PLAN.NEGATIVE_AMOUNT'],
    ['0.001', 0.001, 'PLAN.TOO_MANY_DECIMALS'],
    ['12.345', 12.345, 'PLAN.TOO_MANY_DECIMALS'],
    ['0.1 + 0.2 (float noise)', 0.1 + 0.2, 'PLAN.TOO_MANY_DECIMALS'],
    ['NaN', Number.NaN, 'PLAN.INVALID_NUMBER'],
    ['Infinity', Number.POSITIVE_INFINITY, 'PLAN.INVALID_NUMBER'],
    ['"1500" (text)', '1500', 'PLAN.INVALID_VALUE'],
  ])('budget %s → %s', (_, budgetEur, expected) => {
    const result = validatePlanAction({ ...anAction(), budgetEur });
    if (expected === 'ok') {
      expect(result.ok).toBe(true);
    } else {
      expect(errorsOf(result).map((e) => [e.code, e.field])).toEqual([[expected, 'budgetEur']]);
    }
  });

  it('a negative amount with too many decimals reports both', () => {
    const errors = errorsOf(validatePlanAction({ ...anAction(), budgetEur: -1.234 }));
    expect(errors.map((e) => e.code)).toEqual(['PLAN.NEGATIVE_AMOUNT', 'PLAN.TOO_MANY_DECIMALS']);
    expect(errors[1]!.details).toEqual({ field: 'budgetEur', max: 2 });
  });

  it.each<[string, unknown, string]>([
    ['0', 0, 'ok'],
    ['1.5', 1.5, 'ok'],
    ['-0.5', -0.5, 'PLAN.NEGATIVE_AMOUNT'],
    ['-Infinity', Number.NEGATIVE_INFINITY, 'PLAN.INVALID_NUMBER'],
  ])('hours %s → %s', (_, hours, expected) => {
    const result = validatePlanAction({ ...anAction(), hours });
    if (expected === 'ok') {
      expect(result.ok).toBe(true);
    } else {
      expect(errorsOf(result).map((e) => [e.code, e.field])).toEqual([[expected, 'hours']]);
    }
  });

  it.each<[string, 'baselineValue' | 'targetValue' | 'currentValue', unknown, string]>([
    ['negative baseline', 'baselineValue', -10, 'ok'],
    ['fractional target', 'targetValue', 12.75, 'ok'],
    ['NaN baseline', 'baselineValue', Number.NaN, 'PLAN.INVALID_NUMBER'],
    ['infinite target', 'targetValue', Number.POSITIVE_INFINITY, 'PLAN.INVALID_NUMBER'],
    ['text current value', 'currentValue', '20', 'PLAN.INVALID_VALUE'],
  ])('indicator value: %s → %s', (_, key, value, expected) => {
    const result = validateOperationalObjective({ ...anObjective(), [key]: value });
    if (expected === 'ok') {
      expect(result.ok).toBe(true);
    } else {
      expect(errorsOf(result).map((e) => [e.code, e.field])).toEqual([[expected, key]]);
    }
  });

  it.each<[unknown, string]>([
    [0, 'ok'],
    [-1, 'ok'],
    [1.5, 'PLAN.NOT_AN_INTEGER'],
    [2 ** 60, 'PLAN.INVALID_NUMBER'],
    [Number.NaN, 'PLAN.INVALID_NUMBER'],
  ])('order %s → %s', (order, expected) => {
    const result = validateStrategicObjective({ ...aStrategicObjective(), order });
    if (expected === 'ok') {
      expect(result.ok).toBe(true);
    } else {
      expect(errorsOf(result).map((e) => [e.code, e.field])).toEqual([[expected, 'order']]);
    }
  });

  it('hasAtMostCentPrecision', () => {
    expect([0, 1, 0.5, 0.05, 19.99, 1234.56].every(hasAtMostCentPrecision)).toBe(true);
    expect([0.001, 0.125, 0.1 + 0.2].some(hasAtMostCentPrecision)).toBe(false);
  });
});

describe('choices', () => {
  it('a hand-edited plan status is refused with the allowed values', () => {
    const errors = errorsOf(validatePlan({ ...aPlan(), status: 'Draft' }));
    expect(errors).toEqual([
      {
        code: 'PLAN.INVALID_CHOICE',
        field: 'status',
        path: ['status'],
        details: { field: 'status', allowed: 'draft, adopted, archived' },
      },
    ]);
  });

  it.each<[string, Validator, unknown, readonly (string | number)[], string]>([
    [
      'action status',
      validatePlanAction,
      anAction(),
      ['status'],
      'planned, in-progress, done, postponed, cancelled',
    ],
    ['monitoring mode', validatePlanArrangement, monitoring, ['mode'], 'active, passive, both'],
    [
      'frequency',
      validatePlanArrangement,
      evaluation,
      ['frequency'],
      'monthly, quarterly, half-yearly, yearly, continuous, ad-hoc',
    ],
    ['direction', validatePlanArrangement, communication, ['direction'], 'internal, external'],
    [
      'arrangement kind',
      validatePlanArrangement,
      anActorArrangement(),
      ['kind'],
      'actor, monitoring, evaluation, communication',
    ],
  ])('%s', (_, validator, input, path, allowed) => {
    const errors = errorsOf(validator(withValue(input, path, 'bogus')));
    expect(errors).toEqual([expect.objectContaining({ code: 'PLAN.INVALID_CHOICE', path })]);
    expect(errors[0]!.details['allowed']).toBe(allowed);
  });
});

describe('adoption date and status', () => {
  it.each([
    ['draft', '2025-02-01'],
    ['adopted', null],
    ['archived', null],
  ] as const)('%s with adoptedOn %s is inconsistent', (status, adoptedOn) => {
    const errors = errorsOf(validatePlan(aPlan({ status, adoptedOn })));
    expect(errors).toEqual([
      {
        code: 'PLAN.ADOPTION_DATE_INCONSISTENT',
        field: 'adoptedOn',
        path: ['adoptedOn'],
        details: { field: 'adoptedOn', status },
      },
    ]);
  });
});

describe('whole items that are not objects', () => {
  it.each([null, undefined, 42, 'plan', [], true])('%s', (input) => {
    const errors = errorsOf(validatePlan(input));
    expect(errors).toHaveLength(1);
    expect(errors[0]!.field).toBe('$');
    expect(errors[0]!.path).toEqual([]);
    expect(['PLAN.FIELD_REQUIRED', 'PLAN.INVALID_VALUE']).toContain(errors[0]!.code);
  });
});

describe('bundle consistency', () => {
  it('flags duplicate ids per list', () => {
    const bundle = aBundle({ actions: [anAction(), anAction({ title: 'Tweede' })] });
    expect(errorsOf(validatePlanBundle(bundle))).toEqual([
      {
        code: 'PLAN.DUPLICATE_ID',
        field: 'actions[1].id',
        path: ['actions', 1, 'id'],
        details: { field: 'actions[1].id', id: 'act-1' },
      },
    ]);
  });

  it('allows the same id in different lists', () => {
    const bundle = aBundle({ actions: [anAction({ id: 'oo-1' })] });
    expect(validatePlanBundle(bundle).ok).toBe(true);
  });

  it('flags items of another plan', () => {
    const bundle = aBundle({ strategicObjectives: [aStrategicObjective({ planId: 'plan-2' })] });
    expect(errorsOf(validatePlanBundle(bundle))).toEqual([
      expect.objectContaining({
        code: 'PLAN.WRONG_PLAN',
        field: 'strategicObjectives[0].planId',
        details: { field: 'strategicObjectives[0].planId', planId: 'plan-2' },
      }),
    ]);
  });

  it('flags references to objectives that are not in the bundle', () => {
    const bundle = aBundle({
      objectives: [anObjective({ strategicObjectiveId: 'so-9' })],
      actions: [anAction({ objectiveId: 'oo-9' })],
      arrangements: [anActorArrangement({ objectiveId: 'oo-8' }), communication as never],
    });
    expect(
      errorsOf(validatePlanBundle(bundle)).map((e) => [e.code, e.field, e.details['id']]),
    ).toEqual([
      ['PLAN.UNKNOWN_REFERENCE', 'objectives[0].strategicObjectiveId', 'so-9'],
      ['PLAN.UNKNOWN_REFERENCE', 'actions[0].objectiveId', 'oo-9'],
      ['PLAN.UNKNOWN_REFERENCE', 'arrangements[0].objectiveId', 'oo-8'],
    ]);
  });

  it('reports field errors with their full path in the bundle', () => {
    const bundle = aBundle({ actions: [anAction(), anAction({ id: 'act-2', budgetEur: -1 })] });
    expect(errorsOf(validatePlanBundle(bundle)).map((e) => [e.code, e.field])).toEqual([
      ['PLAN.NEGATIVE_AMOUNT', 'actions[1].budgetEur'],
    ]);
  });
});

describe('hand-edited SharePoint items are flagged, never crash', () => {
  it('an objective edited in the list view', () => {
    const edited = {
      ...anObjective(),
      baselineValue: '20',
      deadline: '31/12/2027',
      owner: { displayName: 42 },
      elementIds: 'ins.guide.training',
    };
    expect(errorsOf(validateOperationalObjective(edited)).map((e) => [e.code, e.field])).toEqual([
      ['PLAN.INVALID_VALUE', 'baselineValue'],
      ['PLAN.INVALID_DATE', 'deadline'],
      ['PLAN.INVALID_VALUE', 'owner.displayName'],
      ['PLAN.INVALID_VALUE', 'elementIds'],
    ]);
  });

  const validators: readonly Validator[] = [
    validatePlan,
    validatePlanIdentification,
    validatePlanVision,
    validateStrategicObjective,
    validateOperationalObjective,
    validatePlanAction,
    validatePlanArrangement,
    validatePlanBundle,
  ];

  it('any input gives a result whose codes all have messages', () => {
    fc.assert(
      fc.property(fc.anything(), fc.constantFrom(...validators), (input, validator) => {
        const result = validator(input);
        if (!result.ok) {
          for (const error of result.error) {
            expect(Object.keys(PLAN_ERRORS)).toContain(error.code);
            expect(error.details['field']).toBe(error.field);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('a valid bundle with one value replaced anywhere gives a result, never an exception', () => {
    const bundle = aBundle({
      arrangements: [anActorArrangement(), monitoring as never, evaluation as never],
    });
    const paths = leafPaths(bundle);
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.anything(), (path, value) => {
        const result = validatePlanBundle(withValue(bundle, path, value));
        if (!result.ok) expect(result.error.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });
});

/** Paths to every value in a JSON-like object. */
function leafPaths(
  value: unknown,
  prefix: readonly (string | number)[] = [],
): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [[...prefix]];
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.map((v, i): [number, unknown] => [i, v])
    : Object.entries(value);
  return [[...prefix], ...entries.flatMap(([key, v]) => leafPaths(v, [...prefix, key]))].filter(
    (path) => path.length > 0,
  );
}

describe('mapping of issues zod raises for other schemas', () => {
  it.each<[string, z.ZodType, unknown, string]>([
    [
      'an unknown custom code',
      z.string().refine(() => false, { params: { code: 'NOPE' } }),
      'x',
      'PLAN.INVALID_VALUE',
    ],
    ['a custom check without code', z.string().refine(() => false), 'x', 'PLAN.INVALID_VALUE'],
    [
      'a non-field plan code',
      z.string().refine(() => false, { params: { code: 'PLAN.ARCHIVED' } }),
      'x',
      'PLAN.INVALID_VALUE',
    ],
    ['another string format', z.email(), 'not-an-email', 'PLAN.INVALID_VALUE'],
    ['a plain union', z.union([z.string(), z.number()]), true, 'PLAN.INVALID_VALUE'],
    ['a minimum other than zero', z.number().min(5), 1, 'PLAN.INVALID_NUMBER'],
    ['a maximum on a number', z.number().max(5), 6, 'PLAN.INVALID_NUMBER'],
    ['a strict object', z.strictObject({}), { extra: 1 }, 'PLAN.INVALID_VALUE'],
    ['a wrong type', z.boolean(), 'yes', 'PLAN.INVALID_VALUE'],
    ['zod max on a string', z.string().max(3), 'abcd', 'PLAN.FIELD_TOO_LONG'],
    ['zod min on a string', z.string().min(1), '', 'PLAN.FIELD_REQUIRED'],
    ['a missing enum value', z.object({ e: z.enum(['a']) }), {}, 'PLAN.FIELD_REQUIRED'],
    [
      'a discriminated union on a non-object',
      z.discriminatedUnion('k', [z.object({ k: z.literal('a') })]),
      'a',
      'PLAN.INVALID_VALUE',
    ],
  ])('%s → %s', (_, schema, input, code) => {
    expect(errorsOf(validate(schema, input)).map((e) => e.code)).toEqual([code]);
  });

  it('custom details keep only strings and numbers', () => {
    const schema = z.string().refine(() => false, {
      params: { code: 'PLAN.FIELD_TOO_LONG', max: 3, note: 'x', ignored: { deep: true } },
    });
    expect(errorsOf(validate(schema, 'abcd'))[0]!.details).toEqual({
      field: '$',
      max: 3,
      note: 'x',
    });
  });
});

describe('formatFieldPath', () => {
  it.each<[readonly (string | number)[], string]>([
    [[], '$'],
    [['title'], 'title'],
    [['identification', 'mandateHolder', 'grade'], 'identification.mandateHolder.grade'],
    [['actions', 2, 'elementIds', 0], 'actions[2].elementIds[0]'],
    [[0, 'id'], '[0].id'],
  ])('%j → %s', (path, text) => {
    expect(formatFieldPath(path)).toBe(text);
  });
});

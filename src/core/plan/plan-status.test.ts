import { describe, expect, it } from 'vitest';
import type { IdentificationField } from './plan.labels';
import type { PlanIdentification, PlanStatus } from './plan.types';
import { PLAN_STATUSES } from './plan.types';
import {
  PLAN_TRANSITIONS,
  adoptPlan,
  adoptionBlockers,
  allowedTransitions,
  archivePlan,
  compareCurrentFirst,
  currentPlanOf,
  editPlan,
  ensureEditable,
  missingIdentificationFields,
  transitionPlan,
} from './plan-status';
import { aBundle, aPlan, anIdentification, anObjective } from './test-support/plan.fixtures';

const ADOPTED_ON = '2025-02-15';

function planIn(status: PlanStatus) {
  return aPlan({ status, adoptedOn: status === 'draft' ? null : '2025-02-01' });
}

describe('transitions', () => {
  it('draft → adopted → archived, nothing else', () => {
    expect(PLAN_TRANSITIONS).toEqual({ draft: ['adopted'], adopted: ['archived'], archived: [] });
    expect(allowedTransitions('draft')).toEqual(['adopted']);
    expect(allowedTransitions('adopted')).toEqual(['archived']);
    expect(allowedTransitions('archived')).toEqual([]);
  });

  const pairs = PLAN_STATUSES.flatMap((from) => PLAN_STATUSES.map((to) => [from, to] as const));

  it.each(pairs)('%s → %s', (from, to) => {
    const bundle = aBundle({ plan: planIn(from) });
    const result = transitionPlan(bundle, to, ADOPTED_ON);
    const allowed = (PLAN_TRANSITIONS[from] as readonly PlanStatus[]).includes(to);
    if (allowed) {
      expect(result.ok && result.value.status).toBe(to);
    } else {
      expect(result).toEqual({
        ok: false,
        error: { code: 'PLAN.INVALID_TRANSITION', details: { from, to } },
      });
    }
  });
});

describe('adoptPlan', () => {
  it('adopts a complete draft on the given date and changes nothing else', () => {
    const bundle = aBundle();
    const result = adoptPlan(bundle, ADOPTED_ON);
    expect(result).toEqual({
      ok: true,
      value: { ...bundle.plan, status: 'adopted', adoptedOn: ADOPTED_ON },
    });
    expect(bundle.plan.status).toBe('draft');
    expect(bundle.plan.adoptedOn).toBeNull();
  });

  it.each([
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['15/02/2025', false],
    ['', false],
  ])('adoption date %s valid: %s', (date, valid) => {
    const result = adoptPlan(aBundle(), date);
    if (valid) {
      expect(result.ok).toBe(true);
    } else {
      expect(result).toEqual({
        ok: false,
        error: { code: 'PLAN.INVALID_DATE', details: { field: 'adoptedOn' } },
      });
    }
  });

  it('refuses an adopted or archived plan before looking at its content', () => {
    for (const status of ['adopted', 'archived'] as const) {
      const result = adoptPlan(aBundle({ plan: planIn(status), objectives: [] }), ADOPTED_ON);
      expect(!result.ok && result.error.code).toBe('PLAN.INVALID_TRANSITION');
    }
  });

  it.each<[string, Partial<PlanIdentification>, IdentificationField[]]>([
    ['entity', { entityName: '' }, ['entityName']],
    ['entity (white space)', { entityName: '  ' }, ['entityName']],
    ['period start', { periodStart: '' }, ['periodStart']],
    ['period end', { periodEnd: '2030-02-30' }, ['periodEnd']],
    [
      'last name',
      { mandateHolder: { lastName: '', firstName: 'An', grade: 'hoofdcommissaris' } },
      ['lastName'],
    ],
    [
      'first name',
      { mandateHolder: { lastName: 'Peeters', firstName: '', grade: 'hoofdcommissaris' } },
      ['firstName'],
    ],
    ['grade', { mandateHolder: { lastName: 'Peeters', firstName: 'An', grade: ' ' } }, ['grade']],
    [
      'everything',
      {
        entityName: '',
        periodStart: '',
        periodEnd: '',
        mandateHolder: { lastName: '', firstName: '', grade: '' },
      },
      ['entityName', 'periodStart', 'periodEnd', 'lastName', 'firstName', 'grade'],
    ],
  ])('identification without %s is not adoptable', (_, overrides, missing) => {
    expect(missingIdentificationFields(anIdentification(overrides))).toEqual(missing);
    const bundle = aBundle({ plan: aPlan({ identification: anIdentification(overrides) }) });
    expect(adoptPlan(bundle, ADOPTED_ON)).toEqual({
      ok: false,
      error: {
        code: 'PLAN.NOT_ADOPTABLE',
        details: { count: 1 },
        reasons: [
          { code: 'PLAN.IDENTIFICATION_INCOMPLETE', missing, details: { count: missing.length } },
        ],
      },
    });
  });

  it.each([
    ['2025-01-01', '2025-01-01'],
    ['2026-01-01', '2025-12-31'],
  ])('a period %s – %s is not adoptable', (periodStart, periodEnd) => {
    const bundle = aBundle({
      plan: aPlan({ identification: anIdentification({ periodStart, periodEnd }) }),
      objectives: [anObjective({ deadline: periodStart })],
    });
    expect(adoptionBlockers(bundle)).toEqual([
      {
        code: 'PLAN.PERIOD_END_BEFORE_START',
        details: { field: 'identification.periodEnd', start: periodStart, end: periodEnd },
      },
    ]);
  });

  it('needs a strategic objective', () => {
    const bundle = aBundle({ strategicObjectives: [] });
    expect(adoptionBlockers(bundle)).toEqual([{ code: 'PLAN.NO_STRATEGIC_OBJECTIVE' }]);
  });

  it('needs an operational objective', () => {
    const bundle = aBundle({ objectives: [] });
    expect(adoptionBlockers(bundle)).toEqual([{ code: 'PLAN.NO_OPERATIONAL_OBJECTIVE' }]);
  });

  it('needs every operational objective SMART', () => {
    const bundle = aBundle({
      objectives: [
        anObjective(),
        anObjective({ id: 'oo-2', title: 'Dilemmatrainingen', unit: '', owner: null }),
        anObjective({ id: 'oo-3', title: 'Steekproeven', deadline: null }),
      ],
    });
    expect(adoptionBlockers(bundle)).toEqual([
      {
        code: 'PLAN.OBJECTIVE_NOT_SMART',
        objectiveId: 'oo-2',
        missing: ['unit', 'owner'],
        details: { objective: 'Dilemmatrainingen', count: 2 },
      },
      {
        code: 'PLAN.OBJECTIVE_NOT_SMART',
        objectiveId: 'oo-3',
        missing: ['deadline'],
        details: { objective: 'Steekproeven', count: 1 },
      },
    ]);
  });

  it('does not block on SMART warnings', () => {
    const bundle = aBundle({
      objectives: [anObjective({ baselineValue: 5, targetValue: 5, deadline: '2040-01-01' })],
    });
    expect(adoptPlan(bundle, ADOPTED_ON).ok).toBe(true);
  });

  it('lists every reason at once, in a stable order', () => {
    const bundle = aBundle({
      plan: aPlan({
        identification: anIdentification({
          entityName: '',
          periodStart: '2030-01-01',
          periodEnd: '2025-01-01',
        }),
      }),
      strategicObjectives: [],
      objectives: [anObjective({ specific: '' })],
    });
    const result = adoptPlan(bundle, ADOPTED_ON);
    expect(!result.ok && result.error.code).toBe('PLAN.NOT_ADOPTABLE');
    if (!result.ok && result.error.code === 'PLAN.NOT_ADOPTABLE') {
      expect(result.error.details).toEqual({ count: 4 });
      expect(result.error.reasons.map((r) => r.code)).toEqual([
        'PLAN.IDENTIFICATION_INCOMPLETE',
        'PLAN.PERIOD_END_BEFORE_START',
        'PLAN.NO_STRATEGIC_OBJECTIVE',
        'PLAN.OBJECTIVE_NOT_SMART',
      ]);
    }
  });

  it('a plan with nothing in it lists identification, strategic and operational', () => {
    const bundle = aBundle({
      plan: aPlan({ identification: anIdentification({ entityName: '' }) }),
      strategicObjectives: [],
      objectives: [],
    });
    expect(adoptionBlockers(bundle).map((r) => r.code)).toEqual([
      'PLAN.IDENTIFICATION_INCOMPLETE',
      'PLAN.NO_STRATEGIC_OBJECTIVE',
      'PLAN.NO_OPERATIONAL_OBJECTIVE',
    ]);
  });
});

describe('archivePlan', () => {
  it('archives an adopted plan and keeps its adoption date', () => {
    const plan = planIn('adopted');
    expect(archivePlan(plan)).toEqual({ ok: true, value: { ...plan, status: 'archived' } });
  });

  it.each(['draft', 'archived'] as const)('refuses a %s plan', (status) => {
    expect(archivePlan(planIn(status))).toEqual({
      ok: false,
      error: { code: 'PLAN.INVALID_TRANSITION', details: { from: status, to: 'archived' } },
    });
  });
});

describe('editing', () => {
  it.each(['draft', 'adopted'] as const)('a %s plan may be edited', (status) => {
    const plan = planIn(status);
    expect(ensureEditable(plan)).toEqual({ ok: true, value: plan });
  });

  it('an archived plan may not', () => {
    expect(ensureEditable(planIn('archived'))).toEqual({
      ok: false,
      error: { code: 'PLAN.ARCHIVED' },
    });
  });

  it('editPlan applies valid changes', () => {
    const plan = planIn('adopted');
    const result = editPlan(plan, { title: 'Nieuwe titel' });
    expect(result).toEqual({ ok: true, value: { ...plan, title: 'Nieuwe titel' } });
  });

  it('editPlan refuses an archived plan', () => {
    expect(editPlan(planIn('archived'), { title: 'x' })).toEqual({
      ok: false,
      error: { code: 'PLAN.ARCHIVED' },
    });
  });

  it('editPlan returns every invalid field', () => {
    const result = editPlan(planIn('draft'), {
      title: 'x'.repeat(256),
      identification: anIdentification({ periodEnd: '2024-01-01' }),
    });
    expect(result.ok).toBe(false);
    if (!result.ok && result.error.code === 'PLAN.INVALID_FIELDS') {
      expect(result.error.details).toEqual({ count: 2 });
      expect(result.error.fields.map((f) => [f.code, f.field])).toEqual([
        ['PLAN.FIELD_TOO_LONG', 'title'],
        ['PLAN.PERIOD_END_BEFORE_START', 'identification.periodEnd'],
      ]);
    } else {
      expect.fail('expected PLAN.INVALID_FIELDS');
    }
  });
});

describe('the current plan', () => {
  const plan = (id: string, status: PlanStatus, periodStart: string) =>
    aPlan({ id, status, identification: { ...anIdentification(), periodStart } });

  it('offers adopted before draft before archived, then the latest period, then the newest', () => {
    const plans = [
      plan('1', 'archived', '2030-01-01'),
      plan('2', 'draft', '2029-01-01'),
      plan('3', 'adopted', '2025-01-01'),
      plan('9', 'adopted', '2026-01-01'),
      plan('10', 'adopted', '2026-01-01'),
    ];
    expect([...plans].sort(compareCurrentFirst).map((p) => p.id)).toEqual([
      '10',
      '9',
      '3',
      '2',
      '1',
    ]);
  });

  it('never picks an archived plan, and finds none among archived ones only', () => {
    const wrapped = [
      { plan: plan('1', 'archived', '2030-01-01') },
      { plan: plan('2', 'draft', '2020-01-01') },
    ];
    expect(currentPlanOf(wrapped, (w) => w.plan)?.plan.id).toBe('2');
    expect(currentPlanOf(wrapped.slice(0, 1), (w) => w.plan)).toBeNull();
  });
});

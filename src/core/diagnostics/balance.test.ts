import { describe, expect, it } from 'vitest';
import type { ElementId } from '../catalogue/catalogue.types';
import type { PlanAction } from '../plan/plan.types';
import { aBundle, anAction, anObjective } from '../plan/test-support/plan.fixtures';
import type { ActionApproach } from './balance';
import { actionApproach, computeBalance } from './balance';
import { FIXTURE_CATALOGUE, anInstrument } from './test-support/catalogue.fixtures';

const byId = new Map(FIXTURE_CATALOGUE.map((e) => [e.id, e] as const));

describe('actionApproach', () => {
  it.each<[string, ElementId[], ActionApproach]>([
    ['no element', [], 'unclassified'],
    ['only unknown ids', ['ghost'], 'unclassified'],
    ['one controlling', ['ins.monitor.spot-checks'], 'controlling'],
    ['two controlling', ['ins.monitor.spot-checks', 'ins.enforce.discipline'], 'controlling'],
    ['one stimulating', ['ins.guide.dilemma-training'], 'stimulating'],
    ['stimulating + unknown', ['ins.guide.dilemma-training', 'ghost'], 'stimulating'],
    ['one "both"', ['ins.determine.risk-analysis'], 'both'],
    ['controlling + stimulating', ['ins.monitor.spot-checks', 'ins.guide.onboarding'], 'both'],
    ['stimulating + both', ['ins.guide.onboarding', 'pro.pdca'], 'both'],
    ['controlling + both', ['ins.enforce.discipline', 'str.hrm'], 'both'],
  ])('%s → %s', (_, ids, approach) => {
    expect(actionApproach(ids, byId)).toBe(approach);
  });
});

/*
 * Hand-computed fixture (catalogue: test-support/catalogue.fixtures.ts).
 *
 * objectives: oo-1 → str.integrity-officer; oo-2 → spot-checks + ghost.element; oo-3 → nothing
 * actions (status, elements → approach, EUR, hours, owner):
 *   a1  oo-1  dilemma-training            → stimulating   1000.00  10   yes
 *   a2  oo-1  recruitment                 → controlling    500.50   5   none
 *   a3  oo-2  risk-analysis (both)        → both           300.00   4   yes
 *   a4  oo-2  spot-checks + onboarding    → both             null null  yes
 *   a5  oo-2  unknown.x                   → unclassified   200.00   2   blank name
 *   a6  oo-3  cancelled: str.hrm, gone.y  → not counted   9999.00  99   yes
 *   a7  oo-9  pro.planning-cycle          → stimulating      0.10   0   yes (unknown objective)
 *
 * actions: controlling 1, stimulating 2, both 2, unclassified 1 → controlling share
 *   (1 + 2/2) / 5 = 0.4, stimulating 0.6.
 * EUR: controlling 500.50 + 150 = 650.50; stimulating 1000 + 150 + 0.10 = 1150.10;
 *   classified 1800.60, unclassified 200, total 2000.60.
 * hours: controlling 5 + 2 = 7; stimulating 10 + 2 + 0 = 12; classified 19; unclassified 2.
 */
function fixtureBundle() {
  const action = (overrides: Partial<PlanAction>): PlanAction =>
    anAction({ owner: { displayName: 'Eigenaar' }, ...overrides });
  return aBundle({
    objectives: [
      anObjective({ id: 'oo-1', elementIds: ['str.integrity-officer'] }),
      anObjective({ id: 'oo-2', elementIds: ['ins.monitor.spot-checks', 'ghost.element'] }),
      anObjective({ id: 'oo-3', elementIds: [] }),
    ],
    actions: [
      action({
        id: 'a1',
        objectiveId: 'oo-1',
        elementIds: ['ins.guide.dilemma-training'],
        budgetEur: 1000,
        hours: 10,
      }),
      action({
        id: 'a2',
        objectiveId: 'oo-1',
        elementIds: ['ins.determine.recruitment'],
        budgetEur: 500.5,
        hours: 5,
        owner: null,
      }),
      action({
        id: 'a3',
        objectiveId: 'oo-2',
        elementIds: ['ins.determine.risk-analysis'],
        budgetEur: 300,
        hours: 4,
        status: 'in-progress',
      }),
      action({
        id: 'a4',
        objectiveId: 'oo-2',
        elementIds: ['ins.monitor.spot-checks', 'ins.guide.onboarding'],
        budgetEur: null,
        hours: null,
        status: 'done',
      }),
      action({
        id: 'a5',
        objectiveId: 'oo-2',
        elementIds: ['unknown.x'],
        budgetEur: 200,
        hours: 2,
        owner: { displayName: '  ' },
        status: 'postponed',
      }),
      action({
        id: 'a6',
        objectiveId: 'oo-3',
        elementIds: ['str.hrm', 'gone.y'],
        budgetEur: 9999,
        hours: 99,
        status: 'cancelled',
      }),
      action({
        id: 'a7',
        objectiveId: 'oo-9',
        elementIds: ['pro.planning-cycle'],
        budgetEur: 0.1,
        hours: 0,
      }),
    ],
  });
}

describe('computeBalance on the hand-computed fixture', () => {
  const balance = computeBalance(fixtureBundle(), FIXTURE_CATALOGUE);

  it('classifies each counted action', () => {
    expect(balance.approach.byAction).toEqual([
      { actionId: 'a1', approach: 'stimulating' },
      { actionId: 'a2', approach: 'controlling' },
      { actionId: 'a3', approach: 'both' },
      { actionId: 'a4', approach: 'both' },
      { actionId: 'a5', approach: 'unclassified' },
      { actionId: 'a7', approach: 'stimulating' },
    ]);
    expect(balance.cancelledActionCount).toBe(1);
  });

  it('shares actions, "both" counting half-half', () => {
    expect(balance.approach.actions).toEqual({
      counted: 6,
      controlling: 1,
      stimulating: 2,
      both: 2,
      unclassified: 1,
      controllingShare: 0.4,
      stimulatingShare: 0.6,
    });
  });

  it('shares the budget in euro, to the cent', () => {
    const budget = balance.approach.budgetEur;
    expect(budget).toMatchObject({
      total: 2000.6,
      classified: 1800.6,
      unclassified: 200,
      controlling: 650.5,
      stimulating: 1150.1,
    });
    expect(budget.controllingShare).toBeCloseTo(650.5 / 1800.6, 12);
    expect(budget.stimulatingShare).toBeCloseTo(1150.1 / 1800.6, 12);
  });

  it('shares the hours', () => {
    const hours = balance.approach.hours;
    expect(hours).toMatchObject({
      total: 21,
      classified: 19,
      unclassified: 2,
      controlling: 7,
      stimulating: 12,
    });
    expect(hours.controllingShare).toBeCloseTo(7 / 19, 12);
  });

  it('covers core and complementary layers', () => {
    expect(balance.layers).toEqual({
      core: {
        total: 6,
        linked: 4,
        share: 4 / 6,
        linkedIds: [
          'ins.determine.risk-analysis',
          'ins.guide.dilemma-training',
          'ins.monitor.spot-checks',
          'str.integrity-officer',
        ],
        missingIds: ['ins.enforce.discipline', 'pro.pdca'],
      },
      complementary: {
        total: 4,
        linked: 3,
        share: 0.75,
        linkedIds: ['ins.determine.recruitment', 'ins.guide.onboarding', 'pro.planning-cycle'],
        // str.hrm is only linked by a cancelled action.
        missingIds: ['str.hrm'],
      },
    });
  });

  it('covers layers per pillar', () => {
    const { instruments, processes, structures } = balance.pillarLayers;
    expect([instruments.core.linked, instruments.core.total]).toEqual([3, 4]);
    expect([instruments.complementary.linked, instruments.complementary.total]).toEqual([2, 2]);
    expect(processes.core).toMatchObject({
      linked: 0,
      total: 1,
      share: 0,
      missingIds: ['pro.pdca'],
    });
    expect(processes.complementary).toMatchObject({ linked: 1, total: 1, share: 1 });
    expect(structures.core).toMatchObject({ linked: 1, total: 1 });
    expect(structures.complementary).toMatchObject({ linked: 0, missingIds: ['str.hrm'] });
  });

  it('covers three of the four functions', () => {
    expect(balance.functions.covered).toEqual(['determine', 'guide', 'monitor']);
    expect(balance.functions.missing).toEqual(['enforce']);
    expect(balance.functions.byFunction).toEqual([
      {
        function: 'determine',
        status: 'covered',
        instrumentCount: 2,
        linkedInstrumentIds: ['ins.determine.risk-analysis', 'ins.determine.recruitment'],
        actionIds: ['a2', 'a3'],
      },
      {
        function: 'guide',
        status: 'covered',
        instrumentCount: 2,
        linkedInstrumentIds: ['ins.guide.dilemma-training', 'ins.guide.onboarding'],
        actionIds: ['a1', 'a4'],
      },
      {
        function: 'monitor',
        status: 'covered',
        instrumentCount: 1,
        linkedInstrumentIds: ['ins.monitor.spot-checks'],
        actionIds: ['a4'],
      },
      {
        function: 'enforce',
        status: 'missing',
        instrumentCount: 1,
        linkedInstrumentIds: [],
        actionIds: [],
      },
    ]);
  });

  it('lists the gaps', () => {
    // oo-3 only has a cancelled action.
    expect(balance.objectivesWithoutActions).toEqual(['oo-3']);
    expect(balance.actionsWithoutOwner).toEqual(['a2', 'a5']);
    expect(balance.actionsWithUnknownObjective).toEqual(['a7']);
    expect(balance.actionsWithInvalidAmount).toEqual([]);
  });

  it('flags links to unknown catalogue ids, cancelled actions included', () => {
    expect(balance.unknownElementLinks).toEqual([
      { source: 'objective', sourceId: 'oo-2', elementId: 'ghost.element' },
      { source: 'action', sourceId: 'a5', elementId: 'unknown.x' },
      { source: 'action', sourceId: 'a6', elementId: 'gone.y' },
    ]);
  });

  it('is deterministic and does not touch its input', () => {
    const bundle = fixtureBundle();
    const frozen = structuredClone(bundle);
    expect(computeBalance(bundle, FIXTURE_CATALOGUE)).toEqual(balance);
    expect(bundle).toEqual(frozen);
  });
});

describe('computeBalance edge cases', () => {
  it('an empty plan against an empty catalogue', () => {
    const balance = computeBalance(aBundle({ objectives: [], actions: [] }), []);
    expect(balance.approach.actions).toEqual({
      counted: 0,
      controlling: 0,
      stimulating: 0,
      both: 0,
      unclassified: 0,
      controllingShare: null,
      stimulatingShare: null,
    });
    expect(balance.approach.budgetEur).toEqual({
      total: 0,
      classified: 0,
      unclassified: 0,
      controlling: 0,
      stimulating: 0,
      controllingShare: null,
      stimulatingShare: null,
    });
    expect(balance.layers.core).toEqual({
      total: 0,
      linked: 0,
      share: null,
      linkedIds: [],
      missingIds: [],
    });
    expect(balance.functions.missing).toEqual(['determine', 'guide', 'monitor', 'enforce']);
    expect(balance.objectivesWithoutActions).toEqual([]);
  });

  it('a plan that links nothing leaves every element missing', () => {
    const balance = computeBalance(aBundle(), FIXTURE_CATALOGUE);
    expect(balance.layers.core.linked).toBe(0);
    expect(balance.layers.core.share).toBe(0);
    expect(balance.layers.complementary.missingIds).toHaveLength(4);
    expect(balance.approach.actions.unclassified).toBe(1);
    expect(balance.approach.actions.controllingShare).toBeNull();
  });

  it('only unclassified actions: no shares, all budget unclassified', () => {
    const bundle = aBundle({ actions: [anAction({ elementIds: ['ghost'], budgetEur: 100 })] });
    const balance = computeBalance(bundle, FIXTURE_CATALOGUE);
    expect(balance.approach.actions.controllingShare).toBeNull();
    expect(balance.approach.budgetEur).toMatchObject({
      total: 100,
      unclassified: 100,
      controllingShare: null,
    });
  });

  it('classified actions without budget: action shares but no budget shares', () => {
    const bundle = aBundle({
      actions: [anAction({ elementIds: ['ins.enforce.discipline'], budgetEur: null, hours: 0 })],
    });
    const balance = computeBalance(bundle, FIXTURE_CATALOGUE);
    expect(balance.approach.actions.controllingShare).toBe(1);
    expect(balance.approach.actions.stimulatingShare).toBe(0);
    expect(balance.approach.budgetEur.controllingShare).toBeNull();
    expect(balance.approach.hours.controllingShare).toBeNull();
  });

  it('adds euro exactly: 0.10 + 0.20 = 0.30', () => {
    const bundle = aBundle({
      actions: [
        anAction({ id: 'x', elementIds: ['ins.guide.onboarding'], budgetEur: 0.1 }),
        anAction({ id: 'y', elementIds: ['ins.guide.onboarding'], budgetEur: 0.2 }),
      ],
    });
    expect(computeBalance(bundle, FIXTURE_CATALOGUE).approach.budgetEur.stimulating).toBe(0.3);
  });

  it('splits an odd cent of a "both" action in halves', () => {
    const bundle = aBundle({
      actions: [anAction({ elementIds: ['pro.pdca'], budgetEur: 0.01 })],
    });
    const budget = computeBalance(bundle, FIXTURE_CATALOGUE).approach.budgetEur;
    expect(budget).toMatchObject({ controlling: 0.005, stimulating: 0.005, classified: 0.01 });
    expect(budget.controllingShare).toBe(0.5);
  });

  it('counts invalid amounts as zero and flags the action', () => {
    const bundle = aBundle({
      actions: [
        anAction({ id: 'neg', elementIds: ['ins.guide.onboarding'], budgetEur: -50 }),
        anAction({ id: 'nan', elementIds: ['ins.guide.onboarding'], hours: Number.NaN }),
        anAction({ id: 'inf', elementIds: ['ins.guide.onboarding'], budgetEur: Infinity }),
        anAction({ id: 'fine', elementIds: ['ins.guide.onboarding'], budgetEur: 10, hours: 1 }),
      ],
    });
    const balance = computeBalance(bundle, FIXTURE_CATALOGUE);
    expect(balance.actionsWithInvalidAmount).toEqual(['neg', 'nan', 'inf']);
    expect(balance.approach.budgetEur.total).toBe(1500 + 10);
    expect(balance.approach.hours.total).toBe(40 + 40 + 1);
  });

  it('counts an element linked twice once, and flags an unknown one once', () => {
    const bundle = aBundle({
      objectives: [anObjective({ elementIds: ['ins.guide.onboarding', 'ins.guide.onboarding'] })],
      actions: [anAction({ elementIds: ['ghost', 'ghost', 'ins.guide.onboarding'] })],
    });
    const balance = computeBalance(bundle, FIXTURE_CATALOGUE);
    expect(balance.layers.complementary.linkedIds).toEqual(['ins.guide.onboarding']);
    expect(balance.unknownElementLinks).toEqual([
      { source: 'action', sourceId: 'act-1', elementId: 'ghost' },
    ]);
    expect(balance.approach.byAction).toEqual([{ actionId: 'act-1', approach: 'stimulating' }]);
  });

  it('a function is covered by an objective link alone', () => {
    const bundle = aBundle({
      objectives: [anObjective({ elementIds: ['ins.enforce.discipline'] })],
      actions: [],
    });
    const enforce = computeBalance(bundle, FIXTURE_CATALOGUE).functions.byFunction[3]!;
    expect(enforce).toMatchObject({ function: 'enforce', status: 'covered', actionIds: [] });
  });

  it('processes and structures do not cover a function', () => {
    const bundle = aBundle({
      actions: [anAction({ elementIds: ['pro.pdca', 'str.hrm', 'str.integrity-officer'] })],
    });
    expect(computeBalance(bundle, FIXTURE_CATALOGUE).functions.covered).toEqual([]);
  });

  it('an instrument of another catalogue with the same function counts by its own id', () => {
    const catalogue = [anInstrument('x.monitor', 'monitor', 'core', 'controlling')];
    const bundle = aBundle({ actions: [anAction({ elementIds: ['x.monitor'] })] });
    const balance = computeBalance(bundle, catalogue);
    expect(balance.functions.covered).toEqual(['monitor']);
    expect(balance.layers.core.share).toBe(1);
  });
});

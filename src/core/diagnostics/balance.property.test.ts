import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CatalogueElement } from '../catalogue/catalogue.types';
import { APPROACHES, IMF_FUNCTIONS, LAYERS } from '../catalogue/catalogue.types';
import type { PlanAction, PlanBundle } from '../plan/plan.types';
import { ACTION_STATUSES } from '../plan/plan.types';
import { aBundle, anAction, anObjective } from '../plan/test-support/plan.fixtures';
import type { BalanceDiagnostics } from './balance';
import { computeBalance } from './balance';
import { aProcess, aStructure, anInstrument } from './test-support/catalogue.fixtures';

/** A catalogue of up to 12 elements of every pillar, with random layer and approach. */
const catalogueArb: fc.Arbitrary<CatalogueElement[]> = fc
  .array(
    fc.record({
      kind: fc.constantFrom('instrument', 'process', 'structure'),
      fn: fc.constantFrom(...IMF_FUNCTIONS),
      layer: fc.constantFrom(...LAYERS),
      approach: fc.constantFrom(...APPROACHES),
    }),
    { maxLength: 12 },
  )
  .map((specs) =>
    specs.map(({ kind, fn, layer, approach }, i) => {
      const id = `el-${i}`;
      if (kind === 'instrument') return anInstrument(id, fn, layer, approach);
      return kind === 'process' ? aProcess(id, layer, approach) : aStructure(id, layer, approach);
    }),
  );

/** Element ids an item may link: known ones (el-0 … el-11) and a few unknown ones. */
const elementIdsArb = fc.array(
  fc.oneof(
    fc.integer({ min: 0, max: 11 }).map((i) => `el-${i}`),
    fc.constantFrom('ghost', 'removed.element'),
  ),
  { maxLength: 4 },
);

const amountArb = fc.oneof(
  fc.constant(null),
  fc.integer({ min: 0, max: 10_000_000 }).map((cents) => cents / 100),
  fc.constantFrom(-5, Number.NaN, Number.POSITIVE_INFINITY),
);

const objectiveIdArb = fc.constantFrom('oo-0', 'oo-1', 'oo-2', 'oo-unknown');

function actionArb(id: string): fc.Arbitrary<PlanAction> {
  return fc
    .record({
      objectiveId: objectiveIdArb,
      elementIds: elementIdsArb,
      status: fc.constantFrom(...ACTION_STATUSES),
      budgetEur: amountArb,
      hours: amountArb,
      hasOwner: fc.boolean(),
    })
    .map(({ hasOwner, ...fields }) =>
      anAction({ id, ...fields, owner: hasOwner ? { displayName: 'Eigenaar' } : null }),
    );
}

const bundleArb: fc.Arbitrary<PlanBundle> = fc
  .record({
    objectiveLinks: fc.array(elementIdsArb, { maxLength: 3 }),
    actions: fc
      .integer({ min: 0, max: 8 })
      .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => actionArb(`a-${i}`)))),
  })
  .map(({ objectiveLinks, actions }) =>
    aBundle({
      objectives: objectiveLinks.map((elementIds, i) => anObjective({ id: `oo-${i}`, elementIds })),
      actions,
    }),
  );

function allShares(balance: BalanceDiagnostics): (number | null)[] {
  const { actions, budgetEur, hours } = balance.approach;
  return [
    actions.controllingShare,
    actions.stimulatingShare,
    budgetEur.controllingShare,
    budgetEur.stimulatingShare,
    hours.controllingShare,
    hours.stimulatingShare,
    balance.layers.core.share,
    balance.layers.complementary.share,
    ...Object.values(balance.pillarLayers).flatMap((layers) => [
      layers.core.share,
      layers.complementary.share,
    ]),
  ];
}

describe('balance invariants', () => {
  it('every share is in [0, 1]', () => {
    fc.assert(
      fc.property(bundleArb, catalogueArb, (bundle, catalogue) => {
        for (const share of allShares(computeBalance(bundle, catalogue))) {
          if (share !== null) {
            expect(share).toBeGreaterThanOrEqual(0);
            expect(share).toBeLessThanOrEqual(1);
          }
        }
      }),
    );
  });

  it('controlling + stimulating = 1 when at least one action is classified', () => {
    fc.assert(
      fc.property(bundleArb, catalogueArb, (bundle, catalogue) => {
        const { actions, budgetEur, hours } = computeBalance(bundle, catalogue).approach;
        const classified = actions.controlling + actions.stimulating + actions.both;
        if (classified > 0) {
          expect(actions.controllingShare! + actions.stimulatingShare!).toBeCloseTo(1, 12);
        } else {
          expect(actions.controllingShare).toBeNull();
        }
        for (const amounts of [budgetEur, hours]) {
          if (amounts.classified > 0) {
            expect(amounts.controllingShare! + amounts.stimulatingShare!).toBeCloseTo(1, 12);
          } else {
            expect(amounts.controllingShare).toBeNull();
          }
        }
      }),
    );
  });

  it('action counts add up', () => {
    fc.assert(
      fc.property(bundleArb, catalogueArb, (bundle, catalogue) => {
        const balance = computeBalance(bundle, catalogue);
        const { actions } = balance.approach;
        expect(
          actions.controlling + actions.stimulating + actions.both + actions.unclassified,
        ).toBe(actions.counted);
        expect(actions.counted + balance.cancelledActionCount).toBe(bundle.actions.length);
        for (const coverage of [balance.layers.core, balance.layers.complementary]) {
          expect(coverage.linkedIds.length + coverage.missingIds.length).toBe(coverage.total);
        }
        expect(balance.layers.core.total + balance.layers.complementary.total).toBe(
          catalogue.length,
        );
      }),
    );
  });

  it('adding an action never reduces function or element coverage', () => {
    fc.assert(
      fc.property(bundleArb, catalogueArb, actionArb('a-new'), (bundle, catalogue, extra) => {
        const before = computeBalance(bundle, catalogue);
        const after = computeBalance({ ...bundle, actions: [...bundle.actions, extra] }, catalogue);
        for (const fn of before.functions.covered) expect(after.functions.covered).toContain(fn);
        for (const layer of LAYERS) {
          for (const id of before.layers[layer].linkedIds) {
            expect(after.layers[layer].linkedIds).toContain(id);
          }
        }
      }),
    );
  });

  it('does not depend on the order of the actions', () => {
    fc.assert(
      fc.property(bundleArb, catalogueArb, (bundle, catalogue) => {
        const reversed = { ...bundle, actions: [...bundle.actions].reverse() };
        const a = computeBalance(bundle, catalogue);
        const b = computeBalance(reversed, catalogue);
        expect(b.approach.actions).toEqual(a.approach.actions);
        expect(b.approach.budgetEur).toEqual(a.approach.budgetEur);
        expect(b.functions.covered).toEqual(a.functions.covered);
        expect(b.layers.core.linkedIds).toEqual(a.layers.core.linkedIds);
      }),
    );
  });
});

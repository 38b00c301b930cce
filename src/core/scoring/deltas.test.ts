import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IMF_FUNCTIONS, LAYERS, PILLARS } from '../catalogue/catalogue.types';
import type { Measurement, Rating, RatingValue } from '../maturity/maturity.types';
import { MATURITY_LEVELS, UNRATED_VALUES } from '../maturity/maturity.types';
import {
  ELEMENT_IDS,
  FIXTURE_CATALOGUE,
  measurement,
  rating,
  ratingsFor,
} from '../maturity/test-support/fixtures';
import type { AggregateGroups } from './aggregates';
import type { Comparison, GroupDelta } from './deltas';
import { compareMeasurements, measurementDeltas } from './deltas';

const catalogue = FIXTURE_CATALOGUE;
const locked = { status: 'locked' } as const;
const base = measurement({ id: 'b', kind: 'baseline', date: '2025-03-01', ...locked });
const a1 = measurement({ id: 'a1', kind: 'annual', date: '2026-03-01', ...locked });
const a2 = measurement({ id: 'a2', kind: 'annual', date: '2027-03-01' });
const otherPlan = measurement({
  id: 'x',
  planId: 'other',
  kind: 'annual',
  date: '2026-12-01',
  ...locked,
});

const n = 'not-applicable';
const q = 'not-assessed';
const ratings: Rating[] = [
  ...ratingsFor('b', [1, 2, 2, 3, 1, 2, n, 1, 2, 2, 1, q]),
  ...ratingsFor('a1', [2, 2, 3, 3, 2, 3, n, 2, 2, 3, 2, 2]),
  ...ratingsFor('a2', [3, 2, 3, 4, 1, 4, 2, n, 3, 3, 3, 2]),
  ...ratingsFor('x', [5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5]),
];
const all = [a2, otherPlan, a1, base];

function groupValues<T>(groups: AggregateGroups<T>): T[] {
  return [
    groups.overall,
    ...PILLARS.map((p) => groups.byPillar[p]),
    ...IMF_FUNCTIONS.map((f) => groups.byFunction[f]),
    ...LAYERS.map((l) => groups.byLayer[l]),
    ...PILLARS.flatMap((p) => LAYERS.map((l) => groups.byPillarLayer[p][l])),
  ];
}

describe('measurementDeltas', () => {
  it('compares with the baseline and the previous locked measurement of the plan', () => {
    const deltas = measurementDeltas(catalogue, all, ratings, 'a2');
    expect(deltas.measurementId).toBe('a2');
    expect(deltas.vsBaseline?.referenceId).toBe('b');
    expect(deltas.vsPrevious?.referenceId).toBe('a1');
  });

  it('gives element deltas only between rated values', () => {
    const elements = measurementDeltas(catalogue, all, ratings, 'a2').vsBaseline!.elements;
    expect(elements.map((e) => e.delta)).toEqual([2, 0, 1, 1, 0, 2, null, null, 1, 1, 2, null]);
    expect(elements[6]).toEqual({
      elementId: ELEMENT_IDS[6],
      current: 2,
      reference: n,
      delta: null,
    });
    expect(elements[11]).toMatchObject({ current: 2, reference: q, delta: null });
  });

  it('gives group deltas of the figures and the paired counts', () => {
    const groups = measurementDeltas(catalogue, all, ratings, 'a2').vsPrevious!.groups;
    // a1 vs a2 overall: median 2 → 3, minimum 2 → 1, share 4/11 → 7/11 (11 rated in each).
    expect(groups.overall.median).toBe(1);
    expect(groups.overall.minimum).toBe(-1);
    expect(groups.overall.shareImplemented).toBeCloseTo(3 / 11, 10);
    expect(groups.overall).toMatchObject({
      pairedCount: 10,
      improvedCount: 5,
      declinedCount: 1,
      unchangedCount: 4,
    });
    expect(groups.byFunction.enforce).toEqual({
      median: null,
      minimum: null,
      shareImplemented: null,
      pairedCount: 0,
      improvedCount: 0,
      declinedCount: 0,
      unchangedCount: 0,
    });
    expect(groups.byPillarLayer.processes.complementary.median).toBeNull();
  });

  it('has no references for the baseline itself', () => {
    expect(measurementDeltas(catalogue, all, ratings, 'b')).toEqual({
      measurementId: 'b',
      vsBaseline: null,
      vsPrevious: null,
    });
  });

  it('ignores open measurements as references', () => {
    const openBase = { ...base, status: 'open' as const };
    const deltas = measurementDeltas(catalogue, [openBase, a1], ratings, 'a1');
    expect(deltas.vsBaseline).toBeNull();
    expect(deltas.vsPrevious).toBeNull();
  });

  it('ignores later measurements and other plans', () => {
    const deltas = measurementDeltas(catalogue, all, ratings, 'a1');
    expect(deltas.vsBaseline?.referenceId).toBe('b');
    expect(deltas.vsPrevious?.referenceId).toBe('b');
  });

  it('uses the locked correction instead of the measurement it replaces', () => {
    const fix = measurement({
      id: 'a1-fix',
      kind: 'annual',
      date: '2026-03-01',
      ...locked,
      correctsMeasurementId: 'a1',
    });
    const deltas = measurementDeltas(catalogue, [...all, fix], ratings, 'a2');
    expect(deltas.vsPrevious?.referenceId).toBe('a1-fix');
  });

  it('never compares a correction with the measurement it corrects, or the reverse', () => {
    const openFix = measurement({
      id: 'a0-fix',
      kind: 'annual',
      date: '2026-03-01',
      correctsMeasurementId: 'a1',
    });
    expect(
      measurementDeltas(catalogue, [base, a1, openFix], ratings, 'a0-fix').vsPrevious?.referenceId,
    ).toBe('b');
    const lockedFix = { ...openFix, status: 'locked' as const };
    expect(
      measurementDeltas(catalogue, [base, a1, lockedFix], ratings, 'a1').vsPrevious?.referenceId,
    ).toBe('b');
  });

  it('throws for an unknown measurement (a caller fault)', () => {
    expect(() => measurementDeltas(catalogue, all, ratings, 'nope')).toThrow(/Unknown measurement/);
  });
});

const anyValue = fc.constantFrom<RatingValue>(...MATURITY_LEVELS, ...UNRATED_VALUES);
const cells = fc.array(fc.option(anyValue, { nil: undefined }), { minLength: 12, maxLength: 12 });
const toRatings = (id: string, values: readonly (RatingValue | undefined)[]): Rating[] =>
  values.flatMap((v, i) => (v === undefined ? [] : [rating(id, ELEMENT_IDS[i]!, v)]));

describe('compareMeasurements', () => {
  it('gives 0 for a measurement against itself wherever a value is rated', () => {
    fc.assert(
      fc.property(cells, (values) => {
        const comparison = compareMeasurements(catalogue, toRatings('m', values), 'm', 'm');
        comparison.elements.forEach((e, i) => {
          expect(e.delta).toBe(typeof values[i] === 'number' ? 0 : null);
        });
        for (const g of groupValues(comparison.groups)) {
          for (const d of [g.median, g.minimum, g.shareImplemented])
            expect(d === null || d === 0).toBe(true);
          expect(g.improvedCount + g.declinedCount).toBe(0);
          expect(g.unchangedCount).toBe(g.pairedCount);
        }
      }),
    );
  });

  it('is antisymmetric: a vs b is minus b vs a', () => {
    fc.assert(
      fc.property(cells, cells, (first, second) => {
        const all = [...toRatings('a', first), ...toRatings('b', second)];
        const ab: Comparison = compareMeasurements(catalogue, all, 'a', 'b');
        const ba: Comparison = compareMeasurements(catalogue, all, 'b', 'a');
        ab.elements.forEach((e, i) => {
          const reverse = ba.elements[i]!.delta;
          if (e.delta === null) expect(reverse).toBeNull();
          else expect(e.delta + reverse!).toBe(0);
        });
        const pairs: [GroupDelta, GroupDelta][] = groupValues(ab.groups).map((g, i) => [
          g,
          groupValues(ba.groups)[i]!,
        ]);
        for (const [x, y] of pairs) {
          expect(x.pairedCount).toBe(y.pairedCount);
          expect(x.improvedCount).toBe(y.declinedCount);
          if (x.median !== null) expect(x.median + y.median!).toBeCloseTo(0, 10);
        }
      }),
    );
  });

  it('lists every catalogue element even without ratings', () => {
    const comparison = compareMeasurements(catalogue, [], 'a', 'b');
    expect(comparison.elements).toHaveLength(12);
    expect(comparison.elements.every((e) => e.current === q && e.delta === null)).toBe(true);
  });
});

describe('measurement order within a day', () => {
  it('takes a same-day baseline as the reference of an annual measurement', () => {
    const sameDay: Measurement = { ...a1, id: 'a-same', date: base.date };
    expect(
      measurementDeltas(catalogue, [base, sameDay], ratings, 'a-same').vsBaseline?.referenceId,
    ).toBe('b');
  });
});

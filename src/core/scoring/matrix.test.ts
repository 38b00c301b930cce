import { describe, expect, it } from 'vitest';
import type { Rating } from '../maturity/maturity.types';
import { FIXTURE_CATALOGUE, measurement, rating } from '../maturity/test-support/fixtures';
import { buildMatrix } from './matrix';

const catalogue = FIXTURE_CATALOGUE;
const base = measurement({ id: 'b', kind: 'baseline', date: '2025-03-01', status: 'locked' });
const a1 = measurement({ id: 'a1', kind: 'annual', date: '2026-03-01' });

const ratings: Rating[] = [
  rating('b', 'ins.determine.risk-analysis', 1, { target: 4 }),
  rating('b', 'ins.determine.code', 2, { target: 5 }),
  rating('b', 'ins.guide.training', 3, { target: 5 }),
  rating('b', 'pro.plan', 2),
  rating('a1', 'ins.determine.risk-analysis', 2),
  rating('a1', 'ins.determine.code', 4, { target: 4 }),
  rating('a1', 'ins.determine.recruitment', 1, { target: 5 }),
  rating('a1', 'ins.guide.training', 3),
  rating('a1', 'ins.monitor.reporting', 'not-applicable', { target: 5 }),
  rating('a1', 'ins.enforce.sanctions', 'not-assessed'),
  rating('a1', 'pro.plan', 1),
  rating('a1', 'pro.evaluate', 3, { target: 5 }),
  rating('a1', 'str.leaders', 2, { target: 5 }),
  rating('a1', 'str.hrm', 1),
];

describe('buildMatrix', () => {
  const matrix = buildMatrix(catalogue, [a1, base], ratings);

  it('orders the columns chronologically and focuses on the latest', () => {
    expect(matrix.columns).toEqual([
      { measurementId: 'b', kind: 'baseline', date: '2025-03-01', status: 'locked' },
      { measurementId: 'a1', kind: 'annual', date: '2026-03-01', status: 'open' },
    ]);
    expect(matrix.focusMeasurementId).toBe('a1');
  });

  it('groups by pillar, function and layer (core first), leaving empty groups out', () => {
    expect(matrix.groups.map((g) => [g.pillar, g.function, g.layer, g.rows.length])).toEqual([
      ['instruments', 'determine', 'core', 2],
      ['instruments', 'determine', 'complementary', 1],
      ['instruments', 'guide', 'core', 1],
      ['instruments', 'guide', 'complementary', 1],
      ['instruments', 'monitor', 'core', 1],
      ['instruments', 'monitor', 'complementary', 1],
      ['instruments', 'enforce', 'core', 1],
      ['processes', null, 'core', 2],
      ['structures', null, 'core', 1],
      ['structures', null, 'complementary', 1],
    ]);
  });

  it('has one cell per column with value and target; no rating is not assessed', () => {
    const risk = matrix.groups[0]!.rows[0]!;
    expect(risk.element.id).toBe('ins.determine.risk-analysis');
    expect(risk.cells).toEqual([
      { measurementId: 'b', value: 1, target: 4 },
      { measurementId: 'a1', value: 2, target: null },
    ]);
    const spotChecks = matrix.groups[5]!.rows[0]!;
    expect(spotChecks.cells.map((c) => c.value)).toEqual(['not-assessed', 'not-assessed']);
  });

  it('carries the latest target forward to the focus measurement', () => {
    const [risk, code] = matrix.groups[0]!.rows;
    expect(risk!.target).toBe(4);
    expect(code!.target).toBe(4);
    expect(matrix.groups[7]!.rows[0]!.target).toBeNull();
  });

  it('lists core weak spots worst first, never n/a or not assessed, never complementary', () => {
    expect(
      matrix.weakSpots.map((s) => [s.element.id, s.value, s.target, s.belowTargetBy, s.reasons]),
    ).toEqual([
      ['pro.plan', 1, null, null, ['low-level']],
      ['str.leaders', 2, 5, 3, ['low-level', 'below-target']],
      ['ins.determine.risk-analysis', 2, 4, 2, ['low-level', 'below-target']],
      ['ins.guide.training', 3, 5, 2, ['below-target']],
      ['pro.evaluate', 3, 5, 2, ['below-target']],
    ]);
  });

  it('reads targets and weak spots from a chosen focus measurement', () => {
    const atBaseline = buildMatrix(catalogue, [a1, base], ratings, 'b');
    expect(atBaseline.focusMeasurementId).toBe('b');
    expect(atBaseline.groups[0]!.rows[1]!.target).toBe(5);
    expect(atBaseline.weakSpots.map((s) => [s.element.id, s.belowTargetBy])).toEqual([
      ['ins.determine.risk-analysis', 3],
      ['ins.determine.code', 3],
      ['pro.plan', null],
      ['ins.guide.training', 2],
    ]);
  });

  it('is not a weak spot at level 3 one below target, nor at level 2 above target', () => {
    const m = measurement({ id: 'm' });
    const fine = buildMatrix(
      catalogue,
      [m],
      [
        rating('m', 'ins.guide.training', 3, { target: 4 }),
        rating('m', 'ins.monitor.reporting', 4, { target: 2 }),
      ],
    );
    expect(fine.weakSpots).toEqual([]);
  });

  it('throws for a focus that is not a column (a caller fault)', () => {
    expect(() => buildMatrix(catalogue, [base], ratings, 'a1')).toThrow(/not among the columns/);
  });

  it('has rows without cells and no weak spots without measurements', () => {
    const empty = buildMatrix(catalogue, [], ratings);
    expect(empty.columns).toEqual([]);
    expect(empty.focusMeasurementId).toBeNull();
    expect(empty.weakSpots).toEqual([]);
    expect(
      empty.groups.flatMap((g) => g.rows).every((r) => r.cells.length === 0 && r.target === null),
    ).toBe(true);
  });
});

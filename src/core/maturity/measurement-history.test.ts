import { describe, expect, it } from 'vitest';
import {
  compareMeasurementOrder,
  correctionChain,
  effectiveMeasurements,
  orderMeasurements,
  supersededIds,
} from './measurement-history';
import { measurement } from './test-support/fixtures';

const base = measurement({ id: 'b', kind: 'baseline', date: '2025-03-01', status: 'locked' });
const annual = measurement({ id: 'a1', kind: 'annual', date: '2026-03-01', status: 'locked' });
const final = measurement({ id: 'f', kind: 'final', date: '2026-03-01', status: 'locked' });
const sameDayBaseline = measurement({ id: 'b0', kind: 'baseline', date: '2026-03-01' });

describe('orderMeasurements', () => {
  it('orders by date, then kind (baseline, annual, final), then id', () => {
    const twin = { ...annual, id: 'a0' };
    const ordered = orderMeasurements([final, annual, twin, sameDayBaseline, base]);
    expect(ordered.map((m) => m.id)).toEqual(['b', 'b0', 'a0', 'a1', 'f']);
  });

  it('is a total order', () => {
    expect(compareMeasurementOrder(annual, annual)).toBe(0);
    expect(compareMeasurementOrder(base, annual)).toBeLessThan(0);
    expect(compareMeasurementOrder(annual, base)).toBeGreaterThan(0);
    expect(compareMeasurementOrder(annual, { ...annual, id: 'a0' })).toBeGreaterThan(0);
  });
});

describe('corrections', () => {
  const fix1 = measurement({
    id: 'a1-fix',
    kind: 'annual',
    date: '2026-03-01',
    status: 'locked',
    correctsMeasurementId: 'a1',
  });
  const fix2 = measurement({
    id: 'a1-fix2',
    kind: 'annual',
    date: '2026-03-01',
    status: 'open',
    correctsMeasurementId: 'a1-fix',
  });

  it('supersedes a measurement only once its correction is locked', () => {
    expect([...supersededIds([base, annual, fix1, fix2])]).toEqual(['a1']);
  });

  it('keeps the record per plan, chronologically', () => {
    const otherPlan = { ...base, id: 'x', planId: 'other' };
    expect(
      effectiveMeasurements([fix2, fix1, annual, base, otherPlan], 'plan-2025').map((m) => m.id),
    ).toEqual(['b', 'a1-fix', 'a1-fix2']);
  });

  it('follows the chain of corrections back to the original', () => {
    expect(correctionChain(fix2, [base, annual, fix1, fix2])).toEqual(['a1-fix', 'a1']);
    expect(correctionChain(base, [base])).toEqual([]);
    expect(correctionChain(fix1, [fix1])).toEqual(['a1']);
  });

  it('throws on a cycle, which only corrupt data can make', () => {
    const x = measurement({ id: 'x', correctsMeasurementId: 'y' });
    const y = measurement({ id: 'y', correctsMeasurementId: 'x' });
    const self = measurement({ id: 's', correctsMeasurementId: 's' });
    expect(() => correctionChain(x, [x, y])).toThrow(/cycle/);
    expect(() => correctionChain(self, [self])).toThrow(/cycle/);
  });
});

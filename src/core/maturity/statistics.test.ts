import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { median, minimum, populationStandardDeviation } from './statistics';

describe('median', () => {
  it.each<[number[], number | null]>([
    [[], null],
    [[3], 3],
    [[1, 2], 1.5],
    [[5, 1, 3], 3],
    [[4, 1, 3, 2], 2.5],
    [[2, 2, 2, 5], 2],
  ])('%j → %j', (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  it('does not reorder its input', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });

  it('lies between the smallest and largest value', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -100, max: 100 }), { minLength: 1 }), (values) => {
        const m = median(values)!;
        return Math.min(...values) <= m && m <= Math.max(...values);
      }),
    );
  });
});

describe('minimum / populationStandardDeviation', () => {
  it('are null without values', () => {
    expect(minimum([])).toBeNull();
    expect(populationStandardDeviation([])).toBeNull();
  });

  it('compute over the values', () => {
    expect(minimum([4, 2, 5])).toBe(2);
    expect(populationStandardDeviation([2, 4, 4, 4, 5, 5, 7, 9])).toBe(2);
  });
});

import { describe, expect, it } from 'vitest';
import { rating } from '../maturity/test-support/fixtures';
import { indexRatings, valueIn } from './rating-index';

describe('indexRatings', () => {
  it('indexes the ratings of one measurement by element', () => {
    const index = indexRatings('m-1', [
      rating('m-1', 'a', 3),
      rating('m-2', 'a', 5),
      rating('m-1', 'b', 'not-applicable'),
    ]);
    expect(valueIn(index, 'a')).toBe(3);
    expect(valueIn(index, 'b')).toBe('not-applicable');
    expect(valueIn(index, 'c')).toBe('not-assessed');
  });

  it('throws on two ratings of one element in one measurement (a storage fault)', () => {
    expect(() => indexRatings('m-1', [rating('m-1', 'a', 3), rating('m-1', 'a', 4)])).toThrow(
      /two ratings/,
    );
  });
});

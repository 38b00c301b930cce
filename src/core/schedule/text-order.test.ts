import { describe, expect, it } from 'vitest';
import { compareText } from './text-order';

describe('compareText', () => {
  it('orders by code units, whatever the locale', () => {
    expect(compareText('a', 'b')).toBe(-1);
    expect(compareText('b', 'a')).toBe(1);
    expect(compareText('a', 'a')).toBe(0);
    // Upper case before lower case, and "é" after "z": stable, if not dictionary order.
    expect(['é', 'z', 'a', 'B'].sort(compareText)).toEqual(['B', 'a', 'z', 'é']);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fnv1a32 } from './stable-hash';

/** FNV-1a over the octets `TextEncoder` produces: the reference the core implementation matches. */
function reference(text: string): number {
  let hash = 0x811c9dc5;
  for (const octet of new TextEncoder().encode(text)) {
    hash ^= octet;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

describe('fnv1a32', () => {
  it.each([
    ['', 0x811c9dc5],
    ['a', 0xe40c292c],
    ['foobar', 0xbf9cf968],
  ])('matches the published test vector for "%s"', (text, expected) => {
    expect(fnv1a32(text)).toBe(expected);
  });

  it.each([
    ['é (two octets)', 'é'],
    ['€ (three octets)', '€'],
    ['😀 (a surrogate pair, four octets)', '😀'],
    ['a lone high surrogate at the end', 'a\ud800'],
    ['a high surrogate before a letter', '\ud800a'],
    ['a lone low surrogate', '\udc00'],
  ])('hashes %s as its UTF-8 octets', (_, text) => {
    expect(fnv1a32(text)).toBe(reference(text));
  });

  it('agrees with the reference for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        expect(fnv1a32(text)).toBe(reference(text));
      }),
    );
  });

  it('returns an unsigned 32-bit integer', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const hash = fnv1a32(text);
        expect(Number.isInteger(hash)).toBe(true);
        expect(hash).toBeGreaterThanOrEqual(0);
        expect(hash).toBeLessThan(2 ** 32);
      }),
    );
  });
});

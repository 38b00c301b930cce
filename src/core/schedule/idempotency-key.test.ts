import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CARD_KINDS,
  IDEMPOTENCY_KEY_MAX_LENGTH,
  idempotencyKey,
  parseIdempotencyKey,
} from './idempotency-key';
import type { IdempotencyKeyParts } from './idempotency-key';

function keyOf(parts: IdempotencyKeyParts): string {
  const result = idempotencyKey(parts);
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}

// What the key may hold: letters, digits, `.`, `_`, `-`, `%` escapes and the `:` separators.
// Nothing SharePoint strips or rejects in a single line of text, nothing that needs escaping in a
// URL path or an OData string literal.
const SAFE_KEY = /^[A-Za-z0-9._%:-]+$/;

const periodArb = fc
  .record({ year: fc.integer({ min: 0, max: 9999 }), month: fc.integer({ min: 1, max: 12 }) })
  .map(({ year, month }) => `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`);
const partsArb = fc.record({
  kind: fc.constantFrom(...CARD_KINDS),
  entityId: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }),
  period: periodArb,
});

describe('idempotencyKey', () => {
  it.each([
    [
      { kind: 'pdca-reminder', entityId: 'pz-demo', period: '2027-01' },
      'pdca-reminder:pz-demo:2027-01',
    ],
    [
      { kind: 'dialogue-prompt', entityId: 'pz-demo', period: '2027-12' },
      'dialogue-prompt:pz-demo:2027-12',
    ],
    [
      { kind: 'pdca-reminder', entityId: 'PZ_Antwerpen.5345', period: '2028-02' },
      'pdca-reminder:PZ_Antwerpen.5345:2028-02',
    ],
    // Separators, spaces, quotes, accents and slashes are percent-encoded.
    [
      { kind: 'pdca-reminder', entityId: "dir:DGJ/DJSOC 'x'", period: '2027-01' },
      'pdca-reminder:dir%3ADGJ%2FDJSOC%20%27x%27:2027-01',
    ],
    [
      { kind: 'pdca-reminder', entityId: 'Brüssel-Nord', period: '2027-01' },
      'pdca-reminder:Br%C3%BCssel-Nord:2027-01',
    ],
    [
      { kind: 'pdca-reminder', entityId: 'a!b*c(d)~e#f%g', period: '2027-01' },
      'pdca-reminder:a%21b%2Ac%28d%29%7Ee%23f%25g:2027-01',
    ],
    [
      { kind: 'pdca-reminder', entityId: 'line\nbreak\ttab', period: '2027-01' },
      'pdca-reminder:line%0Abreak%09tab:2027-01',
    ],
  ] as const)('%o → %s', (parts, expected) => {
    expect(idempotencyKey(parts)).toEqual({ ok: true, value: expected });
  });

  it('is the same for the same parts and differs when any part differs', () => {
    const base = { kind: 'pdca-reminder', entityId: 'pz-demo', period: '2027-01' } as const;
    expect(keyOf(base)).toBe(keyOf({ ...base }));
    expect(keyOf(base)).not.toBe(keyOf({ ...base, kind: 'dialogue-prompt' }));
    expect(keyOf(base)).not.toBe(keyOf({ ...base, entityId: 'pz-demo2' }));
    expect(keyOf(base)).not.toBe(keyOf({ ...base, period: '2027-02' }));
  });

  it('refuses an empty entity id or one with a lone surrogate', () => {
    for (const entityId of ['', 'a\uD800b', '\uDC00']) {
      expect(idempotencyKey({ kind: 'pdca-reminder', entityId, period: '2027-01' })).toEqual({
        ok: false,
        error: { code: 'SCHEDULE.INVALID_ENTITY_ID' },
      });
    }
  });

  it('refuses a malformed period', () => {
    expect(idempotencyKey({ kind: 'pdca-reminder', entityId: 'pz', period: '2027-1' })).toEqual({
      ok: false,
      error: { code: 'SCHEDULE.INVALID_PERIOD_KEY', details: { value: '2027-1' } },
    });
  });

  it('keeps the key within 255 characters, counting the encoding', () => {
    // dialogue-prompt (15) + 2 separators + YYYY-MM (7) leaves 231 for the entity.
    const longest = 'x'.repeat(231);
    const key = keyOf({ kind: 'dialogue-prompt', entityId: longest, period: '2027-01' });
    expect(key).toHaveLength(IDEMPOTENCY_KEY_MAX_LENGTH);
    expect(
      idempotencyKey({ kind: 'pdca-reminder', entityId: `${longest}x`, period: '2027-01' }),
    ).toEqual({
      ok: false,
      error: { code: 'SCHEDULE.ENTITY_ID_TOO_LONG', details: { max: 231, length: 232 } },
    });
    // 77 × "é" is 77 characters but 462 once encoded.
    expect(
      idempotencyKey({ kind: 'pdca-reminder', entityId: 'é'.repeat(77), period: '2027-01' }),
    ).toEqual({
      ok: false,
      error: { code: 'SCHEDULE.ENTITY_ID_TOO_LONG', details: { max: 231, length: 462 } },
    });
  });

  it('only ever holds safe characters, within the length limit', () => {
    fc.assert(
      fc.property(partsArb, (parts) => {
        const key = keyOf(parts);
        expect(key).toMatch(SAFE_KEY);
        expect(key.length).toBeLessThanOrEqual(IDEMPOTENCY_KEY_MAX_LENGTH);
      }),
    );
  });
});

describe('parseIdempotencyKey', () => {
  it('reads a key back into its parts', () => {
    expect(parseIdempotencyKey('pdca-reminder:pz-demo:2027-01')).toEqual({
      ok: true,
      value: { kind: 'pdca-reminder', entityId: 'pz-demo', period: '2027-01' },
    });
    expect(parseIdempotencyKey('dialogue-prompt:dir%3ADGJ%2FDJSOC%20%27x%27:2027-01')).toEqual({
      ok: true,
      value: { kind: 'dialogue-prompt', entityId: "dir:DGJ/DJSOC 'x'", period: '2027-01' },
    });
  });

  it.each([
    '',
    'pdca-reminder',
    'pdca-reminder:pz-demo',
    'pdca-reminder:pz-demo:2027-01:extra',
    'reminder:pz-demo:2027-01', // unknown kind
    'PDCA-REMINDER:pz-demo:2027-01',
    'pdca-reminder::2027-01', // empty entity
    'pdca-reminder:pz demo:2027-01', // unencoded space
    "pdca-reminder:pz'demo:2027-01", // unencoded quote
    'pdca-reminder:pz-demo:2027-13',
    'pdca-reminder:pz-demo:27-01',
    'pdca-reminder:%61:2027-01', // "a" encoded: not the form idempotencyKey writes
    'pdca-reminder:%c3%bc:2027-01', // lower-case hex
    'pdca-reminder:%C3:2027-01', // half a UTF-8 sequence
    'pdca-reminder:%ED%A0%80:2027-01', // an encoded surrogate
    'pdca-reminder:%2:2027-01',
    `dialogue-prompt:${'x'.repeat(232)}:2027-01`, // 256 characters
  ])('refuses %j', (key) => {
    expect(parseIdempotencyKey(key)).toEqual({
      ok: false,
      error: { code: 'SCHEDULE.INVALID_IDEMPOTENCY_KEY', details: { value: key } },
    });
  });

  it('round-trips every key idempotencyKey writes', () => {
    fc.assert(
      fc.property(partsArb, (parts) => {
        expect(parseIdempotencyKey(keyOf(parts))).toEqual({ ok: true, value: parts });
      }),
      { numRuns: 500 },
    );
  });

  it('writes back exactly every key it accepts', () => {
    // Arbitrary strings over the key alphabet: whatever parses must be the canonical key.
    const keyish = fc.string({
      unit: fc.constantFrom(...'abAZ09.-_%:C3BCE2827E'.split('')),
      maxLength: 40,
    });
    fc.assert(
      fc.property(fc.constantFrom(...CARD_KINDS), keyish, periodArb, (kind, middle, period) => {
        const key = `${kind}:${middle}:${period}`;
        const parsed = parseIdempotencyKey(key);
        if (parsed.ok) expect(keyOf(parsed.value)).toBe(key);
      }),
      { numRuns: 500 },
    );
  });
});

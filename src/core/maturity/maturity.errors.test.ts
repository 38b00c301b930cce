import { describe, expect, it } from 'vitest';
import { LOCALES } from '../shared/locale';
import type { MaturityErrorCode, MaturityResult } from './maturity.errors';
import { MATURITY_ERRORS } from './maturity.errors';
import type { RatingValue } from './maturity.types';
import { correctMeasurement, lockMeasurement, rateElement, startMeasurement } from './measurement';
import { agreeRating, recordIndividualRating } from './multi-rater';
import { ALICE, FIXTURE_CATALOGUE, individual, measurement } from './test-support/fixtures';

const catalogue = FIXTURE_CATALOGUE;
const open = measurement();
const locked = measurement({ id: 'm-locked', status: 'locked' });
const panel = measurement({ id: 'm-panel', mode: 'multi-rater' });
const start = (overrides: object) =>
  startMeasurement({
    id: 'm-new',
    entityId: 'e',
    planId: 'plan-2025',
    kind: 'annual',
    date: '2026-01-01',
    mode: 'single',
    existing: [locked],
    ...overrides,
  });
const rate = (overrides: object, m = open) =>
  rateElement(
    m,
    [],
    {
      ratingId: 'r',
      elementId: 'pro.plan',
      value: 3,
      target: null,
      evidenceNote: '',
      evidenceLinks: [],
      rater: ALICE,
      ...overrides,
    },
    catalogue,
  );
const agree = (value: RatingValue, dissent: string) =>
  agreeRating(
    panel,
    [],
    [individual('m-panel', 'pro.plan', ALICE, 1)],
    { ratingId: 'r', elementId: 'pro.plan', value, dissent, rater: ALICE },
    catalogue,
  );

/** One call per failure the maturity operations can return. */
const SCENARIOS: readonly (readonly [string, MaturityResult<unknown>])[] = [
  ['kind', start({ kind: 'mid-term' })],
  ['mode', start({ mode: 'solo' })],
  ['date', start({ date: '2026-02-30' })],
  ['open', start({ existing: [open] })],
  ['no baseline', start({ existing: [] })],
  ['two baselines', start({ kind: 'baseline', existing: [{ ...locked, kind: 'baseline' }] })],
  [
    'two finals',
    start({ kind: 'final', existing: [locked, { ...locked, id: 'f', kind: 'final' }] }),
  ],
  ['before baseline', start({ date: '2024-01-01' })],
  ['locked', rate({}, locked)],
  ['element', rate({ elementId: 'nope' })],
  ['level', rate({ value: 0 })],
  ['target', rate({ target: 9 })],
  ['link', rate({ evidenceLinks: ['javascript:void(0)'] })],
  ['note', rate({ evidenceNote: 'x'.repeat(64_000) })],
  ['incomplete', lockMeasurement(open, [], ALICE, '2025-03-20T10:00:00Z', catalogue)],
  ['not locked', correctMeasurement(open, [], { id: 'c', ratingId: String, existing: [] })],
  [
    'corrected',
    correctMeasurement(locked, [], {
      id: 'c',
      ratingId: String,
      existing: [{ ...locked, id: 'c0', correctsMeasurementId: 'm-locked' }],
    }),
  ],
  [
    'single rater',
    recordIndividualRating(
      open,
      [],
      { id: 'i', elementId: 'pro.plan', rater: ALICE, value: 3, note: '' },
      catalogue,
    ),
  ],
  ['dissent', agree(4, '')],
  ['dissent length', agree(4, 'x'.repeat(64_000))],
];

function failureOf(result: MaturityResult<unknown>) {
  if (result.ok) throw new Error('expected a failure');
  return result.error;
}

/** Top-level ICU arguments of a message: `{name}`, `{name, number}`, `{name, plural, …}`. */
function icuArguments(message: string): Map<string, string> {
  const args = new Map<string, string>();
  let depth = 0;
  for (let i = 0; i < message.length; i++) {
    const c = message[i];
    if (c === '{') {
      if (depth === 0) {
        const match = /^\{\s*(\w+)\s*(?:,\s*(\w+))?/.exec(message.slice(i));
        expect(match, `argument at ${i} in ${message}`).not.toBeNull();
        args.set(match![1]!, match![2] ?? 'string');
      }
      depth++;
    } else if (c === '}') {
      depth--;
      expect(depth, `unbalanced braces in ${message}`).toBeGreaterThanOrEqual(0);
    }
  }
  expect(depth, `unbalanced braces in ${message}`).toBe(0);
  return args;
}

describe('MATURITY_ERRORS', () => {
  const codes = Object.keys(MATURITY_ERRORS) as MaturityErrorCode[];

  it('has a non-empty message in every language for every code', () => {
    for (const code of codes) {
      for (const locale of LOCALES) {
        expect(MATURITY_ERRORS[code][locale].trim(), `${code} ${locale}`).not.toBe('');
      }
    }
  });

  it('uses the same ICU arguments in every language, and plurals with an "other" case', () => {
    for (const code of codes) {
      const english = icuArguments(MATURITY_ERRORS[code].en);
      for (const locale of LOCALES) {
        const message = MATURITY_ERRORS[code][locale];
        expect(icuArguments(message), `${code} ${locale}`).toEqual(english);
        if (english.get('count') === 'plural') expect(message).toMatch(/ other \{/);
      }
    }
  });

  it.each(SCENARIOS)('knows the code returned for: %s', (_case, result) => {
    const error = failureOf(result);
    expect(codes).toContain(error.code);
    const args = icuArguments(MATURITY_ERRORS[error.code].en);
    for (const name of args.keys())
      expect(error.details, `${error.code}.${name}`).toHaveProperty(name);
  });

  it('returns every code it translates (no dead messages)', () => {
    const returned = new Set(SCENARIOS.map(([, result]) => failureOf(result).code));
    expect([...returned].sort()).toEqual([...codes].sort());
  });
});

import { describe, expect, it } from 'vitest';
import type { Measurement, Rating, RatingValue } from './maturity.types';
import type { RateElementInput, StartMeasurementInput } from './measurement';
import {
  MAX_LINK_LENGTH,
  MAX_NOTE_LENGTH,
  correctMeasurement,
  isEvidenceLink,
  isIsoDate,
  lockMeasurement,
  missingElementIds,
  rateElement,
  startMeasurement,
} from './measurement';
import {
  ALICE,
  BOB,
  ELEMENT_IDS,
  FIXTURE_CATALOGUE,
  measurement,
  rating,
  ratingsFor,
} from './test-support/fixtures';

const catalogue = FIXTURE_CATALOGUE;
const allLevels = (value: RatingValue): RatingValue[] => ELEMENT_IDS.map(() => value);

function start(overrides: Partial<StartMeasurementInput> = {}) {
  return startMeasurement({
    id: 'm-new',
    entityId: 'zone-5339',
    planId: 'plan-2025',
    kind: 'baseline',
    date: '2025-03-01',
    mode: 'single',
    existing: [],
    ...overrides,
  });
}

const lockedBaseline = measurement({
  id: 'm-base',
  status: 'locked',
  lockedOn: '2025-03-20T10:00:00+01:00',
  lockedBy: ALICE,
});

describe('startMeasurement', () => {
  it('opens a baseline for a plan without measurements', () => {
    const result = start();
    expect(result).toEqual({
      ok: true,
      value: {
        id: 'm-new',
        entityId: 'zone-5339',
        planId: 'plan-2025',
        kind: 'baseline',
        date: '2025-03-01',
        status: 'open',
        mode: 'single',
        lockedOn: null,
        lockedBy: null,
        correctsMeasurementId: null,
      },
    });
  });

  it.each([
    ['annual', '2026-03-01'],
    ['final', '2029-12-15'],
    ['annual', '2025-03-01'],
  ] as const)('opens a %s measurement on %s after a locked baseline', (kind, date) => {
    const result = start({ kind, date, existing: [lockedBaseline] });
    expect(result.ok && result.value.kind).toBe(kind);
  });

  it.each([
    ['quarterly', 'MEASUREMENT.INVALID_KIND'],
    ['', 'MEASUREMENT.INVALID_KIND'],
  ])('rejects kind %j', (kind, code) => {
    const result = start({ kind: kind as StartMeasurementInput['kind'] });
    expect(result).toEqual({ ok: false, error: { code } });
  });

  it('rejects an unknown mode', () => {
    const result = start({ mode: 'panel' as StartMeasurementInput['mode'] });
    expect(result).toEqual({ ok: false, error: { code: 'MEASUREMENT.INVALID_MODE' } });
  });

  it.each([
    ['2025-02-29', false],
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['2025-04-31', false],
    ['2025-12-31', true],
    ['2025-13-01', false],
    ['2025-00-10', false],
    ['2025-01-00', false],
    ['2025-1-01', false],
    ['01/03/2025', false],
    ['2025-03-01T00:00:00Z', false],
    ['', false],
  ])('date %j valid: %s', (date, valid) => {
    expect(isIsoDate(date)).toBe(valid);
    const result = start({ date });
    expect(result.ok).toBe(valid);
    if (!result.ok) expect(result.error.code).toBe('MEASUREMENT.INVALID_DATE');
  });

  it('allows only one open measurement per plan', () => {
    const open = measurement({ id: 'm-open', kind: 'annual', date: '2026-03-01' });
    const result = start({ kind: 'annual', date: '2027-03-01', existing: [lockedBaseline, open] });
    expect(result).toEqual({ ok: false, error: { code: 'MEASUREMENT.OPEN_EXISTS' } });
  });

  it('ignores measurements of other plans', () => {
    const otherOpen = measurement({ id: 'm-other', planId: 'plan-2019' });
    expect(start({ existing: [otherOpen] }).ok).toBe(true);
    const otherBaseline = { ...lockedBaseline, planId: 'plan-2019' };
    expect(start({ kind: 'annual', date: '2026-01-01', existing: [otherBaseline] })).toEqual({
      ok: false,
      error: { code: 'MEASUREMENT.BASELINE_REQUIRED' },
    });
  });

  it.each(['annual', 'final'] as const)('requires a baseline before a %s measurement', (kind) => {
    expect(start({ kind, date: '2026-03-01' })).toEqual({
      ok: false,
      error: { code: 'MEASUREMENT.BASELINE_REQUIRED' },
    });
  });

  it('refuses a second baseline (a change is a correction)', () => {
    expect(start({ existing: [lockedBaseline] })).toEqual({
      ok: false,
      error: { code: 'MEASUREMENT.BASELINE_EXISTS' },
    });
  });

  it('refuses a second final measurement', () => {
    const final = measurement({
      id: 'm-final',
      kind: 'final',
      date: '2029-12-01',
      status: 'locked',
    });
    expect(start({ kind: 'final', date: '2029-12-20', existing: [lockedBaseline, final] })).toEqual(
      {
        ok: false,
        error: { code: 'MEASUREMENT.FINAL_EXISTS' },
      },
    );
  });

  it('refuses an annual measurement dated before the baseline, naming its date', () => {
    expect(start({ kind: 'annual', date: '2025-02-28', existing: [lockedBaseline] })).toEqual({
      ok: false,
      error: { code: 'MEASUREMENT.BEFORE_BASELINE', details: { baselineDate: '2025-03-01' } },
    });
  });

  it('dates against the corrected baseline once its correction is locked', () => {
    const corrected = { ...lockedBaseline, date: '2025-01-10' };
    const correction = measurement({
      id: 'm-base-2',
      date: '2025-03-01',
      status: 'locked',
      correctsMeasurementId: corrected.id,
    });
    const result = start({ kind: 'annual', date: '2025-02-01', existing: [corrected, correction] });
    expect(result).toEqual({
      ok: false,
      error: { code: 'MEASUREMENT.BEFORE_BASELINE', details: { baselineDate: '2025-03-01' } },
    });
  });
});

function input(overrides: Partial<RateElementInput> = {}): RateElementInput {
  return {
    ratingId: 'r-new',
    elementId: 'ins.guide.training',
    value: 3,
    target: 4,
    evidenceNote: 'Training plan 2025, attendance lists',
    evidenceLinks: ['https://zone5339.sharepoint.com/sites/integrity/Shared%20Documents/plan.pdf'],
    rater: ALICE,
    ...overrides,
  };
}

describe('rateElement', () => {
  const open = measurement();

  it('creates a rating for an element without one', () => {
    const result = rateElement(open, [], input(), catalogue);
    expect(result).toEqual({
      ok: true,
      value: {
        id: 'r-new',
        measurementId: 'm-1',
        elementId: 'ins.guide.training',
        value: 3,
        target: 4,
        evidenceNote: 'Training plan 2025, attendance lists',
        evidenceLinks: [
          'https://zone5339.sharepoint.com/sites/integrity/Shared%20Documents/plan.pdf',
        ],
        rater: ALICE,
        dissent: '',
      },
    });
  });

  it('updates the existing rating of the element, keeping its id and dissent', () => {
    const existing = rating('m-1', 'ins.guide.training', 2, { id: 'r-7', dissent: 'Bob: 4' });
    const elsewhere = rating('m-0', 'ins.guide.training', 1, { id: 'r-0' });
    const result = rateElement(open, [elsewhere, existing], input({ rater: BOB }), catalogue);
    expect(result.ok && result.value).toMatchObject({
      id: 'r-7',
      value: 3,
      target: 4,
      rater: BOB,
      dissent: 'Bob: 4',
    });
  });

  it.each<[number | string, boolean]>([
    [1, true],
    [5, true],
    ['not-assessed', true],
    ['not-applicable', true],
    [0, false],
    [6, false],
    [2.5, false],
    ['high', false],
  ])('value %j accepted: %s', (value, accepted) => {
    const result = rateElement(open, [], input({ value: value as RatingValue }), catalogue);
    expect(result.ok ? 'ok' : result.error.code).toBe(
      accepted ? 'ok' : 'MEASUREMENT.INVALID_LEVEL',
    );
  });

  it.each<[number | null, boolean]>([
    [null, true],
    [1, true],
    [5, true],
    [0, false],
    [6, false],
    [3.5, false],
  ])('target %j accepted: %s', (target, accepted) => {
    const result = rateElement(open, [], input({ target: target as 1 | null }), catalogue);
    expect(result.ok ? 'ok' : result.error.code).toBe(
      accepted ? 'ok' : 'MEASUREMENT.INVALID_TARGET',
    );
  });

  it('accepts a target below the rated level (already reached)', () => {
    expect(rateElement(open, [], input({ value: 4, target: 2 }), catalogue).ok).toBe(true);
  });

  it('rejects an element that is not in the catalogue', () => {
    expect(rateElement(open, [], input({ elementId: 'ins.unknown' }), catalogue)).toEqual({
      ok: false,
      error: { code: 'MEASUREMENT.UNKNOWN_ELEMENT', details: { elementId: 'ins.unknown' } },
    });
  });

  it.each([
    [MAX_NOTE_LENGTH, true],
    [MAX_NOTE_LENGTH + 1, false],
  ])('evidence note of %i characters accepted: %s', (length, accepted) => {
    const result = rateElement(open, [], input({ evidenceNote: 'x'.repeat(length) }), catalogue);
    expect(result).toEqual(
      accepted
        ? expect.objectContaining({ ok: true })
        : { ok: false, error: { code: 'MEASUREMENT.NOTE_TOO_LONG', details: { max: 63_999 } } },
    );
  });

  it('names the position of the first bad link', () => {
    const links = ['https://example.org/a', 'javascript:alert(1)', 'ftp://example.org'];
    expect(rateElement(open, [], input({ evidenceLinks: links }), catalogue)).toEqual({
      ok: false,
      error: { code: 'MEASUREMENT.INVALID_LINK', details: { position: 2 } },
    });
  });

  it('accepts no links at all', () => {
    expect(rateElement(open, [], input({ evidenceLinks: [] }), catalogue).ok).toBe(true);
  });

  it('rejects any change to a locked measurement before looking at the input', () => {
    const result = rateElement(lockedBaseline, [], input({ value: 9 as 1 }), catalogue);
    expect(result).toEqual({ ok: false, error: { code: 'MEASUREMENT.LOCKED' } });
  });
});

describe('isEvidenceLink', () => {
  it.each([
    ['https://example.org', true],
    ['http://example.org/path?q=1#frag', true],
    ['HTTPS://EXAMPLE.ORG/x', true],
    ['https://zone5339.sharepoint.com/:b:/s/integrity/EbX?e=abc', true],
    ['https://intranet:8443/evidence', true],
    ['https://[2001:db8::1]/x', true],
    ['https://münchen.de/nachweis', true],
    ['https://example.org.', true],
    ['javascript:alert(1)', false],
    ['JavaScript:alert(1)', false],
    ['  javascript:alert(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['ftp://example.org/file', false],
    ['mailto:integrity@police.belgium.eu', false],
    ['//example.org/x', false],
    ['https://', false],
    ['https:///path', false],
    ['https://user:pass@example.org', false],
    ['https://example.org@evil.test', false],
    ['https://exa mple.org', false],
    ['https://example.org/a b', false],
    [' https://example.org', false],
    ['https://example.org\n', false],
    ['https://example.org/\u0000', false],
    ['https://example.org/\u202egpj.exe', false],
    ['https://exa\u200bmple.org', false],
    ['https://example.org:123456', false],
    ['example.org', false],
    ['', false],
  ])('%j → %s', (link, valid) => {
    expect(isEvidenceLink(link)).toBe(valid);
  });

  it.each([
    [MAX_LINK_LENGTH, true],
    [MAX_LINK_LENGTH + 1, false],
  ])('a link of %i characters is valid: %s', (length, valid) => {
    const prefix = 'https://example.org/';
    expect(isEvidenceLink(prefix + 'a'.repeat(length - prefix.length))).toBe(valid);
  });
});

describe('lockMeasurement', () => {
  const open = measurement();
  const at = '2025-03-20T10:00:00+01:00';

  it('locks when every element has a level or not-applicable', () => {
    const ratings = ratingsFor('m-1', [1, 2, 3, 4, 5, 'not-applicable', 3, 3, 3, 3, 3, 3]);
    const result = lockMeasurement(open, ratings, BOB, at, catalogue);
    expect(result).toEqual({
      ok: true,
      value: { ...open, status: 'locked', lockedOn: at, lockedBy: BOB },
    });
  });

  it.each<[string, Rating[], number]>([
    ['no ratings', [], 12],
    ['one element missing', ratingsFor('m-1', allLevels(3)).slice(1), 1],
    [
      'not-assessed counts as missing',
      ratingsFor('m-1', [...allLevels(3).slice(2), 'not-assessed', 'not-assessed']),
      2,
    ],
    ['ratings of another measurement do not count', ratingsFor('m-0', allLevels(3)), 12],
  ])('refuses with %s', (_case, ratings, count) => {
    expect(lockMeasurement(open, ratings, BOB, at, catalogue)).toEqual({
      ok: false,
      error: { code: 'MEASUREMENT.INCOMPLETE', details: { count } },
    });
  });

  it('ignores ratings of elements no longer in the catalogue', () => {
    const ratings = [...ratingsFor('m-1', allLevels(2)), rating('m-1', 'old.element', 1)];
    expect(lockMeasurement(open, ratings, BOB, at, catalogue).ok).toBe(true);
  });

  it('refuses to lock twice', () => {
    expect(lockMeasurement(lockedBaseline, [], BOB, at, catalogue)).toEqual({
      ok: false,
      error: { code: 'MEASUREMENT.LOCKED' },
    });
  });

  it('lists the missing elements in catalogue order', () => {
    const ratings = ratingsFor('m-1', allLevels(3)).filter((_, i) => i !== 3 && i !== 9);
    expect(missingElementIds(open, ratings, catalogue)).toEqual([ELEMENT_IDS[3], ELEMENT_IDS[9]]);
  });
});

describe('correctMeasurement', () => {
  const ratings = [
    rating('m-base', 'ins.guide.training', 2, { id: 'r-1', updatedAt: '2025-03-19T09:00:00Z' }),
    rating('m-base', 'pro.plan', 'not-applicable', { id: 'r-2', dissent: 'kept' }),
    rating('m-other', 'pro.plan', 5, { id: 'r-3' }),
  ];
  const ratingId = (elementId: string) => `r-fix-${elementId}`;

  it('opens a new measurement naming the locked one, with a copy of its ratings', () => {
    const result = correctMeasurement(lockedBaseline, ratings, {
      id: 'm-fix',
      ratingId,
      existing: [lockedBaseline],
    });
    expect(result).toEqual({
      ok: true,
      value: {
        measurement: {
          ...lockedBaseline,
          id: 'm-fix',
          status: 'open',
          lockedOn: null,
          lockedBy: null,
          correctsMeasurementId: 'm-base',
        },
        ratings: [
          rating('m-fix', 'ins.guide.training', 2, { id: 'r-fix-ins.guide.training' }),
          rating('m-fix', 'pro.plan', 'not-applicable', { id: 'r-fix-pro.plan', dissent: 'kept' }),
        ],
      },
    });
  });

  it('leaves the locked measurement and its ratings untouched', () => {
    const before = structuredClone(ratings);
    correctMeasurement(lockedBaseline, ratings, { id: 'm-fix', ratingId, existing: [] });
    expect(ratings).toEqual(before);
    expect(lockedBaseline.status).toBe('locked');
  });

  it.each<[string, Measurement, Measurement[], string]>([
    ['an open measurement', measurement(), [], 'MEASUREMENT.NOT_LOCKED'],
    [
      'while the plan has an open measurement',
      lockedBaseline,
      [lockedBaseline, measurement({ id: 'm-open', kind: 'annual', date: '2026-01-01' })],
      'MEASUREMENT.OPEN_EXISTS',
    ],
    [
      'a measurement that was already corrected',
      lockedBaseline,
      [lockedBaseline, { ...lockedBaseline, id: 'm-fix-1', correctsMeasurementId: 'm-base' }],
      'MEASUREMENT.ALREADY_CORRECTED',
    ],
  ])('refuses %s', (_case, target, existing, code) => {
    expect(correctMeasurement(target, ratings, { id: 'm-fix', ratingId, existing })).toEqual({
      ok: false,
      error: { code },
    });
  });
});

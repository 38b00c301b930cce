import { describe, expect, it } from 'vitest';
import type { IndividualRating, RatingValue } from './maturity.types';
import type { AgreeRatingInput } from './multi-rater';
import {
  agreeRating,
  consensus,
  dispersion,
  individualRatingsFor,
  recordIndividualRating,
  samePerson,
  strongDisagreements,
  suggestAgreedValue,
} from './multi-rater';
import {
  ALICE,
  BOB,
  CARLA,
  FIXTURE_CATALOGUE,
  individual,
  measurement,
  rating,
} from './test-support/fixtures';

const catalogue = FIXTURE_CATALOGUE;
const panel = measurement({ id: 'm-panel', mode: 'multi-rater' });
const element = 'ins.monitor.reporting';

describe('dispersion', () => {
  it('is empty (nulls) without rated values', () => {
    expect(dispersion([])).toEqual({
      ratedCount: 0,
      notApplicableCount: 0,
      notAssessedCount: 0,
      min: null,
      max: null,
      range: null,
      median: null,
      standardDeviation: null,
    });
  });

  it('counts n/a and abstentions apart from the rated values', () => {
    expect(dispersion(['not-applicable', 'not-assessed', 'not-applicable'])).toMatchObject({
      ratedCount: 0,
      notApplicableCount: 2,
      notAssessedCount: 1,
      median: null,
    });
  });

  it.each<[RatingValue[], number, number, number, number, number]>([
    [[3], 3, 3, 0, 3, 0],
    [[2, 4], 2, 4, 2, 3, 1],
    [[1, 2, 2, 5], 1, 5, 4, 2, 1.5],
    [[1, 5, 'not-applicable', 'not-assessed'], 1, 5, 4, 3, 2],
    [[4, 4, 4], 4, 4, 0, 4, 0],
  ])('%j → min %i max %i range %i median %d sd %d', (values, min, max, range, median, sd) => {
    const d = dispersion(values);
    expect(d).toMatchObject({ min, max, range, median });
    expect(d.standardDeviation).toBeCloseTo(sd, 10);
  });
});

describe('consensus', () => {
  it.each<[RatingValue[], string | null]>([
    [[], null],
    [['not-assessed', 'not-assessed'], null],
    [[3], 'unanimous'],
    [[3, 3, 3], 'unanimous'],
    [[3, 3, 'not-assessed'], 'unanimous'],
    [['not-applicable', 'not-applicable'], 'unanimous'],
    [[3, 4], 'close'],
    [[4, 3, 4, 3], 'close'],
    [[2, 4], 'divergent'],
    [[1, 5], 'divergent'],
    [[3, 3, 'not-applicable'], 'divergent'],
  ])('%j → %s', (values, expected) => {
    expect(consensus(dispersion(values))).toBe(expected);
  });
});

describe('suggestAgreedValue', () => {
  it.each<[RatingValue[], RatingValue | null]>([
    [[], null],
    [['not-assessed'], null],
    [[4], 4],
    [[2, 3], 2],
    [[3, 4, 4, 5], 4],
    [[1, 2, 4, 5], 3],
    [[1, 5], 3],
    [[2, 3, 3], 3],
    [['not-applicable'], 'not-applicable'],
    [['not-applicable', 'not-applicable', 4], 'not-applicable'],
    [['not-applicable', 4], 4],
    [['not-applicable', 'not-applicable', 4, 'not-assessed', 'not-assessed'], 'not-applicable'],
  ])('%j → %j', (values, expected) => {
    expect(suggestAgreedValue(dispersion(values))).toBe(expected);
  });
});

describe('strongDisagreements', () => {
  const ir = (value: RatingValue): IndividualRating => individual('m-panel', element, ALICE, value);

  it.each<[RatingValue, RatingValue, boolean]>([
    [3, 3, false],
    [3, 4, false],
    [3, 2, false],
    [3, 5, true],
    [3, 1, true],
    [1, 5, true],
    [3, 'not-applicable', true],
    ['not-applicable', 3, true],
    ['not-applicable', 'not-applicable', false],
    [3, 'not-assessed', false],
    ['not-assessed', 1, false],
    ['not-assessed', 'not-applicable', false],
  ])('agreed %j vs individual %j → %s', (agreed, value, strong) => {
    expect(strongDisagreements(agreed, [ir(value)]).length > 0).toBe(strong);
  });
});

describe('recordIndividualRating', () => {
  const base = {
    id: 'ir-new',
    elementId: element,
    rater: BOB,
    value: 3,
    note: 'seen reports',
  } as const;

  it('records a first individual rating', () => {
    expect(recordIndividualRating(panel, [], base, catalogue)).toEqual({
      ok: true,
      value: {
        id: 'ir-new',
        measurementId: 'm-panel',
        elementId: element,
        rater: BOB,
        value: 3,
        note: 'seen reports',
      },
    });
  });

  it("updates the rater's own earlier rating, not someone else's", () => {
    const mine = individual('m-panel', element, BOB, 2);
    const theirs = individual('m-panel', element, ALICE, 2);
    const result = recordIndividualRating(panel, [theirs, mine], base, catalogue);
    expect(result.ok && result.value).toMatchObject({ id: mine.id, value: 3, rater: BOB });
  });

  it.each([
    ['single-rater measurement', measurement(), base, 'MEASUREMENT.NOT_MULTI_RATER'],
    ['unknown element', panel, { ...base, elementId: 'x' }, 'MEASUREMENT.UNKNOWN_ELEMENT'],
    ['invalid level', panel, { ...base, value: 7 as 1 }, 'MEASUREMENT.INVALID_LEVEL'],
    ['note too long', panel, { ...base, note: 'x'.repeat(64_000) }, 'MEASUREMENT.NOTE_TOO_LONG'],
    ['locked', { ...panel, status: 'locked' as const }, base, 'MEASUREMENT.LOCKED'],
  ])('refuses: %s', (_case, m, input, code) => {
    const result = recordIndividualRating(m, [], input, catalogue);
    expect(result.ok ? 'ok' : result.error.code).toBe(code);
  });
});

describe('agreeRating', () => {
  const individuals = [
    individual('m-panel', element, ALICE, 2),
    individual('m-panel', element, BOB, 3),
    individual('m-panel', element, CARLA, 4),
    individual('m-panel', 'pro.plan', CARLA, 1),
    individual('m-other', element, CARLA, 1),
  ];
  const agree = (overrides: Partial<AgreeRatingInput> = {}) =>
    agreeRating(
      panel,
      [],
      individuals,
      { ratingId: 'r-new', elementId: element, value: 3, dissent: '', rater: ALICE, ...overrides },
      catalogue,
    );

  it('records an agreed value within one level of every rater without a dissent', () => {
    expect(agree()).toEqual({
      ok: true,
      value: {
        id: 'r-new',
        measurementId: 'm-panel',
        elementId: element,
        value: 3,
        target: null,
        evidenceNote: '',
        evidenceLinks: [],
        rater: ALICE,
        dissent: '',
      },
    });
  });

  it.each<[RatingValue, number]>([
    [4, 1],
    [5, 2],
    [1, 2],
    ['not-applicable', 3],
  ])('agreed %j needs a dissent (%i strong disagreements)', (value, count) => {
    expect(agree({ value })).toEqual({
      ok: false,
      error: { code: 'MEASUREMENT.DISSENT_REQUIRED', details: { count } },
    });
    expect(agree({ value, dissent: '   \n' }).ok).toBe(false);
    expect(agree({ value, dissent: 'Alice: no records of use yet' }).ok).toBe(true);
  });

  it('accepts an agreed value with no individual ratings at all', () => {
    const result = agreeRating(
      panel,
      [],
      [],
      { ratingId: 'r', elementId: element, value: 5, dissent: '', rater: null },
      catalogue,
    );
    expect(result.ok).toBe(true);
  });

  it('keeps target and evidence of an existing rating', () => {
    const existing = rating('m-panel', element, 2, {
      id: 'r-9',
      target: 4,
      evidenceNote: 'report',
      evidenceLinks: ['https://example.org/r'],
    });
    const result = agreeRating(
      panel,
      [existing],
      individuals,
      { ratingId: 'ignored', elementId: element, value: 3, dissent: 'x', rater: BOB },
      catalogue,
    );
    expect(result).toEqual({
      ok: true,
      value: { ...existing, value: 3, dissent: 'x', rater: BOB },
    });
  });

  it.each([
    ['single-rater measurement', { mode: 'single' as const }, {}, 'MEASUREMENT.NOT_MULTI_RATER'],
    ['locked', { status: 'locked' as const }, {}, 'MEASUREMENT.LOCKED'],
    ['unknown element', {}, { elementId: 'x' }, 'MEASUREMENT.UNKNOWN_ELEMENT'],
    ['invalid level', {}, { value: 0 as 1 }, 'MEASUREMENT.INVALID_LEVEL'],
    ['dissent too long', {}, { dissent: 'x'.repeat(64_000) }, 'MEASUREMENT.DISSENT_TOO_LONG'],
  ])('refuses: %s', (_case, m, overrides, code) => {
    const result = agreeRating(
      { ...panel, ...m },
      [],
      individuals,
      { ratingId: 'r', elementId: element, value: 3, dissent: '', rater: ALICE, ...overrides },
      catalogue,
    );
    expect(result.ok ? 'ok' : result.error.code).toBe(code);
  });
});

describe('individualRatingsFor', () => {
  it('keeps the ratings of the measurement and element only', () => {
    const mine = individual('m-panel', element, ALICE, 2);
    const list = [
      mine,
      individual('m-x', element, ALICE, 2),
      individual('m-panel', 'pro.plan', ALICE, 2),
    ];
    expect(individualRatingsFor(panel, list, element)).toEqual([mine]);
  });
});

describe('samePerson', () => {
  it.each([
    [{ id: 'a', displayName: 'A' }, { id: 'a', displayName: 'Other name' }, true],
    [{ id: 'a', displayName: 'A' }, { id: 'b', displayName: 'A' }, false],
    [{ email: 'A@x.be', displayName: 'A' }, { email: 'a@X.be', displayName: 'B' }, true],
    [{ email: 'a@x.be', displayName: 'A' }, { email: 'b@x.be', displayName: 'A' }, false],
    [{ displayName: 'Alice Peeters ' }, { displayName: 'alice peeters' }, true],
    [{ id: 'a', displayName: 'Alice' }, { displayName: 'Alice' }, true],
    [{ displayName: 'Alice' }, { displayName: 'Bob' }, false],
  ])('%j vs %j → %s', (a, b, same) => {
    expect(samePerson(a, b)).toBe(same);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CatalogueElement } from '../catalogue/catalogue.types';
import { IMF_FUNCTIONS, LAYERS, PILLARS } from '../catalogue/catalogue.types';
import type { MaturityLevel, RatingValue } from '../maturity/maturity.types';
import { MATURITY_LEVELS, UNRATED_VALUES } from '../maturity/maturity.types';
import {
  ELEMENT_IDS,
  FIXTURE_CATALOGUE,
  rating,
  ratingsFor,
} from '../maturity/test-support/fixtures';
import type { GroupFigures } from './aggregates';
import { aggregateMeasurement, buildGroups, groupFigures } from './aggregates';

const level = fc.constantFrom<MaturityLevel>(...MATURITY_LEVELS);
const unrated = fc.constantFrom<RatingValue>(...UNRATED_VALUES);
const value = fc.oneof(level, unrated);

describe('groupFigures', () => {
  it.each<[string, RatingValue[], Partial<GroupFigures>]>([
    [
      'an empty group has null figures, not 0',
      [],
      { elementCount: 0, ratedCount: 0, median: null, minimum: null, shareImplemented: null },
    ],
    [
      'only n/a and not assessed: null figures, never low',
      ['not-applicable', 'not-assessed', 'not-applicable'],
      {
        elementCount: 3,
        ratedCount: 0,
        notApplicableCount: 2,
        notAssessedCount: 1,
        median: null,
        minimum: null,
        shareImplemented: null,
      },
    ],
    ['one element', [3], { ratedCount: 1, median: 3, minimum: 3, shareImplemented: 1 }],
    ['just under level 3', [2, 2], { median: 2, minimum: 2, shareImplemented: 0 }],
    ['even count: halfway median', [2, 3], { median: 2.5, minimum: 2, shareImplemented: 0.5 }],
    [
      'one weak element shows in the minimum',
      [5, 5, 5, 1],
      { median: 5, minimum: 1, shareImplemented: 0.75 },
    ],
    [
      'unrated values are counted but excluded',
      [1, 'not-applicable', 4, 'not-assessed', 5],
      {
        elementCount: 5,
        ratedCount: 3,
        notApplicableCount: 1,
        notAssessedCount: 1,
        median: 4,
        minimum: 1,
        shareImplemented: 2 / 3,
      },
    ],
  ])('%s', (_case, values, expected) => {
    expect(groupFigures(values)).toMatchObject(expected);
  });

  it('never leaves the range of its inputs; share in [0, 1]; counts add up', () => {
    fc.assert(
      fc.property(fc.array(value, { maxLength: 40 }), (values) => {
        const f = groupFigures(values);
        const levels = values.filter((v): v is MaturityLevel => typeof v === 'number');
        expect(f.ratedCount + f.notApplicableCount + f.notAssessedCount).toBe(values.length);
        if (levels.length === 0) {
          expect([f.median, f.minimum, f.shareImplemented]).toEqual([null, null, null]);
          return;
        }
        const max = Math.max(...levels);
        expect(Math.min(...levels)).toBe(f.minimum);
        expect(f.minimum!).toBeLessThanOrEqual(f.median!);
        expect(f.median!).toBeLessThanOrEqual(max);
        expect(f.shareImplemented!).toBeGreaterThanOrEqual(0);
        expect(f.shareImplemented!).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('adding n/a or not-assessed values never changes the median (or any level figure)', () => {
    fc.assert(
      fc.property(
        fc.array(value),
        fc.array(unrated, { minLength: 1 }),
        fc.nat(),
        (values, extra, at) => {
          const position = at % (values.length + 1);
          const more = [...values.slice(0, position), ...extra, ...values.slice(position)];
          const before = groupFigures(values);
          const after = groupFigures(more);
          expect(after.median).toBe(before.median);
          expect(after.minimum).toBe(before.minimum);
          expect(after.shareImplemented).toBe(before.shareImplemented);
        },
      ),
    );
  });

  it('adding a level higher than the median never lowers the median', () => {
    fc.assert(
      fc.property(fc.array(value), level, (values, added) => {
        const before = groupFigures(values).median;
        fc.pre(before === null || added > before);
        const after = groupFigures([...values, added]).median!;
        expect(after).toBeGreaterThanOrEqual(before ?? added);
      }),
    );
  });
});

describe('aggregateMeasurement', () => {
  // Catalogue order: determine ×3 (core, core, compl.), guide ×2 (core, compl.), monitor ×2
  // (core, compl.), enforce (core), processes ×2 (core), structures (core, compl.).
  const values: RatingValue[] = [1, 3, 'not-applicable', 4, 2, 5, 'not-assessed', 2, 3, 3, 4, 1];
  const aggregates = aggregateMeasurement(FIXTURE_CATALOGUE, 'm-1', ratingsFor('m-1', values));

  it('aggregates all elements', () => {
    expect(aggregates.overall).toEqual({
      elementCount: 12,
      ratedCount: 10,
      notApplicableCount: 1,
      notAssessedCount: 1,
      median: 3,
      minimum: 1,
      shareImplemented: 0.6,
    });
  });

  it('aggregates per pillar', () => {
    expect(aggregates.byPillar.instruments).toMatchObject({
      elementCount: 8,
      ratedCount: 6,
      median: 2.5,
      minimum: 1,
    });
    expect(aggregates.byPillar.processes).toMatchObject({
      ratedCount: 2,
      median: 3,
      shareImplemented: 1,
    });
    expect(aggregates.byPillar.structures).toMatchObject({
      median: 2.5,
      minimum: 1,
      shareImplemented: 0.5,
    });
  });

  it('aggregates per function, instruments only', () => {
    expect(aggregates.byFunction.determine).toMatchObject({
      elementCount: 3,
      ratedCount: 2,
      notApplicableCount: 1,
      median: 2,
      minimum: 1,
    });
    expect(aggregates.byFunction.guide).toMatchObject({
      median: 3,
      minimum: 2,
      shareImplemented: 0.5,
    });
    expect(aggregates.byFunction.monitor).toMatchObject({
      ratedCount: 1,
      notAssessedCount: 1,
      median: 5,
    });
    expect(aggregates.byFunction.enforce).toMatchObject({
      elementCount: 1,
      median: 2,
      shareImplemented: 0,
    });
  });

  it('aggregates per layer and per pillar × layer; empty groups are null', () => {
    expect(aggregates.byLayer.core).toMatchObject({ elementCount: 8, median: 3, minimum: 1 });
    expect(aggregates.byLayer.complementary).toMatchObject({
      elementCount: 4,
      ratedCount: 2,
      median: 1.5,
    });
    expect(aggregates.byPillarLayer.structures.complementary).toMatchObject({
      median: 1,
      minimum: 1,
    });
    expect(aggregates.byPillarLayer.processes.complementary).toEqual({
      elementCount: 0,
      ratedCount: 0,
      notApplicableCount: 0,
      notAssessedCount: 0,
      median: null,
      minimum: null,
      shareImplemented: null,
    });
  });

  it('counts an element without a rating as not assessed, and ignores other measurements and unknown elements', () => {
    const ratings = [rating('m-2', ELEMENT_IDS[0]!, 5), rating('m-1', 'old.element', 1)];
    const result = aggregateMeasurement(FIXTURE_CATALOGUE, 'm-1', ratings);
    expect(result.overall).toMatchObject({ elementCount: 12, notAssessedCount: 12, median: null });
  });

  it('has every group even for an empty catalogue', () => {
    const empty = aggregateMeasurement([], 'm-1', []);
    for (const pillar of PILLARS) {
      expect(empty.byPillar[pillar].median).toBeNull();
      for (const layer of LAYERS) expect(empty.byPillarLayer[pillar][layer].elementCount).toBe(0);
    }
    for (const fn of IMF_FUNCTIONS) expect(empty.byFunction[fn].minimum).toBeNull();
  });

  it('keeps every group within the range of its rated elements', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(value, { nil: undefined }), { minLength: 12, maxLength: 12 }),
        (cells) => {
          const ratings = cells.flatMap((v, i) =>
            v === undefined ? [] : [rating('m', ELEMENT_IDS[i]!, v)],
          );
          const result = aggregateMeasurement(FIXTURE_CATALOGUE, 'm', ratings);
          const check = (elements: readonly CatalogueElement[], f: GroupFigures) => {
            const levels = elements
              .map((e) => cells[FIXTURE_CATALOGUE.indexOf(e)])
              .filter((v): v is MaturityLevel => typeof v === 'number');
            expect(f.ratedCount).toBe(levels.length);
            if (levels.length === 0) {
              expect(f.median).toBeNull();
              return;
            }
            expect(f.minimum).toBe(Math.min(...levels));
            expect(f.median!).toBeGreaterThanOrEqual(f.minimum!);
            expect(f.median!).toBeLessThanOrEqual(Math.max(...levels));
          };
          const groups = buildGroups(FIXTURE_CATALOGUE, (elements) => elements);
          check(groups.overall, result.overall);
          for (const p of PILLARS) {
            check(groups.byPillar[p], result.byPillar[p]);
            for (const l of LAYERS) check(groups.byPillarLayer[p][l], result.byPillarLayer[p][l]);
          }
          for (const fn of IMF_FUNCTIONS) check(groups.byFunction[fn], result.byFunction[fn]);
          for (const l of LAYERS) check(groups.byLayer[l], result.byLayer[l]);
        },
      ),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Measurement, RatingValue } from './maturity.types';
import { MATURITY_LEVELS, UNRATED_VALUES } from './maturity.types';
import { lockMeasurement, rateElement } from './measurement';
import { agreeRating, recordIndividualRating } from './multi-rater';
import { ALICE, ELEMENT_IDS, FIXTURE_CATALOGUE, ratingsFor } from './test-support/fixtures';

const catalogue = FIXTURE_CATALOGUE;

const lockedMeasurement: fc.Arbitrary<Measurement> = fc.record({
  id: fc.string({ minLength: 1 }),
  entityId: fc.string(),
  planId: fc.string(),
  kind: fc.constantFrom('baseline', 'annual', 'final'),
  date: fc.constantFrom('2025-03-01', '2026-02-28'),
  status: fc.constant('locked'),
  mode: fc.constantFrom('single', 'multi-rater'),
  lockedOn: fc.constant('2025-03-20T10:00:00+01:00'),
  lockedBy: fc.constant(ALICE),
  correctsMeasurementId: fc.option(fc.string(), { nil: null }),
});

// Valid and invalid values alike: a locked measurement refuses before it looks at the input.
const anyValue = fc.oneof(
  fc.constantFrom<RatingValue>(...MATURITY_LEVELS, ...UNRATED_VALUES),
  fc.integer(),
) as fc.Arbitrary<RatingValue>;
const anyElement = fc.oneof(fc.constantFrom(...ELEMENT_IDS), fc.string());
const anyText = fc.string({ maxLength: 50 });

describe('a locked measurement', () => {
  it('rejects every mutation with MEASUREMENT.LOCKED', () => {
    fc.assert(
      fc.property(
        lockedMeasurement,
        anyElement,
        anyValue,
        anyText,
        fc.array(fc.string(), { maxLength: 3 }),
        (m, elementId, value, text, links) => {
          const ratings = ratingsFor(
            m.id,
            ELEMENT_IDS.map(() => 3),
          );
          const outcomes = [
            rateElement(
              m,
              ratings,
              {
                ratingId: 'r',
                elementId,
                value,
                target: null,
                evidenceNote: text,
                evidenceLinks: links,
                rater: ALICE,
              },
              catalogue,
            ),
            lockMeasurement(m, ratings, ALICE, '2026-01-01T00:00:00Z', catalogue),
            recordIndividualRating(
              m,
              [],
              { id: 'i', elementId, rater: ALICE, value, note: text },
              catalogue,
            ),
            agreeRating(
              m,
              ratings,
              [],
              { ratingId: 'r', elementId, value, dissent: text, rater: ALICE },
              catalogue,
            ),
          ];
          for (const outcome of outcomes) {
            expect(outcome).toEqual({ ok: false, error: { code: 'MEASUREMENT.LOCKED' } });
          }
        },
      ),
    );
  });
});

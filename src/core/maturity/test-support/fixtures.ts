import type {
  Approach,
  CatalogueElement,
  ImfFunction,
  Layer,
} from '../../catalogue/catalogue.types';
import type { LocalizedText } from '../../shared/locale';
import type { PersonRef } from '../../shared/person';
import type { IndividualRating, Measurement, Rating, RatingValue } from '../maturity.types';

const text = (s: string): LocalizedText => ({ nl: s, fr: s, de: s, en: s });

function instrument(
  id: string,
  fn: ImfFunction,
  layer: Layer,
  approach: Approach = 'both',
): CatalogueElement {
  return {
    id,
    pillar: 'instruments',
    function: fn,
    category: `ins.${fn}`,
    layer,
    approach,
    label: text(id),
    description: text(id),
  };
}

/**
 * A small catalogue that covers every pillar, every function and both layers, with some groups
 * deliberately empty (no complementary 'enforce' instrument, no complementary process).
 */
export const FIXTURE_CATALOGUE: readonly CatalogueElement[] = [
  instrument('ins.determine.risk-analysis', 'determine', 'core', 'controlling'),
  instrument('ins.determine.code', 'determine', 'core', 'stimulating'),
  instrument('ins.determine.recruitment', 'determine', 'complementary'),
  instrument('ins.guide.training', 'guide', 'core', 'stimulating'),
  instrument('ins.guide.onboarding', 'guide', 'complementary'),
  instrument('ins.monitor.reporting', 'monitor', 'core', 'controlling'),
  instrument('ins.monitor.spot-checks', 'monitor', 'complementary', 'controlling'),
  instrument('ins.enforce.sanctions', 'enforce', 'core', 'controlling'),
  {
    id: 'pro.plan',
    pillar: 'processes',
    category: 'pro.cycle',
    layer: 'core',
    approach: 'both',
    label: text('pro.plan'),
    description: text('pro.plan'),
  },
  {
    id: 'pro.evaluate',
    pillar: 'processes',
    category: 'pro.cycle',
    layer: 'core',
    approach: 'both',
    label: text('pro.evaluate'),
    description: text('pro.evaluate'),
  },
  {
    id: 'str.leaders',
    pillar: 'structures',
    level: 'entity',
    category: 'str.entity',
    layer: 'core',
    approach: 'stimulating',
    label: text('str.leaders'),
    description: text('str.leaders'),
  },
  {
    id: 'str.hrm',
    pillar: 'structures',
    level: 'entity',
    category: 'str.horizontal',
    layer: 'complementary',
    approach: 'both',
    label: text('str.hrm'),
    description: text('str.hrm'),
  },
];

export const ELEMENT_IDS: readonly string[] = FIXTURE_CATALOGUE.map((e) => e.id);

export const ALICE: PersonRef = { id: 'u-alice', displayName: 'Alice Peeters' };
export const BOB: PersonRef = { id: 'u-bob', displayName: 'Bob Dubois' };
export const CARLA: PersonRef = { id: 'u-carla', displayName: 'Carla Schmitz' };

export function measurement(overrides: Partial<Measurement> = {}): Measurement {
  return {
    id: 'm-1',
    entityId: 'zone-5339',
    planId: 'plan-2025',
    kind: 'baseline',
    date: '2025-03-01',
    status: 'open',
    mode: 'single',
    lockedOn: null,
    lockedBy: null,
    correctsMeasurementId: null,
    ...overrides,
  };
}

export function rating(
  measurementId: string,
  elementId: string,
  value: RatingValue,
  overrides: Partial<Rating> = {},
): Rating {
  return {
    id: `r-${measurementId}-${elementId}`,
    measurementId,
    elementId,
    value,
    target: null,
    evidenceNote: '',
    evidenceLinks: [],
    rater: ALICE,
    dissent: '',
    ...overrides,
  };
}

/** Ratings of one measurement for the given values, element by element in catalogue order. */
export function ratingsFor(measurementId: string, values: readonly RatingValue[]): Rating[] {
  return values.map((value, i) => rating(measurementId, ELEMENT_IDS[i] ?? `extra-${i}`, value));
}

export function individual(
  measurementId: string,
  elementId: string,
  rater: PersonRef,
  value: RatingValue,
): IndividualRating {
  return {
    id: `ir-${measurementId}-${elementId}-${rater.displayName}`,
    measurementId,
    elementId,
    rater,
    value,
    note: '',
  };
}

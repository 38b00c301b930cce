import { describe, expect, it } from 'vitest';
import { LOCALES } from '../shared/locale';
import { MEASUREMENT_KINDS, MEASUREMENT_STATUSES } from './maturity.types';
import type { RatingMode } from './maturity.types';
import {
  MEASUREMENT_KIND_LABELS,
  MEASUREMENT_STATUS_LABELS,
  RATING_MODE_LABELS,
} from './measurement.labels';

// The model names the rating modes only as a type; the test lists them.
const RATING_MODES: readonly RatingMode[] = ['single', 'multi-rater'];

const TABLES = [
  ['measurement kind', MEASUREMENT_KINDS, MEASUREMENT_KIND_LABELS],
  ['measurement status', MEASUREMENT_STATUSES, MEASUREMENT_STATUS_LABELS],
  ['rating mode', RATING_MODES, RATING_MODE_LABELS],
] as const;

describe('measurement labels', () => {
  it.each(TABLES)(
    'name every %s in the four languages, each name distinct',
    (_, values, labels) => {
      expect(Object.keys(labels).sort()).toEqual([...values].sort());
      const table = labels as Readonly<Record<string, Readonly<Record<string, string>>>>;
      for (const locale of LOCALES) {
        const names = values.map((value) => table[value]?.[locale] ?? '');
        for (const name of names) expect(name.trim()).not.toBe('');
        expect(new Set(names).size).toBe(values.length);
      }
    },
  );
});

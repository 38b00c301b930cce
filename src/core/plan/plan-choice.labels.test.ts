import { describe, expect, it } from 'vitest';
import { LOCALES } from '../shared/locale';
import {
  ACTION_STATUS_LABELS,
  FREQUENCY_LABELS,
  MONITORING_MODE_LABELS,
} from './plan-choice.labels';
import { ACTION_STATUSES, FREQUENCIES, MONITORING_MODES } from './plan.types';

const TABLES = [
  ['action status', ACTION_STATUSES, ACTION_STATUS_LABELS],
  ['monitoring mode', MONITORING_MODES, MONITORING_MODE_LABELS],
  ['frequency', FREQUENCIES, FREQUENCY_LABELS],
] as const;

describe('plan choice labels', () => {
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

import { describe, expect, it } from 'vitest';
import { LOCALES } from '../shared/locale';
import { APPROACH_LABELS, FUNCTION_LABELS, LAYER_LABELS, PILLAR_LABELS } from './catalogue.labels';
import { APPROACHES, IMF_FUNCTIONS, LAYERS, PILLARS } from './catalogue.types';

const TABLES = [
  ['pillar', PILLARS, PILLAR_LABELS],
  ['function', IMF_FUNCTIONS, FUNCTION_LABELS],
  ['layer', LAYERS, LAYER_LABELS],
  ['approach', APPROACHES, APPROACH_LABELS],
] as const;

describe('catalogue labels', () => {
  it.each(TABLES)(
    'name every %s in the four languages, each name distinct',
    (_, values, labels) => {
      expect(Object.keys(labels).sort()).toEqual([...values].sort());
      for (const locale of LOCALES) {
        const table = labels as Readonly<Record<string, Readonly<Record<string, string>>>>;
        const names = values.map((value) => table[value]?.[locale] ?? '');
        for (const name of names) expect(name.trim()).not.toBe('');
        expect(new Set(names).size).toBe(values.length);
      }
    },
  );

  it('number the functions F1 to F4 in the catalogue’s order', () => {
    for (const locale of LOCALES) {
      expect(IMF_FUNCTIONS.map((f) => FUNCTION_LABELS[f][locale].slice(0, 2))).toEqual([
        'F1',
        'F2',
        'F3',
        'F4',
      ]);
    }
  });
});

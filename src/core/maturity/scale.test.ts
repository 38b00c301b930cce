import { describe, expect, it } from 'vitest';
import { LOCALES } from '../shared/locale';
import { MATURITY_LEVELS, UNRATED_VALUES } from './maturity.types';
import {
  MATURITY_SCALE,
  MATURITY_SCALE_LEVELS,
  UNRATED_LABELS,
  isMaturityLevel,
  isRated,
  isRatingValue,
  ratingValueLabel,
} from './scale';

describe('MATURITY_SCALE', () => {
  it.each([
    [1, 'Ad hoc', 'Ad hoc', 'Ad hoc', 'Ad hoc', null],
    [2, 'Gepland', 'Planifié', 'Geplant', 'Planned', 'P'],
    [3, 'Toegepast', 'Appliqué', 'Umgesetzt', 'Implemented', 'D'],
    [4, 'Opgevolgd', 'Suivi', 'Überwacht', 'Monitored', 'C'],
    [
      5,
      'Verankerd & lerend',
      'Ancré et apprenant',
      'Verankert & lernend',
      'Embedded & learning',
      'A',
    ],
  ] as const)('level %i is labelled as in the product table', (level, nl, fr, de, en, pdca) => {
    expect(MATURITY_SCALE[level].label).toEqual({ nl, fr, de, en });
    expect(MATURITY_SCALE[level].pdca).toBe(pdca);
    expect(MATURITY_SCALE[level].level).toBe(level);
  });

  it('keeps the English meaning and evidence of the product table', () => {
    expect(MATURITY_SCALE[1].meaning.en).toBe('Incidental, reactive, depends on persons');
    expect(MATURITY_SCALE[3].meaning.en).toBe('Standardised, communicated and applied (Do)');
    expect(MATURITY_SCALE[4].minimumEvidence.en).toBe('Monitoring data and report');
    expect(MATURITY_SCALE[5].minimumEvidence.en).toBe('Evaluation and adaptation decision');
  });

  it('has a non-empty text in every language for every level', () => {
    for (const step of MATURITY_SCALE_LEVELS) {
      for (const locale of LOCALES) {
        expect(step.label[locale].trim()).not.toBe('');
        expect(step.meaning[locale].trim()).not.toBe('');
        expect(step.minimumEvidence[locale].trim()).not.toBe('');
      }
    }
  });

  it('lists the levels lowest first', () => {
    expect(MATURITY_SCALE_LEVELS.map((s) => s.level)).toEqual([...MATURITY_LEVELS]);
  });

  it('labels both unrated values in every language', () => {
    expect(UNRATED_LABELS['not-assessed'].en).toBe('Not assessed');
    expect(UNRATED_LABELS['not-applicable'].nl).toBe('Niet van toepassing');
    for (const value of UNRATED_VALUES) {
      for (const locale of LOCALES) expect(UNRATED_LABELS[value][locale].trim()).not.toBe('');
    }
  });
});

describe('isRated', () => {
  it.each([
    [1, true],
    [5, true],
    ['not-assessed', false],
    ['not-applicable', false],
  ] as const)('%s → %s', (value, expected) => {
    expect(isRated(value)).toBe(expected);
  });
});

describe('isMaturityLevel / isRatingValue', () => {
  it.each([
    [0, false, false],
    [1, true, true],
    [3, true, true],
    [5, true, true],
    [6, false, false],
    [2.5, false, false],
    [-1, false, false],
    [Number.NaN, false, false],
    ['3', false, false],
    [null, false, false],
    [undefined, false, false],
    ['not-assessed', false, true],
    ['not-applicable', false, true],
    ['n/a', false, false],
  ] as const)('%s → level %s, value %s', (value, level, ratingValue) => {
    expect(isMaturityLevel(value)).toBe(level);
    expect(isRatingValue(value)).toBe(ratingValue);
  });
});

describe('ratingValueLabel', () => {
  it('names a level by the scale and an unrated value by its own label', () => {
    expect(ratingValueLabel(4).fr).toBe('Suivi');
    expect(ratingValueLabel('not-applicable').de).toBe('Nicht zutreffend');
    expect(ratingValueLabel('not-assessed').en).toBe('Not assessed');
  });
});

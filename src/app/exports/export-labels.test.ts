import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../core/shared/locale';
import type { LocalizedText } from '../../core/shared/locale';
import { readIcu } from '../../core/plan/test-support/icu';
import {
  ACTION_STATUS_LABELS,
  APPROACH_LABELS,
  EVIDENCE_PROBLEM_LABELS,
  FREQUENCY_LABELS,
  FUNCTION_LABELS,
  LAYER_LABELS,
  MEASUREMENT_KIND_LABELS,
  MEASUREMENT_STATUS_LABELS,
  MONITORING_MODE_LABELS,
  PILLAR_LABELS,
  PLAN_DOCUMENT_LABELS,
  PLAN_SECTION_TITLES,
  PLAN_SECTIONS,
  RATING_MODE_LABELS,
  REPORT_LABELS,
  REPORT_SHEET_NAMES,
} from './export-labels';
import { sectionHeading } from './plan-content';

const CATALOGUES: Readonly<Record<string, Readonly<Record<string, LocalizedText>>>> = {
  PLAN_SECTION_TITLES,
  PLAN_DOCUMENT_LABELS,
  ACTION_STATUS_LABELS,
  MONITORING_MODE_LABELS,
  FREQUENCY_LABELS,
  PILLAR_LABELS,
  FUNCTION_LABELS,
  LAYER_LABELS,
  APPROACH_LABELS,
  MEASUREMENT_KIND_LABELS,
  MEASUREMENT_STATUS_LABELS,
  RATING_MODE_LABELS,
  REPORT_SHEET_NAMES,
  REPORT_LABELS,
  EVIDENCE_PROBLEM_LABELS,
};

describe('export labels', () => {
  it('exist in all four languages, without stray white space, as valid ICU with the same arguments', () => {
    for (const [name, labels] of Object.entries(CATALOGUES)) {
      for (const [key, text] of Object.entries(labels)) {
        const args = LOCALES.map((locale) => {
          const value = text[locale];
          expect(value.trim(), `${name}.${key}.${locale}`).not.toBe('');
          expect(value, `${name}.${key}.${locale}`).toBe(value.trim());
          const check = readIcu(value);
          if (check.status !== 'ok') throw new Error(`${name}.${key}.${locale}: ${check.reason}`);
          return [...check.args].sort().join(',');
        });
        expect(new Set(args).size, `${name}.${key} arguments differ between languages`).toBe(1);
      }
    }
  });

  it('name the model plan’s sections as the AIG’s model does, numbered in its order', () => {
    // The Dutch headings at the end of the seed, "1. IDENTIFICATIE VAN DE ENTITEIT" … "7. COMMUNICATIE".
    const seed = [
      'IDENTIFICATIE VAN DE ENTITEIT',
      'MEERJARIGE AMBITIE, VISIE EN DOELSTELLINGEN (SMART)',
      'INSTRUMENTEN EN ACTIES',
      'ACTOREN',
      'MONITORING',
      'EVALUATIE EN RAPPORTAGE',
      'COMMUNICATIE',
    ];
    expect(PLAN_SECTIONS.map((s) => PLAN_SECTION_TITLES[s].nl.toUpperCase())).toEqual(seed);
    expect(PLAN_SECTIONS.map((s) => sectionHeading(s, 'en'))).toEqual([
      '1. Identification of the entity',
      '2. Multi-year ambition, vision and objectives (SMART)',
      '3. Instruments and actions',
      '4. Actors',
      '5. Monitoring',
      '6. Evaluation and reporting',
      '7. Communication',
    ]);
  });
});

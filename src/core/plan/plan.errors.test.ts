import { describe, expect, it } from 'vitest';
import type { DomainError } from '../shared/result';
import { LOCALES } from '../shared/locale';
import type { LocalizedText } from '../shared/locale';
import { PLAN_ERRORS, isPlanErrorCode } from './plan.errors';
import {
  IDENTIFICATION_FIELDS,
  IDENTIFICATION_FIELD_LABELS,
  PLAN_STATUS_LABELS,
  SMART_ELEMENTS,
  SMART_LABELS,
  SMART_WARNING_KINDS,
  SMART_WARNING_TEXTS,
} from './plan.labels';
import { PLAN_STATUSES } from './plan.types';
import { adoptPlan, archivePlan, editPlan, ensureEditable, transitionPlan } from './plan-status';
import {
  validatePlan,
  validatePlanAction,
  validatePlanArrangement,
  validatePlanBundle,
  validateStrategicObjective,
} from './plan.validate';
import { smartWarnings } from './smart-check';
import { icuArgs, readIcu } from './test-support/icu';
import {
  aBundle,
  aPlan,
  aStrategicObjective,
  anAction,
  anActorArrangement,
  anIdentification,
  anObjective,
} from './test-support/plan.fixtures';

function checkCatalogue(name: string, catalogue: Readonly<Record<string, LocalizedText>>): void {
  describe(name, () => {
    it.each(Object.entries(catalogue))(
      '%s: four languages, valid ICU, same arguments',
      (_, text) => {
        const argsPerLocale = LOCALES.map((locale) => {
          const message = text[locale];
          expect(message.trim()).not.toBe('');
          expect(message).toBe(message.trim());
          // A straight apostrophe quotes in ICU; messages use ’ instead.
          expect(message).not.toContain("'");
          expect(readIcu(message).status).toBe('ok');
          return [...icuArgs(message)].sort();
        });
        for (const args of argsPerLocale) expect(args).toEqual(argsPerLocale[0]);
      },
    );
  });
}

checkCatalogue('PLAN_ERRORS', PLAN_ERRORS);
checkCatalogue('SMART_LABELS', SMART_LABELS);
checkCatalogue('SMART_WARNING_TEXTS', SMART_WARNING_TEXTS);
checkCatalogue('IDENTIFICATION_FIELD_LABELS', IDENTIFICATION_FIELD_LABELS);
checkCatalogue('PLAN_STATUS_LABELS', PLAN_STATUS_LABELS);

describe('label catalogues cover their unions', () => {
  it('SMART elements', () => {
    expect(Object.keys(SMART_LABELS)).toEqual([...SMART_ELEMENTS]);
  });
  it('SMART warnings', () => {
    expect(Object.keys(SMART_WARNING_TEXTS)).toEqual([...SMART_WARNING_KINDS]);
  });
  it('identification fields', () => {
    expect(Object.keys(IDENTIFICATION_FIELD_LABELS)).toEqual([...IDENTIFICATION_FIELDS]);
  });
  it('plan statuses', () => {
    expect(Object.keys(PLAN_STATUS_LABELS)).toEqual([...PLAN_STATUSES]);
  });
  it('warning texts only use what the warning carries', () => {
    const period = { periodStart: '2025-01-01', periodEnd: '2025-12-31' };
    const warnings = smartWarnings(
      anObjective({ baselineValue: 1, targetValue: 1, deadline: '2026-01-01' }),
      period,
    );
    expect(warnings.map((w) => w.kind)).toEqual([...SMART_WARNING_KINDS]);
    for (const warning of warnings) {
      for (const arg of icuArgs(SMART_WARNING_TEXTS[warning.kind].en)) {
        expect(Object.keys(warning)).toContain(arg);
      }
    }
  });
});

describe('isPlanErrorCode', () => {
  it.each([
    ['PLAN.ARCHIVED', true],
    ['PLAN.NOPE', false],
    ['toString', false],
    [42, false],
  ])('%s → %s', (value, expected) => {
    expect(isPlanErrorCode(value)).toBe(expected);
  });
});

/** Every error each API returns for a corpus of bad input, nested reasons and fields included. */
function returnedErrors(): DomainError[] {
  const errors: DomainError[] = [];
  const collect = (result: { ok: boolean; error?: unknown }): void => {
    if (result.ok) throw new Error('corpus entry unexpectedly passed');
    const error = result.error as DomainError | readonly DomainError[];
    if (Array.isArray(error)) {
      errors.push(...(error as readonly DomainError[]));
      return;
    }
    const single = error as DomainError & { reasons?: DomainError[]; fields?: DomainError[] };
    errors.push(single, ...(single.reasons ?? []), ...(single.fields ?? []));
  };

  collect(validatePlan(null));
  collect(validatePlan({ ...aPlan(), title: '', status: 'Draft' }));
  collect(validatePlan({ ...aPlan(), title: 'x'.repeat(256), entityId: 5 }));
  collect(validatePlan({ ...aPlan(), status: 'adopted', adoptedOn: null }));
  collect(validatePlan({ ...aPlan(), updatedAt: 'now' }));
  collect(
    validatePlan({
      ...aPlan(),
      identification: anIdentification({ periodStart: '2025-02-29', periodEnd: '1800-01-01' }),
    }),
  );
  collect(validatePlan(aPlan({ identification: anIdentification({ periodEnd: '2024-01-01' }) })));
  collect(validatePlanAction({ ...anAction(), hours: -1, budgetEur: 0.005 }));
  collect(validatePlanAction({ ...anAction(), hours: Number.NaN }));
  collect(validateStrategicObjective({ ...aStrategicObjective(), order: 0.5 }));
  collect(validatePlanArrangement({ ...anActorArrangement(), kind: 'other' }));
  collect(
    validatePlanBundle(
      aBundle({
        strategicObjectives: [aStrategicObjective(), aStrategicObjective({ planId: 'x' })],
        actions: [anAction({ objectiveId: 'nope' })],
      }),
    ),
  );
  collect(
    adoptPlan(
      aBundle({ plan: aPlan({ status: 'adopted', adoptedOn: '2025-01-01' }) }),
      '2025-02-01',
    ),
  );
  collect(adoptPlan(aBundle(), '2025-02-30'));
  collect(
    adoptPlan(
      aBundle({
        plan: aPlan({
          identification: anIdentification({
            entityName: '',
            periodStart: '2026-01-01',
            periodEnd: '2025-01-01',
          }),
        }),
        strategicObjectives: [],
        objectives: [],
      }),
      '2025-02-01',
    ),
  );
  collect(adoptPlan(aBundle({ objectives: [anObjective({ owner: null })] }), '2025-02-01'));
  collect(archivePlan(aPlan()));
  collect(transitionPlan(aBundle(), 'draft', '2025-02-01'));
  collect(ensureEditable(aPlan({ status: 'archived', adoptedOn: '2025-01-01' })));
  collect(editPlan(aPlan(), { title: '' }));
  return errors;
}

describe('every returned code has a message', () => {
  const errors = returnedErrors();

  it('is in PLAN_ERRORS and its details fill every argument of its message', () => {
    for (const error of errors) {
      expect(isPlanErrorCode(error.code), error.code).toBe(true);
      if (!isPlanErrorCode(error.code)) continue;
      for (const locale of LOCALES) {
        for (const arg of icuArgs(PLAN_ERRORS[error.code][locale])) {
          expect(Object.keys(error.details ?? {}), `${error.code} needs {${arg}}`).toContain(arg);
        }
      }
    }
  });

  it('and every message in PLAN_ERRORS is used', () => {
    const used = new Set(errors.map((e) => e.code));
    expect([...Object.keys(PLAN_ERRORS)].filter((code) => !used.has(code))).toEqual([]);
  });
});

describe('the ICU reader used above', () => {
  it.each([
    ['{a', 'invalid'],
    ['a}', 'invalid'],
    ['{count, plural, one {#}}', 'invalid'],
    ['{count, plural, one {#} other {#}', 'invalid'],
    ['{count, plural}', 'invalid'],
    ['{count, plural, one}', 'invalid'],
    ['{1x}', 'invalid'],
    ['{n, number}', 'ok'],
    ['{n, number', 'invalid'],
    ['{s, select, a {x {y}} other {z}}', 'ok'],
  ])('%s → %s', (message, status) => {
    expect(readIcu(message).status).toBe(status);
  });

  it('finds the arguments of real messages, nested ones included', () => {
    expect([...icuArgs(PLAN_ERRORS['PLAN.FIELD_TOO_LONG'].nl)].sort()).toEqual(['field', 'max']);
    expect([...icuArgs(PLAN_ERRORS['PLAN.INVALID_TRANSITION'].de)].sort()).toEqual(['from', 'to']);
    expect([...icuArgs(SMART_WARNING_TEXTS['deadline-outside-period'].fr)].sort()).toEqual([
      'deadline',
      'periodEnd',
      'periodStart',
      'side',
    ]);
    expect([...icuArgs(PLAN_ERRORS['PLAN.ARCHIVED'].en)]).toEqual([]);
  });

  it('throws on invalid messages when asked for arguments', () => {
    expect(() => icuArgs('{')).toThrow();
  });
});

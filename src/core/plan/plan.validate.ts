import type { z } from 'zod';
import type { Result } from '../shared/result';
import { ok } from '../shared/result';
import type { PlanFieldErrorCode } from './plan.errors';
import { isPlanErrorCode } from './plan.errors';
import {
  operationalObjectiveSchema,
  planActionSchema,
  planArrangementSchema,
  planBundleSchema,
  planIdentificationSchema,
  planSchema,
  planVisionSchema,
  strategicObjectiveSchema,
} from './plan.schema';
import type {
  OperationalObjective,
  Plan,
  PlanAction,
  PlanArrangement,
  PlanBundle,
  PlanIdentification,
  PlanVision,
  StrategicObjective,
} from './plan.types';

/** The path a whole-item error (e.g. "not an object") is reported on. */
export const ROOT_FIELD = '$';

/**
 * One invalid field. `field` is the readable path (`actions[2].budgetEur`), `path` the same as
 * segments for forms that map errors onto inputs; `details` always carries `field` plus what the
 * message of `code` interpolates (`max`, `min`, `allowed`, `id`, …).
 */
export type PlanFieldError = {
  readonly code: PlanFieldErrorCode;
  readonly field: string;
  readonly path: readonly (string | number)[];
  readonly details: Readonly<Record<string, string | number>>;
};

export type ValidationResult<T> = Result<T, readonly PlanFieldError[]>;

/** `['actions', 2, 'owner', 'displayName']` → `actions[2].owner.displayName`. */
export function formatFieldPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return ROOT_FIELD;
  return path.reduce<string>((text, segment) => {
    if (typeof segment === 'number') return `${text}[${segment}]`;
    return text === '' ? segment : `${text}.${segment}`;
  }, '');
}

function fieldError(
  code: PlanFieldErrorCode,
  path: readonly (string | number)[],
  details: Readonly<Record<string, string | number>> = {},
): PlanFieldError {
  const field = formatFieldPath(path);
  return { code, field, path, details: { ...details, field } };
}

/** Keeps the string and number details of a custom issue; `code` travels separately. */
function customDetails(params: Readonly<Record<string, unknown>>): Record<string, string | number> {
  const details: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(params)) {
    if (key !== 'code' && (typeof value === 'string' || typeof value === 'number')) {
      details[key] = value;
    }
  }
  return details;
}

/**
 * A discriminated union (the arrangements' `kind`) reports an unknown or missing discriminator
 * as an `invalid_union` issue on the discriminator's path, with the options it knows and the
 * whole object as input.
 */
function discriminatorError(
  issue: z.core.$ZodIssueInvalidUnion,
  path: readonly (string | number)[],
): PlanFieldError {
  const { discriminator } = issue;
  const options = 'options' in issue ? issue.options : undefined;
  if (discriminator === undefined || options === undefined) {
    return fieldError('PLAN.INVALID_VALUE', path);
  }
  // zod only reaches the discriminator once the input is an object; reading a property of any
  // other value still yields undefined rather than throwing.
  const value: unknown = (issue.input as Readonly<Record<string, unknown>> | null | undefined)?.[
    discriminator
  ];
  return value === undefined || value === null
    ? fieldError('PLAN.FIELD_REQUIRED', path)
    : fieldError('PLAN.INVALID_CHOICE', path, { allowed: options.map(String).join(', ') });
}

function isNumberExpected(expected: string): boolean {
  return expected === 'number' || expected === 'int';
}

/**
 * Turns one zod issue into a business error. Custom checks name their code in `params.code`;
 * built-in checks are recognised by their zod code and origin. Anything unforeseen becomes
 * `PLAN.INVALID_VALUE` rather than an exception, because list items can be hand-edited.
 */
export function toPlanFieldError(issue: z.core.$ZodIssue): PlanFieldError {
  const path = issue.path.map((segment) =>
    typeof segment === 'number' ? segment : String(segment),
  );
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined || issue.input === null) {
        return fieldError('PLAN.FIELD_REQUIRED', path);
      }
      if (isNumberExpected(issue.expected) && typeof issue.input === 'number') {
        return Number.isFinite(issue.input)
          ? fieldError('PLAN.NOT_AN_INTEGER', path)
          : fieldError('PLAN.INVALID_NUMBER', path);
      }
      return fieldError('PLAN.INVALID_VALUE', path, { expected: issue.expected });
    }
    case 'too_big':
      return issue.origin === 'string'
        ? fieldError('PLAN.FIELD_TOO_LONG', path, { max: Number(issue.maximum) })
        : fieldError('PLAN.INVALID_NUMBER', path);
    case 'too_small':
      if (issue.origin === 'string') return fieldError('PLAN.FIELD_REQUIRED', path);
      return Number(issue.minimum) === 0
        ? fieldError('PLAN.NEGATIVE_AMOUNT', path)
        : fieldError('PLAN.INVALID_NUMBER', path);
    case 'invalid_format':
      return issue.format === 'datetime'
        ? fieldError('PLAN.INVALID_DATE_TIME', path)
        : fieldError('PLAN.INVALID_VALUE', path);
    case 'invalid_value':
      if (issue.input === undefined || issue.input === null) {
        return fieldError('PLAN.FIELD_REQUIRED', path);
      }
      return fieldError('PLAN.INVALID_CHOICE', path, {
        allowed: issue.values.map(String).join(', '),
      });
    case 'invalid_union':
      return discriminatorError(issue, path);
    case 'custom': {
      const params = issue.params ?? {};
      const code: unknown = params['code'];
      return isPlanErrorCode(code) && isFieldErrorCode(code)
        ? fieldError(code, path, customDetails(params))
        : fieldError('PLAN.INVALID_VALUE', path);
    }
    default:
      return fieldError('PLAN.INVALID_VALUE', path);
  }
}

const FIELD_ERROR_CODES: ReadonlySet<string> = new Set<PlanFieldErrorCode>([
  'PLAN.FIELD_REQUIRED',
  'PLAN.FIELD_TOO_LONG',
  'PLAN.INVALID_VALUE',
  'PLAN.INVALID_CHOICE',
  'PLAN.INVALID_NUMBER',
  'PLAN.NOT_AN_INTEGER',
  'PLAN.NEGATIVE_AMOUNT',
  'PLAN.TOO_MANY_DECIMALS',
  'PLAN.INVALID_DATE',
  'PLAN.DATE_OUT_OF_RANGE',
  'PLAN.INVALID_DATE_TIME',
  'PLAN.PERIOD_END_BEFORE_START',
  'PLAN.ADOPTION_DATE_INCONSISTENT',
  'PLAN.DUPLICATE_ID',
  'PLAN.UNKNOWN_REFERENCE',
  'PLAN.WRONG_PLAN',
]);

function isFieldErrorCode(code: string): code is PlanFieldErrorCode {
  return FIELD_ERROR_CODES.has(code);
}

/**
 * Validates any input against a plan schema. Never throws on bad data: every problem comes back
 * as a `PlanFieldError`, in schema order.
 */
export function validate<S extends z.ZodType>(
  schema: S,
  input: unknown,
): ValidationResult<z.output<S>> {
  // reportInput keeps the offending value on each issue, to tell "missing" from "wrong type".
  const parsed = schema.safeParse(input, { reportInput: true });
  if (parsed.success) return ok(parsed.data);
  return { ok: false, error: parsed.error.issues.map(toPlanFieldError) };
}

/** Validates section 1 (identification), including the order of the period. */
export function validatePlanIdentification(input: unknown): ValidationResult<PlanIdentification> {
  return validate(planIdentificationSchema, input);
}

/** Validates the vision texts of section 2. */
export function validatePlanVision(input: unknown): ValidationResult<PlanVision> {
  return validate(planVisionSchema, input);
}

/** Validates a plan header (title, status, identification, vision). */
export function validatePlan(input: unknown): ValidationResult<Plan> {
  return validate(planSchema, input);
}

/** Validates a strategic objective (section 2.1). */
export function validateStrategicObjective(input: unknown): ValidationResult<StrategicObjective> {
  return validate(strategicObjectiveSchema, input);
}

/** Validates an operational objective (section 2.2); SMART completeness is `checkSmart`'s job. */
export function validateOperationalObjective(
  input: unknown,
): ValidationResult<OperationalObjective> {
  return validate(operationalObjectiveSchema, input);
}

/** Validates an action with its resources (section 3). */
export function validatePlanAction(input: unknown): ValidationResult<PlanAction> {
  return validate(planActionSchema, input);
}

/** Validates an arrangement of sections 4 to 7. */
export function validatePlanArrangement(input: unknown): ValidationResult<PlanArrangement> {
  return validate(planArrangementSchema, input);
}

/** Validates a whole plan bundle, including ids and references between its items. */
export function validatePlanBundle(input: unknown): ValidationResult<PlanBundle> {
  return validate(planBundleSchema, input);
}

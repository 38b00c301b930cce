import { z } from 'zod';
import type { PersonRef } from '../shared/person';
import { isIsoCalendarDate } from './iso-date';
import type { PlanFieldErrorCode } from './plan.errors';
import {
  BUDGET_DECIMALS,
  MULTI_LINE_MAX,
  SHAREPOINT_DATE_MAX,
  SHAREPOINT_DATE_MIN,
  SINGLE_LINE_MAX,
} from './plan.limits';
import {
  ACTION_STATUSES,
  FREQUENCIES,
  MONITORING_MODES,
  PLAN_STATUSES,
  type OperationalObjective,
  type Plan,
  type PlanAction,
  type PlanArrangement,
  type PlanBundle,
  type PlanIdentification,
  type PlanVision,
  type StrategicObjective,
} from './plan.types';

/*
 * Schemas of every plan type. They check shape and SharePoint limits, not completeness: a draft
 * may have empty texts and open SMART elements (`checkSmart` and `adoptionBlockers` judge that).
 * Custom checks carry their business code in `params.code`; `plan.validate.ts` turns every zod
 * issue into a `PlanFieldError`.
 */

/** Parameters of a custom issue: the business code and the details its message interpolates. */
function issueParams(
  code: PlanFieldErrorCode,
  details: Readonly<Record<string, string | number>> = {},
): { readonly params: Readonly<Record<string, string | number>> } {
  return { params: { ...details, code } };
}

/**
 * Drops keys whose value is `undefined`, so a mapper that writes `updatedAt: fields.Modified`
 * for a missing column yields an absent optional key (our types use exact optional properties)
 * and a missing required field reads as "required" either way.
 */
function dropUndefinedKeys(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}

/** An object schema that treats `key: undefined` as an absent key. */
function exactObject<S extends z.ZodRawShape>(shape: S) {
  return z.preprocess(dropUndefinedKeys, z.object(shape));
}

/**
 * A text of at most `max` UTF-16 code units. zod's own `max` counts code points, but SharePoint
 * stores nvarchar and .NET counts code units, so an emoji takes two; counting units is the
 * conservative choice: whatever passes here fits the column.
 */
function textOfAtMost(max: number) {
  return z
    .string()
    .refine((value) => value.length <= max, issueParams('PLAN.FIELD_TOO_LONG', { max }));
}

/** A single line of text (may be empty while the plan is a draft). */
export const singleLineTextSchema = textOfAtMost(SINGLE_LINE_MAX);

/** A single line of text that must contain more than white space (ids, titles, names). */
export const requiredSingleLineTextSchema = singleLineTextSchema.refine(
  (value) => value.trim().length > 0,
  issueParams('PLAN.FIELD_REQUIRED'),
);

/** A multi-line plain text (descriptions, vision texts). */
export const multiLineTextSchema = textOfAtMost(MULTI_LINE_MAX);

/** A calendar date `YYYY-MM-DD` within what a SharePoint date column accepts. */
export const isoDateSchema = z.string().superRefine((value, ctx) => {
  if (!isIsoCalendarDate(value)) {
    ctx.addIssue({ code: 'custom', input: value, ...issueParams('PLAN.INVALID_DATE') });
  } else if (value < SHAREPOINT_DATE_MIN || value > SHAREPOINT_DATE_MAX) {
    ctx.addIssue({
      code: 'custom',
      input: value,
      ...issueParams('PLAN.DATE_OUT_OF_RANGE', {
        min: SHAREPOINT_DATE_MIN,
        max: SHAREPOINT_DATE_MAX,
      }),
    });
  }
});

/** An instant with its offset, as SharePoint's `Modified` (`2025-03-01T09:30:00Z`). */
export const isoDateTimeSchema = z.iso.datetime({ offset: true });

/** Any finite number (indicator values). zod 4 refuses NaN and ±Infinity. */
export const finiteNumberSchema = z.number();

/** Hours of work: finite and not negative. */
export const hoursSchema = z.number().min(0);

/**
 * Whether an amount has at most `BUDGET_DECIMALS` decimals. Compared through `toFixed` so binary
 * floating point (19.99 is stored as 19.989999…) does not count as extra decimals, while a value
 * carrying real noise (0.1 + 0.2) does.
 */
export function hasAtMostCentPrecision(amount: number): boolean {
  return Number(amount.toFixed(BUDGET_DECIMALS)) === amount;
}

/** A budget in euro: finite, not negative, to the cent. */
export const budgetEurSchema = z
  .number()
  .min(0)
  .refine(hasAtMostCentPrecision, issueParams('PLAN.TOO_MANY_DECIMALS', { max: BUDGET_DECIMALS }));

/** Display order of an item in its list. */
export const orderSchema = z.int();

/** A person picked in SharePoint or Entra. */
export const personRefSchema = exactObject({
  id: singleLineTextSchema.exactOptional(),
  displayName: requiredSingleLineTextSchema,
  email: singleLineTextSchema.exactOptional(),
}) satisfies z.ZodType<PersonRef>;

const idSchema = requiredSingleLineTextSchema;

/**
 * The period order is checked whenever both bounds are present, even if another field of the
 * identification fails (zod would skip the refinement otherwise); the check itself compares only
 * bounds that are real dates.
 */
const periodOrderCheck = {
  when: (payload: { readonly value: unknown }): boolean => {
    const value = payload.value;
    return (
      typeof value === 'object' && value !== null && 'periodStart' in value && 'periodEnd' in value
    );
  },
};

export const planIdentificationSchema = z.preprocess(
  dropUndefinedKeys,
  z
    .object({
      entityName: singleLineTextSchema,
      periodStart: isoDateSchema,
      periodEnd: isoDateSchema,
      mandateHolder: exactObject({
        lastName: singleLineTextSchema,
        firstName: singleLineTextSchema,
        grade: singleLineTextSchema,
      }),
    })
    .superRefine((identification, ctx) => {
      const { periodStart: start, periodEnd: end } = identification;
      if (isIsoCalendarDate(start) && isIsoCalendarDate(end) && end <= start) {
        ctx.addIssue({
          code: 'custom',
          path: ['periodEnd'],
          input: end,
          ...issueParams('PLAN.PERIOD_END_BEFORE_START', { start, end }),
        });
      }
    }, periodOrderCheck),
) satisfies z.ZodType<PlanIdentification>;

export const planVisionSchema = exactObject({
  ambition: multiLineTextSchema,
  coreValues: multiLineTextSchema,
  needs: multiLineTextSchema,
  vulnerableProcesses: multiLineTextSchema,
  recommendations: multiLineTextSchema,
}) satisfies z.ZodType<PlanVision>;

export const planSchema = z.preprocess(
  dropUndefinedKeys,
  z
    .object({
      id: idSchema,
      entityId: idSchema,
      title: requiredSingleLineTextSchema,
      status: z.enum(PLAN_STATUSES),
      adoptedOn: isoDateSchema.nullable(),
      identification: planIdentificationSchema,
      vision: planVisionSchema,
      updatedAt: isoDateTimeSchema.exactOptional(),
    })
    // A draft has not been adopted yet; adopted and archived plans were adopted on a date.
    .superRefine((plan, ctx) => {
      const needsDate = plan.status !== 'draft';
      if (needsDate !== (plan.adoptedOn !== null)) {
        ctx.addIssue({
          code: 'custom',
          path: ['adoptedOn'],
          input: plan.adoptedOn,
          ...issueParams('PLAN.ADOPTION_DATE_INCONSISTENT', { status: plan.status }),
        });
      }
    }),
) satisfies z.ZodType<Plan>;

export const strategicObjectiveSchema = exactObject({
  id: idSchema,
  planId: idSchema,
  title: requiredSingleLineTextSchema,
  description: multiLineTextSchema,
  order: orderSchema,
  updatedAt: isoDateTimeSchema.exactOptional(),
}) satisfies z.ZodType<StrategicObjective>;

const elementIdsSchema = z.array(requiredSingleLineTextSchema);

export const operationalObjectiveSchema = exactObject({
  id: idSchema,
  planId: idSchema,
  strategicObjectiveId: idSchema,
  title: requiredSingleLineTextSchema,
  specific: multiLineTextSchema,
  indicator: singleLineTextSchema,
  unit: singleLineTextSchema,
  baselineValue: finiteNumberSchema.nullable(),
  targetValue: finiteNumberSchema.nullable(),
  currentValue: finiteNumberSchema.nullable(),
  indicatorUpdatedOn: isoDateSchema.nullable(),
  deadline: isoDateSchema.nullable(),
  owner: personRefSchema.nullable(),
  elementIds: elementIdsSchema,
  order: orderSchema,
  updatedAt: isoDateTimeSchema.exactOptional(),
}) satisfies z.ZodType<OperationalObjective>;

export const planActionSchema = exactObject({
  id: idSchema,
  planId: idSchema,
  objectiveId: idSchema,
  title: requiredSingleLineTextSchema,
  description: multiLineTextSchema,
  elementIds: elementIdsSchema,
  owner: personRefSchema.nullable(),
  dueDate: isoDateSchema.nullable(),
  status: z.enum(ACTION_STATUSES),
  hours: hoursSchema.nullable(),
  budgetEur: budgetEurSchema.nullable(),
  updatedAt: isoDateTimeSchema.exactOptional(),
}) satisfies z.ZodType<PlanAction>;

const arrangementBase = {
  id: idSchema,
  planId: idSchema,
  updatedAt: isoDateTimeSchema.exactOptional(),
};

/** Sections 4 to 7, told apart by `kind`. */
export const planArrangementSchema = z.preprocess(
  dropUndefinedKeys,
  z.discriminatedUnion('kind', [
    z.object({
      ...arrangementBase,
      kind: z.literal('actor'),
      objectiveId: idSchema,
      actor: requiredSingleLineTextSchema,
      role: singleLineTextSchema,
      responsibilities: multiLineTextSchema,
      formalReactions: multiLineTextSchema,
    }),
    z.object({
      ...arrangementBase,
      kind: z.literal('monitoring'),
      objectiveId: idSchema,
      mode: z.enum(MONITORING_MODES),
      how: multiLineTextSchema,
      byWhom: singleLineTextSchema,
      frequency: z.enum(FREQUENCIES),
    }),
    z.object({
      ...arrangementBase,
      kind: z.literal('evaluation'),
      objectiveId: idSchema.nullable(),
      who: singleLineTextSchema,
      how: multiLineTextSchema,
      what: multiLineTextSchema,
      when: isoDateSchema.nullable(),
      frequency: z.enum(FREQUENCIES),
    }),
    z.object({
      ...arrangementBase,
      kind: z.literal('communication'),
      objectiveId: idSchema.nullable(),
      direction: z.enum(['internal', 'external']),
      audience: singleLineTextSchema,
      means: multiLineTextSchema,
      cautions: multiLineTextSchema,
    }),
  ]),
) satisfies z.ZodType<PlanArrangement>;

type CrossRefIssue = {
  readonly path: readonly (string | number)[];
  readonly code: PlanFieldErrorCode;
  readonly details: Readonly<Record<string, string | number>>;
};

/** Duplicate ids, items of another plan and references to objectives that are not in the bundle. */
function crossReferenceIssues(bundle: PlanBundle): CrossRefIssue[] {
  const issues: CrossRefIssue[] = [];
  const planId = bundle.plan.id;
  const lists = [
    ['strategicObjectives', bundle.strategicObjectives],
    ['objectives', bundle.objectives],
    ['actions', bundle.actions],
    ['arrangements', bundle.arrangements],
  ] as const;
  for (const [list, items] of lists) {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      if (seen.has(item.id)) {
        issues.push({
          path: [list, index, 'id'],
          code: 'PLAN.DUPLICATE_ID',
          details: { id: item.id },
        });
      }
      seen.add(item.id);
      if (item.planId !== planId) {
        issues.push({
          path: [list, index, 'planId'],
          code: 'PLAN.WRONG_PLAN',
          details: { planId: item.planId },
        });
      }
    });
  }
  const strategicIds = new Set(bundle.strategicObjectives.map((s) => s.id));
  const objectiveIds = new Set(bundle.objectives.map((o) => o.id));
  const unknown = (path: readonly (string | number)[], id: string): void => {
    issues.push({ path, code: 'PLAN.UNKNOWN_REFERENCE', details: { id } });
  };
  bundle.objectives.forEach((o, i) => {
    if (!strategicIds.has(o.strategicObjectiveId)) {
      unknown(['objectives', i, 'strategicObjectiveId'], o.strategicObjectiveId);
    }
  });
  bundle.actions.forEach((a, i) => {
    if (!objectiveIds.has(a.objectiveId)) unknown(['actions', i, 'objectiveId'], a.objectiveId);
  });
  bundle.arrangements.forEach((a, i) => {
    if (a.objectiveId !== null && !objectiveIds.has(a.objectiveId)) {
      unknown(['arrangements', i, 'objectiveId'], a.objectiveId);
    }
  });
  return issues;
}

/**
 * A whole plan as loaded for the tab or the job. Beyond each item's own checks, it refuses
 * duplicate ids, items that belong to another plan and dangling objective references; those
 * checks run once every item has the right shape.
 */
export const planBundleSchema = z
  .object({
    plan: planSchema,
    strategicObjectives: z.array(strategicObjectiveSchema),
    objectives: z.array(operationalObjectiveSchema),
    actions: z.array(planActionSchema),
    arrangements: z.array(planArrangementSchema),
  })
  .superRefine((bundle, ctx) => {
    for (const issue of crossReferenceIssues(bundle)) {
      ctx.addIssue({
        code: 'custom',
        path: [...issue.path],
        ...issueParams(issue.code, issue.details),
      });
    }
  }) satisfies z.ZodType<PlanBundle>;

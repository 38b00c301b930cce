import { z } from 'zod';
import {
  MATURITY_LEVELS,
  MEASUREMENT_KINDS,
  MEASUREMENT_STATUSES,
  UNRATED_VALUES,
} from '../../../core/maturity/maturity.types';
import { isIsoCalendarDate } from '../../../core/plan/iso-date';
import type { RecordIssue } from '../../../ports/store.types';
import type { DecodeResult } from './mapper.types';

/*
 * The model's rules for measurement records read from SharePoint, until the maturity model ships
 * its own schemas. Types and lengths are already checked against the manifest (list-schema.ts).
 */

const id = z.string().trim().min(1, 'required');
const isoDate = z.string().refine(isIsoCalendarDate, 'not a calendar date');

export const personSchema = z.object({
  id: z.string().optional(),
  displayName: z.string().trim().min(1, 'a person needs a name'),
  email: z.string().optional(),
});

const ratingValue = z.union([
  z.enum(UNRATED_VALUES),
  z.literal(MATURITY_LEVELS[0]),
  z.literal(2),
  z.literal(3),
  z.literal(4),
  z.literal(5),
]);

const updatedAt = z.iso.datetime({ offset: true }).optional();

export const measurementSchema = z
  .object({
    id,
    entityId: id,
    planId: id,
    kind: z.enum(MEASUREMENT_KINDS),
    date: isoDate,
    status: z.enum(MEASUREMENT_STATUSES),
    mode: z.enum(['single', 'multi-rater']),
    lockedOn: z.iso.datetime({ offset: true }).nullable(),
    lockedBy: personSchema.nullable(),
    correctsMeasurementId: z.string().min(1).nullable(),
    updatedAt,
  })
  .refine((m) => m.status === 'open' || m.lockedOn !== null, {
    error: 'a locked measurement has a lock date',
    path: ['lockedOn'],
  });

export const ratingSchema = z.object({
  id,
  measurementId: id,
  elementId: id,
  value: ratingValue,
  target: z
    .union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)])
    .nullable(),
  evidenceNote: z.string(),
  evidenceLinks: z.array(z.url({ protocol: /^https?$/ })),
  rater: personSchema.nullable(),
  dissent: z.string(),
  updatedAt,
});

export const individualRatingSchema = z.object({
  id,
  measurementId: id,
  elementId: id,
  rater: personSchema,
  value: ratingValue,
  note: z.string(),
  updatedAt,
});

/** Parses with a zod schema into a decode result with issues named by path. */
export function decodeWith<T>(schema: z.ZodType, candidate: unknown): DecodeResult<T> {
  const result = schema.safeParse(candidate);
  if (result.success) return { ok: true, value: result.data as T };
  const issues: RecordIssue[] = result.error.issues.map((issue) => ({
    field: issue.path.map(String).join('.'),
    message: issue.message,
  }));
  return { ok: false, issues };
}

/** `'1'…'5'` as a level; the unrated values as they are. */
export function parseRatingValue(value: unknown): unknown {
  return typeof value === 'string' && /^[1-5]$/.test(value) ? Number(value) : value;
}

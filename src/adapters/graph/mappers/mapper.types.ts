import type { ValidationResult } from '../../../core/plan/plan.validate';
import type { RecordIssue, RecordKind } from '../../../ports/store.types';
import type { Fields } from './field-codecs';

export type DecodeResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: readonly RecordIssue[] };

/** What a decoder knows of the item besides its fields. */
export type DecodeMeta = { readonly id: string; readonly modifiedAt: string | null };

/** What an encoder needs besides the record: the entity, written on create only. */
export type EncodeContext = { readonly entityId: string | null };

/**
 * Maps one record kind to its list's fields and back. `decode` receives fields already checked
 * against the manifest (types, lengths, choices); it adds the model's rules.
 */
export type RecordCodec<T> = {
  readonly kind: RecordKind;
  readonly listName: string;
  /** Properties holding ids of other records; a create's key may stand in for one. */
  readonly refs: readonly string[];
  /** An indexed column that finds a create after a dropped connection (see graph-writes.ts). */
  readonly landingColumn: string;
  decode(fields: Fields, meta: DecodeMeta): DecodeResult<T>;
  /** Every column the record owns; on create (entity given) also the entity column. */
  encode(value: Readonly<Record<string, unknown>>, context: EncodeContext): Record<string, unknown>;
};

/** A core validation result as a decode result. */
export function fromValidation<T>(result: ValidationResult<T>): DecodeResult<T> {
  if (result.ok) return { ok: true, value: result.value };
  return {
    ok: false,
    issues: result.error.map((e) => ({ field: e.field, message: e.code })),
  };
}

/** `updatedAt` only when the store reported it (exact optional property). */
export function updatedAt(meta: DecodeMeta): { readonly updatedAt?: string } {
  return meta.modifiedAt === null ? {} : { updatedAt: meta.modifiedAt };
}

/** The entity column on create, nothing on update. */
export function entityColumn(context: EncodeContext): Record<string, unknown> {
  return context.entityId === null ? {} : { EntityId: context.entityId };
}

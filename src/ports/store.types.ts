import type { IsoDateTime } from '../core/shared/dates';
import type { PersonRef } from '../core/shared/person';
import type { DomainError, Result } from '../core/shared/result';

/** Every kind of record the stores keep; one SharePoint list each, except objectives (two kinds). */
export const RECORD_KINDS = [
  'plan',
  'strategicObjective',
  'objective',
  'action',
  'arrangement',
  'measurement',
  'rating',
  'individualRating',
  'settings',
  'reminderLog',
] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** A record as read from the store, with what optimistic concurrency needs. */
export type Stored<T> = {
  /** The store's id of the item (equals `value.id` for records that carry one). */
  readonly id: string;
  readonly value: T;
  /** Opaque version tag; sent back unchanged as `If-Match` on update and delete. */
  readonly etag: string;
  /** The store's version label (SharePoint `_UIVersionString`, e.g. `3.0`), when known. */
  readonly version: string | null;
  readonly modifiedAt: IsoDateTime | null;
  readonly modifiedBy: PersonRef | null;
};

/** One reason a stored item does not fit the model: the field (store name) and what is wrong. */
export type RecordIssue = {
  readonly field: string;
  readonly message: string;
};

/**
 * An item someone edited by hand (in SharePoint) into a state the model cannot represent. It is
 * shown, never dropped and never overwritten blindly: `raw` keeps the values as read.
 */
export type InvalidRecord = {
  readonly kind: RecordKind;
  readonly id: string;
  readonly etag: string;
  /** A one-line summary of `issues`, for logs and messages. */
  readonly reason: string;
  readonly issues: readonly RecordIssue[];
  /** The item's whitelisted field values exactly as the store returned them. */
  readonly raw: Readonly<Record<string, unknown>>;
};

/** What a read of one item may find: a valid record, or a hand-edited invalid one. */
export type Read<T> = Stored<T> | InvalidRecord;

/** Narrows a read to the invalid case. */
export function isInvalidRecord<T>(read: Read<T>): read is InvalidRecord {
  return 'issues' in read && 'raw' in read;
}

export const STORE_ERROR_CODES = [
  'STORE.CONFLICT',
  'STORE.FORBIDDEN',
  'STORE.NOT_FOUND',
  'STORE.THROTTLED',
  'STORE.NETWORK',
  'STORE.INVALID_RECORD',
  'STORE.VALIDATION',
  'STORE.DEPENDENCY_FAILED',
  'STORE.LOCKED',
  'STORE.ARCHIVED',
] as const;
export type StoreErrorCode = (typeof STORE_ERROR_CODES)[number];

type Located = { readonly kind: RecordKind | null; readonly id: string | null };

/** 412: someone changed (or deleted) the item since it was read; `current` is the server's now. */
export type ConflictError<T = unknown> = DomainError<'STORE.CONFLICT'> &
  Located & { readonly current: Read<T> | null };

/** 401/403: the signed-in person (or the app) may not do this. */
export type ForbiddenError = DomainError<'STORE.FORBIDDEN'> & Located;

/** 404: the item (or list) does not exist, e.g. deleted by someone else. */
export type NotFoundError = DomainError<'STORE.NOT_FOUND'> & Located;

/** 429/503/504 still after every attempt; nothing was changed by the failed operation. */
export type ThrottledError = DomainError<'STORE.THROTTLED'> &
  Located & { readonly attempts: number; readonly retryAfterSeconds: number | null };

/** The connection failed after every attempt (offline, dropped); reads were retried. */
export type NetworkError = DomainError<'STORE.NETWORK'> & Located & { readonly attempts: number };

/** The operation needs a valid record but the stored item is invalid (hand-edited). */
export type InvalidRecordError = DomainError<'STORE.INVALID_RECORD'> &
  Located & { readonly record: InvalidRecord };

/** The store refused the values (field limits, unknown column, bad filter): a 400. */
export type ValidationError = DomainError<'STORE.VALIDATION'> &
  Located & { readonly issues: readonly RecordIssue[] };

/** Not attempted because a change it depends on failed (a `$batch` 424). */
export type DependencyFailedError = DomainError<'STORE.DEPENDENCY_FAILED'> &
  Located & { readonly dependsOn: string };

/**
 * The change touches a locked measurement (the audit record) as the server has it now: a rating
 * or individual rating of it, or the measurement itself. `measurementId` names the locked one; a
 * correction is a new measurement that references it.
 */
export type LockedError = DomainError<'STORE.LOCKED'> &
  Located & { readonly measurementId: string };

/**
 * The change touches an archived plan (the audit record) as the server has it now: the plan
 * itself or a record of it (objective, action, arrangement). `planId` names the archived plan; a
 * change of course is a new plan.
 */
export type ArchivedError = DomainError<'STORE.ARCHIVED'> & Located & { readonly planId: string };

/**
 * The refusal of a change to a record (`id` null: a create) under the archived plan `planId`: one
 * shape whether the store found it on the server or the use-case in the plan the screen read.
 */
export function archivedError(kind: RecordKind, id: string | null, planId: string): ArchivedError {
  return {
    code: 'STORE.ARCHIVED',
    details: { kind, id: id ?? '', planId },
    kind,
    id,
    planId,
  };
}

export type StoreError<T = unknown> =
  | ConflictError<T>
  | ForbiddenError
  | NotFoundError
  | ThrottledError
  | NetworkError
  | InvalidRecordError
  | ValidationError
  | DependencyFailedError
  | LockedError
  | ArchivedError;

/** A store outcome: the value, or a typed business failure with a stable code. */
export type StoreResult<V, T = unknown> = Result<V, StoreError<T>>;

/** Records found by a query, valid ones mapped, invalid ones flagged (never dropped). */
export type Listed<T> = {
  readonly records: readonly Stored<T>[];
  readonly invalid: readonly InvalidRecord[];
};

/** A record about to be created: the store assigns `id`; `updatedAt` is the store's. */
export type Draft<T> = T extends unknown ? Omit<T, 'id' | 'updatedAt'> : never;

/**
 * One change of a change set, keyed by the caller. A create's `key` may be used as a reference
 * (e.g. `objectiveId`) by other creates of the same set; the store replaces it by the new id.
 * `after` lists keys of changes that must succeed first (children are deleted before parents
 * automatically).
 */
export type RecordChange<R extends Record<string, { readonly id: string }>> = {
  [K in keyof R & string]:
    | {
        readonly op: 'create';
        readonly kind: K;
        readonly key: string;
        readonly draft: Draft<R[K]>;
        readonly after?: readonly string[];
      }
    | {
        readonly op: 'update';
        readonly kind: K;
        readonly key: string;
        readonly value: R[K];
        readonly etag: string;
        readonly after?: readonly string[];
      }
    | {
        readonly op: 'delete';
        readonly kind: K;
        readonly key: string;
        readonly id: string;
        readonly etag: string;
        readonly after?: readonly string[];
      };
}[keyof R & string];

/** The outcome of one change: the stored record (null after a delete), or why it failed. */
export type ChangeOutcome<R extends Record<string, { readonly id: string }>> = {
  [K in keyof R & string]: {
    readonly key: string;
    readonly kind: K;
    readonly op: 'create' | 'update' | 'delete';
    readonly result: StoreResult<Stored<R[K]> | null, R[K]>;
  };
}[keyof R & string];

/** Outcomes in the order of the changes, and the ids given to created records by key. */
export type ChangeReport<R extends Record<string, { readonly id: string }>> = {
  readonly outcomes: readonly ChangeOutcome<R>[];
  readonly createdIds: Readonly<Record<string, string>>;
};

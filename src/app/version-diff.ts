import type { ItemVersion } from '../ports/item-history';
import { isInvalidRecord } from '../ports/store.types';

/*
 * What changed between consecutive versions of an item, from the store's version history. Shared
 * by the History screen and the measurement report's change log, so both tell the same story.
 */

/** One field that differs between two consecutive versions, as display text and as stored. */
export type FieldChange = {
  readonly field: string;
  readonly before: string | null;
  readonly after: string | null;
  /** The values as the versions hold them (the change log prints numbers as numbers). */
  readonly beforeValue: unknown;
  readonly afterValue: unknown;
};

/** A version with what changed since the one before it. */
export type VersionChanges = {
  readonly version: ItemVersion;
  /** `first` for the oldest version, `unknown` when the store gave no values to compare. */
  readonly changes:
    | { readonly kind: 'first' }
    | { readonly kind: 'unknown' }
    | { readonly kind: 'fields'; readonly fields: readonly FieldChange[] };
  readonly origin: 'app' | 'outside';
};

// The identity the local emulator's raw endpoints (and so a hand edit in SharePoint's own UI)
// write as. In a tenant, hand edits show the person's own name; see `origin` below.
const HAND_EDIT_EDITORS = new Set(['SharePoint UI (hand edit)']);

// Bookkeeping the store sets on every save; a change there is not a change of content.
const IGNORED_FIELDS = new Set(['updatedAt']);

function valuesOf(version: ItemVersion): Readonly<Record<string, unknown>> | null {
  const record = version.record;
  if (record === null) return null;
  if (isInvalidRecord(record)) return record.raw;
  const value = record.value;
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;
}

/** A field's value as one line of text; null for empty. */
export function displayValue(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (Array.isArray(value)) {
    const parts = value.map(displayValue).filter((part) => part !== null);
    return parts.length === 0 ? null : parts.join(', ');
  }
  if (typeof value === 'object') {
    const named = value as { displayName?: unknown };
    if (typeof named.displayName === 'string') return named.displayName;
    return JSON.stringify(value);
  }
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return null;
}

/** The fields whose displayed value differs, in the order of the newer record. */
export function diffRecords(
  before: Readonly<Record<string, unknown>>,
  after: Readonly<Record<string, unknown>>,
): FieldChange[] {
  const fields = [...new Set([...Object.keys(after), ...Object.keys(before)])];
  return fields
    .filter((field) => !IGNORED_FIELDS.has(field))
    .map((field) => ({
      field,
      before: displayValue(before[field]),
      after: displayValue(after[field]),
      beforeValue: before[field],
      afterValue: after[field],
    }))
    .filter((change) => change.before !== change.after);
}

/**
 * Each version (newest first, as the store lists them) with its changes against the next older
 * one. A version is from outside the app when the emulator's hand-edit identity wrote it, or when
 * its values no longer fit the model (only a hand edit can produce that).
 */
export function versionChanges(versions: readonly ItemVersion[]): VersionChanges[] {
  return versions.map((version, index) => {
    const older = versions[index + 1];
    const after = valuesOf(version);
    const before = older === undefined ? null : valuesOf(older);
    const outside =
      HAND_EDIT_EDITORS.has(version.modifiedBy?.displayName ?? '') ||
      (version.record !== null && isInvalidRecord(version.record));
    return {
      version,
      origin: outside ? 'outside' : 'app',
      changes:
        older === undefined
          ? { kind: 'first' }
          : after === null || before === null
            ? { kind: 'unknown' }
            : { kind: 'fields', fields: diffRecords(before, after) },
    };
  });
}

import type { ItemVersion } from '../../ports/item-history';
import type { RecordKind } from '../../ports/store.types';
import { displayValue, versionChanges } from '../version-diff';
import type { ChangeLogEntry, ChangeValue } from './measurement-report';

// The SharePoint list of each record kind, so the log names items as an auditor finds them in
// the site ("IntegrityRatings/17"). The lists are the manifest's; the Graph adapter's codecs use
// the same names.
const LIST_OF_KIND: Readonly<Record<RecordKind, string>> = {
  plan: 'IntegrityPlans',
  strategicObjective: 'IntegrityObjectives',
  objective: 'IntegrityObjectives',
  action: 'IntegrityActions',
  arrangement: 'IntegrityArrangements',
  measurement: 'IntegrityMeasurements',
  rating: 'IntegrityRatings',
  individualRating: 'IntegrityIndividualRatings',
  settings: 'IntegritySettings',
  reminderLog: 'IntegrityReminderLog',
};

/** The item as the change log names it: `<list>/<id>`. */
export function changeLogItem(kind: RecordKind, id: string): string {
  return `${LIST_OF_KIND[kind]}/${id}`;
}

/** A stored value as the log prints it: scalars as they are, anything else as its display text. */
function changeValue(value: unknown): ChangeValue {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return value === '' ? null : value;
  }
  return displayValue(value);
}

/**
 * The change log rows of one item from its versions (newest first, as the store lists them): one
 * row per field that differs between consecutive versions, with who saved the newer version and
 * when, and whether that was outside the app. The first version (the creation) and versions the
 * store gave no values for have no field changes, so no rows.
 */
export function changeLogEntries(
  kind: RecordKind,
  id: string,
  versions: readonly ItemVersion[],
): ChangeLogEntry[] {
  const item = changeLogItem(kind, id);
  return versionChanges(versions).flatMap((entry) =>
    entry.changes.kind !== 'fields'
      ? []
      : entry.changes.fields.map((change): ChangeLogEntry => ({
          // An unknown time sorts after the known ones in the report; it is never invented.
          at: entry.version.modifiedAt ?? '',
          by: entry.version.modifiedBy,
          item,
          field: change.field,
          from: changeValue(change.beforeValue),
          to: changeValue(change.afterValue),
          origin: entry.origin,
        })),
  );
}

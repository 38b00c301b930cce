import { accessTo } from '../auth/permissions';
import type { Identity } from '../auth/tokens';
import type { Db } from '../store/db';
import { ancestry, type DriveItemRecord, type DriveRecord } from '../store/drive-store';

/**
 * What a caller may do with a library item: the library's rights (its list's role assignments),
 * narrowed by an item (or a folder above it) whose inheritance was broken for the owners alone.
 * The app-only identity reads everything its Sites.Selected grant covers (the whole site).
 */
export function itemAccess(
  db: Db,
  drive: DriveRecord,
  item: DriveItemRecord,
  identity: Identity,
): { readonly read: boolean; readonly write: boolean } {
  const library = accessTo(drive.list, identity);
  if (identity.appOnly || identity.profile.principal === 'owners') return library;
  const restricted = ancestry(db, item).some((i) => i.ownersOnly);
  return restricted ? { read: false, write: false } : library;
}

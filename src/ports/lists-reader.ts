import type { IsoDateTime } from '../core/shared/dates';
import type { PersonRef } from '../core/shared/person';
import type { StoreResult } from './store.types';

/** A raw field value as the list stores it. */
export type RawFieldValue = string | number | boolean | null;

/** One item of a list as read from SharePoint: its own fields and the system columns. */
export type ListItemSnapshot = {
  readonly id: string;
  /** Field values by internal name, as stored (dates as ISO strings, multi-values one a line). */
  readonly fields: Readonly<Record<string, RawFieldValue | undefined>>;
  readonly created: IsoDateTime | null;
  readonly modified: IsoDateTime | null;
  readonly author: PersonRef | null;
  readonly editor: PersonRef | null;
  /** SharePoint's version label (`_UIVersionString`), e.g. `3.0`. */
  readonly version: string | null;
};

/** The items of every list, by the list's internal name; a list that is missing has no items. */
export type ListsSnapshot = Readonly<Record<string, readonly ListItemSnapshot[]>>;

/**
 * Reads the lists of an entity as raw items, for the CSV export (the record as auditors see it in
 * SharePoint, including items the model would call invalid). A store-wide failure is the error.
 */
export interface ListsReader {
  readLists(entityId: string): Promise<StoreResult<ListsSnapshot>>;
}

import type { IsoDateTime } from '../core/shared/dates';
import type { PersonRef } from '../core/shared/person';
import type { Read, RecordKind, StoreResult } from './store.types';

/** One saved version of an item, newest first in a history. */
export type ItemVersion = {
  /** The store's label, e.g. `3.0`. */
  readonly versionId: string;
  readonly modifiedAt: IsoDateTime | null;
  readonly modifiedBy: PersonRef | null;
  /** The record as it was in this version, when the store returns the values. */
  readonly record: Read<unknown> | null;
};

export interface ItemHistory {
  listVersions(kind: RecordKind, id: string): Promise<StoreResult<readonly ItemVersion[]>>;
}

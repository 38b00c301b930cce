import type { IsoDate } from '../core/shared/dates';
import type { Stored, StoreResult } from './store.types';

/**
 * How often one team marked one prompt "discussed": a count and a day, never who pressed the
 * button (privacy by construction, mission anchors §6 item 8).
 */
export type DialogueCount = {
  readonly entityId: string;
  readonly promptKey: string;
  readonly discussedCount: number;
  readonly lastDiscussedOn: IsoDate | null;
};

export interface DialogueStore {
  /**
   * The prompts the entity or the AIG added, each row mapped to the shape `choosePrompt` validates
   * (`customPrompts`); rows are not checked here, the core reports the ones it cannot use.
   */
  listCustomPrompts(): Promise<StoreResult<readonly unknown[]>>;

  /** The count of one prompt for one entity, or null when the team never discussed it. */
  findDiscussedCount(
    entityId: string,
    promptKey: string,
  ): Promise<StoreResult<Stored<DialogueCount> | null>>;

  /** Creates the count; one already there for (entity, prompt) is a conflict. */
  createDiscussedCount(count: DialogueCount): Promise<StoreResult<Stored<DialogueCount>>>;

  /** Replaces the count if it still has `etag`. */
  updateDiscussedCount(
    id: string,
    count: DialogueCount,
    etag: string,
  ): Promise<StoreResult<Stored<DialogueCount>>>;
}

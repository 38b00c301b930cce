import type { EntitySettings } from '../core/schedule/entity-settings.types';
import type { Read, Stored, StoreResult } from './store.types';

export interface SettingsStore {
  /** The entity's settings, a hand-edited invalid item, or null when never configured. */
  loadSettings(entityId: string): Promise<StoreResult<Read<EntitySettings> | null>>;

  /**
   * Creates the settings (`expected` null) or replaces them if the item still has the eTag read.
   * Columns the model does not own (the bot's conversation reference) are left as they are.
   */
  saveSettings(
    settings: EntitySettings,
    expected: { readonly id: string; readonly etag: string } | null,
  ): Promise<StoreResult<Stored<EntitySettings>, EntitySettings>>;
}

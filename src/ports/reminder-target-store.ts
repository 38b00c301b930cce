import type { EntitySettings } from '../core/schedule/entity-settings.types';
import type { Listed, Stored, StoreResult } from './store.types';

/** What the bot knows of its installation in the entity's team (`IntegritySettings.BotState`). */
export const BOT_STATES = ['unknown', 'installed', 'removed'] as const;
export type BotState = (typeof BOT_STATES)[number];

/**
 * Where the bot was installed, from the `conversationUpdate` Teams sent then: enough to post
 * proactively later (Company Communicator records the same for the same reason). Stored as JSON in
 * `IntegritySettings.ConversationReference`.
 */
export type ConversationReference = {
  /** Regional Bot Connector address, e.g. `https://smba.trafficmanager.net/emea/`. */
  readonly serviceUrl: string;
  readonly tenantId: string;
  /** The team's thread id, `19:…@thread.tacv2` (also its General channel's id). */
  readonly teamId: string;
  /** The team's Microsoft 365 group id, when Teams sent it. */
  readonly aadGroupId: string | null;
  /** The channel the install event came from (normally General). */
  readonly channelId: string;
};

export type BotInstallation = {
  readonly state: BotState;
  readonly conversation: ConversationReference | null;
};

/** An entity's settings with the bot's columns of the same item. */
export type ReminderTarget = {
  readonly settings: EntitySettings;
  readonly bot: BotInstallation;
};

/**
 * The entities the job reminds and the bot's record of its installations: the settings items of
 * a site, with the two columns that belong to the bot (the settings page never writes them).
 */
export interface ReminderTargetStore {
  /** Every settings item of the site; hand-edited invalid ones in `invalid`. */
  listReminderTargets(): Promise<StoreResult<Listed<ReminderTarget>>>;

  /** Writes the bot's columns of one settings item if it still has `etag`. */
  saveBotInstallation(
    id: string,
    bot: BotInstallation,
    etag: string,
  ): Promise<StoreResult<Stored<ReminderTarget>, ReminderTarget>>;
}

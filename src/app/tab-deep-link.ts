import type { EntitySettings } from '../core/schedule/entity-settings.types';

/** The configurable tab's `entityId` (what the configuration page saves with `setConfig`). */
export const TAB_ENTITY_ID = 'integrity-dashboard';

/**
 * The Teams deep link that opens the entity's channel tab (learn.microsoft.com,
 * concepts/build-and-test/deep-link-application: `https://teams.microsoft.com/l/entity/<appId>/
 * <entityId>?context={"channelId": …}`). Always https, as an Action.OpenUrl in Teams needs, also
 * locally: the local host page does not open Teams links.
 */
export function tabDeepLink(
  teamsAppId: string,
  settings: Pick<EntitySettings, 'reminderChannel'>,
  entityId: string = TAB_ENTITY_ID,
): string {
  const context =
    settings.reminderChannel === null ? {} : { channelId: settings.reminderChannel.channelId };
  const base = `https://teams.microsoft.com/l/entity/${encodeURIComponent(teamsAppId)}/${encodeURIComponent(entityId)}`;
  return `${base}?context=${encodeURIComponent(JSON.stringify(context))}`;
}

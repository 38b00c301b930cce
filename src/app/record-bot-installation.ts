import type { EntitySettings } from '../core/schedule/entity-settings.types';
import type { InstallationEvent } from '../ports/bot-activity';
import type {
  BotInstallation,
  ReminderTarget,
  ReminderTargetStore,
} from '../ports/reminder-target-store';
import type { Stored, StoreError } from '../ports/store.types';

/** What an install or removal event changed. */
export type InstallationReport = {
  readonly kind: InstallationEvent['kind'];
  /** Entities whose settings now record the event. */
  readonly updated: readonly string[];
  /** Entities that could not be updated, with why. */
  readonly failed: readonly { readonly entityId: string | null; readonly error: StoreError }[];
};

function same(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && a.toLowerCase() === b.toLowerCase();
}

/**
 * Whether an entity's chosen channel is in the event's team. The configuration page saves the
 * team's group id (`TeamId`) and the channel id; Teams' event names the team by its thread id
 * (which is also its General channel's id) and, usually, its group id.
 */
export function isInTeam(settings: EntitySettings, team: InstallationEvent['team']): boolean {
  const channel = settings.reminderChannel;
  if (channel === null) return false;
  return (
    same(channel.teamId, team.id) ||
    same(channel.teamId, team.aadGroupId) ||
    same(channel.channelId, team.id)
  );
}

function installationOf(event: InstallationEvent, previous: BotInstallation): BotInstallation {
  if (event.kind === 'removed') return { state: 'removed', conversation: previous.conversation };
  return {
    state: 'installed',
    conversation: {
      serviceUrl: event.serviceUrl,
      tenantId: event.tenantId,
      teamId: event.team.id,
      aadGroupId: event.team.aadGroupId,
      channelId: event.channelId,
    },
  };
}

/**
 * Records the bot's installation in (or removal from) a team in the settings of every entity whose
 * channel is in that team: the conversation reference Teams sent (service URL, tenant, team,
 * channel) and `BotState`. Writes carry the eTag read; a concurrent edit (412) is retried once on a
 * fresh read. A team no entity has chosen yet changes nothing (the job then uses the default
 * service URL until the bot is installed again).
 */
export async function recordBotInstallation(
  event: InstallationEvent,
  store: ReminderTargetStore,
): Promise<InstallationReport> {
  const updated: string[] = [];
  const failed: { entityId: string | null; error: StoreError }[] = [];
  const listed = await store.listReminderTargets();
  if (!listed.ok)
    return { kind: event.kind, updated, failed: [{ entityId: null, error: listed.error }] };
  const matching = listed.value.records.filter((r) => isInTeam(r.value.settings, event.team));

  for (const first of matching) {
    let target: Stored<ReminderTarget> = first;
    for (let attempt = 1; ; attempt += 1) {
      const saved = await store.saveBotInstallation(
        target.id,
        installationOf(event, target.value.bot),
        target.etag,
      );
      if (saved.ok) {
        updated.push(target.value.settings.entityId);
        break;
      }
      const again =
        saved.error.code === 'STORE.CONFLICT' && attempt < 2
          ? await store.listReminderTargets()
          : null;
      const fresh =
        again?.ok === true ? again.value.records.find((r) => r.id === target.id) : undefined;
      if (fresh === undefined) {
        failed.push({ entityId: target.value.settings.entityId, error: saved.error });
        break;
      }
      target = fresh;
    }
  }
  return { kind: event.kind, updated, failed };
}

import type { OperationalObjective, Plan } from '../../core/plan/plan.types';
import type { EntitySettings } from '../../core/schedule/entity-settings.types';
import type { IsoDateTime } from '../../core/shared/dates';
import type {
  ChannelPoster,
  ChannelTarget,
  PostedCard,
  PostError,
} from '../../ports/channel-poster';
import type { EntityDashboardReader } from '../../ports/dashboard-reader';
import type { DialogueCount, DialogueStore } from '../../ports/dialogue-store';
import type { ReminderLogEntry, ReminderLogStore } from '../../ports/reminder-log-store';
import type {
  BotInstallation,
  ReminderTarget,
  ReminderTargetStore,
} from '../../ports/reminder-target-store';
import type { SettingsStore } from '../../ports/settings-store';
import type { Stored, StoreError } from '../../ports/store.types';
import type { Result } from '../../core/shared/result';

/*
 * An in-memory site for the job's and the bot's use-cases: settings with the bot's columns, a
 * reminder log with a unique key and eTags, prompt counts, plans, and a channel poster that
 * records posts. eTags change on every write; `modifiedAt` comes from the world's store clock.
 */

type Row<T> = { id: string; version: number; value: T; modifiedAt: IsoDateTime };

function stored<T>(row: Row<T>): Stored<T> {
  return {
    id: row.id,
    value: row.value,
    etag: `"${row.id},${row.version}"`,
    version: `${row.version}.0`,
    modifiedAt: row.modifiedAt,
    modifiedBy: null,
  };
}

function conflict<T>(current: Stored<T> | null): { ok: false; error: StoreError<T> } {
  return {
    ok: false,
    error: { code: 'STORE.CONFLICT', kind: null, id: current?.id ?? null, current },
  };
}

export function demoSettings(
  entityId: string,
  overrides: Partial<EntitySettings> = {},
): EntitySettings {
  return {
    entityId,
    name: `PZ ${entityId}`,
    kind: 'local-police-zone',
    languages: ['nl'],
    reminderChannel: {
      teamId: `group-${entityId}`,
      channelId: `19:${entityId}@thread.tacv2`,
      channelName: 'General',
    },
    cadence: { dayOfMonth: 1, hour: 9, pauseUntil: null },
    skipRecentlyUpdatedDays: 7,
    indicatorStaleAfterDays: 90,
    ...overrides,
  };
}

/** A plan with one objective whose indicator was never updated: the reminder always has news. */
export function demoPlan(entityId: string): { plan: Plan; objective: OperationalObjective } {
  const plan: Plan = {
    id: `plan-${entityId}`,
    entityId,
    title: 'Integriteitsbeleidsplan',
    status: 'adopted',
    adoptedOn: '2026-01-15',
    identification: {
      entityName: `PZ ${entityId}`,
      periodStart: '2026-01-01',
      periodEnd: '2031-12-31',
      mandateHolder: { lastName: 'Janssens', firstName: 'Marc', grade: 'hoofdcommissaris' },
    },
    vision: {
      ambition: '',
      coreValues: '',
      needs: '',
      vulnerableProcesses: '',
      recommendations: '',
    },
  };
  const objective: OperationalObjective = {
    id: `obj-${entityId}`,
    planId: plan.id,
    strategicObjectiveId: `so-${entityId}`,
    title: 'Alle leidinggevenden volgen de dilemmatraining',
    specific: 'Dilemmatraining',
    indicator: 'Aandeel getrainde leidinggevenden',
    unit: '%',
    baselineValue: 10,
    targetValue: 90,
    currentValue: 20,
    indicatorUpdatedOn: null,
    deadline: '2027-06-30',
    owner: null,
    elementIds: [],
    order: 0,
  };
  return { plan, objective };
}

export type RecordedPost = {
  readonly target: ChannelTarget;
  readonly card: Readonly<Record<string, unknown>>;
  readonly activityId: string;
};

export type PostBehaviour = (
  target: ChannelTarget,
  card: Readonly<Record<string, unknown>>,
) =>
  | { readonly kind: 'post' }
  | { readonly kind: 'fail'; readonly error: PostError }
  | { readonly kind: 'crash-after-post' };

export function postError(code: PostError['code'], status: number | null): PostError {
  return {
    code,
    posted: code === 'POST.UNCONFIRMED' ? 'unknown' : 'no',
    status,
    attempts: 1,
    retryAfterSeconds: null,
    message: `${status ?? 'no response'}`,
  };
}

export class ReminderWorld {
  storeNow: IsoDateTime = '2027-01-01T08:00:00Z';
  readonly posts: RecordedPost[] = [];
  behaviour: PostBehaviour = () => ({ kind: 'post' });
  private nextId = 1;
  private readonly targetRows: Row<ReminderTarget>[] = [];
  private readonly logRows: Row<ReminderLogEntry>[] = [];
  private readonly countRows: Row<DialogueCount>[] = [];
  private readonly plans = new Map<string, { plan: Plan; objective: OperationalObjective }>();
  customPrompts: unknown[] = [];

  addEntity(
    settings: EntitySettings,
    bot: BotInstallation = { state: 'unknown', conversation: null },
    withPlan = true,
  ): void {
    this.targetRows.push(this.row({ settings, bot }));
    if (withPlan) this.plans.set(settings.entityId, demoPlan(settings.entityId));
  }

  target(entityId: string): Stored<ReminderTarget> {
    const row = this.targetRows.find((r) => r.value.settings.entityId === entityId);
    if (row === undefined) throw new Error(`no entity ${entityId}`);
    return stored(row);
  }

  logEntries(entityId?: string): ReminderLogEntry[] {
    return this.logRows
      .filter((r) => entityId === undefined || r.value.entityId === entityId)
      .map((r) => r.value);
  }

  /** Overwrites a log row as a person (or a crashed run) left it. */
  editLog(key: string, change: Partial<ReminderLogEntry>, modifiedAt?: IsoDateTime): void {
    const row = this.logRows.find((r) => r.value.idempotencyKey === key);
    if (row === undefined) throw new Error(`no row ${key}`);
    row.value = { ...row.value, ...change };
    row.version += 1;
    row.modifiedAt = modifiedAt ?? this.storeNow;
  }

  counts(): DialogueCount[] {
    return this.countRows.map((r) => r.value);
  }

  private row<T>(value: T): Row<T> {
    const id = String(this.nextId);
    this.nextId += 1;
    return { id, version: 1, value, modifiedAt: this.storeNow };
  }

  private touch<T>(row: Row<T>, value: T): Stored<T> {
    row.value = value;
    row.version += 1;
    row.modifiedAt = this.storeNow;
    return stored(row);
  }

  readonly targets: ReminderTargetStore = {
    listReminderTargets: () =>
      Promise.resolve({ ok: true, value: { records: this.targetRows.map(stored), invalid: [] } }),
    saveBotInstallation: (id, bot, etag) => {
      const row = this.targetRows.find((r) => r.id === id);
      if (row === undefined)
        return Promise.resolve({
          ok: false,
          error: { code: 'STORE.NOT_FOUND', kind: 'settings', id },
        });
      if (stored(row).etag !== etag) return Promise.resolve(conflict(stored(row)));
      return Promise.resolve({ ok: true, value: this.touch(row, { ...row.value, bot }) });
    },
  };

  readonly settings: SettingsStore = {
    loadSettings: (entityId) => {
      const row = this.targetRows.find((r) => r.value.settings.entityId === entityId);
      if (row === undefined) return Promise.resolve({ ok: true, value: null });
      return Promise.resolve({ ok: true, value: { ...stored(row), value: row.value.settings } });
    },
    saveSettings: (settings, expected) => {
      const row = this.targetRows.find((r) => r.id === expected?.id);
      if (row === undefined) throw new Error('create not supported here');
      if (stored(row).etag !== expected?.etag) {
        return Promise.resolve(conflict({ ...stored(row), value: row.value.settings }));
      }
      const saved = this.touch(row, { ...row.value, settings });
      return Promise.resolve({ ok: true, value: { ...saved, value: settings } });
    },
  };

  readonly dashboards: EntityDashboardReader = {
    loadEntityDashboard: (entityId) => {
      const planned = this.plans.get(entityId);
      const item = <T>(id: string, value: T): Stored<T> =>
        stored({ id, version: 1, value, modifiedAt: this.storeNow });
      return Promise.resolve({
        ok: true,
        value: {
          plans: {
            bundles:
              planned === undefined
                ? []
                : [
                    {
                      plan: item(planned.plan.id, planned.plan),
                      strategicObjectives: [],
                      objectives: [item(planned.objective.id, planned.objective)],
                      actions: [],
                      arrangements: [],
                    },
                  ],
            unattached: { strategicObjectives: [], objectives: [], actions: [], arrangements: [] },
            invalid: [],
          },
          measurements: { measurements: [], ratings: [], invalid: [] },
          settings: null,
        },
      });
    },
  };

  readonly log: ReminderLogStore = {
    findEntry: (key) => {
      const row = this.logRows.find((r) => r.value.idempotencyKey === key);
      return Promise.resolve({ ok: true, value: row === undefined ? null : stored(row) });
    },
    listEntries: (entityId) =>
      Promise.resolve({
        ok: true,
        value: {
          records: this.logRows.filter((r) => r.value.entityId === entityId).map(stored),
          invalid: [],
        },
      }),
    createEntry: (entry) => {
      const existing = this.logRows.find(
        (r) => r.value.idempotencyKey.toLowerCase() === entry.idempotencyKey.toLowerCase(),
      );
      if (existing !== undefined) return Promise.resolve(conflict(stored(existing)));
      const row: Row<ReminderLogEntry> = this.row({ ...entry, id: '' });
      row.value = { ...entry, id: row.id };
      this.logRows.push(row);
      return Promise.resolve({ ok: true, value: stored(row) });
    },
    updateEntry: (entry, etag) => {
      const row = this.logRows.find((r) => r.id === entry.id);
      if (row === undefined)
        return Promise.resolve({
          ok: false,
          error: { code: 'STORE.NOT_FOUND', kind: 'reminderLog', id: entry.id },
        });
      if (stored(row).etag !== etag) return Promise.resolve(conflict(stored(row)));
      return Promise.resolve({ ok: true, value: this.touch(row, entry) });
    },
  };

  readonly dialogue: DialogueStore = {
    listCustomPrompts: () => Promise.resolve({ ok: true, value: this.customPrompts }),
    findDiscussedCount: (entityId, promptKey) => {
      const row = this.countRows.find(
        (r) => r.value.entityId === entityId && r.value.promptKey === promptKey,
      );
      return Promise.resolve({ ok: true, value: row === undefined ? null : stored(row) });
    },
    createDiscussedCount: (count) => {
      const existing = this.countRows.find(
        (r) => r.value.entityId === count.entityId && r.value.promptKey === count.promptKey,
      );
      if (existing !== undefined) return Promise.resolve(conflict(stored(existing)));
      const row = this.row(count);
      this.countRows.push(row);
      return Promise.resolve({ ok: true, value: stored(row) });
    },
    updateDiscussedCount: (id, count, etag) => {
      const row = this.countRows.find((r) => r.id === id);
      if (row === undefined)
        return Promise.resolve({ ok: false, error: { code: 'STORE.NOT_FOUND', kind: null, id } });
      if (stored(row).etag !== etag) return Promise.resolve(conflict(stored(row)));
      return Promise.resolve({ ok: true, value: this.touch(row, count) });
    },
  };

  readonly poster: ChannelPoster = {
    postCard: (target, card): Promise<Result<PostedCard, PostError>> => {
      const behaviour = this.behaviour(target, card);
      if (behaviour.kind === 'fail') return Promise.resolve({ ok: false, error: behaviour.error });
      const activityId = String(1_700_000_000_000 + this.posts.length);
      this.posts.push({ target, card, activityId });
      if (behaviour.kind === 'crash-after-post') throw new Error('the job died after sending');
      return Promise.resolve({
        ok: true,
        value: {
          activityId,
          conversationId: `${target.channelId};messageid=${activityId}`,
          attempts: 1,
        },
      });
    },
  };
}

import type { AccessTokenProvider } from '../../ports/access-token-provider';
import type { EntityDashboardReader } from '../../ports/dashboard-reader';
import type { DialogueStore } from '../../ports/dialogue-store';
import type { ItemHistory, ItemVersion } from '../../ports/item-history';
import type { MeasurementRecords, MeasurementStore } from '../../ports/measurement-store';
import type { PlanRecords, PlanStore } from '../../ports/plan-store';
import type { ReminderLogStore } from '../../ports/reminder-log-store';
import type { ReminderTargetStore } from '../../ports/reminder-target-store';
import type { SettingsStore } from '../../ports/settings-store';
import type {
  ChangeReport,
  InvalidRecord,
  Listed,
  RecordChange,
  RecordKind,
  StoreError,
  StoreResult,
} from '../../ports/store.types';
import type { GraphStoreContext } from './graph-context';
import { createGraphDialogueStore } from './graph-dialogue-store';
import { createGraphHttp } from './graph-http';
import {
  assembleMeasurements,
  assemblePlans,
  decodeAll,
  loadLists,
  MEASUREMENT_QUERIES,
  PLAN_QUERIES,
} from './graph-loads';
import { collectPages, getOne, itemPath, listQueryPath } from './graph-reads';
import { createGraphReminderTargets } from './graph-reminder-targets';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './graph-retry';
import { guardArchivedPlans } from './graph-archive-guard';
import { guardLockedMeasurements } from './graph-lock-guard';
import { applyWrites } from './graph-write-engine';
import type { WriteSpec } from './graph-writes';
import { decodeItem } from './item-decoder';
import { ACTION_CODEC } from './mappers/action.mapper';
import { ARRANGEMENT_CODEC } from './mappers/arrangement.mapper';
import type { RecordCodec } from './mappers/mapper.types';
import {
  INDIVIDUAL_RATING_CODEC,
  MEASUREMENT_CODEC,
  RATING_CODEC,
} from './mappers/measurement.mapper';
import { OPERATIONAL_OBJECTIVE_CODEC, STRATEGIC_OBJECTIVE_CODEC } from './mappers/objective.mapper';
import { PLAN_CODEC } from './mappers/plan.mapper';
import { REMINDER_LOG_CODEC } from './mappers/reminder-log.mapper';
import { SETTINGS_CODEC } from './mappers/settings.mapper';

export type GraphStoreOptions = {
  /** `https://graph.microsoft.com/v1.0`, or the emulator's `graphBaseUrl`. */
  readonly graphBaseUrl: string;
  readonly siteId: string;
  readonly tokens: AccessTokenProvider;
  /** List GUIDs by manifest name (from provisioning); a list without one is addressed by name. */
  readonly listIds?: Readonly<Record<string, string>>;
  readonly retry?: Partial<RetryPolicy>;
  readonly pageSize?: number;
  /** Random id for `ClientToken`; `crypto.randomUUID` by default. */
  readonly newToken?: () => string;
};

/** Every store port, over Microsoft Graph lists. */
export type GraphStore = PlanStore &
  MeasurementStore &
  SettingsStore &
  ReminderLogStore &
  ItemHistory &
  EntityDashboardReader &
  ReminderTargetStore &
  DialogueStore;

const CODECS: Readonly<Record<RecordKind, RecordCodec<unknown>>> = {
  plan: PLAN_CODEC,
  strategicObjective: STRATEGIC_OBJECTIVE_CODEC,
  objective: OPERATIONAL_OBJECTIVE_CODEC,
  action: ACTION_CODEC,
  arrangement: ARRANGEMENT_CODEC,
  measurement: MEASUREMENT_CODEC,
  rating: RATING_CODEC,
  individualRating: INDIVIDUAL_RATING_CODEC,
  settings: SETTINGS_CODEC,
  reminderLog: REMINDER_LOG_CODEC,
};

type Records = Record<string, { readonly id: string }>;

function specOf<R extends Records>(change: RecordChange<R>): WriteSpec {
  const codec = CODECS[change.kind as RecordKind];
  const after = change.after ?? [];
  switch (change.op) {
    case 'create':
      return {
        key: change.key,
        op: 'create',
        codec,
        id: null,
        etag: null,
        value: change.draft,
        after,
      };
    case 'update':
      return {
        key: change.key,
        op: 'update',
        codec,
        id: change.value.id,
        etag: change.etag,
        value: change.value,
        after,
      };
    case 'delete':
      return {
        key: change.key,
        op: 'delete',
        codec,
        id: change.id,
        etag: change.etag,
        value: null,
        after,
      };
  }
}

export function createGraphStore(options: GraphStoreOptions): GraphStore {
  const ctx: GraphStoreContext = {
    http: createGraphHttp({ graphBaseUrl: options.graphBaseUrl, tokens: options.tokens }),
    siteId: options.siteId,
    listSegment: (name) => options.listIds?.[name] ?? name,
    policy: { ...DEFAULT_RETRY_POLICY, ...options.retry },
    pageSize: options.pageSize ?? 500,
    newToken: options.newToken ?? (() => crypto.randomUUID()),
  };

  /** Which records the server's current state may refuse: locked measurements, archived plans. */
  type Guard = 'as-is' | 'refuse-locked' | 'refuse-archived';

  async function guarded(
    specs: readonly WriteSpec[],
    entityId: string | null,
    guard: Guard,
  ): Promise<ReturnType<typeof applyWrites>> {
    const checked =
      guard === 'refuse-locked'
        ? await guardLockedMeasurements(ctx, specs)
        : guard === 'refuse-archived'
          ? await guardArchivedPlans(ctx, specs, entityId)
          : { specs, refused: new Map<number, StoreError>() };
    return applyWrites(ctx, checked.specs, entityId, checked.refused);
  }

  async function saveChanges<R extends Records>(
    entityId: string | null,
    changes: readonly RecordChange<R>[],
    guard: Guard = 'as-is',
  ): Promise<ChangeReport<R>> {
    const report = await guarded(changes.map(specOf), entityId, guard);
    const outcomes = changes.map((change, i) => ({
      key: change.key,
      kind: change.kind,
      op: change.op,
      result: report.results[i],
    }));
    return { outcomes, createdIds: report.createdIds } as unknown as ChangeReport<R>;
  }

  async function writeOne<V, T>(
    entityId: string | null,
    spec: WriteSpec,
    guard: Guard = 'as-is',
  ): Promise<StoreResult<V, T>> {
    const report = await guarded([spec], entityId, guard);
    const result = report.results[0];
    if (result === undefined) throw new Error('write without result');
    return result as StoreResult<V, T>;
  }

  async function queryOne<T>(
    codec: RecordCodec<T>,
    column: string,
    value: string,
  ): Promise<StoreResult<Listed<T>>> {
    const first = await getOne(ctx, listQueryPath(ctx, codec.listName, column, value), codec.kind);
    if (!first.ok) return first;
    const items = await collectPages(ctx, first.value.body, codec.kind);
    if (!items.ok) return items;
    const invalid: InvalidRecord[] = [];
    const records = decodeAll(codec, items.value, invalid);
    return { ok: true, value: { records, invalid } };
  }

  return {
    ...createGraphReminderTargets(ctx),
    ...createGraphDialogueStore(ctx),

    async loadPlans(entityId) {
      const loaded = await loadLists(ctx, PLAN_QUERIES(entityId));
      return loaded.ok ? { ok: true, value: assemblePlans(loaded.value) } : loaded;
    },
    createPlanRecord(entityId, kind, draft) {
      return writeOne(
        entityId,
        specOf<PlanRecords>({ op: 'create', kind, key: 'new', draft } as never),
        'refuse-archived',
      );
    },
    updatePlanRecord(kind, value, etag) {
      return writeOne(
        null,
        specOf<PlanRecords>({ op: 'update', kind, key: value.id, value, etag } as never),
        'refuse-archived',
      );
    },
    deletePlanRecord(kind, id, etag) {
      return writeOne(
        null,
        specOf<PlanRecords>({ op: 'delete', kind, key: id, id, etag } as never),
        'refuse-archived',
      );
    },
    savePlanChanges(entityId, changes) {
      return saveChanges<PlanRecords>(entityId, changes, 'refuse-archived');
    },

    async loadMeasurements(entityId) {
      const loaded = await loadLists(ctx, MEASUREMENT_QUERIES(entityId));
      return loaded.ok ? { ok: true, value: assembleMeasurements(loaded.value) } : loaded;
    },
    async loadIndividualRatings(measurementId) {
      return queryOne(INDIVIDUAL_RATING_CODEC, 'MeasurementRef', measurementId);
    },
    saveMeasurementChanges(entityId, changes) {
      return saveChanges<MeasurementRecords>(entityId, changes, 'refuse-locked');
    },

    async loadSettings(entityId) {
      const found = await queryOne(SETTINGS_CODEC, 'EntityId', entityId);
      if (!found.ok) return found;
      return { ok: true, value: found.value.records[0] ?? found.value.invalid[0] ?? null };
    },
    saveSettings(settings, expected) {
      const value = settings as unknown as Record<string, unknown>;
      const codec = SETTINGS_CODEC as RecordCodec<unknown>;
      return writeOne(
        null,
        expected === null
          ? { key: 'settings', op: 'create', codec, id: null, etag: null, value, after: [] }
          : {
              key: 'settings',
              op: 'update',
              codec,
              id: expected.id,
              etag: expected.etag,
              value,
              after: [],
            },
      );
    },

    async findEntry(idempotencyKey) {
      const found = await queryOne(REMINDER_LOG_CODEC, 'IdempotencyKey', idempotencyKey);
      if (!found.ok) return found;
      return { ok: true, value: found.value.records[0] ?? found.value.invalid[0] ?? null };
    },
    listEntries(entityId) {
      return queryOne(REMINDER_LOG_CODEC, 'EntityId', entityId);
    },
    createEntry(entry) {
      const codec = REMINDER_LOG_CODEC as RecordCodec<unknown>;
      const value = entry as unknown as Record<string, unknown>;
      return writeOne(null, {
        key: 'entry',
        op: 'create',
        codec,
        id: null,
        etag: null,
        value,
        after: [],
      });
    },
    updateEntry(entry, etag) {
      const codec = REMINDER_LOG_CODEC as RecordCodec<unknown>;
      const value = entry as unknown as Record<string, unknown>;
      return writeOne(null, {
        key: 'entry',
        op: 'update',
        codec,
        id: entry.id,
        etag,
        value,
        after: [],
      });
    },

    async listVersions(kind, id) {
      const codec = CODECS[kind];
      const path = `${itemPath(ctx, codec.listName, id).replace(/\?.*$/, '')}/versions?expand=fields`;
      const response = await getOne(ctx, path, kind, id);
      if (!response.ok) return response;
      const versions = await collectPages(ctx, response.value.body, kind);
      if (!versions.ok) return versions;
      return { ok: true, value: versions.value.map((v) => toVersion(codec, id, v)) };
    },

    async loadEntityDashboard(entityId) {
      const loaded = await loadLists(ctx, [
        ...PLAN_QUERIES(entityId),
        ...MEASUREMENT_QUERIES(entityId),
        { id: 'settings', listName: 'IntegritySettings', column: 'EntityId', value: entityId },
      ]);
      if (!loaded.ok) return loaded;
      const settingsItem = loaded.value.get('settings')?.[0];
      return {
        ok: true,
        value: {
          plans: assemblePlans(loaded.value),
          measurements: assembleMeasurements(loaded.value),
          settings: settingsItem === undefined ? null : decodeItem(SETTINGS_CODEC, settingsItem),
        },
      };
    },
  };
}

function toVersion(codec: RecordCodec<unknown>, itemId: string, version: unknown): ItemVersion {
  const v = (version ?? {}) as Record<string, unknown>;
  const by = (
    v.lastModifiedBy as
      { user?: { displayName?: unknown; email?: unknown; id?: unknown } } | undefined
  )?.user;
  const name = typeof by?.displayName === 'string' ? by.displayName : null;
  return {
    versionId: typeof v.id === 'string' ? v.id : '',
    modifiedAt: typeof v.lastModifiedDateTime === 'string' ? v.lastModifiedDateTime : null,
    modifiedBy:
      name === null
        ? null
        : {
            displayName: name,
            ...(typeof by?.email === 'string' ? { email: by.email } : {}),
            ...(typeof by?.id === 'string' ? { id: by.id } : {}),
          },
    record:
      typeof v.fields === 'object' && v.fields !== null
        ? decodeItem(codec, {
            id: itemId,
            fields: v.fields,
            lastModifiedDateTime: v.lastModifiedDateTime,
          })
        : null,
  };
}

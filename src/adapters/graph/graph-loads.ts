import type { EntityMeasurements } from '../../ports/measurement-store';
import type { EntityPlans, StoredPlanBundle } from '../../ports/plan-store';
import type { InvalidRecord, Read, Stored, StoreError } from '../../ports/store.types';
import { isInvalidRecord } from '../../ports/store.types';
import type { GraphStoreContext } from './graph-context';
import { readErrorOf } from './graph-errors';
import { batchGet, collectPages, listQueryPath } from './graph-reads';
import { decodeItem } from './item-decoder';
import { ACTION_CODEC } from './mappers/action.mapper';
import { ARRANGEMENT_CODEC } from './mappers/arrangement.mapper';
import type { RecordCodec } from './mappers/mapper.types';
import { MEASUREMENT_CODEC, RATING_CODEC } from './mappers/measurement.mapper';
import {
  isStrategic,
  OPERATIONAL_OBJECTIVE_CODEC,
  STRATEGIC_OBJECTIVE_CODEC,
} from './mappers/objective.mapper';
import { PLAN_CODEC } from './mappers/plan.mapper';

/** "Items of `listName` whose `column` equals `value`", named for the batch. */
export type ListQuery = {
  readonly id: string;
  readonly listName: string;
  readonly column: string;
  readonly value: string;
};

export type Loaded<T> = { ok: true; value: T } | { ok: false; error: StoreError };

/**
 * Runs list queries as ONE `$batch` (≤ 20), then follows `@odata.nextLink` only for lists that ran
 * over a page. Items by query id.
 */
export async function loadLists(
  ctx: GraphStoreContext,
  queries: readonly ListQuery[],
): Promise<Loaded<Map<string, unknown[]>>> {
  const batch = await batchGet(
    ctx,
    queries.map((q) => ({ id: q.id, path: listQueryPath(ctx, q.listName, q.column, q.value) })),
  );
  if (!batch.ok) return batch;
  const items = new Map<string, unknown[]>();
  for (const query of queries) {
    const answer = batch.value.get(query.id);
    if (answer === undefined) throw new Error(`no answer for ${query.id}`);
    const { response, attempts } = answer;
    if (response.status !== 200) {
      return { ok: false, error: readErrorOf(response, { kind: null, id: null }, attempts) };
    }
    const pages = await collectPages(ctx, response.body, null);
    if (!pages.ok) return pages;
    items.set(query.id, pages.value);
  }
  return { ok: true, value: items };
}

/** Decodes items with one codec into valid records and flagged invalid ones. */
export function decodeAll<T>(
  codec: RecordCodec<T>,
  items: readonly unknown[],
  invalid: InvalidRecord[],
): Stored<T>[] {
  const records: Stored<T>[] = [];
  for (const item of items) {
    const read: Read<T> = decodeItem(codec, item);
    if (isInvalidRecord(read)) invalid.push(read);
    else records.push(read);
  }
  return records;
}

function byOrder<T extends { readonly order: number }>(a: Stored<T>, b: Stored<T>): number {
  return a.value.order - b.value.order || Number(a.id) - Number(b.id);
}

function byId(a: Stored<unknown>, b: Stored<unknown>): number {
  return Number(a.id) - Number(b.id);
}

export const PLAN_QUERIES = (entityId: string): ListQuery[] => [
  { id: 'plans', listName: 'IntegrityPlans', column: 'EntityId', value: entityId },
  { id: 'objectives', listName: 'IntegrityObjectives', column: 'EntityId', value: entityId },
  { id: 'actions', listName: 'IntegrityActions', column: 'EntityId', value: entityId },
  { id: 'arrangements', listName: 'IntegrityArrangements', column: 'EntityId', value: entityId },
];

export const MEASUREMENT_QUERIES = (entityId: string): ListQuery[] => [
  { id: 'measurements', listName: 'IntegrityMeasurements', column: 'EntityId', value: entityId },
  { id: 'ratings', listName: 'IntegrityRatings', column: 'EntityId', value: entityId },
];

/** Groups an entity's plan records into bundles; nothing read is dropped. */
export function assemblePlans(items: ReadonlyMap<string, unknown[]>): EntityPlans {
  const invalid: InvalidRecord[] = [];
  const plans = decodeAll(PLAN_CODEC, items.get('plans') ?? [], invalid).sort(byId);
  const objectiveItems = items.get('objectives') ?? [];
  const strategicItems = objectiveItems.filter((i) => isStrategic(fieldsOf(i)));
  const operationalItems = objectiveItems.filter((i) => !isStrategic(fieldsOf(i)));
  const strategic = decodeAll(STRATEGIC_OBJECTIVE_CODEC, strategicItems, invalid).sort(byOrder);
  const operational = decodeAll(OPERATIONAL_OBJECTIVE_CODEC, operationalItems, invalid).sort(
    byOrder,
  );
  const actions = decodeAll(ACTION_CODEC, items.get('actions') ?? [], invalid).sort(byId);
  const arrangements = decodeAll(ARRANGEMENT_CODEC, items.get('arrangements') ?? [], invalid).sort(
    byId,
  );
  const planIds = new Set(plans.map((p) => p.id));
  const of = <T extends { readonly planId: string }>(records: Stored<T>[], planId: string | null) =>
    records.filter((r) =>
      planId === null ? !planIds.has(r.value.planId) : r.value.planId === planId,
    );
  const bundles: StoredPlanBundle[] = plans.map((plan) => ({
    plan,
    strategicObjectives: of(strategic, plan.id),
    objectives: of(operational, plan.id),
    actions: of(actions, plan.id),
    arrangements: of(arrangements, plan.id),
  }));
  return {
    bundles,
    unattached: {
      strategicObjectives: of(strategic, null),
      objectives: of(operational, null),
      actions: of(actions, null),
      arrangements: of(arrangements, null),
    },
    invalid,
  };
}

export function assembleMeasurements(items: ReadonlyMap<string, unknown[]>): EntityMeasurements {
  const invalid: InvalidRecord[] = [];
  return {
    measurements: decodeAll(MEASUREMENT_CODEC, items.get('measurements') ?? [], invalid).sort(byId),
    ratings: decodeAll(RATING_CODEC, items.get('ratings') ?? [], invalid).sort(byId),
    invalid,
  };
}

function fieldsOf(item: unknown): Record<string, unknown> {
  const fields = (item as { fields?: unknown } | null)?.fields;
  return typeof fields === 'object' && fields !== null ? (fields as Record<string, unknown>) : {};
}

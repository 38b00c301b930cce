import { describe, expect, it } from 'vitest';
import {
  aBundle,
  anAction,
  anActorArrangement,
  aPlan,
  aStrategicObjective,
} from '../core/plan/test-support/plan.fixtures';
import type { PlanChange, PlanStore } from '../ports/plan-store';
import type { StoreError } from '../ports/store.types';
import { savePlanChanges } from './save-plan-changes';

const conflict: StoreError = { code: 'STORE.CONFLICT', kind: 'action', id: '7', current: null };
const throttled: StoreError = {
  code: 'STORE.THROTTLED',
  kind: 'action',
  id: '8',
  attempts: 5,
  retryAfterSeconds: 30,
};

function storeAnswering(
  results: readonly (StoreError | null)[],
): PlanStore & { calls: number; sent: PlanChange[] } {
  const store = {
    calls: 0,
    sent: [] as PlanChange[],
    savePlanChanges(_entityId: string, changes: readonly PlanChange[]) {
      store.calls += 1;
      store.sent.push(...changes);
      return Promise.resolve({
        outcomes: changes.map((change, i) => {
          const error = results[i] ?? null;
          return {
            key: change.key,
            kind: change.kind,
            op: change.op,
            result:
              error === null ? { ok: true as const, value: null } : { ok: false as const, error },
          };
        }),
        createdIds: {},
      });
    },
  };
  return store as unknown as PlanStore & { calls: number; sent: PlanChange[] };
}

const deletes: PlanChange[] = ['6', '7', '8'].map((id) => ({
  op: 'delete',
  kind: 'action',
  key: `d${id}`,
  id,
  etag: `"e,${id}"`,
}));

describe('savePlanChanges', () => {
  it('returns conflicts and other failures apart, each with the change untouched', async () => {
    const result = await savePlanChanges(
      storeAnswering([null, conflict, throttled]),
      'pz',
      deletes,
    );
    expect(result.saved).toBe(1);
    expect(result.complete).toBe(false);
    expect(result.conflicts).toEqual([{ change: deletes[1], error: conflict }]);
    expect(result.failed).toEqual([{ change: deletes[2], error: throttled }]);
  });

  it('says complete when everything was stored, and does not call the store for nothing', async () => {
    expect(
      (await savePlanChanges(storeAnswering([null, null, null]), 'pz', deletes)).complete,
    ).toBe(true);
    const idle = storeAnswering([]);
    expect((await savePlanChanges(idle, 'pz', [])).complete).toBe(true);
    expect(idle.calls).toBe(0);
  });
});

function must<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('expected a value');
  return value;
}

describe('savePlanChanges with the plans as the caller read them', () => {
  const archived = aBundle({
    plan: aPlan({ status: 'archived', adoptedOn: '2025-02-01' }),
  });
  const current = aBundle({
    plan: aPlan({ id: 'plan-2' }),
    strategicObjectives: [aStrategicObjective({ id: 'so-2', planId: 'plan-2' })],
    objectives: [],
    actions: [anAction({ id: 'act-2', planId: 'plan-2', objectiveId: 'oo-2' })],
    arrangements: [],
  });
  const plans = [archived, current];
  const action = must(archived.actions[0]);
  const toArchived: PlanChange[] = [
    {
      op: 'update',
      kind: 'plan',
      key: 'p',
      value: { ...archived.plan, status: 'adopted' },
      etag: '"1"',
    },
    { op: 'update', kind: 'action', key: 'a', value: { ...action, hours: 2 }, etag: '"2"' },
    // Moved into the current plan: still a change of the archived one it is in.
    {
      op: 'update',
      kind: 'action',
      key: 'moved',
      value: { ...action, planId: 'plan-2' },
      etag: '"2"',
    },
    { op: 'delete', kind: 'arrangement', key: 'x', id: anActorArrangement().id, etag: '"3"' },
    {
      op: 'create',
      kind: 'strategicObjective',
      key: 'new',
      draft: { planId: archived.plan.id, title: 'Nieuw', description: '', order: 2 },
    },
  ];
  const toCurrent: PlanChange[] = [
    {
      op: 'update',
      kind: 'action',
      key: 'ok',
      value: { ...must(current.actions[0]), hours: 3 },
      etag: '"4"',
    },
    // Archiving the current (adopted) plan is a change of a plan that is not archived yet.
    {
      op: 'update',
      kind: 'plan',
      key: 'archive',
      value: { ...current.plan, status: 'archived' },
      etag: '"5"',
    },
  ];

  it('refuses changes to an archived plan with the core’s PLAN.ARCHIVED, without sending them', async () => {
    const store = storeAnswering([null, null]);
    const result = await savePlanChanges(store, 'pz', [...toArchived, ...toCurrent], { plans });
    expect(result.archived.map((a) => [a.change.key, a.planId, a.error.code])).toEqual(
      toArchived.map((c) => [c.key, archived.plan.id, 'PLAN.ARCHIVED']),
    );
    expect(store.sent.map((c) => c.key)).toEqual(['ok', 'archive']);
    expect(result.report.outcomes.map((o) => o.key)).toEqual(['ok', 'archive']);
    expect(result.saved).toBe(2);
    expect(result.complete).toBe(false);
  });

  it('sends nothing when every change is refused, and everything without the plans', async () => {
    const refusedAll = storeAnswering([]);
    const result = await savePlanChanges(refusedAll, 'pz', toArchived, { plans });
    expect(refusedAll.calls).toBe(0);
    expect(result.archived).toHaveLength(toArchived.length);

    // The store checks the server's status itself: without the caller's plans nothing is judged.
    const unknown = storeAnswering(toArchived.map(() => null));
    expect((await savePlanChanges(unknown, 'pz', toArchived)).complete).toBe(true);
    expect(unknown.sent).toHaveLength(toArchived.length);
  });
});

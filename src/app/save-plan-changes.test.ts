import { describe, expect, it } from 'vitest';
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

function storeAnswering(results: readonly (StoreError | null)[]): PlanStore & { calls: number } {
  const store = {
    calls: 0,
    savePlanChanges(_entityId: string, changes: readonly PlanChange[]) {
      store.calls += 1;
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
  return store as unknown as PlanStore & { calls: number };
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

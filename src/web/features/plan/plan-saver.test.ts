import { describe, expect, it } from 'vitest';
import { aBundle, anAction, aPlan } from '../../../core/plan/test-support/plan.fixtures';
import type { PlanChange, PlanStore } from '../../../ports/plan-store';
import { planSaver } from './plan-saver';

const archived = aBundle({ plan: aPlan({ status: 'archived', adoptedOn: '2025-02-01' }) });
const current = aBundle({
  plan: aPlan({ id: 'plan-2' }),
  strategicObjectives: [],
  objectives: [],
  actions: [anAction({ id: 'act-2', planId: 'plan-2' })],
  arrangements: [],
});

/** A store that stores whatever it is sent, recording what that was. */
function storing(): PlanStore & { sent: PlanChange[] } {
  const sent: PlanChange[] = [];
  const store = {
    sent,
    savePlanChanges(_entityId: string, changes: readonly PlanChange[]) {
      sent.push(...changes);
      return Promise.resolve({
        outcomes: changes.map((c) => ({
          key: c.key,
          kind: c.kind,
          op: c.op,
          result: { ok: true as const, value: null },
        })),
        createdIds: {},
      });
    },
  };
  return store as unknown as PlanStore & { sent: PlanChange[] };
}

describe('planSaver', () => {
  it('answers every change in order, a change to an archived plan refused unsent', async () => {
    const store = storing();
    const save = planSaver(store, () => [archived, current]);
    const changes: PlanChange[] = [
      { op: 'delete', kind: 'action', key: 'old', id: 'act-1', etag: '"1"' },
      {
        op: 'update',
        kind: 'action',
        key: 'new',
        value: { ...anAction({ id: 'act-2', planId: 'plan-2' }), hours: 3 },
        etag: '"2"',
      },
    ];
    const answer = await save('pz', changes);
    if ('refused' in answer) throw new Error('refused as a whole');
    expect(store.sent.map((c) => c.key)).toEqual(['new']);
    expect(answer.outcomes.map((o) => o.key)).toEqual(['old', 'new']);
    expect(answer.outcomes[0]?.result).toEqual({
      ok: false,
      error: {
        code: 'STORE.ARCHIVED',
        details: { kind: 'action', id: 'act-1', planId: archived.plan.id },
        kind: 'action',
        id: 'act-1',
        planId: archived.plan.id,
      },
    });
    expect(answer.outcomes[1]?.result.ok).toBe(true);
  });
});

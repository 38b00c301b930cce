import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { errValue, okValue } from '../contract/expect-result';
import {
  actionDraft,
  deepFreeze,
  objectiveDraft,
  planDraft,
  strategicDraft,
} from '../contract/fixtures';
import { freshEntityId } from '../contract/store-harness';
import { GraphRequestError } from './graph-errors';
import { createGraphStore } from './graph-store';
import { equalsFilter } from './odata';
import { FAKE_GRAPH, FAKE_SITE, FakeGraphLists } from './test-support/fake-graph-lists';

/*
 * Documented Graph behaviour the local emulator does not produce on demand: a tenant list missing
 * an index, connections dropped after a write landed, gateway timeouts, throttled inner requests
 * of a `$batch` with their own Retry-After.
 */

const fake = new FakeGraphLists();
const server = setupServer(...fake.handlers());
const sleeps: number[] = [];
const store = createGraphStore({
  graphBaseUrl: FAKE_GRAPH,
  siteId: FAKE_SITE,
  tokens: { getToken: () => Promise.resolve('owner') },
  retry: {
    maxAttempts: 4,
    sleep: (ms) => {
      sleeps.push(ms);
      return Promise.resolve();
    },
    random: () => 0.5,
  },
});

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
});
afterEach(() => {
  fake.script.length = 0;
  fake.unindexed.clear();
  sleeps.length = 0;
});
afterAll(() => {
  server.close();
});

function itemsOf(list: string): number {
  return fake.lists.get(list)?.size ?? 0;
}

async function seedPlan(entityId: string) {
  return okValue(await store.createPlanRecord(entityId, 'plan', planDraft(entityId)));
}

describe('Graph store against documented edge cases (msw)', () => {
  it('reports a filter on a column the tenant has not indexed as a clear fault', async () => {
    fake.unindexed.add('IntegrityActions.EntityId');
    const failure = store.loadPlans(freshEntityId());
    await expect(failure).rejects.toBeInstanceOf(GraphRequestError);
    await expect(failure).rejects.toThrow(/EntityId.*not indexed/);
  });

  it('refuses to build a filter on a column the manifest does not index', () => {
    expect(() => equalsFilter('IntegrityPlans', 'EntityName', 'x')).toThrow(
      /not an indexed column/,
    );
  });

  it('retries a throttled inner request of the load batch after its Retry-After, only that one', async () => {
    const entityId = freshEntityId();
    await seedPlan(entityId);
    fake.script.push({ status: 429, retryAfter: 7, match: /^GET .*IntegrityActions/ });
    const before = fake.outerRequests;
    const loaded = okValue(await store.loadPlans(entityId));
    expect(loaded.bundles).toHaveLength(1);
    expect(sleeps).toEqual([7000]);
    expect(fake.outerRequests - before).toBe(2);
  });

  it('retries a 503 on the whole batch, and a dropped read connection', async () => {
    const entityId = freshEntityId();
    await seedPlan(entityId);
    fake.script.push({ status: 503, retryAfter: 2, match: /^POST \/\$batch/ });
    fake.script.push({ drop: 'before', match: /^POST \/\$batch/ });
    expect(okValue(await store.loadPlans(entityId)).bundles).toHaveLength(1);
    expect(sleeps[0]).toBe(2000);
    expect(sleeps).toHaveLength(2);
  });

  it('gives STORE.NETWORK when a read never gets through', async () => {
    for (let i = 0; i < 4; i += 1) fake.script.push({ drop: 'before', match: /^POST \/\$batch/ });
    expect(errValue(await store.loadPlans(freshEntityId()))).toMatchObject({
      code: 'STORE.NETWORK',
      attempts: 4,
    });
  });

  it('gives STORE.THROTTLED when a read stays throttled', async () => {
    for (let i = 0; i < 4; i += 1) {
      fake.script.push({ status: 429, retryAfter: 1, match: /^GET .*IntegrityPlans/ });
    }
    expect(errValue(await store.loadPlans(freshEntityId()))).toMatchObject({
      code: 'STORE.THROTTLED',
      attempts: 4,
    });
  });

  it('stores a create once when the connection drops after it landed (ClientToken)', async () => {
    const entityId = freshEntityId();
    const before = itemsOf('IntegrityPlans');
    fake.script.push({ drop: 'after', match: /^POST \/\$batch/ });
    const created = okValue(
      await store.createPlanRecord(entityId, 'plan', deepFreeze(planDraft(entityId))),
    );
    expect(itemsOf('IntegrityPlans')).toBe(before + 1);
    expect(created.value.title).toBe(planDraft(entityId).title);
  });

  it('sends a create again when the connection dropped before it landed', async () => {
    const entityId = freshEntityId();
    const before = itemsOf('IntegrityPlans');
    fake.script.push({ drop: 'before', match: /^POST \/\$batch/ });
    okValue(await store.createPlanRecord(entityId, 'plan', planDraft(entityId)));
    expect(itemsOf('IntegrityPlans')).toBe(before + 1);
  });

  it('recognises an update that landed before the connection dropped, and one that did not', async () => {
    const entityId = freshEntityId();
    const plan = await seedPlan(entityId);
    fake.script.push({ drop: 'after', match: /^POST \/\$batch/ });
    const landed = okValue(
      await store.updatePlanRecord('plan', { ...plan.value, title: 'Eén keer' }, plan.etag),
    );
    fake.script.push({ drop: 'before', match: /^POST \/\$batch/ });
    const resent = okValue(
      await store.updatePlanRecord('plan', { ...landed.value, title: 'Twee keer' }, landed.etag),
    );
    expect(resent.value.title).toBe('Twee keer');
    const versions = okValue(await store.listVersions('plan', plan.id));
    expect(versions.map((v) => v.versionId)).toEqual(['3.0', '2.0', '1.0']);
  });

  it('treats a gateway timeout on an inner write as unanswered: re-read, then resend', async () => {
    const entityId = freshEntityId();
    const plan = await seedPlan(entityId);
    fake.script.push({ status: 504, match: /^PATCH / });
    const saved = okValue(
      await store.updatePlanRecord('plan', { ...plan.value, title: 'Na 504' }, plan.etag),
    );
    expect(saved.value.title).toBe('Na 504');
    expect(okValue(await store.listVersions('plan', plan.id))).toHaveLength(2);
  });

  it('deletes once when the connection drops after the delete landed', async () => {
    const entityId = freshEntityId();
    const plan = await seedPlan(entityId);
    fake.script.push({ drop: 'after', match: /^POST \/\$batch/ });
    expect(okValue(await store.deletePlanRecord('plan', plan.id, plan.etag))).toBeNull();
  });

  it('retries only the throttled writes of a batch; the others are not sent twice', async () => {
    const entityId = freshEntityId();
    const plan = await seedPlan(entityId);
    fake.script.push({ status: 429, retryAfter: 5, match: /^POST .*IntegrityActions/ });
    const report = await store.savePlanChanges(entityId, [
      { op: 'create', kind: 'strategicObjective', key: 's', draft: strategicDraft(plan.id) },
      { op: 'create', kind: 'objective', key: 'o', draft: objectiveDraft(plan.id, 's') },
      { op: 'create', kind: 'action', key: 'a1', draft: actionDraft(plan.id, 'o', 1) },
      { op: 'create', kind: 'action', key: 'a2', draft: actionDraft(plan.id, 'o', 2) },
    ]);
    expect(report.outcomes.map((o) => o.result.ok)).toEqual([true, true, true, true]);
    expect(sleeps).toEqual([5000]);
    const bundle = okValue(await store.loadPlans(entityId)).bundles[0]!;
    expect(bundle.actions).toHaveLength(2);
    expect(bundle.objectives).toHaveLength(1);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../emulator/server';
import type { PlanChange, StoredPlanBundle } from '../../ports/plan-store';
import { errValue, must, okValue } from '../contract/expect-result';
import {
  actionDraft,
  arrangementDrafts,
  objectiveDraft,
  planDraft,
  strategicDraft,
} from '../contract/fixtures';
import { freshEntityId } from '../contract/store-harness';
import { createGraphStore, type GraphStore } from './graph-store';

/*
 * An archived plan is the audit record: against the real emulator, the store refuses every write
 * to it or to its records (STORE.ARCHIVED), judged by the plan's status on the server now.
 */

let emulator: RunningEmulator;
let owner: GraphStore;
let member: GraphStore;

function storeAs(persona: 'commander' | 'member'): GraphStore {
  return createGraphStore({
    graphBaseUrl: emulator.graphBaseUrl,
    siteId: emulator.siteId,
    tokens: { getToken: () => Promise.resolve(emulator.tokenFor(persona)) },
    retry: { maxAttempts: 3, sleep: () => Promise.resolve(), random: () => 0.5 },
  });
}

/** A hand edit in SharePoint: fields written as they are, past every check of the app. */
async function handEdit(list: string, id: string, fields: Record<string, unknown>): Promise<void> {
  const response = await fetch(`${emulator.url}/_emulator/raw/${list}/${id}`, {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ fields }),
  });
  if (!response.ok) throw new Error(`hand edit ${list}/${id}: ${String(response.status)}`);
}

async function requests(): Promise<number> {
  const stats = (await (await fetch(`${emulator.url}/_emulator/stats`)).json()) as {
    total: number;
  };
  return stats.total;
}

beforeAll(async () => {
  emulator = await startEmulator({ dbPath: ':memory:', port: 0, seed: 'empty' });
  owner = storeAs('commander');
  member = storeAs('member');
});

afterAll(async () => {
  await emulator.close();
});

/** A plan with a strategic and an operational objective, an action and four arrangements. */
async function fullPlan(entityId: string): Promise<StoredPlanBundle> {
  const plan = okValue(await owner.createPlanRecord(entityId, 'plan', planDraft(entityId)));
  const report = await owner.savePlanChanges(entityId, [
    { op: 'create', kind: 'strategicObjective', key: 's', draft: strategicDraft(plan.id) },
    { op: 'create', kind: 'objective', key: 'o', draft: objectiveDraft(plan.id, 's') },
    { op: 'create', kind: 'action', key: 'a', draft: actionDraft(plan.id, 'o') },
    ...arrangementDrafts(plan.id, 'o').map((draft, n): PlanChange => ({
      op: 'create',
      kind: 'arrangement',
      key: `x${n}`,
      draft,
    })),
  ]);
  for (const outcome of report.outcomes) expect(outcome.result.ok, outcome.key).toBe(true);
  return must(okValue(await owner.loadPlans(entityId)).bundles.find((b) => b.plan.id === plan.id));
}

/** Every kind of write to the plan and its records, from the copy read before the archive. */
function everyWrite(bundle: StoredPlanBundle): PlanChange[] {
  const { plan } = bundle;
  const s = must(bundle.strategicObjectives[0]);
  const o = must(bundle.objectives[0]);
  const a = must(bundle.actions[0]);
  const evaluation = must(bundle.arrangements.find((x) => x.value.kind === 'evaluation'));
  const communication = must(bundle.arrangements.find((x) => x.value.kind === 'communication'));
  return [
    {
      op: 'update',
      kind: 'plan',
      key: 'plan',
      value: { ...plan.value, title: 'Herwerkt' },
      etag: plan.etag,
    },
    {
      op: 'update',
      kind: 'strategicObjective',
      key: 's',
      value: { ...s.value, title: 'Nieuw' },
      etag: s.etag,
    },
    {
      op: 'update',
      kind: 'objective',
      key: 'o',
      value: { ...o.value, elementIds: ['ins.guide.training'], currentValue: 80 },
      etag: o.etag,
    },
    {
      op: 'update',
      kind: 'action',
      key: 'a',
      value: { ...a.value, status: 'done', elementIds: [] },
      etag: a.etag,
    },
    {
      op: 'update',
      kind: 'arrangement',
      key: 'evaluation',
      value: { ...evaluation.value, how: 'Anders' } as typeof evaluation.value,
      etag: evaluation.etag,
    },
    {
      op: 'delete',
      kind: 'arrangement',
      key: 'communication',
      id: communication.id,
      etag: communication.etag,
    },
    { op: 'create', kind: 'strategicObjective', key: 'new-s', draft: strategicDraft(plan.id, 1) },
    { op: 'create', kind: 'objective', key: 'new-o', draft: objectiveDraft(plan.id, s.id, 1) },
    { op: 'create', kind: 'action', key: 'new-a', draft: actionDraft(plan.id, o.id, 2) },
    ...arrangementDrafts(plan.id, o.id).map((draft, n): PlanChange => ({
      op: 'create',
      kind: 'arrangement',
      key: `new-x${n}`,
      draft,
    })),
  ];
}

/** Every item of the plan with its eTag: what "nothing changed" compares. */
async function itemsOf(entityId: string): Promise<string[]> {
  const loaded = okValue(await owner.loadPlans(entityId));
  const all = [
    ...loaded.bundles.flatMap((b) => [
      b.plan,
      ...b.strategicObjectives,
      ...b.objectives,
      ...b.actions,
      ...b.arrangements,
    ]),
    ...loaded.unattached.strategicObjectives,
    ...loaded.unattached.objectives,
    ...loaded.unattached.actions,
    ...loaded.unattached.arrangements,
    ...loaded.invalid,
  ];
  return all.map((item) => `${item.id}:${item.etag}`).sort();
}

describe('GraphStore refuses writes to an archived plan', () => {
  it('refuses every kind of write, from owners and members, and changes nothing', async () => {
    const entityId = freshEntityId('pz-archived');
    const bundle = await fullPlan(entityId);
    await handEdit('IntegrityPlans', bundle.plan.id, {
      PlanStatus: 'archived',
      AdoptedOn: '2026-02-01',
    });
    const before = await itemsOf(entityId);

    for (const store of [owner, member]) {
      const changes = everyWrite(bundle);
      const report = await store.savePlanChanges(entityId, changes);
      expect(report.outcomes).toHaveLength(changes.length);
      for (const outcome of report.outcomes) {
        expect(errValue(outcome.result), outcome.key).toMatchObject({
          code: 'STORE.ARCHIVED',
          planId: bundle.plan.id,
          kind: outcome.kind,
        });
      }
    }
    const a = must(bundle.actions[0]);
    const s = must(bundle.strategicObjectives[0]);
    expect(
      errValue(await owner.updatePlanRecord('action', { ...a.value, hours: 1 }, a.etag)).code,
    ).toBe('STORE.ARCHIVED');
    expect(
      errValue(await owner.createPlanRecord(entityId, 'action', actionDraft(bundle.plan.id, 'x')))
        .code,
    ).toBe('STORE.ARCHIVED');
    expect(errValue(await owner.deletePlanRecord('strategicObjective', s.id, s.etag)).code).toBe(
      'STORE.ARCHIVED',
    );
    expect(
      errValue(await member.deletePlanRecord('plan', bundle.plan.id, bundle.plan.etag)),
    ).toMatchObject({ code: 'STORE.ARCHIVED', kind: 'plan', id: bundle.plan.id });

    expect(await itemsOf(entityId)).toEqual(before);
  });

  it('judges by the server: a hand edit that leaves the plan invalid still archives it', async () => {
    const entityId = freshEntityId('pz-archived');
    const bundle = await fullPlan(entityId);
    // Archived without an adoption date: the plan no longer decodes, its status still counts.
    await handEdit('IntegrityPlans', bundle.plan.id, { PlanStatus: 'archived' });
    const o = must(bundle.objectives[0]);
    const result = await owner.updatePlanRecord(
      'objective',
      { ...o.value, unit: 'aantal' },
      o.etag,
    );
    expect(errValue(result)).toMatchObject({ code: 'STORE.ARCHIVED', planId: bundle.plan.id });
  });

  it('refuses moving a record out of an archived plan into an open one', async () => {
    const entityId = freshEntityId('pz-archived');
    const archived = await fullPlan(entityId);
    const open = okValue(await owner.createPlanRecord(entityId, 'plan', planDraft(entityId)));
    await handEdit('IntegrityPlans', archived.plan.id, {
      PlanStatus: 'archived',
      AdoptedOn: '2026-02-01',
    });
    const a = must(archived.actions[0]);
    const moved = await owner.updatePlanRecord('action', { ...a.value, planId: open.id }, a.etag);
    expect(errValue(moved)).toMatchObject({ code: 'STORE.ARCHIVED', planId: archived.plan.id });
  });

  it('still saves every kind of write to a plan that is not archived, in one extra read', async () => {
    const entityId = freshEntityId('pz-open');
    const bundle = await fullPlan(entityId);
    const changes = everyWrite(bundle);
    const report = await owner.savePlanChanges(entityId, changes);
    for (const outcome of report.outcomes) expect(outcome.result.ok, outcome.key).toBe(true);
    const after = must(okValue(await owner.loadPlans(entityId)).bundles[0]);
    expect(after.plan.value.title).toBe('Herwerkt');
    expect(after.actions.find((x) => x.id === must(bundle.actions[0]).id)?.value.status).toBe(
      'done',
    );

    // A three-record edit: the plan's status is read once ($batch), then the writes ($batch).
    const s = must(after.strategicObjectives[0]);
    const o = must(after.objectives[0]);
    const before = await requests();
    const edit = await owner.savePlanChanges(entityId, [
      {
        op: 'update',
        kind: 'plan',
        key: 'p',
        value: { ...after.plan.value, title: 'Drie' },
        etag: after.plan.etag,
      },
      {
        op: 'update',
        kind: 'strategicObjective',
        key: 's',
        value: { ...s.value, title: 'T' },
        etag: s.etag,
      },
      { op: 'update', kind: 'objective', key: 'o', value: { ...o.value, unit: '#' }, etag: o.etag },
    ]);
    expect(edit.outcomes.map((x) => x.result.ok)).toEqual([true, true, true]);
    expect((await requests()) - before).toBe(2);
  });

  it('lets a set archive a plan with its last edits, which land first; nothing after', async () => {
    const entityId = freshEntityId('pz-archiving');
    const bundle = await fullPlan(entityId);
    const adopted = okValue(
      await owner.updatePlanRecord(
        'plan',
        { ...bundle.plan.value, status: 'adopted', adoptedOn: '2026-02-01' },
        bundle.plan.etag,
      ),
    );
    const a = must(bundle.actions[0]);
    const report = await owner.savePlanChanges(entityId, [
      {
        op: 'update',
        kind: 'plan',
        key: 'archive',
        value: { ...adopted.value, status: 'archived' },
        etag: adopted.etag,
      },
      {
        op: 'update',
        kind: 'action',
        key: 'last',
        value: { ...a.value, status: 'done' },
        etag: a.etag,
      },
    ]);
    expect(report.outcomes.map((x) => x.result.ok)).toEqual([true, true]);
    const stored = okValue(must(report.outcomes[1]).result);
    const late = await owner.updatePlanRecord(
      'action',
      { ...a.value, status: 'cancelled' },
      must(stored).etag,
    );
    expect(errValue(late).code).toBe('STORE.ARCHIVED');
  });
});

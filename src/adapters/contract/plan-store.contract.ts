import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanChange } from '../../ports/plan-store';
import { isInvalidRecord } from '../../ports/store.types';
import { errValue, must, okValue } from './expect-result';
import {
  actionDraft,
  arrangementDrafts,
  deepFreeze,
  objectiveDraft,
  planDraft,
  strategicDraft,
} from './fixtures';
import { freshEntityId, type HarnessFactory, type StoreHarness } from './store-harness';

/** The plan store's contract, for any backend a harness provides. */
export function describePlanStoreContract(name: string, factory: HarnessFactory): void {
  describe(`PlanStore contract (${name})`, () => {
    let h: StoreHarness;
    beforeAll(async () => {
      h = await factory();
    });
    afterAll(async () => {
      await h.close();
    });

    async function newPlan(entityId: string) {
      return okValue(await h.owner.createPlanRecord(entityId, 'plan', planDraft(entityId)));
    }

    it('creates a plan and reads it back field for field, with an eTag', async () => {
      const entityId = freshEntityId();
      const draft = deepFreeze(planDraft(entityId));
      const created = okValue(await h.owner.createPlanRecord(entityId, 'plan', draft));
      expect(created.etag).not.toBe('');
      const loaded = okValue(await h.owner.loadPlans(entityId));
      expect(loaded.invalid).toEqual([]);
      expect(loaded.bundles).toHaveLength(1);
      const plan = must(loaded.bundles[0]).plan;
      expect(plan.etag).toBe(created.etag);
      const { updatedAt: _updatedAt, id, ...rest } = plan.value;
      expect(id).toBe(created.id);
      expect(rest).toEqual(draft);
    });

    it('saves a whole plan in one change set, references by key, and loads it as one bundle', async () => {
      const entityId = freshEntityId();
      const plan = await newPlan(entityId);
      const changes: PlanChange[] = deepFreeze([
        { op: 'create', kind: 'strategicObjective', key: 's1', draft: strategicDraft(plan.id) },
        { op: 'create', kind: 'objective', key: 'o1', draft: objectiveDraft(plan.id, 's1') },
        { op: 'create', kind: 'action', key: 'a1', draft: actionDraft(plan.id, 'o1', 1) },
        { op: 'create', kind: 'action', key: 'a2', draft: actionDraft(plan.id, 'o1', 2) },
        ...arrangementDrafts(plan.id, 'o1').map((draft, i): PlanChange => ({
          op: 'create',
          kind: 'arrangement',
          key: `r${i}`,
          draft,
        })),
      ]);
      const report = await h.owner.savePlanChanges(entityId, changes);
      for (const outcome of report.outcomes) expect(outcome.result.ok, outcome.key).toBe(true);
      const bundle = must(okValue(await h.owner.loadPlans(entityId)).bundles[0]);
      expect(bundle.strategicObjectives.map((s) => s.id)).toEqual([report.createdIds.s1]);
      const objective = must(bundle.objectives[0]).value;
      expect(objective.strategicObjectiveId).toBe(report.createdIds.s1);
      expect(objective).toMatchObject({
        ...objectiveDraft(plan.id, must(report.createdIds.s1)),
        id: report.createdIds.o1,
      });
      expect(bundle.actions.map((a) => a.value.objectiveId)).toEqual([objective.id, objective.id]);
      expect(bundle.arrangements.map((a) => a.value.kind).sort()).toEqual([
        'actor',
        'communication',
        'evaluation',
        'monitoring',
      ]);
      const communication = must(bundle.arrangements.find((a) => a.value.kind === 'communication'));
      expect(communication.value).toMatchObject({
        objectiveId: null,
        audience: 'Alle medewerkers',
      });
    });

    it('turns a stale eTag into a conflict carrying the server version, input intact', async () => {
      const entityId = freshEntityId();
      const plan = await newPlan(entityId);
      const theirs = okValue(
        await h.owner.updatePlanRecord('plan', { ...plan.value, title: 'Hun titel' }, plan.etag),
      );
      const mine = deepFreeze({ ...plan.value, title: 'Mijn titel' });
      const error = errValue(await h.owner.updatePlanRecord('plan', mine, plan.etag));
      expect(error.code).toBe('STORE.CONFLICT');
      if (error.code !== 'STORE.CONFLICT') return;
      expect(error.current).not.toBeNull();
      expect(must(error.current).etag).toBe(theirs.etag);
      const current = must(error.current);
      expect(isInvalidRecord(current) ? null : current.value).toMatchObject({ title: 'Hun titel' });
      expect(mine.title).toBe('Mijn titel');
      const loaded = okValue(await h.owner.loadPlans(entityId));
      expect(must(loaded.bundles[0]).plan.value.title).toBe('Hun titel');
    });

    it('deletes only with the current eTag', async () => {
      const entityId = freshEntityId();
      const plan = await newPlan(entityId);
      const updated = okValue(
        await h.owner.updatePlanRecord('plan', { ...plan.value, title: 'Nieuw' }, plan.etag),
      );
      expect(errValue(await h.owner.deletePlanRecord('plan', plan.id, plan.etag)).code).toBe(
        'STORE.CONFLICT',
      );
      okValue(await h.owner.deletePlanRecord('plan', plan.id, updated.etag));
      expect(okValue(await h.owner.loadPlans(entityId)).bundles).toEqual([]);
    });

    it('refuses a member write as forbidden', async () => {
      const entityId = freshEntityId();
      const error = errValue(
        await h.member.createPlanRecord(entityId, 'plan', planDraft(entityId)),
      );
      expect(error.code).toBe('STORE.FORBIDDEN');
      expect(okValue(await h.member.loadPlans(entityId)).bundles).toEqual([]);
    });

    it('flags an item edited by hand into an invalid state, never drops or overwrites it', async () => {
      const entityId = freshEntityId();
      const plan = await newPlan(entityId);
      await h.rawEdit('IntegrityPlans', plan.id, { PlanStatus: 'adopted' });
      const badAction = await h.rawCreate('IntegrityActions', {
        Title: 'Handmatig',
        EntityId: entityId,
        PlanRef: plan.id,
        ObjectiveRef: '999',
        ActionStatus: 'planned',
        Hours: -3,
      });
      const loaded = okValue(await h.owner.loadPlans(entityId));
      expect(loaded.bundles).toEqual([]);
      const invalidPlan = must(loaded.invalid.find((r) => r.kind === 'plan'));
      expect(invalidPlan.id).toBe(plan.id);
      expect(invalidPlan.raw).toMatchObject({ PlanStatus: 'adopted', Title: plan.value.title });
      expect(invalidPlan.reason).toMatch(/adoptedOn|ADOPTION/);
      const invalidAction = must(loaded.invalid.find((r) => r.kind === 'action'));
      expect(invalidAction).toMatchObject({ id: badAction, raw: { Hours: -3 } });
      expect(invalidAction.reason).toMatch(/Hours/);
      // Saving the stale version over it is refused: the hand edit changed the eTag.
      const error = errValue(await h.owner.updatePlanRecord('plan', plan.value, plan.etag));
      expect(error.code).toBe('STORE.CONFLICT');
      if (error.code === 'STORE.CONFLICT')
        expect(error.current && isInvalidRecord(error.current)).toBe(true);
    });

    it('follows nextLinks over three pages', async () => {
      const entityId = freshEntityId();
      const plan = await newPlan(entityId);
      const changes: PlanChange[] = [
        { op: 'create', kind: 'strategicObjective', key: 's', draft: strategicDraft(plan.id) },
        { op: 'create', kind: 'objective', key: 'o', draft: objectiveDraft(plan.id, 's') },
        ...[1, 2, 3, 4, 5].map((n): PlanChange => ({
          op: 'create',
          kind: 'action',
          key: `a${n}`,
          draft: actionDraft(plan.id, 'o', n),
        })),
      ];
      const report = await h.owner.savePlanChanges(entityId, changes);
      expect(report.outcomes.every((o) => o.result.ok)).toBe(true);
      const before = await h.requestCount();
      const loaded = okValue(await h.withPageSize(2).loadPlans(entityId));
      expect(must(loaded.bundles[0]).actions.map((a) => a.value.title)).toEqual([
        'Actie 1',
        'Actie 2',
        'Actie 3',
        'Actie 4',
        'Actie 5',
      ]);
      // One batch, then two more pages of actions (5 items, 2 per page).
      expect((await h.requestCount()) - before).toBe(3);
    });

    it('deletes children before their parent; a failed child delete stops the parent (424)', async () => {
      const entityId = freshEntityId();
      const plan = await newPlan(entityId);
      const report = await h.owner.savePlanChanges(entityId, [
        { op: 'create', kind: 'strategicObjective', key: 's', draft: strategicDraft(plan.id) },
        { op: 'create', kind: 'objective', key: 'o', draft: objectiveDraft(plan.id, 's') },
        { op: 'create', kind: 'action', key: 'a1', draft: actionDraft(plan.id, 'o', 1) },
        { op: 'create', kind: 'action', key: 'a2', draft: actionDraft(plan.id, 'o', 2) },
      ]);
      const bundle = must(okValue(await h.owner.loadPlans(entityId)).bundles[0]);
      const [a1, a2] = bundle.actions;
      const objective = must(bundle.objectives[0]);
      await h.rawEdit('IntegrityActions', must(a2).id, { Description: 'Iemand anders' });
      const result = await h.owner.savePlanChanges(entityId, [
        { op: 'delete', kind: 'objective', key: 'del-o', id: objective.id, etag: objective.etag },
        { op: 'delete', kind: 'action', key: 'del-a1', id: must(a1).id, etag: must(a1).etag },
        { op: 'delete', kind: 'action', key: 'del-a2', id: must(a2).id, etag: must(a2).etag },
      ]);
      const byKey = Object.fromEntries(result.outcomes.map((o) => [o.key, o.result]));
      expect(byKey['del-a1']?.ok).toBe(true);
      expect(byKey['del-a2'] && errValue(byKey['del-a2']).code).toBe('STORE.CONFLICT');
      const parent = byKey['del-o'] && errValue(byKey['del-o']);
      expect(parent).toMatchObject({ code: 'STORE.DEPENDENCY_FAILED', dependsOn: 'del-a2' });
      const after = must(okValue(await h.owner.loadPlans(entityId)).bundles[0]);
      expect(after.objectives.map((o) => o.id)).toEqual([objective.id]);
      expect(after.actions.map((a) => a.id)).toEqual([must(a2).id]);
      expect(report.createdIds.s).toBeDefined();
    });

    it('keeps the versions of an item, newest first', async () => {
      const entityId = freshEntityId();
      const plan = await newPlan(entityId);
      const v2 = okValue(
        await h.owner.updatePlanRecord('plan', { ...plan.value, title: 'Twee' }, plan.etag),
      );
      okValue(await h.owner.updatePlanRecord('plan', { ...v2.value, title: 'Drie' }, v2.etag));
      const versions = okValue(await h.owner.listVersions('plan', plan.id));
      expect(versions.map((v) => v.versionId).slice(0, 3)).toEqual(['3.0', '2.0', '1.0']);
      const titles = versions.map((v) =>
        v.record && !isInvalidRecord(v.record) ? (v.record.value as { title: string }).title : null,
      );
      expect(titles.slice(0, 3)).toEqual(['Drie', 'Twee', plan.value.title]);
    });

    it('refuses values over SharePoint limits before sending, as a validation error', async () => {
      const entityId = freshEntityId();
      const plan = await newPlan(entityId);
      const before = await h.requestCount();
      const error = errValue(
        await h.owner.updatePlanRecord(
          'plan',
          { ...plan.value, title: 'x'.repeat(256) },
          plan.etag,
        ),
      );
      expect(error.code).toBe('STORE.VALIDATION');
      expect(await h.requestCount()).toBe(before);
    });
  });
}

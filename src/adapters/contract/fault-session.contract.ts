import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeasurementChange } from '../../ports/measurement-store';
import type { PlanChange } from '../../ports/plan-store';
import { errValue, must, okValue } from './expect-result';
import {
  actionDraft,
  deepFreeze,
  measurementDraft,
  objectiveDraft,
  planDraft,
  ratingDraft,
  strategicDraft,
} from './fixtures';
import { freshEntityId, type HarnessFactory, type StoreHarness } from './store-harness';

/**
 * Throttling and retries: a scripted editing session under 20 % injected 429/503 ends with every
 * edit stored exactly once; exhausted retries give a typed error and leave the input intact.
 */
export function describeFaultContract(name: string, factory: HarnessFactory): void {
  describe(`store under throttling (${name})`, () => {
    let h: StoreHarness;
    beforeAll(async () => {
      h = await factory();
    });
    afterAll(async () => {
      await h.setFaults(null);
      await h.close();
    });

    it('stores every edit of a session exactly once with 20 % of requests failing', async () => {
      const entityId = freshEntityId('pz-faults');
      await h.setFaults({ rate: 0.2, statuses: [429, 503], retryAfterSeconds: 2, seed: 7 });
      h.sleeps.length = 0;
      const plan = okValue(await h.owner.createPlanRecord(entityId, 'plan', planDraft(entityId)));
      const structure = await h.owner.savePlanChanges(entityId, [
        { op: 'create', kind: 'strategicObjective', key: 's', draft: strategicDraft(plan.id) },
        { op: 'create', kind: 'objective', key: 'o', draft: objectiveDraft(plan.id, 's') },
        { op: 'create', kind: 'action', key: 'a', draft: actionDraft(plan.id, 'o') },
      ]);
      for (const outcome of structure.outcomes) expect(outcome.result.ok, outcome.key).toBe(true);
      let action = must(must(okValue(await h.owner.loadPlans(entityId)).bundles[0]).actions[0]);
      for (let edit = 1; edit <= 20; edit += 1) {
        const next = deepFreeze({ ...action.value, hours: edit, description: `Edit ${edit}` });
        action = okValue(await h.owner.updatePlanRecord('action', next, action.etag));
      }
      const ratings: MeasurementChange[] = [
        { op: 'create', kind: 'measurement', key: 'm', draft: measurementDraft(entityId, plan.id) },
        ...Array.from({ length: 30 }, (_, n): MeasurementChange => ({
          op: 'create',
          kind: 'rating',
          key: `r${n}`,
          draft: ratingDraft('m', n),
        })),
      ];
      const report = await h.owner.saveMeasurementChanges(entityId, ratings);
      for (const outcome of report.outcomes) expect(outcome.result.ok, outcome.key).toBe(true);
      await h.setFaults(null);

      const plans = okValue(await h.owner.loadPlans(entityId));
      expect(plans.bundles).toHaveLength(1);
      expect(must(plans.bundles[0]).objectives).toHaveLength(1);
      expect(must(plans.bundles[0]).actions).toHaveLength(1);
      expect(must(must(plans.bundles[0]).actions[0]).value).toMatchObject({
        hours: 20,
        description: 'Edit 20',
      });
      const history = okValue(await h.owner.listVersions('action', action.id));
      expect(history.length).toBe(21);
      const measured = okValue(await h.owner.loadMeasurements(entityId));
      expect(measured.measurements).toHaveLength(1);
      expect(new Set(measured.ratings.map((r) => r.value.elementId)).size).toBe(30);
      expect(measured.ratings).toHaveLength(30);
      expect(h.sleeps.length).toBeGreaterThan(0);
    });

    it('gives a typed throttled error after the last attempt, input intact', async () => {
      const entityId = freshEntityId('pz-faults');
      const plan = okValue(await h.owner.createPlanRecord(entityId, 'plan', planDraft(entityId)));
      await h.setFaults({ rate: 1, statuses: [429], retryAfterSeconds: 3, seed: 1 });
      h.sleeps.length = 0;
      const mine = deepFreeze({ ...plan.value, title: 'Niet verliezen' });
      const changes: PlanChange[] = deepFreeze([
        { op: 'update', kind: 'plan', key: 'p', value: mine, etag: plan.etag },
      ]);
      const report = await h.owner.savePlanChanges(entityId, changes);
      await h.setFaults(null);
      const error = errValue(must(report.outcomes[0]).result);
      expect(error).toMatchObject({
        code: 'STORE.THROTTLED',
        attempts: h.maxAttempts,
        retryAfterSeconds: 3,
      });
      expect(mine.title).toBe('Niet verliezen');
      expect(h.sleeps).toEqual(Array.from({ length: h.maxAttempts - 1 }, () => 3000));
      const loaded = okValue(await h.owner.loadPlans(entityId));
      expect(must(loaded.bundles[0]).plan).toMatchObject({
        etag: plan.etag,
        value: { title: plan.value.title },
      });
    });
  });
}

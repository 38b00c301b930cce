import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Measurement } from '../../core/maturity/maturity.types';
import type { MeasurementChange } from '../../ports/measurement-store';
import type { Stored } from '../../ports/store.types';
import { errValue, must, okValue } from './expect-result';
import { measurementDraft, planDraft, ratingDraft } from './fixtures';
import { freshEntityId, type HarnessFactory, type StoreHarness } from './store-harness';

const LOCKED_BY = { displayName: 'Commandant', email: 'cmd@pz.test' };

/**
 * Issue #7: a locked measurement cannot be changed through the store, whatever the caller's copy
 * says; a correction is a new measurement that references it.
 */
export function describeLockedMeasurementContract(name: string, factory: HarnessFactory): void {
  describe(`MeasurementStore refuses changes to a locked measurement (${name})`, () => {
    let h: StoreHarness;
    beforeAll(async () => {
      h = await factory();
    });
    afterAll(async () => {
      await h.close();
    });

    async function openMeasurement(ratings: number) {
      const entityId = freshEntityId('pz-locked');
      const plan = okValue(await h.owner.createPlanRecord(entityId, 'plan', planDraft(entityId)));
      const report = await h.owner.saveMeasurementChanges(entityId, [
        { op: 'create', kind: 'measurement', key: 'm', draft: measurementDraft(entityId, plan.id) },
        ...Array.from({ length: ratings }, (_, n): MeasurementChange => ({
          op: 'create',
          kind: 'rating',
          key: `r${n}`,
          draft: ratingDraft('m', n),
        })),
      ]);
      for (const outcome of report.outcomes) expect(outcome.result.ok, outcome.key).toBe(true);
      const loaded = okValue(await h.owner.loadMeasurements(entityId));
      return {
        entityId,
        planId: plan.id,
        measurement: must(loaded.measurements[0]),
        ratings: loaded.ratings,
      };
    }

    const lockChange = (m: Stored<Measurement>): MeasurementChange => ({
      op: 'update',
      kind: 'measurement',
      key: 'lock',
      value: {
        ...m.value,
        status: 'locked',
        lockedOn: '2026-03-20T10:00:00Z',
        lockedBy: LOCKED_BY,
      },
      etag: m.etag,
    });

    it('refuses every rating and measurement change after the lock, even from a stale copy', async () => {
      const { entityId, measurement, ratings } = await openMeasurement(2);
      const lock = await h.owner.saveMeasurementChanges(entityId, [lockChange(measurement)]);
      expect(lock.outcomes[0]?.result.ok).toBe(true);

      // Everything below still holds the copy read while the measurement was open.
      const [r0, r1] = [must(ratings[0]), must(ratings[1])];
      const report = await h.owner.saveMeasurementChanges(entityId, [
        {
          op: 'update',
          kind: 'rating',
          key: r0.id,
          value: { ...r0.value, value: 1 },
          etag: r0.etag,
        },
        { op: 'delete', kind: 'rating', key: r1.id, id: r1.id, etag: r1.etag },
        {
          op: 'create',
          kind: 'rating',
          key: 'late',
          draft: ratingDraft(measurement.id, 7),
        },
        {
          op: 'create',
          kind: 'individualRating',
          key: 'late-individual',
          draft: {
            measurementId: measurement.id,
            elementId: 'ins.element.7',
            rater: LOCKED_BY,
            value: 2,
            note: '',
          },
        },
        {
          op: 'update',
          kind: 'measurement',
          key: `m-${measurement.id}`,
          value: { ...measurement.value, date: '2026-03-02' },
          etag: measurement.etag,
        },
      ]);
      for (const outcome of report.outcomes) {
        expect(errValue(outcome.result), outcome.key).toMatchObject({
          code: 'STORE.LOCKED',
          measurementId: measurement.id,
          kind: outcome.kind,
        });
      }
      const after = okValue(await h.owner.loadMeasurements(entityId));
      expect(after.ratings.map((r) => [r.id, r.etag])).toEqual(ratings.map((r) => [r.id, r.etag]));
      expect(after.measurements[0]?.value).toMatchObject({ status: 'locked', date: '2026-03-01' });
      expect(okValue(await h.owner.loadIndividualRatings(measurement.id)).records).toEqual([]);
    });

    it('judges by the measurement as the server has it: a hand lock counts', async () => {
      const { entityId, measurement, ratings } = await openMeasurement(1);
      await h.rawEdit('IntegrityMeasurements', measurement.id, { MeasurementStatus: 'locked' });
      const r0 = must(ratings[0]);
      const report = await h.owner.saveMeasurementChanges(entityId, [
        {
          op: 'update',
          kind: 'rating',
          key: r0.id,
          value: { ...r0.value, value: 1 },
          etag: r0.etag,
        },
      ]);
      expect(errValue(must(report.outcomes[0]).result)).toMatchObject({ code: 'STORE.LOCKED' });
    });

    it('lets a correction (a new measurement naming the locked one) and its ratings be saved', async () => {
      const { entityId, planId, measurement } = await openMeasurement(1);
      okValue(
        must(
          (await h.owner.saveMeasurementChanges(entityId, [lockChange(measurement)])).outcomes[0],
        ).result,
      );
      const report = await h.owner.saveMeasurementChanges(entityId, [
        {
          op: 'create',
          kind: 'measurement',
          key: 'fix',
          draft: { ...measurementDraft(entityId, planId), correctsMeasurementId: measurement.id },
        },
        { op: 'create', kind: 'rating', key: 'fix-r0', draft: ratingDraft('fix', 0) },
      ]);
      expect(report.outcomes.map((o) => o.result.ok)).toEqual([true, true]);
    });

    it('saves the last ratings and the lock in one set, the lock last; a failed rating keeps it open', async () => {
      const { entityId, measurement, ratings } = await openMeasurement(2);
      const [r0, r1] = [must(ratings[0]), must(ratings[1])];
      const stale = await h.owner.saveMeasurementChanges(entityId, [
        lockChange(measurement),
        // A stale eTag: this rating fails, so the lock must not land.
        {
          op: 'update',
          kind: 'rating',
          key: r1.id,
          value: { ...r1.value, value: 2 },
          etag: '"x,9"',
        },
      ]);
      expect(errValue(must(stale.outcomes[0]).result)).toMatchObject({
        code: 'STORE.DEPENDENCY_FAILED',
        dependsOn: r1.id,
      });
      expect(errValue(must(stale.outcomes[1]).result).code).toBe('STORE.CONFLICT');

      const report = await h.owner.saveMeasurementChanges(entityId, [
        lockChange(measurement),
        {
          op: 'update',
          kind: 'rating',
          key: r0.id,
          value: { ...r0.value, value: 5 },
          etag: r0.etag,
        },
      ]);
      expect(report.outcomes.map((o) => o.result.ok)).toEqual([true, true]);
      const after = okValue(await h.owner.loadMeasurements(entityId));
      expect(after.measurements[0]?.value.status).toBe('locked');
      expect(after.ratings.find((r) => r.id === r0.id)?.value.value).toBe(5);
    });
  });
}

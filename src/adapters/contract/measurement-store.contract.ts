import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeasurementChange } from '../../ports/measurement-store';
import { errValue, must, okValue } from './expect-result';
import { deepFreeze, measurementDraft, planDraft, ratingDraft, settingsOf } from './fixtures';
import { freshEntityId, type HarnessFactory, type StoreHarness } from './store-harness';

/** The measurement, settings, reminder log and dashboard contracts. */
export function describeMeasurementStoreContract(name: string, factory: HarnessFactory): void {
  describe(`MeasurementStore, SettingsStore, ReminderLogStore, dashboard contract (${name})`, () => {
    let h: StoreHarness;
    beforeAll(async () => {
      h = await factory();
    });
    afterAll(async () => {
      await h.close();
    });

    async function seedMeasurement(entityId: string, ratings: number) {
      const plan = okValue(await h.owner.createPlanRecord(entityId, 'plan', planDraft(entityId)));
      const changes: MeasurementChange[] = deepFreeze([
        { op: 'create', kind: 'measurement', key: 'm', draft: measurementDraft(entityId, plan.id) },
        ...Array.from({ length: ratings }, (_, n): MeasurementChange => ({
          op: 'create',
          kind: 'rating',
          key: `r${n}`,
          draft: ratingDraft('m', n),
        })),
      ]);
      const report = await h.owner.saveMeasurementChanges(entityId, changes);
      for (const outcome of report.outcomes) expect(outcome.result.ok, outcome.key).toBe(true);
      return { plan, report };
    }

    it('stores a measurement with 30 ratings that reference it by key', async () => {
      const entityId = freshEntityId();
      const { report } = await seedMeasurement(entityId, 30);
      const loaded = okValue(await h.owner.loadMeasurements(entityId));
      expect(loaded.invalid).toEqual([]);
      expect(loaded.measurements.map((m) => m.id)).toEqual([report.createdIds.m]);
      expect(loaded.ratings).toHaveLength(30);
      const third = must(loaded.ratings.find((r) => r.value.elementId === 'ins.element.3'));
      expect(third.value).toMatchObject({ ...ratingDraft(must(report.createdIds.m), 3) });
    });

    it('flags a rating edited by hand to an unknown level', async () => {
      const entityId = freshEntityId();
      await seedMeasurement(entityId, 2);
      const ratings = okValue(await h.owner.loadMeasurements(entityId)).ratings;
      await h.rawEdit('IntegrityRatings', must(ratings[0]).id, { RatingValue: '7' });
      const loaded = okValue(await h.owner.loadMeasurements(entityId));
      expect(loaded.ratings).toHaveLength(1);
      expect(loaded.invalid).toMatchObject([
        { kind: 'rating', id: must(ratings[0]).id, raw: { RatingValue: '7' } },
      ]);
    });

    it('creates, reads and updates settings with eTags; a stale save is a conflict', async () => {
      const entityId = freshEntityId();
      expect(okValue(await h.owner.loadSettings(entityId))).toBeNull();
      const created = okValue(await h.owner.saveSettings(settingsOf(entityId), null));
      const read = okValue(await h.owner.loadSettings(entityId));
      expect(read).toMatchObject({ etag: created.etag, value: settingsOf(entityId) });
      const changed = { ...settingsOf(entityId), languages: ['de'] as const };
      const saved = okValue(
        await h.owner.saveSettings(changed, { id: created.id, etag: created.etag }),
      );
      expect(saved.value.languages).toEqual(['de']);
      const stale = errValue(
        await h.owner.saveSettings(settingsOf(entityId), { id: created.id, etag: created.etag }),
      );
      expect(stale.code).toBe('STORE.CONFLICT');
    });

    it('logs a reminder once per key', async () => {
      const entityId = freshEntityId();
      const entry = {
        idempotencyKey: `pdca-reminder:${entityId}:2027-01`,
        entityId,
        kind: 'pdca-reminder' as const,
        period: '2027-01',
        state: 'pending' as const,
        attempts: 0,
        activityId: null,
        postedPrompt: null,
        sentAt: null,
        lastError: null,
      };
      expect(okValue(await h.app.findEntry(entry.idempotencyKey))).toBeNull();
      const created = okValue(await h.app.createEntry(entry));
      const sent = okValue(
        await h.app.updateEntry(
          { ...created.value, state: 'sent', attempts: 1, sentAt: '2027-01-05T08:00:00Z' },
          created.etag,
        ),
      );
      expect(okValue(await h.app.findEntry(entry.idempotencyKey))).toMatchObject({
        etag: sent.etag,
        value: { state: 'sent' },
      });
      expect(okValue(await h.app.listEntries(entityId)).records).toHaveLength(1);
    });

    it('loads the whole dashboard in one round trip', async () => {
      const entityId = freshEntityId();
      const { plan } = await seedMeasurement(entityId, 3);
      okValue(await h.owner.saveSettings(settingsOf(entityId), null));
      const before = await h.requestCount();
      const data = okValue(await h.owner.loadEntityDashboard(entityId));
      expect((await h.requestCount()) - before).toBe(1);
      expect(data.plans.bundles.map((b) => b.plan.id)).toEqual([plan.id]);
      expect(data.measurements.ratings).toHaveLength(3);
      expect(data.settings).toMatchObject({ value: { entityId } });
    });
  });
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lockMeasurement } from '../../app/lock-measurement';
import type { Measurement } from '../../core/maturity/maturity.types';
import { ALICE, ELEMENT_IDS, FIXTURE_CATALOGUE } from '../../core/maturity/test-support/fixtures';
import { PERSONAS, type Persona } from '../../emulator/auth/personas';
import { startEmulator, type RunningEmulator } from '../../emulator/server';
import type { Stored } from '../../ports/store.types';
import { errValue, must, okValue } from '../contract/expect-result';
import { measurementDraft, planDraft, ratingDraft } from '../contract/fixtures';
import { freshEntityId } from '../contract/store-harness';
import { createGraphStore, type GraphStore } from '../graph/graph-store';
import { createSharePointRecordSealer } from './record-sealer';

/*
 * Issue #7 in SharePoint itself: a locked measurement's items are made read-only for everyone
 * (item permissions through PnPjs' SharePoint REST calls), and the emulator's Graph item writes
 * then answer 403 like the tenant.
 */

let emulator: RunningEmulator;
let owner: GraphStore;

beforeAll(async () => {
  emulator = await startEmulator({ dbPath: ':memory:', port: 0, seed: 'empty' });
  owner = storeAs('commander');
});
afterAll(async () => {
  await emulator.close();
});

function storeAs(persona: Persona): GraphStore {
  return createGraphStore({
    graphBaseUrl: emulator.graphBaseUrl,
    siteId: emulator.siteId,
    tokens: { getToken: () => Promise.resolve(emulator.tokenFor(persona)) },
    retry: { sleep: () => Promise.resolve(), maxAttempts: 2 },
  });
}

function sealerAs(persona: Persona) {
  const tokens = { getToken: () => Promise.resolve(emulator.tokenFor(persona)) };
  return createSharePointRecordSealer({
    graphBaseUrl: emulator.graphBaseUrl,
    siteId: emulator.siteId,
    siteUrl: emulator.siteUrl,
    graphTokens: tokens,
    sharePointTokens: tokens,
  });
}

async function measurementWithRatings(lock: 'locked' | 'open') {
  const entityId = freshEntityId('pz-seal');
  const plan = okValue(await owner.createPlanRecord(entityId, 'plan', planDraft(entityId)));
  const report = await owner.saveMeasurementChanges(entityId, [
    { op: 'create', kind: 'measurement', key: 'm', draft: measurementDraft(entityId, plan.id) },
    { op: 'create', kind: 'rating', key: 'r0', draft: ratingDraft('m', 0) },
    { op: 'create', kind: 'rating', key: 'r1', draft: ratingDraft('m', 1) },
    {
      op: 'create',
      kind: 'individualRating',
      key: 'i0',
      draft: {
        measurementId: 'm',
        elementId: 'ins.element.0',
        rater: { displayName: 'Commandant', email: 'cmd@pz.test' },
        value: 3,
        note: '',
      },
    },
  ]);
  for (const outcome of report.outcomes) expect(outcome.result.ok, outcome.key).toBe(true);
  const loaded = okValue(await owner.loadMeasurements(entityId));
  let measurement: Stored<Measurement> = must(loaded.measurements[0]);
  if (lock === 'locked') {
    const locked = await owner.saveMeasurementChanges(entityId, [
      {
        op: 'update',
        kind: 'measurement',
        key: 'lock',
        value: {
          ...measurement.value,
          status: 'locked',
          lockedOn: '2026-03-20T10:00:00Z',
          lockedBy: { displayName: 'Commandant', email: 'cmd@pz.test' },
        },
        etag: measurement.etag,
      },
    ]);
    measurement = okValue(must(locked.outcomes[0]).result) as Stored<Measurement>;
  }
  return { entityId, measurement, ratings: loaded.ratings, ids: report.createdIds };
}

async function graph(persona: Persona, method: 'PATCH' | 'DELETE', path: string, body?: unknown) {
  const response = await fetch(`${emulator.graphBaseUrl}/sites/${emulator.siteId}/lists/${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${emulator.tokenFor(persona)}`,
      'Content-Type': 'application/json',
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, body: text === '' ? null : (JSON.parse(text) as unknown) };
}

describe('sealing a locked measurement (PnPjs against the emulator)', () => {
  it('makes its items read-only for every persona, in Graph too; sealing again changes nothing', async () => {
    const { entityId, measurement, ids } = await measurementWithRatings('locked');
    const first = okValue(await sealerAs('commander').sealMeasurement(measurement.id));
    expect(first).toEqual({
      measurementId: measurement.id,
      total: 4,
      sealedNow: 4,
      alreadySealed: 0,
    });

    const targets = [
      `IntegrityMeasurements/items/${measurement.id}`,
      `IntegrityRatings/items/${must(ids.r0)}`,
      `IntegrityIndividualRatings/items/${must(ids.i0)}`,
    ];
    for (const persona of PERSONAS) {
      for (const target of targets) {
        const patch = await graph(persona, 'PATCH', `${target}/fields`, { Title: 'changed' });
        expect(patch, `${persona} PATCH ${target}`).toMatchObject({
          status: 403,
          body: { error: { code: 'accessDenied' } },
        });
        const envelope = (patch.body as { error: { innerError: Record<string, unknown> } }).error;
        expect(typeof envelope.innerError['request-id']).toBe('string');
        const remove = await graph(persona, 'DELETE', target);
        expect(remove.status, `${persona} DELETE ${target}`).toBe(403);
      }
    }
    // Everyone still reads the record.
    for (const persona of ['commander', 'member', 'aig-reviewer'] as const) {
      const loaded = okValue(await storeAs(persona).loadMeasurements(entityId));
      expect(loaded.ratings, persona).toHaveLength(2);
    }

    const again = okValue(await sealerAs('commander').sealMeasurement(measurement.id));
    expect(again).toMatchObject({ sealedNow: 0, alreadySealed: 4 });
    const byOtherOwner = okValue(
      await sealerAs('integrity-officer').sealMeasurement(measurement.id),
    );
    expect(byOtherOwner).toMatchObject({ sealedNow: 0, alreadySealed: 4 });
  });

  it('leaves the items of other measurements writable', async () => {
    const sealed = await measurementWithRatings('locked');
    okValue(await sealerAs('commander').sealMeasurement(sealed.measurement.id));
    const open = await measurementWithRatings('open');
    const rating = must(open.ratings[0]);
    const report = await owner.saveMeasurementChanges(open.entityId, [
      {
        op: 'update',
        kind: 'rating',
        key: 'r',
        value: { ...rating.value, value: 1 },
        etag: rating.etag,
      },
    ]);
    expect(must(report.outcomes[0]).result.ok).toBe(true);
  });

  it('resumes an interrupted sealing: an item left with the caller as Full Control is finished', async () => {
    const { measurement, ids } = await measurementWithRatings('locked');
    // As if a first run stopped right after breaking inheritance on one rating.
    const broken = await fetch(
      `${emulator.siteUrl}/_api/web/lists/getByTitle('Maturity ratings')/items(${must(ids.r1)})/breakroleinheritance(copyroleassignments=false, clearsubscopes=true)`,
      {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${emulator.tokenFor('commander')}`,
          Accept: 'application/json;odata=nometadata',
        },
      },
    );
    expect(broken.status).toBe(200);
    const sealed = okValue(await sealerAs('commander').sealMeasurement(measurement.id));
    expect(sealed).toMatchObject({ sealedNow: 4, alreadySealed: 0 });
    const patch = await graph(
      'commander',
      'PATCH',
      `IntegrityRatings/items/${must(ids.r1)}/fields`,
      {
        Title: 'changed',
      },
    );
    expect(patch.status).toBe(403);
  });

  it('refuses to seal an open measurement, and a member may not seal', async () => {
    const open = await measurementWithRatings('open');
    expect(
      errValue(await sealerAs('commander').sealMeasurement(open.measurement.id)),
    ).toMatchObject({ code: 'SEAL.FAILED', reason: 'not-locked', sealed: 0 });
    const locked = await measurementWithRatings('locked');
    expect(errValue(await sealerAs('member').sealMeasurement(locked.measurement.id))).toMatchObject(
      {
        code: 'SEAL.FAILED',
        reason: 'forbidden',
        sealed: 0,
        total: 4,
      },
    );
  });

  it('locks through the use-case, then the store and SharePoint both refuse changes', async () => {
    const entityId = freshEntityId('pz-seal');
    const plan = okValue(await owner.createPlanRecord(entityId, 'plan', planDraft(entityId)));
    const created = await owner.saveMeasurementChanges(entityId, [
      { op: 'create', kind: 'measurement', key: 'm', draft: measurementDraft(entityId, plan.id) },
      ...ELEMENT_IDS.map((elementId, n) => ({
        op: 'create' as const,
        kind: 'rating' as const,
        key: `r${n}`,
        draft: { ...ratingDraft('m', n), elementId },
      })),
    ]);
    for (const outcome of created.outcomes) expect(outcome.result.ok, outcome.key).toBe(true);
    const loaded = okValue(await owner.loadMeasurements(entityId));
    const outcome = await lockMeasurement(
      { store: owner, sealer: sealerAs('commander') },
      {
        entityId,
        measurement: must(loaded.measurements[0]),
        ratings: loaded.ratings.map((r) => r.value),
        by: ALICE,
        at: '2026-03-20T10:00:00Z',
        catalogue: FIXTURE_CATALOGUE,
      },
    );
    expect(outcome).toMatchObject({
      kind: 'locked',
      seal: { total: ELEMENT_IDS.length + 1, sealedNow: ELEMENT_IDS.length + 1 },
    });
    const rating = must(loaded.ratings[0]);
    const refused = await owner.saveMeasurementChanges(entityId, [
      {
        op: 'update',
        kind: 'rating',
        key: 'r',
        value: { ...rating.value, value: 1 },
        etag: rating.etag,
      },
    ]);
    expect(errValue(must(refused.outcomes[0]).result).code).toBe('STORE.LOCKED');
    const direct = await graph('commander', 'PATCH', `IntegrityRatings/items/${rating.id}/fields`, {
      RatingValue: '1',
    });
    expect(direct.status).toBe(403);
  });
});

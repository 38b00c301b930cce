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

async function measurementWithRatings(lock: 'locked' | 'open', ratingCount = 2) {
  const entityId = freshEntityId('pz-seal');
  const plan = okValue(await owner.createPlanRecord(entityId, 'plan', planDraft(entityId)));
  const report = await owner.saveMeasurementChanges(entityId, [
    { op: 'create', kind: 'measurement', key: 'm', draft: measurementDraft(entityId, plan.id) },
    ...Array.from({ length: ratingCount }, (_, n) => ({
      op: 'create' as const,
      kind: 'rating' as const,
      key: `r${n}`,
      draft: ratingDraft('m', n),
    })),
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

const RATINGS = "lists/getByTitle('Maturity ratings')";

/** A SharePoint REST call made by hand, outside the sealer (someone editing in the site). */
async function byHand(persona: Persona, method: 'POST', path: string): Promise<number> {
  const response = await fetch(`${emulator.siteUrl}/_api/web/${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${emulator.tokenFor(persona)}`,
      Accept: 'application/json;odata=nometadata',
    },
  });
  return response.status;
}

async function hasOwnPermissions(path: string): Promise<boolean> {
  const response = await fetch(
    `${emulator.siteUrl}/_api/web/${path}?$select=HasUniqueRoleAssignments`,
    {
      headers: {
        Authorization: `Bearer ${emulator.tokenFor('commander')}`,
        Accept: 'application/json;odata=nometadata',
      },
    },
  );
  return ((await response.json()) as { HasUniqueRoleAssignments: boolean })
    .HasUniqueRoleAssignments;
}

/**
 * Runs `seal` while a person edits the site by hand in the middle of it: `edit` runs once, right
 * before the first `$batch` whose body mentions `marker` reaches the emulator (a race the tenant
 * can always produce; here it is made deterministic).
 */
async function withEditBeforeBatch<T>(
  marker: string,
  edit: () => Promise<void>,
  seal: () => Promise<T>,
): Promise<T> {
  const original = globalThis.fetch;
  let pending = true;
  globalThis.fetch = async (input: string | URL | Request, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    const text = typeof init?.body === 'string' ? init.body : '';
    if (pending && url.endsWith('/_api/$batch') && text.includes(marker)) {
      pending = false;
      globalThis.fetch = original;
      await edit();
    }
    return original(input, init);
  };
  try {
    return await seal();
  } finally {
    globalThis.fetch = original;
    expect(pending, `no batch mentioned ${marker}`).toBe(false);
  }
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

  it('tells whether a measurement is sealed in one SharePoint read, for owners and members', async () => {
    const { measurement } = await measurementWithRatings('locked');
    emulator.context.stats.reset();
    expect(okValue(await sealerAs('commander').sealState(measurement.id))).toBe('not-sealed');
    // One REST read of the measurement's item, no Graph call and no batch.
    expect(emulator.context.stats.snapshot()).toMatchObject({
      total: 1,
      byKind: { 'sharepoint.rest': 1 },
    });
    expect(okValue(await sealerAs('member').sealState(measurement.id))).toBe('not-sealed');

    okValue(await sealerAs('commander').sealMeasurement(measurement.id));
    for (const persona of ['commander', 'integrity-officer', 'member'] as const) {
      expect(okValue(await sealerAs(persona).sealState(measurement.id)), persona).toBe('sealed');
    }
    expect(errValue(await sealerAs('commander').sealState('999999'))).toMatchObject({
      code: 'SEAL.CHECK_FAILED',
      reason: 'not-found',
      measurementId: '999999',
    });
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
  it('seals a full measurement (~100 items) in a handful of $batch requests, every item 403 for everyone', async () => {
    const ratingCount = 102;
    const { measurement, ratings, ids } = await measurementWithRatings('locked', ratingCount);
    expect(ratings).toHaveLength(ratingCount);
    emulator.context.stats.reset();
    const sealed = okValue(await sealerAs('commander').sealMeasurement(measurement.id));
    const stats = emulator.context.stats.snapshot();
    expect(sealed).toEqual({
      measurementId: measurement.id,
      total: ratingCount + 2,
      sealedNow: ratingCount + 2,
      alreadySealed: 0,
    });
    // Per item the old code sent ~7 requests (~730 here); batched, SharePoint sees only
    // `$batch` envelopes of at most 100 requests, plus the few Graph reads that list the items.
    expect(stats.total).toBeLessThanOrEqual(20);
    expect(stats.byKind['sharepoint.rest']).toBeUndefined();
    const batches = stats.byMethodAndKind['POST sharepoint.batch'] ?? 0;
    expect(batches).toBeGreaterThan(0);
    expect(stats.batchInner.byKind['sharepoint.rest']).toBeGreaterThanOrEqual(
      (ratingCount + 2) * 7,
    );
    expect(stats.batchInner.total).toBeLessThanOrEqual(batches * 100);

    const targets = [
      `IntegrityMeasurements/items/${measurement.id}`,
      ...ratings.map((r) => `IntegrityRatings/items/${r.id}`),
      `IntegrityIndividualRatings/items/${must(ids.i0)}`,
    ];
    for (const persona of PERSONAS) {
      for (const target of targets) {
        const patch = await graph(persona, 'PATCH', `${target}/fields`, { Title: 'changed' });
        expect(patch.status, `${persona} PATCH ${target}`).toBe(403);
      }
    }
  });

  it('seals the others when one item’s part of a batch fails, names it, and a second run finishes', async () => {
    const { measurement, ids } = await measurementWithRatings('locked');
    const victim = must(ids.r1);
    // Mid-run another owner re-permissions one rating by hand: the owners group keeps only
    // Contribute on it, so the commander's requests for that item answer 403.
    const first = await withEditBeforeBatch(
      `items(${victim})/breakroleinheritance`,
      async () => {
        expect(
          await byHand(
            'integrity-officer',
            'POST',
            `${RATINGS}/items(${victim})/breakroleinheritance(copyroleassignments=false, clearsubscopes=true)`,
          ),
        ).toBe(200);
        expect(
          await byHand(
            'integrity-officer',
            'POST',
            `${RATINGS}/items(${victim})/roleassignments/addroleassignment(principalid=3, roledefid=1073741827)`,
          ),
        ).toBe(200);
      },
      () => sealerAs('commander').sealMeasurement(measurement.id),
    );
    expect(errValue(first)).toMatchObject({
      code: 'SEAL.FAILED',
      reason: 'forbidden',
      sealed: 2,
      total: 4,
      details: { failedItems: `IntegrityRatings#${victim}` },
    });
    // The other rating and the individual rating are sealed; the measurement's own item waits
    // (it is sealed last, only once everything under it is), and the victim is still editable.
    for (const target of [
      `IntegrityRatings/items/${must(ids.r0)}`,
      `IntegrityIndividualRatings/items/${must(ids.i0)}`,
    ]) {
      expect((await graph('commander', 'PATCH', `${target}/fields`, { Title: 'x' })).status).toBe(
        403,
      );
    }
    expect(
      await hasOwnPermissions(`lists/getByTitle('Maturity measurements')/items(${measurement.id})`),
    ).toBe(false);
    // Sealed in part: the measurement's item is still open, so the measurement reads not sealed.
    expect(okValue(await sealerAs('commander').sealState(measurement.id))).toBe('not-sealed');
    const victimPatch = await graph(
      'commander',
      'PATCH',
      `IntegrityRatings/items/${victim}/fields`,
      {
        Title: 'still editable',
      },
    );
    expect(victimPatch.status).toBe(200);

    // The officer undoes the hand edit; sealing again seals what was left and skips the rest.
    expect(
      await byHand('integrity-officer', 'POST', `${RATINGS}/items(${victim})/resetroleinheritance`),
    ).toBe(200);
    const second = okValue(await sealerAs('commander').sealMeasurement(measurement.id));
    expect(second).toEqual({
      measurementId: measurement.id,
      total: 4,
      sealedNow: 2,
      alreadySealed: 2,
    });
    expect(okValue(await sealerAs('commander').sealState(measurement.id))).toBe('sealed');
    for (const target of [
      `IntegrityRatings/items/${victim}`,
      `IntegrityMeasurements/items/${measurement.id}`,
    ]) {
      expect((await graph('member', 'PATCH', `${target}/fields`, { Title: 'x' })).status).toBe(403);
      expect((await graph('commander', 'PATCH', `${target}/fields`, { Title: 'x' })).status).toBe(
        403,
      );
    }
  });

  it('counts an item deleted by hand mid-run as gone and seals the others', async () => {
    const { measurement, ids } = await measurementWithRatings('locked');
    const victim = must(ids.r1);
    const report = await withEditBeforeBatch(
      `items(${victim})/breakroleinheritance`,
      async () => {
        expect(
          (await graph('commander', 'DELETE', `IntegrityRatings/items/${victim}`)).status,
        ).toBe(204);
      },
      () => sealerAs('commander').sealMeasurement(measurement.id),
    );
    expect(okValue(report)).toEqual({
      measurementId: measurement.id,
      total: 3,
      sealedNow: 3,
      alreadySealed: 0,
    });
    const other = await graph(
      'commander',
      'PATCH',
      `IntegrityRatings/items/${must(ids.r0)}/fields`,
      {
        Title: 'x',
      },
    );
    expect(other.status).toBe(403);
  });
});

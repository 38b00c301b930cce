import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LISTS_MANIFEST } from '../../../manifest/manifest';
import { createGraphStore } from '../../adapters/graph/graph-store';
import { CATALOGUE } from '../../core/catalogue/catalogue';
import { SYSTEM_FIELDS, fieldKey } from '../graph/field-values';
import { body, startTestEmulator, type TestEmulator } from '../test-support/emulator-harness';

let emu: TestEmulator;
type Item = {
  id: string;
  fields: Record<string, unknown>;
  lastModifiedBy: { user?: { displayName?: string } };
};

beforeAll(async () => {
  emu = await startTestEmulator();
});
afterAll(async () => {
  await emu.close();
});

async function all(list: string): Promise<Item[]> {
  const page = await body<{ value: Item[] }>(
    await emu.graph('commander', `${emu.listPath(list)}/items?expand=fields&$top=5000`),
  );
  return page.value;
}

const catalogueIds = new Set(CATALOGUE.map((e) => e.id));
const lines = (value: unknown): string[] =>
  (typeof value === 'string' ? value : '').split('\n').filter((l) => l !== '');

describe('the PZ Demo seed', () => {
  it('has one adopted plan for 2026-01-01 → 2029-12-31 with its draft as version 1', async () => {
    const plans = await all('IntegrityPlans');
    expect(plans).toHaveLength(1);
    expect(plans[0]?.fields).toMatchObject({
      EntityId: 'pz-demo',
      PlanStatus: 'adopted',
      PeriodStart: '2026-01-01T00:00:00Z',
      PeriodEnd: '2029-12-31T00:00:00Z',
      _UIVersionString: '2.0',
    });
  });

  it('has 2 strategic and 4 operational objectives, and at least 10 actions under them', async () => {
    const objectives = await all('IntegrityObjectives');
    const strategic = objectives.filter((o) => o.fields.ObjectiveLevel === 'strategic');
    const operational = objectives.filter((o) => o.fields.ObjectiveLevel === 'operational');
    expect(strategic).toHaveLength(2);
    expect(operational).toHaveLength(4);
    const strategicIds = new Set(strategic.map((s) => s.id));
    expect(operational.every((o) => strategicIds.has(String(o.fields.ParentRef)))).toBe(true);
    expect(operational.map((o) => o.fields.Title)).toContain(
      '-10 % klachten over onrechtmatige consultatie van databanken tegen eind 2027',
    );
    const actions = await all('IntegrityActions');
    expect(actions.length).toBeGreaterThanOrEqual(10);
    const operationalIds = new Set(operational.map((o) => o.id));
    expect(actions.every((a) => operationalIds.has(String(a.fields.ObjectiveRef)))).toBe(true);
    for (const row of [...objectives, ...actions]) {
      for (const id of lines(row.fields.ElementIds)) expect(catalogueIds.has(id), id).toBe(true);
    }
  });

  it('has a locked baseline rating every catalogue element and an open annual rating about half', async () => {
    const measurements = await all('IntegrityMeasurements');
    const baseline = measurements.find((m) => m.fields.MeasurementKind === 'baseline');
    const annual = measurements.find((m) => m.fields.MeasurementKind === 'annual');
    expect(baseline?.fields).toMatchObject({
      MeasurementStatus: 'locked',
      LockedByName: 'Marc Janssens',
    });
    expect(annual?.fields).toMatchObject({ MeasurementStatus: 'open' });
    const ratings = await all('IntegrityRatings');
    const of = (m: Item | undefined): Item[] =>
      ratings.filter((r) => r.fields.MeasurementRef === m?.id);
    expect(new Set(of(baseline).map((r) => r.fields.ElementId))).toEqual(catalogueIds);
    expect(of(baseline)).toHaveLength(CATALOGUE.length);
    const share = of(annual).length / CATALOGUE.length;
    expect(share).toBeGreaterThan(0.4);
    expect(share).toBeLessThan(0.6);
    const allowed = new Set(['1', '2', '3', '4', '5', 'not-assessed', 'not-applicable']);
    expect(ratings.every((r) => allowed.has(String(r.fields.RatingValue)))).toBe(true);
  });

  it('has the entity’s settings: nl, channel General, day 1 at 9', async () => {
    const settings = await all('IntegritySettings');
    expect(settings).toHaveLength(1);
    expect(settings[0]?.fields).toMatchObject({
      EntityId: 'pz-demo',
      Languages: 'nl',
      ChannelName: 'General',
      DayOfMonth: 1,
      ReminderHour: 9,
    });
  });

  it('keeps every seeded row to the manifest: known columns only, required ones filled', async () => {
    for (const definition of LISTS_MANIFEST.lists) {
      const known = new Set([
        'Title',
        ...definition.columns.map(fieldKey),
        ...SYSTEM_FIELDS,
        '@odata.etag',
      ]);
      const required = definition.columns.filter((c) => c.required).map(fieldKey);
      for (const item of await all(definition.name)) {
        for (const key of Object.keys(item.fields))
          expect(known.has(key), `${definition.name}.${key}`).toBe(true);
        for (const key of ['Title', ...required])
          expect(item.fields[key], `${definition.name}.${key}`).toBeDefined();
      }
    }
  });

  it('shows one hand edit made in SharePoint’s form (date-only at Brussels midnight)', async () => {
    const objectives = await all('IntegrityObjectives');
    const edited = objectives.find(
      (o) => o.lastModifiedBy.user?.displayName === 'SharePoint UI (hand edit)',
    );
    expect(edited?.fields.IndicatorUpdatedOn).toBe('2026-09-30T22:00:00Z');
  });

  it('reads as a valid plan through the tab’s Graph store, with its plan-wide arrangements', async () => {
    const store = createGraphStore({
      graphBaseUrl: emu.graphBaseUrl,
      siteId: emu.siteId,
      tokens: { getToken: () => Promise.resolve(emu.tokenFor('commander')) },
    });
    const loaded = await store.loadPlans('pz-demo');
    if (!loaded.ok) throw new Error(loaded.error.code);
    expect(loaded.value.invalid).toEqual([]);
    const [bundle] = loaded.value.bundles;
    expect(bundle?.arrangements).toHaveLength(6);
    // Section 6's follow-up of the whole plan and section 7's communication concern no one objective.
    const planWide = bundle?.arrangements
      .filter((a) => a.value.objectiveId === null)
      .map((a) => a.value.kind)
      .sort();
    expect(planWide).toEqual(['communication', 'communication', 'evaluation']);
  });

  it('reseeds on POST /_emulator/reset', async () => {
    const extra = await emu.raw('/_emulator/raw/IntegrityPlans', {
      method: 'POST',
      body: JSON.stringify({ Title: 'Extra' }),
    });
    expect(extra.status).toBe(201);
    expect(await all('IntegrityPlans')).toHaveLength(2);
    expect((await emu.raw('/_emulator/reset', { method: 'POST' })).status).toBe(200);
    expect(await all('IntegrityPlans')).toHaveLength(1);
  });
});

describe('the fresh seed (a team that has just added the tab)', () => {
  let fresh: TestEmulator;
  beforeAll(async () => {
    fresh = await startTestEmulator({ seed: 'fresh' });
  });
  afterAll(async () => {
    await fresh.close();
  });

  async function count(list: string): Promise<number> {
    const page = await body<{ value: Item[] }>(
      await fresh.graph('commander', `${fresh.listPath(list)}/items?expand=fields&$top=5000`),
    );
    return page.value.length;
  }

  it('has the entity’s settings and every list, but no plan, measurement or log yet', async () => {
    expect(await count('IntegritySettings')).toBe(1);
    for (const definition of LISTS_MANIFEST.lists) {
      if (definition.name === 'IntegritySettings') continue;
      expect(await count(definition.name), definition.name).toBe(0);
    }
  });
});

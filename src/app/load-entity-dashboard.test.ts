import { describe, expect, it } from 'vitest';
import type { Measurement, Rating } from '../core/maturity/maturity.types';
import type { Plan } from '../core/plan/plan.types';
import type { EntityDashboardData, EntityDashboardReader } from '../ports/dashboard-reader';
import type { InvalidRecord, Stored } from '../ports/store.types';
import { loadEntityDashboard } from './load-entity-dashboard';

function stored<T>(id: string, value: T): Stored<T> {
  return { id, value, etag: `"g,${id}"`, version: '1.0', modifiedAt: null, modifiedBy: null };
}

function plan(id: string, status: Plan['status'], periodStart: string): Stored<Plan> {
  return stored(id, {
    id,
    entityId: 'pz',
    title: `Plan ${id}`,
    status,
    adoptedOn: status === 'draft' ? null : '2026-01-10',
    identification: {
      entityName: 'PZ',
      periodStart,
      periodEnd: '2031-12-31',
      mandateHolder: { lastName: 'P', firstName: 'A', grade: 'hc' },
    },
    vision: {
      ambition: '',
      coreValues: '',
      needs: '',
      vulnerableProcesses: '',
      recommendations: '',
    },
  });
}

function measurement(id: string, planId: string, date: string, corrects: string | null = null) {
  const value: Measurement = {
    id,
    entityId: 'pz',
    planId,
    kind: 'annual',
    date,
    status: 'locked',
    mode: 'single',
    lockedOn: `${date}T12:00:00Z`,
    lockedBy: null,
    correctsMeasurementId: corrects,
  };
  return stored(id, value);
}

function rating(id: string, measurementId: string): Stored<Rating> {
  return stored(id, {
    id,
    measurementId,
    elementId: 'ins.x',
    value: 3,
    target: null,
    evidenceNote: '',
    evidenceLinks: [],
    rater: null,
    dissent: '',
  });
}

const bundle = (p: Stored<Plan>) => ({
  plan: p,
  strategicObjectives: [],
  objectives: [],
  actions: [],
  arrangements: [],
});
const empty = { strategicObjectives: [], objectives: [], actions: [], arrangements: [] };
const invalidSettings: InvalidRecord = {
  kind: 'settings',
  id: '3',
  etag: '"s,2"',
  reason: 'languages: two different languages',
  issues: [{ field: 'languages', message: 'two different languages' }],
  raw: { Languages: 'nl,nl' },
};

function reader(data: EntityDashboardData): EntityDashboardReader {
  return { loadEntityDashboard: () => Promise.resolve({ ok: true, value: data }) };
}

describe('loadEntityDashboard', () => {
  it('leads with the adopted plan, its effective measurements and the latest ratings', async () => {
    const adopted = plan('1', 'adopted', '2026-01-01');
    const draft = plan('2', 'draft', '2032-01-01');
    const archived = plan('3', 'archived', '2020-01-01');
    const result = await loadEntityDashboard(
      reader({
        plans: {
          bundles: [bundle(archived), bundle(draft), bundle(adopted)],
          unattached: empty,
          invalid: [],
        },
        measurements: {
          measurements: [
            measurement('10', '1', '2026-03-01'),
            measurement('11', '1', '2027-03-01'),
            measurement('12', '1', '2027-04-01', '11'),
            measurement('13', '2', '2028-03-01'),
          ],
          ratings: [rating('20', '10'), rating('21', '11'), rating('22', '12'), rating('23', '12')],
          invalid: [],
        },
        settings: invalidSettings,
      }),
      'pz',
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const d = result.value;
    expect(d.currentPlan?.plan.id).toBe('1');
    expect(d.otherPlans.map((b) => b.plan.id)).toEqual(['3', '2']);
    expect(d.measurements.map((m) => m.id)).toEqual(['10', '12']);
    expect(d.latestMeasurement?.id).toBe('12');
    expect(d.latestRatings.map((r) => r.id)).toEqual(['22', '23']);
    expect(d.settings).toBeNull();
    expect(d.invalid).toEqual([invalidSettings]);
  });

  it('passes a store failure through', async () => {
    const failing: EntityDashboardReader = {
      loadEntityDashboard: () =>
        Promise.resolve({
          ok: false,
          error: { code: 'STORE.NETWORK', kind: null, id: null, attempts: 5 },
        }),
    };
    expect(await loadEntityDashboard(failing, 'pz')).toMatchObject({
      ok: false,
      error: { code: 'STORE.NETWORK' },
    });
  });
});

// @vitest-environment happy-dom
import { screen, within } from '@testing-library/react';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createGraphStore } from '../../../adapters/graph/graph-store';
import { loadEntityDashboard } from '../../../app/load-entity-dashboard';
import { CATALOGUE } from '../../../core/catalogue/catalogue';
import { PILLARS } from '../../../core/catalogue/catalogue.types';
import { computeBalance } from '../../../core/diagnostics/balance';
import type { Measurement, Rating } from '../../../core/maturity/maturity.types';
import { isRated, ratingValueLabel } from '../../../core/maturity/scale';
import type { PlanBundle } from '../../../core/plan/plan.types';
import { aggregateMeasurement } from '../../../core/scoring/aggregates';
import { renderEmulatorTab, startDemoEmulator } from '../../test-support/emulator-tab';
import { signInAs } from '../../test-support/sign-in';

const DEMO_ENTITY = 'pz-demo';

// The type only: importing src/emulator from src/web breaks the layer rules, even for a type.
type Emulator = Awaited<ReturnType<typeof startDemoEmulator>>;
let emulator: Emulator;

type DemoDashboard = {
  readonly bundle: PlanBundle;
  readonly measurements: readonly Measurement[];
  readonly ratings: readonly Rating[];
  readonly baselineRatings: readonly Rating[];
};

/** What the seeded emulator holds, read straight through the Graph store, not through the page. */
async function readDemoDashboard(): Promise<DemoDashboard> {
  const store = createGraphStore({
    graphBaseUrl: emulator.graphBaseUrl,
    siteId: emulator.siteId,
    tokens: { getToken: () => Promise.resolve(emulator.tokenFor('commander')) },
  });
  const raw = await store.loadEntityDashboard(DEMO_ENTITY);
  const loaded = await loadEntityDashboard(store, DEMO_ENTITY);
  if (!raw.ok || !loaded.ok || loaded.value.currentPlan === null) throw new Error('no demo plan');
  const bundle = loaded.value.currentPlan;
  const measurements = loaded.value.measurements.map((m) => m.value);
  const ratings = raw.value.measurements.ratings.map((r) => r.value);
  const baseline = measurements.find((m) => m.kind === 'baseline')!;
  return {
    bundle: {
      plan: bundle.plan.value,
      strategicObjectives: bundle.strategicObjectives.map((s) => s.value),
      objectives: bundle.objectives.map((s) => s.value),
      actions: bundle.actions.map((s) => s.value),
      arrangements: bundle.arrangements.map((s) => s.value),
    },
    measurements,
    ratings,
    baselineRatings: ratings.filter((r) => r.measurementId === baseline.id),
  };
}

beforeAll(async () => {
  emulator = await startDemoEmulator();
});

afterAll(async () => {
  await emulator.close();
});

beforeEach(() => {
  localStorage.clear();
});

async function openDashboard(): Promise<HTMLElement> {
  window.location.hash = '#/dashboard';
  const { user } = renderEmulatorTab(emulator);
  await signInAs(user, 'Team member');
  return screen.findByTestId('dashboard-ready', {}, { timeout: 15_000 });
}

describe('DashboardPage on the emulator', () => {
  it('shows every seeded baseline value in the heatmap table', async () => {
    const demo = await readDemoDashboard();
    await openDashboard();
    const table = screen.getByRole('table', { name: 'Maturity matrix' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers[1]).toMatch(/^Baseline of .* \(locked\)$/);

    for (const rating of demo.baselineRatings) {
      const element = CATALOGUE.find((e) => e.id === rating.elementId)!;
      const row = within(table).getByRole('rowheader', { name: element.label.en }).closest('tr')!;
      const cells = within(row).getAllByRole('cell');
      const expected = isRated(rating.value)
        ? `${rating.value} ${ratingValueLabel(rating.value).en}`
        : ratingValueLabel(rating.value).en;
      expect(cells[0]).toHaveTextContent(expected);
    }
    expect(within(table).getAllByText('Not applicable').length).toBeGreaterThan(0);
  });

  it('shows per-pillar medians equal to the core aggregates in the evolution table', async () => {
    const demo = await readDemoDashboard();
    await openDashboard();
    const table = screen.getByRole('table', {
      name: /Median level per pillar in each measurement/,
    });
    demo.measurements.forEach((measurement, column) => {
      const aggregates = aggregateMeasurement(CATALOGUE, measurement.id, demo.ratings);
      for (const pillar of PILLARS) {
        const label = pillar[0]!.toUpperCase() + pillar.slice(1);
        const row = within(table).getByRole('rowheader', { name: label }).closest('tr')!;
        const cell = within(row).getAllByRole('cell')[column]!;
        const median = aggregates.byPillar[pillar].median;
        expect(cell.textContent).toMatch(
          median === null ? 'None rated' : new RegExp(`^${String(median)} \\(minimum`),
        );
      }
    });
  });

  it('shows the balance figures the core computes', async () => {
    const demo = await readDemoDashboard();
    const balance = computeBalance(demo.bundle, CATALOGUE);
    await openDashboard();
    const percent = (share: number | null): string =>
      share === null ? 'None rated' : `${Math.round(share * 100)}%`;
    const approach = screen.getByRole('table', { name: /Controlling and stimulating share/ });
    const actionsRow = within(approach)
      .getByRole('rowheader', { name: `Actions (${balance.approach.actions.counted})` })
      .closest('tr')!;
    expect(
      within(actionsRow)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual([
      percent(balance.approach.actions.controllingShare),
      percent(balance.approach.actions.stimulatingShare),
    ]);
    const coverage = screen.getByRole('table', {
      name: 'Core and complementary elements in the plan',
    });
    const core = within(coverage).getByRole('rowheader', { name: 'Core' }).closest('tr')!;
    expect(within(core).getByRole('cell')).toHaveTextContent(
      `${balance.layers.core.linked} of ${balance.layers.core.total} (${percent(balance.layers.core.share)})`,
    );
    const functions = screen.getByRole('table', { name: 'Coverage of the four IMF functions' });
    expect(
      within(functions)
        .getAllByText(/^(Covered|Missing)$/)
        .map((c) => c.textContent),
    ).toEqual(
      balance.functions.byFunction.map((f) => (f.status === 'covered' ? 'Covered' : 'Missing')),
    );
  });

  it('lists the weak spots of the latest measurement and the actions by status', async () => {
    const demo = await readDemoDashboard();
    await openDashboard();
    expect(screen.getByRole('region', { name: 'Weak spots' })).toHaveTextContent(
      /Core elements at level 2 or lower/,
    );
    const statuses = screen.getByRole('table', { name: 'Number of plan actions per status' });
    const done = within(statuses).getByRole('rowheader', { name: 'Done' }).closest('tr')!;
    expect(within(done).getByRole('cell')).toHaveTextContent(
      String(demo.bundle.actions.filter((a) => a.status === 'done').length),
    );
  });
});

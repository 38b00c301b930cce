// @vitest-environment happy-dom
import { screen, within } from '@testing-library/react';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../../emulator/server';
import { renderEmulatorTab, startDemoEmulator } from '../../test-support/emulator-tab';
import { signInAs } from '../../test-support/sign-in';

let emulator: RunningEmulator;

beforeAll(async () => {
  emulator = await startDemoEmulator();
});

afterAll(async () => {
  await emulator.close();
});

beforeEach(async () => {
  window.location.hash = '';
  localStorage.clear();
  await fetch(`${emulator.url}/_emulator/reset`, { method: 'POST' });
  emulator.setFaults(null);
});

// 1 December 2026, 10:00 in Brussels: the annual measurement's window has just opened.
const DECEMBER = new Date('2026-12-01T09:00:00Z');

describe('HomePage', () => {
  it("gives today's date in Brussels, where midnight may already have passed", async () => {
    // 22:30 UTC on 1 October is 00:30 on 2 October in Brussels (CEST).
    const { user } = renderEmulatorTab(emulator, { now: new Date('2025-10-01T22:30:00Z') });
    await signInAs(user, 'Mandate holder');

    expect(await screen.findByText('Today is Thursday, 2 October 2025.')).toBeInTheDocument();
  });

  it('shows the team and channel the tab is open in', async () => {
    const { user } = renderEmulatorTab(emulator);
    await signInAs(user, 'Mandate holder');

    const where = await screen.findByRole('region', { name: 'Where you are' });
    expect(
      within(where)
        .getAllByRole('term')
        .map((item) => item.textContent),
    ).toEqual(['Team', 'Channel']);
    expect(
      within(where)
        .getAllByRole('definition')
        .map((item) => item.textContent),
    ).toEqual(['PZ Demo', 'Algemeen']);
  });

  it('explains that the plan belongs to a team when opened outside one', async () => {
    const { user } = renderEmulatorTab(emulator, {
      context: { mode: 'browser', team: null, channel: null, entityId: null },
    });
    await signInAs(user, 'Team member');

    const where = await screen.findByRole('region', { name: 'Where you are' });
    expect(where).toHaveTextContent("Open it in your entity's team");
    expect(
      screen.getByText(
        'Local demo: the data comes from the local Microsoft 365 emulator, not from a tenant.',
      ),
    ).toBeInTheDocument();
  });

  it('summarises the seeded plan: phase, measurement due, overdue actions and objectives at risk', async () => {
    const { user } = renderEmulatorTab(emulator, { now: DECEMBER });
    await signInAs(user, 'Integrity officer');

    const summary = await screen.findByRole('region', { name: 'The plan at a glance' });
    expect(await within(summary).findByText('Phase: Check')).toBeInTheDocument();
    expect(
      within(summary).getByText('Plan period 1 January 2026 – 31 December 2029'),
    ).toBeVisible();
    expect(within(summary).getByRole('link', { name: 'Open the plan' })).toHaveAttribute(
      'href',
      '#/plan',
    );

    const next = within(summary).getByRole('region', { name: 'Next measurement' });
    const measurement = within(next).getByRole('link', {
      name: 'Annual measurement due on 1 January 2027 (due now)',
    });
    // The seeded annual measurement (still open) records it.
    expect(measurement.getAttribute('href')).toMatch(/^#\/measurement\/.+/);

    const overdue = within(summary).getByRole('region', { name: 'Overdue actions' });
    const items = within(overdue)
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(items).toEqual([
      'Integriteit als vast agendapunt in het maandelijkse teamoverleg: due on 30 June 2026, owner Marc Janssens',
      'Procedure bij vastgestelde onrechtmatige consultatie herzien: due on 31 October 2026, owner Sofie Claes',
    ]);
    expect(within(overdue).getAllByRole('link')[0]?.getAttribute('href')).toMatch(
      /^#\/plan\/objective\/.+/,
    );

    const risk = within(summary).getByRole('region', { name: 'Objectives at risk' });
    expect(risk).toHaveTextContent(
      /-10 % klachten over onrechtmatige consultatie van databanken tegen eind 2027: Indicator not updated since 1 July 2026/,
    );
  });

  it('points to the plan when the entity has none yet', async () => {
    // The store answers as for an entity whose plans are all still to be written.
    const { user } = renderEmulatorTab(emulator, {
      now: DECEMBER,
      store: (store) => ({
        ...store,
        loadEntityDashboard: async (entityId) => {
          const loaded = await store.loadEntityDashboard(entityId);
          if (!loaded.ok) return loaded;
          return {
            ok: true,
            value: { ...loaded.value, plans: { ...loaded.value.plans, bundles: [] } },
          };
        },
      }),
    });
    await signInAs(user, 'Mandate holder');

    const summary = await screen.findByRole('region', { name: 'The plan at a glance' });
    expect(
      await within(summary).findByText(
        'There is no plan for this entity yet. Start it in the Plan section.',
      ),
    ).toBeInTheDocument();
  });
});

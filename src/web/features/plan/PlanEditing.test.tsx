// @vitest-environment happy-dom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createGraphStore } from '../../../adapters/graph/graph-store';
import type { RunningEmulator } from '../../../emulator/server';
import type { TabServices } from '../../providers/tab-services';
import { rawEdit, renderEmulatorTab, startDemoEmulator } from '../../test-support/emulator-tab';
import { withoutAnimations } from '../../test-support/no-animations';
import { signInAs } from '../../test-support/sign-in';

let emulator: RunningEmulator;

withoutAnimations();

beforeAll(async () => {
  emulator = await startDemoEmulator();
});

afterAll(async () => {
  await emulator.close();
});

beforeEach(async () => {
  localStorage.clear();
  await fetch(`${emulator.url}/_emulator/reset`, { method: 'POST' });
  emulator.setFaults(null);
});

const SAVED = { timeout: 8000 };

async function openPlan(persona = 'Integrity officer') {
  window.location.hash = '#/plan';
  const tab = renderEmulatorTab(emulator);
  await signInAs(tab.user, persona);
  await screen.findByRole('region', { name: '1. Identification' });
  return tab;
}

function go(href: string): void {
  window.location.hash = href;
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

async function plans(services: TabServices) {
  const data = await services.data();
  if (!data.ok) throw new Error('no data');
  const loaded = await data.value.store.loadPlans('pz-demo');
  if (!loaded.ok) throw new Error('no plans');
  const [bundle] = loaded.value.bundles;
  if (bundle === undefined) throw new Error('no plan');
  return bundle;
}

async function add(
  user: UserEvent,
  scope: HTMLElement,
  field: string,
  text: string,
  button: string,
) {
  await user.type(within(scope).getByRole('textbox', { name: field }), text);
  await user.click(within(scope).getByRole('button', { name: button }));
}

describe('Creating and deleting in the plan editor', () => {
  // A long walk through the editor (four records, each saved): on two busy cores it has taken over
  // 20 s, the default timeout.
  it('adds a strategic objective, an operational objective, an action and arrangements', async () => {
    const { user, services } = await openPlan();
    const objectives = screen.getByRole('region', {
      name: '2. Strategic and operational objectives',
    });
    await add(
      user,
      objectives,
      'Title of the new strategic objective',
      'Transparante aankopen',
      'Add strategic objective',
    );
    const strategic = await screen.findByRole('region', {
      name: 'Strategic objective 3: Transparante aankopen',
    });
    await add(
      user,
      strategic,
      'Title of the new operational objective',
      'Elke aankoop boven 5 000 EUR met twee offertes',
      'Add operational objective',
    );
    const open = await within(strategic).findByRole('link', {
      name: 'Open “Elke aankoop boven 5 000 EUR met twee offertes”',
    });
    let bundle = await plans(services);
    const created = bundle.objectives.find(
      (o) => o.value.title === 'Elke aankoop boven 5 000 EUR met twee offertes',
    );
    expect(created?.value.strategicObjectiveId).toBe(
      bundle.strategicObjectives.find((s) => s.value.title === 'Transparante aankopen')?.id,
    );

    go(open.getAttribute('href') ?? '');
    await screen.findByRole('textbox', { name: 'Unit' });
    const instruments = screen.getByRole('region', { name: '3. Instruments and actions' });
    await add(user, instruments, 'Title of the new action', 'Offertesjabloon', 'Add action');
    const action = await screen.findByRole('group', { name: 'Action: Offertesjabloon' });
    await user.type(within(action).getByLabelText('Due date (Offertesjabloon)'), '2026-09-30');
    await user.type(
      within(action).getByRole('spinbutton', { name: 'Hours (Offertesjabloon)' }),
      '12',
    );
    await user.selectOptions(
      within(action).getByRole('combobox', { name: 'Status (Offertesjabloon)' }),
      'in-progress',
    );
    await user.click(
      within(action).getByRole('button', {
        name: 'Choose instruments, processes and structures (Offertesjabloon)',
      }),
    );
    const picker = within(action).getByRole('group', {
      name: 'Instruments, processes and structures (Offertesjabloon)',
    });
    await user.selectOptions(
      within(picker).getByRole('combobox', { name: 'Function' }),
      'determine',
    );
    const [firstElement] = within(picker).getAllByRole('checkbox');
    if (firstElement === undefined) throw new Error('no element');
    await user.click(firstElement);

    const actors = screen.getByRole('region', { name: '4. Actors' });
    await add(user, actors, 'Name of the new actor', 'Aankoopdienst', 'Add actor');
    await within(actors).findByDisplayValue('Aankoopdienst');
    const monitoring = screen.getByRole('region', { name: '5. Monitoring' });
    await user.click(
      within(monitoring).getByRole('button', { name: 'Add monitoring arrangement' }),
    );
    await within(monitoring).findByRole('button', {
      name: 'Delete arrangement 1 of “5. Monitoring”',
    });
    await screen.findByText('All changes are saved.', {}, SAVED);

    await waitFor(async () => {
      bundle = await plans(services);
      const stored = bundle.actions.find((a) => a.value.title === 'Offertesjabloon')?.value;
      expect(stored).toMatchObject({
        objectiveId: created?.id,
        dueDate: '2026-09-30',
        hours: 12,
        status: 'in-progress',
      });
      expect(stored?.elementIds).toHaveLength(1);
    }, SAVED);
    expect(
      bundle.arrangements
        .filter((a) => a.value.objectiveId === created?.id)
        .map((a) => a.value.kind)
        .sort(),
    ).toEqual(['actor', 'monitoring']);
  }, 60_000);

  it('deletes an action, then a strategic objective with everything under it', async () => {
    const { user, services } = await openPlan();
    const before = await plans(services);
    const link = await screen.findByRole('link', { name: /Elk team voert minstens twee/ });
    const objectiveId = decodeURIComponent(link.getAttribute('href')?.split('/').pop() ?? '');
    const [firstAction] = before.actions.filter((a) => a.value.objectiveId === objectiveId);
    if (firstAction === undefined) throw new Error('no action');

    go(link.getAttribute('href') ?? '');
    await user.click(
      await screen.findByRole('button', { name: `Delete action “${firstAction.value.title}”` }),
    );
    const confirm = await screen.findByRole('alertdialog', {
      name: `Delete “${firstAction.value.title}”?`,
    });
    await user.click(within(confirm).getByRole('button', { name: 'Delete' }));
    await waitFor(() => {
      expect(
        screen.queryByRole('group', { name: `Action: ${firstAction.value.title}` }),
      ).not.toBeInTheDocument();
    });
    // The screen drops the action at once; the store's delete (a read of the plan's status, then
    // the write) lands a moment later.
    await waitFor(
      async () => {
        expect((await plans(services)).actions.some((a) => a.id === firstAction.id)).toBe(false);
      },
      { timeout: 10_000 },
    );

    go('#/plan');
    const strategic = before.strategicObjectives.find((s) =>
      before.objectives.some((o) => o.id === objectiveId && o.value.strategicObjectiveId === s.id),
    );
    if (strategic === undefined) throw new Error('no strategic objective');
    await user.click(
      await screen.findByRole('button', {
        name: `Delete strategic objective “${strategic.value.title}”`,
      }),
    );
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog).toHaveTextContent(/with \d+ items under it/);
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await screen.findByText('All changes are saved.', {}, SAVED);

    const after = await plans(services);
    expect(after.strategicObjectives.map((s) => s.id)).not.toContain(strategic.id);
    expect(after.objectives.some((o) => o.value.strategicObjectiveId === strategic.id)).toBe(false);
    expect(after.actions.some((a) => a.value.objectiveId === objectiveId)).toBe(false);
  });

  it('starts a plan for an entity that has none', async () => {
    const tab = await openPlan('Mandate holder');
    const planId = (await plans(tab.services)).plan.id;
    tab.unmount();
    await rawEdit(emulator, 'IntegrityPlans', planId, { PlanStatus: 'archived' });

    window.location.hash = '#/plan';
    const { user } = renderEmulatorTab(emulator);
    await signInAs(user, 'Mandate holder');
    const form = await screen.findByRole('form', { name: 'Start a plan' });
    expect(within(form).getByRole('textbox', { name: 'Entity' })).toHaveValue('PZ Demo');
    await user.click(within(form).getByRole('button', { name: 'Start a plan' }));
    expect(
      await within(form).findByText('The field Title of the plan is required.'),
    ).toBeInTheDocument();

    await user.type(within(form).getByRole('textbox', { name: 'Title of the plan' }), 'Plan 2030');
    await user.type(within(form).getByRole('textbox', { name: 'Last name' }), 'Janssens');
    await user.click(within(form).getByRole('button', { name: 'Start a plan' }));
    await waitFor(() => {
      expect(screen.queryByRole('form', { name: 'Start a plan' })).not.toBeInTheDocument();
      expect(screen.getByRole('textbox', { name: 'Title of the plan' })).toHaveValue('Plan 2030');
    }, SAVED);
    expect(screen.getByText('Status: Draft')).toBeInTheDocument();
  });

  it('gives members neither add nor delete controls', async () => {
    await openPlan('Team member');
    await screen.findByText(/As a team member you can read the plan/);
    expect(screen.queryByRole('button', { name: /^Add / })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Delete / })).not.toBeInTheDocument();
  });
});

describe('Saving without a connection', () => {
  it('keeps the edit as a draft across a reload and stores it once the connection is back', async () => {
    const token = (await (
      await fetch(`${emulator.url}/_local/token`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ persona: 'integrity-officer' }),
      })
    ).json()) as { access_token: string };
    const site = (await (
      await fetch(`${emulator.url}/v1.0/sites/root?$select=id`, {
        headers: { Authorization: `Bearer ${token.access_token}` },
      })
    ).json()) as { id: string };
    // The same Graph store as the tab's, without waiting between attempts.
    const instant = createGraphStore({
      graphBaseUrl: `${emulator.url}/v1.0`,
      siteId: site.id,
      tokens: { getToken: () => Promise.resolve(token.access_token) },
      retry: { sleep: () => Promise.resolve(), maxAttempts: 3 },
    });
    const open = async (hash: string) => {
      window.location.hash = hash;
      const tab = renderEmulatorTab(emulator, { store: () => instant });
      await signInAs(tab.user, 'Integrity officer');
      return tab;
    };

    const first = await open('#/plan');
    const link = await screen.findByRole('link', { name: /Elk team voert minstens twee/ });
    const objective = link.getAttribute('href') ?? '';
    const id = decodeURIComponent(objective.split('/').pop() ?? '');
    go(objective);
    await screen.findByRole('textbox', { name: 'Unit' });
    // The emulator drops sockets by configuration for single requests only, never a whole $batch
    // (writes travel in one); its per-request header drops any request, batches included.
    emulator.setFaults({ dropRate: 1 });
    const online = globalThis.fetch;
    const offline = vi.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
      const headers = new Headers(input instanceof Request ? input.headers : init?.headers);
      headers.set('x-emulator-drop', '1');
      return online(input, { ...init, headers });
    });
    const unit = screen.getByRole('textbox', { name: 'Unit' });
    // One change (select all, paste), so exactly one save is attempted and fails.
    await first.user.tripleClick(unit);
    await first.user.paste('gesprekken');
    // Typing may span several saves: wait until the last one has failed too.
    await waitFor(() => {
      expect(screen.getByRole('status', { name: 'Save status' })).toHaveTextContent(
        /1 change is kept on this device and will be saved when the connection is back/,
      );
      expect(localStorage.getItem('integrity-dashboard.drafts.pz-demo')).toContain('gesprekken');
    }, SAVED);
    first.unmount();

    // The connection is back: reopening shows the draft, not the stored value, and sends it.
    offline.mockRestore();
    emulator.setFaults(null);
    const second = await open(objective);
    expect(await screen.findByRole('textbox', { name: 'Unit' })).toHaveValue('gesprekken');
    await waitFor(() => {
      expect(screen.getByRole('status', { name: 'Save status' })).toHaveTextContent(
        'All changes are saved.',
      );
    }, SAVED);
    expect(localStorage.getItem('integrity-dashboard.drafts.pz-demo')).toBeNull();
    const stored = (await plans(second.services)).objectives.find((o) => o.id === id);
    expect(stored?.value.unit).toBe('gesprekken');
  }, 60_000);
});

describe('Leaving a screen right after an edit', () => {
  it('saves the edit made within the pause before saving, instead of dropping it', async () => {
    const { services } = await openPlan();
    const link = await screen.findByRole('link', { name: /Elk team voert minstens twee/ });
    const objective = link.getAttribute('href') ?? '';
    const id = decodeURIComponent(objective.split('/').pop() ?? '');
    go(objective);
    const unit = await screen.findByRole('textbox', { name: 'Unit' });
    // The edit and, in the same moment, back to the plan: the screen goes before its save timer
    // (SAVE_DELAY_MS after the last change) could fire.
    act(() => {
      fireEvent.change(unit, { target: { value: 'gesprekken per team' } });
    });
    act(() => {
      go('#/plan');
    });
    await screen.findByRole('region', { name: '1. Identification' });
    await waitFor(async () => {
      const stored = (await plans(services)).objectives.find((o) => o.id === id);
      expect(stored?.value.unit).toBe('gesprekken per team');
    }, SAVED);
    // Stored once and nothing left behind to send again.
    await waitFor(() => {
      expect(localStorage.getItem('integrity-dashboard.drafts.pz-demo')).toBeNull();
    }, SAVED);
  });
});

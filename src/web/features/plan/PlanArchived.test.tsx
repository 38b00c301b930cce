// @vitest-environment happy-dom
import { screen, waitFor, within } from '@testing-library/react';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../../emulator/server';
import type { StoredPlanBundle } from '../../../ports/plan-store';
import { createDraftStore } from '../../data/drafts';
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
const DRAFTS = 'integrity-dashboard.drafts.pz-demo';
const ARCHIVED_NOTICE = 'This plan is archived: it is the record and can no longer be changed.';

async function open(hash: string, persona = 'Integrity officer') {
  window.location.hash = hash;
  const tab = renderEmulatorTab(emulator);
  await signInAs(tab.user, persona);
  return tab;
}

async function seededPlan(services: TabServices): Promise<StoredPlanBundle> {
  const data = await services.data();
  if (!data.ok) throw new Error('no data');
  const loaded = await data.value.store.loadPlans('pz-demo');
  if (!loaded.ok) throw new Error('no plans');
  const [bundle] = loaded.value.bundles;
  if (bundle === undefined) throw new Error('no plan');
  return bundle;
}

/** The seeded plan and its first operational objective, read before anything is archived. */
async function seeded() {
  const tab = await open('#/plan');
  await screen.findByRole('region', { name: '1. Identification' });
  const bundle = await seededPlan(tab.services);
  const objective = bundle.objectives.find((o) =>
    /Elk team voert minstens twee/.test(o.value.title),
  );
  if (objective === undefined) throw new Error('no objective');
  tab.unmount();
  return {
    bundle,
    objective,
    href: `#/plan/objective/${encodeURIComponent(objective.id)}`,
    services: tab.services,
  };
}

/** A hand edit in SharePoint: the adopted plan is archived (its adoption date kept). */
async function archive(bundle: StoredPlanBundle): Promise<void> {
  await rawEdit(emulator, 'IntegrityPlans', bundle.plan.id, { PlanStatus: 'archived' });
}

describe('An archived plan in the plan editor', () => {
  it('opens read only with a notice, for owners and members alike', async () => {
    const { bundle, href } = await seeded();
    await archive(bundle);

    for (const persona of ['Integrity officer', 'Team member']) {
      const tab = await open(href, persona);
      expect(await screen.findByText(ARCHIVED_NOTICE)).toBeInTheDocument();
      expect(screen.getByText('Read only')).toBeInTheDocument();
      // The objective of the archived plan, not "no such objective in the current plan".
      expect(
        screen.getAllByText('Elk team voert minstens twee dilemmagesprekken per jaar').length,
      ).toBeGreaterThan(0);
      expect(screen.queryByText(/There is no operational objective/)).not.toBeInTheDocument();
      expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
      expect(screen.queryByRole('button', { name: /^(Add|Delete) / })).not.toBeInTheDocument();
      expect(screen.queryByRole('status', { name: 'Save status' })).not.toBeInTheDocument();
      tab.unmount();
    }
  });

  it('keeps an edit made before the archive off the plan, lists it and discards it once confirmed', async () => {
    const { bundle, objective, href } = await seeded();
    // Kept on this device (e.g. offline) while the plan was still adopted.
    createDraftStore().put('pz-demo', {
      kind: 'objective',
      id: objective.id,
      etag: objective.etag,
      value: { ...objective.value, unit: 'offline bewaard' },
      keptAt: '2026-03-01T09:00:00.000Z',
    });
    await archive(bundle);

    const { user, services } = await open(href);
    expect(await screen.findByText(ARCHIVED_NOTICE)).toBeInTheDocument();
    const list = await screen.findByRole('list', { name: 'Plan edits not saved' });
    expect(within(list).getByRole('listitem')).toHaveTextContent(
      `Operational objective: ${objective.value.title}`,
    );
    // The form shows the plan as archived, not the edit it never took.
    expect(screen.queryByText('offline bewaard')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Discard these unsaved changes' }));
    let dialog = await screen.findByRole('alertdialog', { name: 'Discard the unsaved changes?' });
    await user.click(within(dialog).getByRole('button', { name: 'Keep them' }));
    await waitFor(() => {
      expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    });
    expect(localStorage.getItem(DRAFTS)).toContain('offline bewaard');

    // With the keyboard only: the button, then "Discard" in the dialog.
    (await screen.findByRole('button', { name: 'Discard these unsaved changes' })).focus();
    await user.keyboard('{Enter}');
    dialog = await screen.findByRole('alertdialog', { name: 'Discard the unsaved changes?' });
    expect(dialog).toHaveTextContent('1 plan edit is removed from this device for good.');
    // "Keep them" comes first, so a stray Enter keeps the drafts.
    expect(within(dialog).getByRole('button', { name: 'Keep them' })).toHaveFocus();
    await user.tab();
    expect(within(dialog).getByRole('button', { name: 'Discard' })).toHaveFocus();
    await user.keyboard('{Enter}');
    const done = await screen.findByText('1 unsaved plan edit was removed from this device.');
    // Focus is not lost with the notice's button: it moves to the outcome.
    expect(done.closest('[tabindex="-1"]')).toHaveFocus();
    expect(screen.queryByRole('list', { name: 'Plan edits not saved' })).not.toBeInTheDocument();
    expect(localStorage.getItem(DRAFTS)).toBeNull();

    // Never written: the archived plan's objective is as it was.
    const stored = (await seededPlan(services)).objectives.find((o) => o.id === objective.id);
    expect(stored?.etag).toBe(objective.etag);
    expect(stored?.value.unit).toBe(objective.value.unit);
  });

  it('lists such edits beside "Start a plan" when no plan is current any more', async () => {
    const { bundle, objective } = await seeded();
    createDraftStore().put('pz-demo', {
      kind: 'objective',
      id: objective.id,
      etag: objective.etag,
      value: { ...objective.value, unit: 'offline bewaard' },
      keptAt: '2026-03-01T09:00:00.000Z',
    });
    await archive(bundle);

    await open('#/plan', 'Mandate holder');
    expect(await screen.findByRole('form', { name: 'Start a plan' })).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Plan edits not saved' });
    expect(list).toHaveTextContent(`Operational objective: ${objective.value.title}`);
  });

  it('saves the new current plan as usual, holding the archived plan’s edits back', async () => {
    const { bundle, objective, services } = await seeded();
    createDraftStore().put('pz-demo', {
      kind: 'objective',
      id: objective.id,
      etag: objective.etag,
      value: { ...objective.value, unit: 'offline bewaard' },
      keptAt: '2026-03-01T09:00:00.000Z',
    });
    await archive(bundle);
    // The plan that supersedes it.
    const data = await services.data();
    if (!data.ok) throw new Error('no data');
    const { id: _id, updatedAt: _u, ...previous } = bundle.plan.value;
    const created = await data.value.store.createPlanRecord('pz-demo', 'plan', {
      ...previous,
      title: 'Plan 2030',
      status: 'draft',
      adoptedOn: null,
    });
    if (!created.ok) throw new Error('no new plan');

    const { user } = await open('#/plan');
    const title = await screen.findByRole('textbox', { name: 'Title of the plan' });
    expect(title).toHaveValue('Plan 2030');
    expect(screen.getByRole('list', { name: 'Plan edits not saved' })).toHaveTextContent(
      `Operational objective: ${objective.value.title}`,
    );
    await user.type(title, ' herzien');
    await screen.findByText('All changes are saved.', {}, SAVED);
    expect(localStorage.getItem(DRAFTS)).toContain('offline bewaard');
    const loaded = await data.value.store.loadPlans('pz-demo');
    if (!loaded.ok) throw new Error('no plans');
    const plans = loaded.value.bundles;
    expect(plans.find((b) => b.plan.id === created.value.id)?.plan.value.title).toBe(
      'Plan 2030 herzien',
    );
    const kept = plans.flatMap((b) => b.objectives).find((o) => o.id === objective.id);
    expect(kept?.etag).toBe(objective.etag);
  });

  it('goes read only when the plan is archived while it is open, keeping the refused edit', async () => {
    const { bundle, objective, href } = await seeded();
    const { user, services } = await open(href);
    const unit = await screen.findByRole('textbox', { name: 'Unit' });
    // Archived by hand in SharePoint while the screen is open: the tab's copy says adopted.
    await archive(bundle);

    await user.tripleClick(unit);
    await user.paste('na archivering');
    expect(await screen.findByText(ARCHIVED_NOTICE, {}, SAVED)).toBeInTheDocument();
    const list = await screen.findByRole('list', { name: 'Plan edits not saved' });
    expect(list).toHaveTextContent(`Operational objective: ${objective.value.title}`);
    expect(screen.queryByRole('textbox', { name: 'Unit' })).not.toBeInTheDocument();
    expect(localStorage.getItem(DRAFTS)).toContain('na archivering');

    const stored = (await seededPlan(services)).objectives.find((o) => o.id === objective.id);
    expect(stored?.value.unit).toBe(objective.value.unit);
    expect(stored?.etag).toBe(objective.etag);
  });

  it('keeps the plan archived meanwhile on screen, then opens the plan that superseded it', async () => {
    const { bundle, services } = await seeded();
    const { user } = await open('#/plan');
    const title = await screen.findByRole('textbox', { name: 'Title of the plan' });
    // While the screen is open, the plan is archived by hand and a new plan is started.
    await archive(bundle);
    const data = await services.data();
    if (!data.ok) throw new Error('no data');
    const { id: _id, updatedAt: _u, ...previous } = bundle.plan.value;
    const created = await data.value.store.createPlanRecord('pz-demo', 'plan', {
      ...previous,
      title: 'Plan 2030',
      status: 'draft',
      adoptedOn: null,
    });
    if (!created.ok) throw new Error('no new plan');

    await user.type(title, ' (laat)');
    expect(await screen.findByText(ARCHIVED_NOTICE, {}, SAVED)).toBeInTheDocument();
    expect(screen.getByText('Status: Archived')).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Plan edits not saved' })).toHaveTextContent(
      `Plan: ${bundle.plan.value.title} (laat)`,
    );

    await user.click(screen.getByRole('button', { name: 'Open the current plan' }));
    expect(await screen.findByRole('textbox', { name: 'Title of the plan' })).toHaveValue(
      'Plan 2030',
    );
    expect(screen.queryByText(ARCHIVED_NOTICE)).not.toBeInTheDocument();
    // The refused edit is still listed, and was never written.
    expect(screen.getByRole('list', { name: 'Plan edits not saved' })).toBeInTheDocument();
    const loaded = await data.value.store.loadPlans('pz-demo');
    if (!loaded.ok) throw new Error('no plans');
    const old = loaded.value.bundles.find((b) => b.plan.id === bundle.plan.id);
    expect(old?.plan.value.title).toBe(bundle.plan.value.title);
  });
});

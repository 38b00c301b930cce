// @vitest-environment happy-dom
import { screen, waitFor, within } from '@testing-library/react';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../../emulator/server';
import { rawEdit, renderEmulatorTab, startDemoEmulator } from '../../test-support/emulator-tab';
import { withoutAnimations } from '../../test-support/no-animations';
import { renderWithIntl } from '../../test-support/render-with-intl';
import { signInAs } from '../../test-support/sign-in';
import { SaveStatus } from '../../components/SaveStatus/SaveStatus';

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

async function openPlan(persona = 'Mandate holder', hash = '#/plan') {
  window.location.hash = hash;
  const tab = renderEmulatorTab(emulator);
  await signInAs(tab.user, persona);
  return tab;
}

async function openFirstObjective(
  persona = 'Mandate holder',
  name = /Elk team voert minstens twee/,
) {
  const tab = await openPlan(persona);
  const link = await screen.findByRole('link', { name });
  const href = link.getAttribute('href') ?? '';
  window.location.hash = href;
  window.dispatchEvent(new HashChangeEvent('hashchange'));
  await screen.findByRole('textbox', { name: 'Unit' });
  const id = decodeURIComponent(href.split('/').pop() ?? '');
  return { ...tab, id };
}

describe('PlanPage', () => {
  it('renders the seeded plan in its sections', async () => {
    await openPlan();
    expect(await screen.findByRole('textbox', { name: 'Title of the plan' })).toHaveValue(
      'Integriteitsbeleidsplan PZ Demo 2026-2029',
    );
    expect(screen.getByRole('textbox', { name: 'Last name' })).toHaveValue('Janssens');
    expect(screen.getByRole('region', { name: '1. Identification' })).toBeInTheDocument();
    expect(screen.getByText('The plan was adopted on 12 January 2026.')).toBeInTheDocument();
  });

  it('shows the plan-wide evaluation and communication, and no item that does not fit', async () => {
    await openPlan();
    const evaluation = await screen.findByRole('region', { name: '6. Evaluation and reporting' });
    expect(within(evaluation).getByRole('textbox', { name: 'Who' })).toHaveValue(
      'Directiecomité met de integriteitscoördinator',
    );
    const communication = screen.getByRole('region', { name: '7. Communication' });
    expect(
      within(communication)
        .getAllByRole('textbox', { name: 'Audience' })
        .map((t) => (t as HTMLInputElement).value),
    ).toEqual(['Alle medewerkers van PZ Demo', 'Politieraad en burgers']);
    // The seeded plan-wide evaluation used to be refused by the core as an invalid record.
    expect(
      screen.queryByText('An item in SharePoint does not fit the plan'),
    ).not.toBeInTheDocument();
  });

  it('adds a plan-wide evaluation arrangement', async () => {
    const { user, services } = await openPlan();
    const evaluation = await screen.findByRole('region', { name: '6. Evaluation and reporting' });
    await user.click(
      within(evaluation).getByRole('button', { name: 'Add evaluation arrangement' }),
    );
    await within(evaluation).findByRole('button', {
      name: 'Delete arrangement 2 of “6. Evaluation and reporting”',
    });
    const data = await services.data();
    if (!data.ok) throw new Error('no data');
    const plans = await data.value.store.loadPlans('pz-demo');
    if (!plans.ok) throw new Error('no plans');
    const planWide = plans.value.bundles[0]?.arrangements.filter(
      (a) => a.value.kind === 'evaluation' && a.value.objectiveId === null,
    );
    expect(planWide).toHaveLength(2);
  });

  it('refuses a 256-character title with the translated message and does not save it', async () => {
    const { user, services } = await openPlan();
    const title = await screen.findByRole('textbox', { name: 'Title of the plan' });
    await user.clear(title);
    await user.click(title);
    await user.paste('x'.repeat(256));
    expect(
      await screen.findByText('The field Title of the plan may contain at most 255 characters.'),
    ).toBeInTheDocument();
    await new Promise((resolve) => setTimeout(resolve, 900));
    const data = await services.data();
    if (!data.ok) throw new Error('no data');
    const plans = await data.value.store.loadPlans('pz-demo');
    if (!plans.ok) throw new Error('no plans');
    expect(plans.value.bundles[0]?.plan.value.title).toBe(
      'Integriteitsbeleidsplan PZ Demo 2026-2029',
    );
  });

  it('shows exactly the missing SMART element inline', async () => {
    const { user } = await openFirstObjective();
    expect(screen.getByText('This objective is SMART.')).toBeInTheDocument();
    await user.clear(screen.getByRole('textbox', { name: 'Unit' }));
    expect(await screen.findByText('Not SMART yet. Missing: Unit.')).toBeInTheDocument();
    expect(screen.getAllByText('Needed for a SMART objective.')).toHaveLength(1);
    // The edit is saved (a read of the plan's status, then the write): let it land before the
    // next test resets the emulator, or it lands in that test's data.
    await screen.findByText('All changes are saved.', {}, { timeout: 5000 });
  });

  it('saves an edited objective through the store with a new eTag', async () => {
    const { user, services, id } = await openFirstObjective();
    const data = await services.data();
    if (!data.ok) throw new Error('no data');
    const before = await data.value.store.loadPlans('pz-demo');
    if (!before.ok) throw new Error('no plans');
    const etag = before.value.bundles[0]?.objectives.find((o) => o.id === id)?.etag;

    const unit = screen.getByRole('textbox', { name: 'Unit' });
    await user.clear(unit);
    await user.type(unit, 'teams');
    // "All changes are saved." can already show for the cleared field while the typed value waits
    // for its own save (a slow machine types slowly): wait for the value itself in the store.
    await waitFor(
      async () => {
        const after = await data.value.store.loadPlans('pz-demo');
        if (!after.ok) throw new Error('no plans');
        const saved = after.value.bundles[0]?.objectives.find((o) => o.id === id);
        expect(saved?.value.unit).toBe('teams');
        expect(saved?.etag).not.toBe(etag);
      },
      { timeout: 10_000 },
    );
    await screen.findByText('All changes are saved.', {}, { timeout: 5000 });
  });

  it('opens the conflict dialog on a 412 and saves the merge field by field', async () => {
    const { user, services, id } = await openFirstObjective();
    // Someone edits the objective in SharePoint after the tab loaded it: the unit (which I am
    // about to change too) and the title (which I leave alone).
    await rawEdit(emulator, 'IntegrityObjectives', id, {
      IndicatorUnit: 'theirs-unit',
      Title: 'Their title',
    });

    await user.clear(screen.getByRole('textbox', { name: 'Unit' }));
    await user.type(screen.getByRole('textbox', { name: 'Unit' }), 'my-unit');
    const dialog = await screen.findByRole('alertdialog', {}, { timeout: 5000 });
    expect(
      within(dialog).getByText('Someone else changed this in the meantime'),
    ).toBeInTheDocument();
    // Only the field I changed is offered: keeping "mine" cannot undo their new title.
    expect(within(dialog).getAllByRole('radiogroup')).toHaveLength(1);
    expect(within(dialog).getByRole('radio', { name: 'Keep mine: my-unit' })).toBeChecked();
    expect(
      within(dialog).getByRole('radio', { name: 'Keep theirs: theirs-unit' }),
    ).toBeInTheDocument();
    expect(within(dialog).queryByRole('radio', { name: /Their title/ })).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Save the merged version' }));
    await screen.findByText('All changes are saved.', {}, { timeout: 5000 });

    const data = await services.data();
    if (!data.ok) throw new Error('no data');
    const plans = await data.value.store.loadPlans('pz-demo');
    if (!plans.ok) throw new Error('no plans');
    const saved = plans.value.bundles[0]?.objectives.find((o) => o.id === id)?.value;
    expect(saved?.unit).toBe('my-unit');
    expect(saved?.title).toBe('Their title');
  });

  it('asks nothing when their version already holds my change', async () => {
    const { user, services, id } = await openFirstObjective('Mandate holder', /-10 % klachten/);
    await rawEdit(emulator, 'IntegrityObjectives', id, {
      IndicatorUnit: 'same-unit',
      Title: 'Their title',
    });

    // One change (select all, paste): the save cannot fire halfway through the word.
    await user.click(screen.getByRole('textbox', { name: 'Unit' }));
    await user.keyboard('{Control>}a{/Control}');
    await user.paste('same-unit');
    // The 412 comes back, but keeping theirs loses nothing of mine: their version is taken.
    await screen.findByDisplayValue('Their title', {}, { timeout: 10_000 });
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();

    const data = await services.data();
    if (!data.ok) throw new Error('no data');
    const plans = await data.value.store.loadPlans('pz-demo');
    if (!plans.ok) throw new Error('no plans');
    const saved = plans.value.bundles[0]?.objectives.find((o) => o.id === id)?.value;
    expect(saved).toMatchObject({ unit: 'same-unit', title: 'Their title' });
  });

  it('shows members no edit controls, and the store refuses their write (translated)', async () => {
    const { services } = await openPlan('Team member');
    expect(await screen.findByText(/As a team member you can read the plan/)).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.getByText('Integriteitsbeleidsplan PZ Demo 2026-2029')).toBeInTheDocument();

    const data = await services.data();
    if (!data.ok) throw new Error('no data');
    const plans = await data.value.store.loadPlans('pz-demo');
    if (!plans.ok) throw new Error('no plans');
    const plan = plans.value.bundles[0]!.plan;
    const result = await data.value.store.updatePlanRecord(
      'plan',
      { ...plan.value, title: 'Hacked' },
      plan.etag,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('STORE.FORBIDDEN');
    // The save indicator the plan screens use says why, in the reader's language.
    renderWithIntl(<SaveStatus state={{ status: 'failed', error: result.error }} />);
    expect(
      screen.getByText(
        'Not saved: You may not change the plan: only the team’s owners can. Ask an owner for access if you need it.',
      ),
    ).toBeInTheDocument();
  });

  it('disables adoption with the reasons on an incomplete draft plan', async () => {
    const tab = await openPlan();
    const link = await screen.findByRole('link', { name: /Elk team voert minstens twee/ });
    const objectiveId = decodeURIComponent(link.getAttribute('href')?.split('/').pop() ?? '');
    tab.unmount();
    const data = await tab.services.data();
    if (!data.ok) throw new Error('no data');
    const plans = await data.value.store.loadPlans('pz-demo');
    if (!plans.ok) throw new Error('no plans');
    const planId = plans.value.bundles[0]!.plan.id;
    await rawEdit(emulator, 'IntegrityPlans', planId, { PlanStatus: 'draft', AdoptedOn: null });
    await rawEdit(emulator, 'IntegrityObjectives', objectiveId, { Deadline: null });

    await openPlan();
    const adopt = await screen.findByRole('button', { name: 'Adopt the plan' });
    expect(adopt).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByText('The plan cannot be adopted yet:')).toBeInTheDocument();
    expect(
      screen.getByText(
        /“Elk team voert minstens twee dilemmagesprekken per jaar” is not SMART yet, missing: Deadline\./,
      ),
    ).toBeInTheDocument();
  });
});

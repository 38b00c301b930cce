// @vitest-environment happy-dom
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createGraphStore } from '../../../adapters/graph/graph-store';
import { CATALOGUE } from '../../../core/catalogue/catalogue';
import type { RunningEmulator } from '../../../emulator/server';
import { renderEmulatorTab } from '../../test-support/emulator-tab';
import {
  handEdit,
  listItems,
  signInPersona,
  startSeededEmulator,
  type EmulatorItem,
} from '../../test-support/measure-emulator';

/*
 * The rating grid saves as you go through the shared save queue: against the real emulator,
 * through a Graph store that retries without waiting (the tab's own, apart from the pauses).
 */

let emulator: RunningEmulator;
beforeEach(async () => {
  localStorage.clear();
  emulator = await startSeededEmulator();
});
afterEach(async () => {
  vi.restoreAllMocks();
  await emulator.close();
});

const SAVED = { timeout: 20_000 };
// Elements 0, 2, 4, … are rated in the seeded annual measurement, 1, 3, … are not.
const [rated, unrated] = [CATALOGUE[2]!, CATALOGUE[1]!];

async function annual(): Promise<EmulatorItem> {
  const items = await listItems(emulator, 'IntegrityMeasurements');
  const found = items.find((item) => item.fields.MeasurementKind === 'annual');
  if (found === undefined) throw new Error('no annual measurement seeded');
  return found;
}

async function ratingOf(
  measurementId: string,
  elementId: string,
): Promise<EmulatorItem | undefined> {
  const items = await listItems(emulator, 'IntegrityRatings');
  return items.find(
    (item) => item.fields.MeasurementRef === measurementId && item.fields.ElementId === elementId,
  );
}

async function instantStore(): Promise<ReturnType<typeof createGraphStore>> {
  const token = (await (
    await fetch(`${emulator.url}/_local/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ persona: 'commander' }),
    })
  ).json()) as { access_token: string };
  const site = (await (
    await fetch(`${emulator.url}/v1.0/sites/root?$select=id`, {
      headers: { Authorization: `Bearer ${token.access_token}` },
    })
  ).json()) as { id: string };
  return createGraphStore({
    graphBaseUrl: `${emulator.url}/v1.0`,
    siteId: site.id,
    tokens: { getToken: () => Promise.resolve(token.access_token) },
    retry: { sleep: () => Promise.resolve(), maxAttempts: 2 },
  });
}

async function open(measurementId: string, persona: 'commander' | 'aig-reviewer' = 'commander') {
  const store = await instantStore();
  window.location.hash = `#/measurement/${measurementId}`;
  const tab = renderEmulatorTab(emulator, {
    now: new Date('2026-12-01T09:00:00Z'),
    store: () => store,
  });
  // The picker is ready once the host's own sign-in attempt (no persona has its login hint) ended.
  await screen.findByRole('button', { name: 'Sign in' }, SAVED);
  await signInPersona(tab.user, persona);
  await screen.findByText(/of 102 rated/, {}, SAVED);
  return tab;
}

/** A level other than the stored one (so choosing it is a change), with its option text. */
function otherLevel(stored: unknown): { readonly value: string; readonly text: string } {
  return stored === '2'
    ? { value: '3', text: '3 – Implemented' }
    : { value: '2', text: '2 – Planned' };
}

function row(label: string): HTMLElement {
  return screen.getByRole('group', { name: label });
}

function saveStatus(): HTMLElement {
  return screen.getByRole('status', { name: 'Save status' });
}

/** Every request the tab sends from now on is dropped by the emulator, $batch writes included. */
function goOffline(): void {
  const online = globalThis.fetch;
  vi.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
    const headers = new Headers(input instanceof Request ? input.headers : init?.headers);
    headers.set('x-emulator-drop', '1');
    return online(input, { ...init, headers });
  });
}

describe('Rating as you go (shared save queue)', { timeout: 90_000 }, () => {
  it('stores each change at once, a new rating and then its target, and says so', async () => {
    const m = await annual();
    const { user } = await open(m.id);
    expect(saveStatus()).toHaveTextContent('Changes are saved as you type.');

    await user.selectOptions(
      within(row(unrated.label.en)).getByRole('combobox', { name: 'Rating' }),
      '2 – Planned',
    );
    await within(row(unrated.label.en)).findByText('Saved', {}, SAVED);
    expect(saveStatus()).toHaveTextContent('All changes are saved.');
    expect((await ratingOf(m.id, unrated.id))?.fields.RatingValue).toBe('2');

    await user.selectOptions(
      within(row(unrated.label.en)).getByRole('combobox', { name: 'Target level' }),
      '4 – Monitored',
    );
    await waitFor(async () => {
      expect((await ratingOf(m.id, unrated.id))?.fields.TargetLevel).toBe(4);
    }, SAVED);
    // One rating for the element: the second change updated the first, it did not add another.
    const all = (await listItems(emulator, 'IntegrityRatings')).filter(
      (r) => r.fields.MeasurementRef === m.id && r.fields.ElementId === unrated.id,
    );
    expect(all).toHaveLength(1);
  });

  it('keeps a rating made offline as a draft across a reload and stores it when back online', async () => {
    const m = await annual();
    const mine = otherLevel((await ratingOf(m.id, rated.id))?.fields.RatingValue);
    const first = await open(m.id);
    goOffline();
    await first.user.selectOptions(
      within(row(rated.label.en)).getByRole('combobox', { name: 'Rating' }),
      mine.value,
    );
    await waitFor(() => {
      expect(saveStatus()).toHaveTextContent(/1 change is kept on this device/);
    }, SAVED);
    expect(
      within(row(rated.label.en)).getByText('Not saved yet: kept on this device'),
    ).toBeVisible();
    first.unmount();

    vi.restoreAllMocks();
    expect((await ratingOf(m.id, rated.id))?.fields.RatingValue).not.toBe(mine.value);
    await open(m.id);
    // The reopened grid shows the draft, not the stored value, and sends it.
    expect(
      within(row(rated.label.en)).getByRole('combobox', { name: 'Rating' }),
    ).toHaveDisplayValue(mine.text);
    await waitFor(async () => {
      expect((await ratingOf(m.id, rated.id))?.fields.RatingValue).toBe(mine.value);
    }, SAVED);
    await waitFor(() => {
      expect(saveStatus()).toHaveTextContent('All changes are saved.');
    }, SAVED);
  });

  it('opens the conflict dialog on a 412 and stores the version merged field by field', async () => {
    const m = await annual();
    const before = await ratingOf(m.id, rated.id);
    if (before === undefined) throw new Error('seeded rating missing');
    const mine = otherLevel(before.fields.RatingValue);
    const { user } = await open(m.id);
    // Someone changes the same rating in SharePoint meanwhile.
    await handEdit(emulator, 'IntegrityRatings', before.id, {
      RatingValue: '1',
      EvidenceNote: 'Checked by the audit committee.',
    });

    await user.selectOptions(
      within(row(rated.label.en)).getByRole('combobox', { name: 'Rating' }),
      mine.value,
    );
    const dialog = await screen.findByRole('alertdialog', {}, SAVED);
    expect(dialog).toHaveTextContent('Someone else changed this in the meantime');
    const rating = within(dialog).getByRole('radiogroup', { name: 'Rating' });
    expect(within(rating).getByRole('radio', { name: `Keep mine: ${mine.text}` })).toBeChecked();
    const note = within(dialog).getByRole('radiogroup', { name: 'Evidence note' });
    await user.click(
      within(note).getByRole('radio', { name: /Keep theirs: Checked by the audit committee/ }),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Save the merged version' }));

    await waitFor(async () => {
      expect((await ratingOf(m.id, rated.id))?.fields).toMatchObject({
        RatingValue: mine.value,
        EvidenceNote: 'Checked by the audit committee.',
      });
    }, SAVED);
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });

  it('refuses an edit of a measurement locked meanwhile, keeps it as a draft and goes read only', async () => {
    const m = await annual();
    const before = await ratingOf(m.id, rated.id);
    const { user } = await open(m.id);
    // Another owner locks the measurement while this screen is open.
    await handEdit(emulator, 'IntegrityMeasurements', m.id, {
      MeasurementStatus: 'locked',
      LockedOn: '2026-11-30T10:00:00Z',
      LockedByName: 'Integrity officer',
      LockedByEmail: 'integrity.officer@pz-demo.example',
    });

    await user.selectOptions(
      within(row(rated.label.en)).getByRole('combobox', { name: 'Rating' }),
      'Not applicable',
    );
    // The edit is listed to be noted (and offered for discarding: MeasurementLockedDrafts.test).
    expect(
      await screen.findByRole(
        'group',
        { name: 'Rating edits not saved: this measurement is locked' },
        SAVED,
      ),
    ).toHaveTextContent(`${rated.label.en}: Not applicable`);
    await waitFor(() => {
      expect(within(screen.getByRole('main')).queryAllByRole('combobox')).toHaveLength(0);
    }, SAVED);
    expect(
      localStorage.getItem(`integrity-dashboard.drafts.pz-demo.measurement.${m.id}`),
    ).toContain('not-applicable');
    expect((await ratingOf(m.id, rated.id))?.fields.RatingValue).toBe(before?.fields.RatingValue);
  });

  it('gives the AIG reviewer the ratings without any edit control', async () => {
    const m = await annual();
    await open(m.id, 'aig-reviewer');
    const main = screen.getByRole('main');
    expect(within(main).queryAllByRole('combobox')).toHaveLength(0);
    expect(within(main).queryAllByRole('textbox')).toHaveLength(0);
    expect(screen.queryByRole('button', { name: 'Lock measurement' })).not.toBeInTheDocument();
    expect(screen.queryByRole('status', { name: 'Save status' })).not.toBeInTheDocument();
  });
});

// @vitest-environment happy-dom
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createGraphStore } from '../../../adapters/graph/graph-store';
import { CATALOGUE } from '../../../core/catalogue/catalogue';
import type { RunningEmulator } from '../../../emulator/server';
import { createDraftStore, type DraftRecord } from '../../data/drafts';
import type { TabStore } from '../../providers/tab-services';
import { renderEmulatorTab } from '../../test-support/emulator-tab';
import {
  DEMO_ENTITY,
  handEdit,
  listItems,
  signInPersona,
  startSeededEmulator,
  type EmulatorItem,
} from '../../test-support/measure-emulator';
import { withoutAnimations } from '../../test-support/no-animations';
import { ratingDraftScope } from './useRatingQueue';

/*
 * Rating edits a locked measurement refused stay on this device: the screen lists them (element,
 * value not saved) and discards exactly them after a confirmation. Against the real emulator,
 * through a Graph store that retries without waiting.
 */

withoutAnimations();
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
const NOTICE = 'Rating edits not saved: this measurement is locked';
const DISCARD = 'Discard these unsaved changes';
// Elements 0, 2, 4, … are rated in the seeded annual measurement, 1, 3, … are not.
const [rated, unrated] = [CATALOGUE[2]!, CATALOGUE[1]!];

async function measurementOf(kind: 'baseline' | 'annual'): Promise<EmulatorItem> {
  const items = await listItems(emulator, 'IntegrityMeasurements');
  const found = items.find((item) => item.fields.MeasurementKind === kind);
  if (found === undefined) throw new Error(`no ${kind} measurement seeded`);
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

/** Another owner locks the measurement while this screen is open (a hand edit in SharePoint). */
function lockMeanwhile(measurementId: string): Promise<void> {
  return handEdit(emulator, 'IntegrityMeasurements', measurementId, {
    MeasurementStatus: 'locked',
    LockedOn: '2026-11-30T10:00:00Z',
    LockedByName: 'Integrity officer',
    LockedByEmail: 'integrity.officer@pz-demo.example',
  });
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

async function open(measurementId: string, wrap: (store: TabStore) => TabStore = (s) => s) {
  const store = wrap(await instantStore());
  window.location.hash = `#/measurement/${measurementId}`;
  const tab = renderEmulatorTab(emulator, {
    now: new Date('2026-12-01T09:00:00Z'),
    store: () => store,
  });
  // The picker is ready once the host's own sign-in attempt (no persona has its login hint) ended.
  await screen.findByRole('button', { name: 'Sign in' }, SAVED);
  await signInPersona(tab.user, 'commander');
  await screen.findByText(/of 102 rated/, {}, SAVED);
  return tab;
}

function row(label: string): HTMLElement {
  return screen.getByRole('group', { name: label });
}

/** The rating drafts of a measurement kept on this device, read through the drafts module. */
function draftsOf(measurementId: string): readonly DraftRecord[] {
  return createDraftStore().list(ratingDraftScope(DEMO_ENTITY, measurementId));
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

describe('Rating edits a locked measurement refused', { timeout: 120_000 }, () => {
  it('lists the refused edit, keeps it on "Keep them" and discards exactly it once confirmed', async () => {
    const m = await measurementOf('annual');
    const baseline = await measurementOf('baseline');
    // A draft of another measurement on this device must outlive the discard.
    const elsewhere: DraftRecord = {
      kind: 'rating',
      id: 'new:elsewhere',
      etag: '',
      value: { elementId: unrated.id, value: 1 },
      keptAt: '2026-11-01T09:00:00.000Z',
    };
    createDraftStore().put(ratingDraftScope(DEMO_ENTITY, baseline.id), elsewhere);
    const before = await ratingOf(m.id, rated.id);
    const first = await open(m.id);
    const { user } = first;
    await lockMeanwhile(m.id);

    await user.selectOptions(
      within(row(rated.label.en)).getByRole('combobox', { name: 'Rating' }),
      'Not applicable',
    );
    const notice = await screen.findByRole('group', { name: NOTICE }, SAVED);
    expect(notice).toHaveTextContent(
      '1 rating edit kept on this device could not be saved because the measurement is locked.',
    );
    const list = within(notice).getByRole('list', { name: 'Rating edits not saved' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([`${rated.label.en}: Not applicable`]);
    // The grid went read only; the general "kept on this device" warning gives way to the notice.
    await waitFor(() => {
      expect(within(screen.getByRole('main')).queryAllByRole('combobox')).toHaveLength(0);
    }, SAVED);
    expect(screen.queryByText(/rating edit is kept on this device/)).not.toBeInTheDocument();

    // Asked first; keeping them changes nothing.
    await user.click(within(notice).getByRole('button', { name: DISCARD }));
    const ask = await screen.findByRole('alertdialog', { name: 'Discard the unsaved changes?' });
    expect(ask).toHaveTextContent('1 rating edit is removed from this device for good.');
    await user.click(within(ask).getByRole('button', { name: 'Keep them' }));
    await waitFor(() => {
      expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    });
    expect(draftsOf(m.id)).toHaveLength(1);
    expect(screen.getByRole('group', { name: NOTICE })).toBeInTheDocument();

    // With the keyboard only: the button, then "Discard" in the dialog.
    within(screen.getByRole('group', { name: NOTICE }))
      .getByRole('button', { name: DISCARD })
      .focus();
    await user.keyboard('{Enter}');
    const confirm = await screen.findByRole('alertdialog', {
      name: 'Discard the unsaved changes?',
    });
    // "Keep them" comes first, so a stray Enter keeps the drafts.
    expect(within(confirm).getByRole('button', { name: 'Keep them' })).toHaveFocus();
    await user.tab();
    expect(within(confirm).getByRole('button', { name: 'Discard' })).toHaveFocus();
    await user.keyboard('{Enter}');

    const done = await screen.findByText(
      '1 unsaved rating edit was removed from this device.',
      {},
      SAVED,
    );
    // Focus is not lost with the notice's button: it moves to the outcome.
    expect(done.closest('[tabindex="-1"]')).toHaveFocus();
    expect(screen.queryByRole('group', { name: NOTICE })).not.toBeInTheDocument();
    expect(draftsOf(m.id)).toEqual([]);
    expect(
      localStorage.getItem(`integrity-dashboard.drafts.${DEMO_ENTITY}.measurement.${m.id}`),
    ).toBeNull();
    expect(draftsOf(baseline.id)).toEqual([elsewhere]);
    // The locked measurement itself was never written.
    expect((await ratingOf(m.id, rated.id))?.fields.RatingValue).toBe(before?.fields.RatingValue);

    // A reload does not bring them back.
    first.unmount();
    await open(m.id);
    expect(screen.queryByRole('group', { name: NOTICE })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: DISCARD })).not.toBeInTheDocument();
  });

  it('lists edits made offline, then refused as locked, in catalogue order, also after a reload', async () => {
    const m = await measurementOf('annual');
    const first = await open(m.id);
    const { user } = first;
    goOffline();
    await user.selectOptions(
      within(row(rated.label.en)).getByRole('combobox', { name: 'Rating' }),
      'Not applicable',
    );
    await user.selectOptions(
      within(row(unrated.label.en)).getByRole('combobox', { name: 'Rating' }),
      '2 – Planned',
    );
    await user.selectOptions(
      within(row(unrated.label.en)).getByRole('combobox', { name: 'Target level' }),
      '4 – Monitored',
    );
    await waitFor(() => {
      expect(screen.getByRole('status', { name: 'Save status' })).toHaveTextContent(
        /2 changes are kept on this device/,
      );
    }, SAVED);
    vi.restoreAllMocks();
    await lockMeanwhile(m.id);
    await user.click(screen.getByRole('button', { name: 'Retry now' }));

    const expected = [
      `${unrated.label.en}: 2 – Planned · Target: 4 – Monitored`,
      `${rated.label.en}: Not applicable`,
    ];
    const itemsOf = (notice: HTMLElement): (string | null)[] =>
      within(within(notice).getByRole('list', { name: 'Rating edits not saved' }))
        .getAllByRole('listitem')
        .map((item) => item.textContent);
    const notice = await screen.findByRole('group', { name: NOTICE }, SAVED);
    expect(notice).toHaveTextContent('2 rating edits kept on this device could not be saved');
    expect(itemsOf(notice)).toEqual(expected);

    // Still there after a reload: the store refuses them again, nothing is dropped unasked.
    first.unmount();
    const second = await open(m.id);
    const again = await screen.findByRole('group', { name: NOTICE }, SAVED);
    expect(itemsOf(again)).toEqual(expected);

    await second.user.click(within(again).getByRole('button', { name: DISCARD }));
    const confirm = await screen.findByRole('alertdialog', {
      name: 'Discard the unsaved changes?',
    });
    expect(confirm).toHaveTextContent('2 rating edits are removed from this device for good.');
    await second.user.click(within(confirm).getByRole('button', { name: 'Discard' }));
    expect(
      await screen.findByText('2 unsaved rating edits were removed from this device.', {}, SAVED),
    ).toBeInTheDocument();
    expect(draftsOf(m.id)).toEqual([]);
  });

  it('keeps and offers an edit the store refused as locked (the lock landed after the check)', async () => {
    const m = await measurementOf('annual');
    // The lock lands between the screen's fresh read and its write: the store itself refuses.
    const { user } = await open(m.id, (store) => ({
      ...store,
      saveMeasurementChanges: async (entityId, changes) => {
        await lockMeanwhile(m.id);
        return store.saveMeasurementChanges(entityId, changes);
      },
    }));
    await user.selectOptions(
      within(row(unrated.label.en)).getByRole('combobox', { name: 'Rating' }),
      '3 – Implemented',
    );
    const notice = await screen.findByRole('group', { name: NOTICE }, SAVED);
    expect(within(notice).getByRole('listitem')).toHaveTextContent(
      `${unrated.label.en}: 3 – Implemented`,
    );
    expect(draftsOf(m.id)).toHaveLength(1);
    expect(await ratingOf(m.id, unrated.id)).toBeUndefined();
  });

  it('does not offer the drafts of a measurement that is still open: they are retried', async () => {
    const m = await measurementOf('annual');
    const { user } = await open(m.id);
    goOffline();
    await user.selectOptions(
      within(row(rated.label.en)).getByRole('combobox', { name: 'Rating' }),
      'Not applicable',
    );
    await waitFor(() => {
      expect(screen.getByRole('status', { name: 'Save status' })).toHaveTextContent(
        /1 change is kept on this device/,
      );
    }, SAVED);
    expect(draftsOf(m.id)).toHaveLength(1);
    expect(screen.queryByRole('group', { name: NOTICE })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: DISCARD })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Retry now' })).toBeInTheDocument();
  });
});

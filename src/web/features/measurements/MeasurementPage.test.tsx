// @vitest-environment happy-dom
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../core/catalogue/catalogue';
import type { RunningEmulator } from '../../../emulator/server';
import {
  DEMO_ENTITY,
  handCreate,
  handEdit,
  listItems,
  renderTabAt,
  signInPersona,
  startSeededEmulator,
  type EmulatorItem,
} from '../../test-support/measure-emulator';

let emulator: RunningEmulator;
beforeEach(async () => {
  emulator = await startSeededEmulator();
});
afterEach(async () => {
  await emulator.close();
});

async function measurementOf(kind: 'baseline' | 'annual'): Promise<EmulatorItem> {
  const items = await listItems(emulator, 'IntegrityMeasurements');
  const found = items.find((item) => item.fields.MeasurementKind === kind);
  if (found === undefined) throw new Error(`no ${kind} measurement seeded`);
  return found;
}

async function ratingsOf(measurementId: string): Promise<readonly EmulatorItem[]> {
  const items = await listItems(emulator, 'IntegrityRatings');
  return items.filter((item) => item.fields.MeasurementRef === measurementId);
}

async function openAs(
  persona: 'commander' | 'member',
  measurementId: string,
): Promise<ReturnType<typeof renderTabAt>> {
  const tab = renderTabAt(emulator, { path: `measurement/${measurementId}` });
  await signInPersona(tab.user, persona);
  await screen.findByText(/of 102 rated/, {}, { timeout: 10_000 });
  return tab;
}

function row(label: string): HTMLElement {
  return screen.getByRole('group', { name: label });
}

// Elements 0, 2, 4, … are rated in the seeded annual measurement, 1, 3, … are not.
const [rated, unrated] = [CATALOGUE[2]!, CATALOGUE[1]!];

describe('MeasurementPage (rating grid against the emulator)', { timeout: 60_000 }, () => {
  it('rates an element and the emulator holds the new value', async () => {
    const annual = await measurementOf('annual');
    const { user } = await openAs('commander', annual.id);

    const rating = within(row(unrated.label.en)).getByRole('combobox', { name: 'Rating' });
    await user.selectOptions(rating, '3 – Implemented');

    await within(row(unrated.label.en)).findByText('Saved');
    expect(
      within(row(unrated.label.en)).getByText(/Standardised, communicated and applied/),
    ).toBeInTheDocument();
    const stored = (await ratingsOf(annual.id)).find((r) => r.fields.ElementId === unrated.id);
    expect(stored?.fields.RatingValue).toBe('3');
  });

  it('offers not applicable, stores it and shows it as n/a, not as a low level', async () => {
    const annual = await measurementOf('annual');
    const { user } = await openAs('commander', annual.id);

    const rating = within(row(rated.label.en)).getByRole('combobox', { name: 'Rating' });
    await user.selectOptions(rating, 'Not applicable');
    await within(row(rated.label.en)).findByText('Saved');
    const stored = (await ratingsOf(annual.id)).find((r) => r.fields.ElementId === rated.id);
    expect(stored?.fields.RatingValue).toBe('not-applicable');
    expect(rating).toHaveDisplayValue('Not applicable');
    // No level's meaning is given as a hint: n/a is not a level.
    expect(within(row(rated.label.en)).queryByText(/Incidental, reactive/)).not.toBeInTheDocument();
  });

  it('refuses an evidence link that is not http(s), with the translated message', async () => {
    const annual = await measurementOf('annual');
    const { user } = await openAs('commander', annual.id);

    const links = within(row(rated.label.en)).getByRole('textbox', { name: /Evidence links/ });
    await user.clear(links);
    await user.type(links, 'javascript:alert(1)');
    await user.tab();

    expect(await within(row(rated.label.en)).findByRole('alert')).toHaveTextContent(
      'Evidence links must be web addresses that start with http:// or https://.',
    );
  });

  it('shows a locked measurement read only and changes nothing in the store', async () => {
    const baseline = await measurementOf('baseline');
    const before = await ratingsOf(baseline.id);
    await openAs('commander', baseline.id);

    expect(screen.getByText(/This measurement is the audit record/)).toBeInTheDocument();
    expect(within(screen.getByRole('main')).queryAllByRole('combobox')).toHaveLength(0);
    expect(screen.queryAllByRole('button', { name: 'Lock measurement' })).toHaveLength(0);
    expect(screen.getByRole('button', { name: 'Start a correction' })).toBeInTheDocument();
    expect(await ratingsOf(baseline.id)).toEqual(before);
  });

  it('blocks the lock with the missing count, then locks once every element is rated', async () => {
    const annual = await measurementOf('annual');
    const decided = (await ratingsOf(annual.id)).filter(
      (r) => r.fields.RatingValue !== 'not-assessed',
    );
    const missing = CATALOGUE.length - decided.length;
    const first = await openAs('commander', annual.id);

    await first.user.click(screen.getByRole('button', { name: 'Lock measurement' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      `${missing} elements have no rating yet.`,
    );
    first.unmount();

    // Complete the measurement behind the tab's back, then open it again.
    const existing = await ratingsOf(annual.id);
    for (const element of CATALOGUE) {
      const found = existing.find((r) => r.fields.ElementId === element.id);
      if (found === undefined) {
        await handCreate(emulator, 'IntegrityRatings', {
          Title: element.id,
          EntityId: DEMO_ENTITY,
          MeasurementRef: annual.id,
          ElementId: element.id,
          RatingValue: '2',
        });
      } else if (found.fields.RatingValue === 'not-assessed') {
        await handEdit(emulator, 'IntegrityRatings', found.id, { RatingValue: '1' });
      }
    }
    const second = renderTabAt(emulator, { path: `measurement/${annual.id}` });
    await signInPersona(second.user, 'commander');
    await screen.findByText(/of 102 rated/, {}, { timeout: 10_000 });
    await second.user.click(screen.getByRole('button', { name: 'Lock measurement' }));

    expect(
      await screen.findByText('The measurement is locked.', {}, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(within(screen.getByRole('main')).queryAllByRole('combobox')).toHaveLength(0);
    expect((await measurementOf('annual')).fields.MeasurementStatus).toBe('locked');
    // Its items are sealed next (MeasurementSealing.test.tsx); the test ends once they are.
    await screen.findByText(/^Sealed: its \d+ items are read-only/, {}, { timeout: 20_000 });
  });

  it('shows the dispersion of the raters and requires a dissent for a distant agreed rating', async () => {
    const annual = await measurementOf('annual');
    await handEdit(emulator, 'IntegrityMeasurements', annual.id, { RatingMode: 'multi-rater' });
    await handCreate(emulator, 'IntegrityIndividualRatings', {
      Title: unrated.id,
      MeasurementRef: annual.id,
      ElementId: unrated.id,
      RaterName: 'Sofie Claes',
      RaterEmail: 'sofie.claes@pz-demo.example',
      RatingValue: '1',
    });
    const { user } = await openAs('commander', annual.id);
    const element = row(unrated.label.en);
    expect(within(element).getByRole('status')).toHaveTextContent(
      '1 rater: lowest 1, highest 1, range 0 · Unanimous',
    );

    await user.selectOptions(within(element).getByRole('combobox', { name: 'Your rating' }), '5');
    await waitFor(() =>
      expect(within(element).getByRole('status')).toHaveTextContent(
        '2 raters: lowest 1, highest 5, range 4 · Divergent: discuss · Suggested: 3 – Implemented',
      ),
    );

    await user.selectOptions(within(element).getByRole('combobox', { name: 'Agreed rating' }), '5');
    await user.click(within(element).getByRole('button', { name: 'Record agreed rating' }));
    expect(await within(element).findByRole('alert')).toHaveTextContent(
      'The agreed rating differs strongly from 1 individual rating',
    );

    await user.type(
      within(element).getByRole('textbox', { name: 'Dissent' }),
      'Ad hoc only in one team.',
    );
    await user.click(within(element).getByRole('button', { name: 'Record agreed rating' }));
    await within(element).findByText('Saved');
    const stored = (await ratingsOf(annual.id)).find((r) => r.fields.ElementId === unrated.id);
    expect(stored?.fields).toMatchObject({ RatingValue: '5', Dissent: 'Ad hoc only in one team.' });
  });

  it('shows a member the ratings without any edit control', async () => {
    const annual = await measurementOf('annual');
    await openAs('member', annual.id);

    expect(screen.getByText(/Only the team's owners/)).toBeInTheDocument();
    expect(within(screen.getByRole('main')).queryAllByRole('combobox')).toHaveLength(0);
    expect(within(screen.getByRole('main')).queryAllByRole('textbox')).toHaveLength(0);
    expect(screen.queryByRole('button', { name: 'Lock measurement' })).not.toBeInTheDocument();
    expect(within(row(unrated.label.en)).getByText('Not rated yet')).toBeInTheDocument();
  });
});

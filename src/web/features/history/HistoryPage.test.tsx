// @vitest-environment happy-dom
import { screen, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../../emulator/server';
import {
  handEdit,
  listItems,
  renderTabAt,
  signInPersona,
  startSeededEmulator,
} from '../../test-support/measure-emulator';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startSeededEmulator();
});
afterAll(async () => {
  await emulator.close();
});

describe('HistoryPage (against the emulator)', { timeout: 60_000 }, () => {
  it('shows a field changed directly in SharePoint as changed outside the app', async () => {
    const ratings = await listItems(emulator, 'IntegrityRatings');
    const rating = ratings.find((r) => r.fields.RatingValue === '3');
    if (rating === undefined) throw new Error('no rating at level 3 seeded');
    await handEdit(emulator, 'IntegrityRatings', rating.id, {
      EvidenceNote: 'Handmatig aangepast.',
    });

    const { user } = renderTabAt(emulator, { path: `history/rating/${rating.id}` });
    await signInPersona(user, 'member');

    const versions = await screen.findAllByRole('listitem', {}, { timeout: 10_000 });
    const newest = versions[0]!;
    expect(within(newest).getByText('Changed outside the app')).toBeInTheDocument();
    expect(within(newest).getByText(/SharePoint UI \(hand edit\)/)).toBeInTheDocument();
    const change = within(newest).getByRole('row', { name: /evidenceNote/ });
    expect(change).toHaveTextContent(
      'Wordt toegepast en is gecommuniceerd; registraties beschikbaar.',
    );
    expect(change).toHaveTextContent('Handmatig aangepast.');
    // The version the app wrote (the seed's first version) is not flagged.
    expect(within(versions.at(-1)!).queryByText('Changed outside the app')).not.toBeInTheDocument();
  });
});

// @vitest-environment happy-dom
import { screen, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../../emulator/server';
import {
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

describe('MyActionsPage (against the emulator)', { timeout: 60_000 }, () => {
  it("lists the commander's actions grouped by due date, not the others'", async () => {
    // 1 June 2026: the agenda item (due 30 June) is upcoming, the training (March 2027) later.
    const { user } = renderTabAt(emulator, {
      path: 'my-actions',
      now: new Date('2026-06-01T08:00:00Z'),
    });
    await signInPersona(user, 'commander');

    const upcoming = await screen.findByRole(
      'region',
      { name: /Due in the next 30 days/ },
      { timeout: 10_000 },
    );
    expect(
      within(upcoming).getByText('Integriteit als vast agendapunt in het maandelijkse teamoverleg'),
    ).toBeInTheDocument();
    const later = screen.getByRole('region', { name: /Later or without a due date/ });
    expect(
      within(later).getByText('Opleiding ethisch leiderschap voor officieren en middenkader'),
    ).toBeInTheDocument();
    const done = screen.getByRole('region', { name: /Done or cancelled/ });
    expect(
      within(done).getByText('Voorbeeldgedrag van leidinggevenden opnemen in het opdrachtenkader'),
    ).toBeInTheDocument();
    // The integrity officer's and the DIT chief's actions are not the commander's.
    expect(screen.queryByText('Vier dilemmatrainers opleiden')).not.toBeInTheDocument();
    expect(screen.queryByText(/Loggingrapporten ANG/)).not.toBeInTheDocument();
  });
});

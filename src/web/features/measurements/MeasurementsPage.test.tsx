// @vitest-environment happy-dom
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../../emulator/server';
import {
  handEdit,
  listItems,
  renderTabAt,
  signInPersona,
  startSeededEmulator,
} from '../../test-support/measure-emulator';

let emulator: RunningEmulator;
beforeEach(async () => {
  emulator = await startSeededEmulator();
});
afterEach(async () => {
  await emulator.close();
});

describe('MeasurementsPage (against the emulator)', { timeout: 60_000 }, () => {
  it('lists the measurements with status, progress and who locked them', async () => {
    const { user } = renderTabAt(emulator, { path: 'measurements' });
    await signInPersona(user, 'member');

    const table = await screen.findByRole(
      'table',
      { name: 'Measurements of the maturity matrix' },
      { timeout: 10_000 },
    );
    const baseline = within(table).getByRole('row', { name: /Baseline/ });
    expect(baseline).toHaveTextContent('Locked');
    expect(baseline).toHaveTextContent('Marc Janssens');
    expect(within(table).getByRole('row', { name: /Annual measurement/ })).toHaveTextContent(
      'Open',
    );
    expect(screen.queryByRole('button', { name: 'Start measurement' })).not.toBeInTheDocument();
  });

  it('refuses a second open measurement with the translated rule, then starts one', async () => {
    const first = renderTabAt(emulator, { path: 'measurements' });
    const { user } = first;
    await signInPersona(user, 'commander');

    await user.click(
      await screen.findByRole('button', { name: 'Start measurement' }, { timeout: 10_000 }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This plan already has an open measurement. Lock it before starting another one.',
    );

    // Once the annual measurement is locked (here by hand), a final one may start.
    const annual = (await listItems(emulator, 'IntegrityMeasurements')).find(
      (m) => m.fields.MeasurementKind === 'annual',
    );
    await handEdit(emulator, 'IntegrityMeasurements', annual!.id, { MeasurementStatus: 'locked' });
    first.unmount();
    const second = renderTabAt(emulator, { path: 'measurements' });
    await signInPersona(second.user, 'commander');
    await second.user.selectOptions(
      await screen.findByRole('combobox', { name: 'Kind' }, { timeout: 10_000 }),
      'final',
    );
    await second.user.click(screen.getByRole('button', { name: 'Start measurement' }));

    await screen.findByText(/of 102 rated/, {}, { timeout: 10_000 });
    const finals = (await listItems(emulator, 'IntegrityMeasurements')).filter(
      (m) => m.fields.MeasurementKind === 'final',
    );
    expect(finals).toHaveLength(1);
    expect(window.location.hash).toBe(`#/measurement/${finals[0]!.id}`);
  });
});

// @vitest-environment happy-dom
import { screen } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../../emulator/server';
import {
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

describe('SettingsPage (against the emulator)', { timeout: 60_000 }, () => {
  it('refuses day 29 with the translated message, then saves a valid cadence', async () => {
    const { user } = renderTabAt(emulator, {
      path: 'settings',
      now: new Date('2026-12-01T09:00:00Z'),
    });
    await signInPersona(user, 'commander');

    const day = await screen.findByRole(
      'spinbutton',
      { name: 'Day of the month (1–28)' },
      { timeout: 10_000 },
    );
    await user.clear(day);
    await user.type(day, '29');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(
      await screen.findByText(
        'The reminder day must be a whole number from 1 to 28 (now: 29), so that every month has that day.',
      ),
    ).toBeInTheDocument();
    expect(day).toHaveAttribute('aria-invalid', 'true');

    await user.clear(day);
    await user.type(day, '15');
    const hour = screen.getByRole('spinbutton', { name: 'Hour (0–23, Belgian time)' });
    await user.clear(hour);
    await user.type(hour, '10');
    // 10:00 on the 15th on a Brussels clock, whatever the machine's zone.
    expect(
      screen.getByText('Next reminder: Tuesday, 15 December 2026 at 10:00'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    expect(await screen.findByText('The settings are saved.')).toBeInTheDocument();
    const [settings] = await listItems(emulator, 'IntegritySettings');
    expect(settings?.fields).toMatchObject({ DayOfMonth: 15, ReminderHour: 10 });
  });

  it('shows a member no settings form', async () => {
    const { user } = renderTabAt(emulator, { path: 'settings' });
    await signInPersona(user, 'member');

    expect(
      await screen.findByText(
        "Only the team's owners can change the entity's settings.",
        {},
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save settings' })).not.toBeInTheDocument();
  });
});

// @vitest-environment happy-dom
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../../emulator/server';
import { listItems, renderTabAt, signInPersona } from '../../test-support/measure-emulator';
import { withoutAnimations } from '../../test-support/no-animations';

withoutAnimations();

// A bare team site, as a new team has before anyone set up the tab: no lists at all.
let emulator: RunningEmulator;
beforeEach(async () => {
  emulator = await startEmulator({
    dbPath: ':memory:',
    port: 0,
    seed: 'empty',
    provisionLists: false,
  });
});
afterEach(async () => {
  await emulator.close();
});

function openSetup() {
  return renderTabAt(emulator, {
    path: 'setup',
    context: {
      team: {
        groupId: emulator.groupId,
        internalId: '19:team@thread.tacv2',
        displayName: 'PZ Demo',
        siteUrl: null,
      },
    },
  });
}

async function botInstalled(): Promise<boolean> {
  const response = await fetch(
    `${emulator.graphBaseUrl}/teams/${emulator.groupId}/installedApps?$expand=teamsApp`,
    { headers: { authorization: `Bearer ${emulator.tokenFor('commander')}` } },
  );
  const body = (await response.json()) as { value: unknown[] };
  return body.value.length > 0;
}

describe('SetupPage (against the emulator)', { timeout: 90_000 }, () => {
  it('walks an owner from a bare site to lists, a reminder channel and the bot', async () => {
    const { user } = openSetup();
    await signInPersona(user, 'commander');

    // Step 1: the site is readable, the commander owns it, every list is missing.
    expect(
      await screen.findByText(
        'You are an owner of the site, so you can set it up.',
        {},
        { timeout: 15_000 },
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('11 lists still have to be created.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next' }));

    // Step 2: provisioning with a progress bar, then every manifest list exists.
    expect(screen.getByRole('heading', { name: 'Step 2 of 4: Create the lists' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Create the lists' }));
    expect(screen.getByRole('progressbar', { name: 'Creating the lists' })).toBeInTheDocument();
    expect(
      await screen.findByText('The lists are ready.', {}, { timeout: 60_000 }),
    ).toBeInTheDocument();
    expect(await listItems(emulator, 'IntegritySettings')).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Next' }));

    // Step 3: the team's channels from Graph; the choice lands in the entity's settings.
    const channels = await screen.findByRole('radiogroup', {}, { timeout: 15_000 });
    expect(within(channels).getByRole('radio', { name: 'General' })).toBeInTheDocument();
    expect(within(channels).getAllByRole('radio').length).toBeGreaterThanOrEqual(3);
    await user.click(within(channels).getByRole('radio', { name: 'Integriteit' }));
    await user.click(screen.getByRole('button', { name: 'Save the channel' }));
    expect(
      await screen.findByText(
        'The reminder channel is saved: Integriteit.',
        {},
        { timeout: 15_000 },
      ),
    ).toBeInTheDocument();
    const [settings] = await listItems(emulator, 'IntegritySettings');
    expect(settings?.fields).toMatchObject({
      ChannelName: 'Integriteit',
      TeamId: emulator.groupId,
    });
    await user.click(screen.getByRole('button', { name: 'Next' }));

    // Step 4: the bot is not in the new team; one click adds it through Graph.
    expect(await botInstalled()).toBe(false);
    await user.click(
      await screen.findByRole('button', { name: 'Add the bot to the team' }, { timeout: 15_000 }),
    );
    expect(
      await screen.findByText('The bot is in the team: it will post the monthly reminder.'),
    ).toBeInTheDocument();
    expect(await botInstalled()).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByRole('heading', { name: 'The set-up is complete' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to Home' })).toHaveAttribute('href', '#/home');
  });

  it('tells a member to ask an owner and offers no set-up', async () => {
    const { user } = openSetup();
    await signInPersona(user, 'member');

    expect(
      await screen.findByText('Ask an owner to set up the tab', {}, { timeout: 15_000 }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Next' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Create the lists' })).not.toBeInTheDocument();
  });
});

// @vitest-environment happy-dom
import { screen } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../../emulator/server';
import { listItems, renderTabAt, startSeededEmulator } from '../../test-support/measure-emulator';
import { isEntityCode, suggestEntityCode } from './entity-code';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startSeededEmulator();
});
afterAll(async () => {
  await emulator.close();
});

describe('TabConfigPage (against the emulator)', { timeout: 60_000 }, () => {
  it('saves the settings with this channel and configures the tab for the entity', async () => {
    const tab = renderTabAt(emulator, {
      context: {
        frameContext: 'settings',
        entityId: null,
        team: {
          groupId: 'group-2',
          internalId: '19:pz@thread.skype',
          displayName: 'PZ Zuiderkempen',
          siteUrl: null,
        },
        channel: { id: '19:integriteit@thread.tacv2', displayName: 'Integriteit' },
      },
    });
    const code = await screen.findByRole('textbox', { name: 'Entity code' });
    expect(code).toHaveValue('pz-zuiderkempen');
    if (tab.services.signIn.kind !== 'persona') throw new Error('local mode signs in by persona');
    await tab.services.signIn.signIn('commander');

    expect(await tab.host.pressSave()).toBe('success');
    expect(tab.host.savedConfigs.at(-1)?.entityId).toBe('pz-zuiderkempen');
    const saved = (await listItems(emulator, 'IntegritySettings')).find(
      (item) => item.fields.EntityId === 'pz-zuiderkempen',
    );
    expect(saved?.fields).toMatchObject({
      Title: 'PZ Zuiderkempen',
      ChannelId: '19:integriteit@thread.tacv2',
      TeamId: 'group-2',
      DayOfMonth: 1,
      ReminderHour: 9,
    });
  });

  it('keeps Save off for a code that is not lower-case letters, digits and hyphens', async () => {
    const tab = renderTabAt(emulator, { context: { frameContext: 'settings' } });
    const code = await screen.findByRole('textbox', { name: 'Entity code' });
    await tab.user.clear(code);
    await tab.user.type(code, 'PZ Demo!');

    expect(
      screen.getByText('Use lower-case letters, digits and hyphens only.'),
    ).toBeInTheDocument();
    expect(tab.host.validity.at(-1)).toBe(false);
  });
});

describe('entity codes', () => {
  it.each([
    ['PZ Demo', 'pz-demo'],
    ['Zone de police Bruxelles-Capitale/Ixelles', 'zone-de-police-bruxelles-capitale-ixelles'],
    ['Polizeizone Eifel', 'polizeizone-eifel'],
    ['DGR – Direction générale', 'dgr-direction-generale'],
  ])('suggests %s → %s', (name, code) => {
    expect(suggestEntityCode(name)).toBe(code);
    expect(isEntityCode(code)).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import type { InstallationEvent } from '../ports/bot-activity';
import { isInTeam, recordBotInstallation } from './record-bot-installation';
import { demoSettings, ReminderWorld } from './test-support/reminder-world';

const event: InstallationEvent = {
  kind: 'installed',
  tenantId: 'tenant-1',
  serviceUrl: 'https://smba.trafficmanager.net/emea/',
  team: { id: '19:team-thread@thread.tacv2', aadGroupId: 'GROUP-PZ-A', name: 'PZ A' },
  channelId: '19:team-thread@thread.tacv2',
};

describe('recordBotInstallation', () => {
  it('records the conversation reference for every entity of the team, and the removal', async () => {
    const world = new ReminderWorld();
    world.addEntity(demoSettings('pz-a'));
    world.addEntity(demoSettings('pz-b'));
    const installed = await recordBotInstallation(event, world.targets);
    expect(installed).toEqual({ kind: 'installed', updated: ['pz-a'], failed: [] });
    expect(world.target('pz-a').value.bot).toEqual({
      state: 'installed',
      conversation: {
        serviceUrl: event.serviceUrl,
        tenantId: 'tenant-1',
        teamId: event.team.id,
        aadGroupId: 'GROUP-PZ-A',
        channelId: event.channelId,
      },
    });
    expect(world.target('pz-b').value.bot.state).toBe('unknown');

    await recordBotInstallation({ ...event, kind: 'removed' }, world.targets);
    expect(world.target('pz-a').value.bot.state).toBe('removed');
    expect(world.target('pz-a').value.bot.conversation?.serviceUrl).toBe(event.serviceUrl);
  });

  it('matches a team by group id, thread id or General channel', () => {
    const settings = demoSettings('pz-a');
    expect(isInTeam(settings, { id: 'x', aadGroupId: 'group-pz-a', name: null })).toBe(true);
    expect(isInTeam(settings, { id: '19:pz-a@thread.tacv2', aadGroupId: null, name: null })).toBe(
      true,
    );
    expect(isInTeam(settings, { id: 'x', aadGroupId: null, name: null })).toBe(false);
    expect(isInTeam(demoSettings('pz-a', { reminderChannel: null }), event.team)).toBe(false);
  });
});

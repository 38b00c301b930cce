// @vitest-environment happy-dom
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HostPort } from '../../ports/host-context';
import { connectHost } from './teams-host';
import { installFakeTeamsHost, type FakeTeamsHost } from './test-support/fake-teams-host';

// The configuration page: the host opens the tab with frameContext "settings".
let host: FakeTeamsHost;
let port: HostPort;

beforeAll(async () => {
  host = installFakeTeamsHost(window, {
    frameContext: 'settings',
    context: { locale: 'nl-BE', theme: 'default', teamId: '19:t@thread.skype', groupId: 'g-1' },
  });
  port = await connectHost({ timeoutMs: 5_000 });
});

afterAll(() => {
  host.uninstall();
});

describe('the configuration page in a Teams host', () => {
  it('knows it is the settings frame', async () => {
    expect((await port.getContext()).frameContext).toBe('settings');
  });

  it('enables the Save button, saves the instance when Save is pressed and reports success', async () => {
    port.setValidityState(true);
    port.registerOnSave(() =>
      port.setConfig({
        contentUrl: 'https://tab.example/index.html#/home',
        websiteUrl: 'https://tab.example/index.html#/home',
        entityId: 'integrity-dashboard',
        suggestedDisplayName: 'Integriteit',
      }),
    );
    expect((await host.waitForRequest('settings.setValidityState')).args).toEqual([true]);

    host.emit('settings.save', [{}]);

    const saved = await host.waitForRequest('settings.setSettings');
    expect(saved.args[0]).toEqual({
      contentUrl: 'https://tab.example/index.html#/home',
      websiteUrl: 'https://tab.example/index.html#/home',
      entityId: 'integrity-dashboard',
      suggestedDisplayName: 'Integriteit',
    });
    await host.waitForRequest('settings.save.success');
  });
});

// @vitest-environment happy-dom
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HostPort, HostTheme } from '../../ports/host-context';
import { connectHost } from './teams-host';
import { installFakeTeamsHost, type FakeTeamsHost } from './test-support/fake-teams-host';

const APP_ID = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';

// The flat context shape a Teams host sends over postMessage (teams-js maps it to app.Context).
const HOST_CONTEXT = {
  locale: 'fr-BE',
  theme: 'dark',
  userObjectId: '00000000-0000-0000-0000-0000000000c1',
  loginHint: 'commander@pz-demo.example',
  userDisplayName: 'Commissaris Claes',
  teamId: '19:team@thread.skype',
  groupId: '6b1f6c7e-1b2a-4c3d-8e9f-0a1b2c3d4e5f',
  teamName: 'PZ Demo',
  teamSiteUrl: 'https://contoso.sharepoint.com/sites/PZDemo/',
  channelId: '19:general@thread.skype',
  channelName: 'General',
  entityId: 'integrity-dashboard',
  subEntityId: 'measurement/42',
  appId: APP_ID,
};

let host: FakeTeamsHost;
let port: HostPort;

beforeAll(async () => {
  host = installFakeTeamsHost(window, { frameContext: 'content', context: HOST_CONTEXT });
  port = await connectHost({ timeoutMs: 5_000 });
});

afterAll(() => {
  host.uninstall();
});

describe('connectHost in a Teams host', () => {
  it('completes the teams-js handshake and reads the context the host sent', async () => {
    expect(await port.getContext()).toEqual({
      mode: 'teams',
      locale: 'fr',
      theme: 'dark',
      user: {
        id: '00000000-0000-0000-0000-0000000000c1',
        loginHint: 'commander@pz-demo.example',
        displayName: 'Commissaris Claes',
      },
      team: {
        groupId: '6b1f6c7e-1b2a-4c3d-8e9f-0a1b2c3d4e5f',
        internalId: '19:team@thread.skype',
        displayName: 'PZ Demo',
        siteUrl: 'https://contoso.sharepoint.com/sites/PZDemo',
      },
      channel: { id: '19:general@thread.skype', displayName: 'General' },
      frameContext: 'content',
      subPageId: 'measurement/42',
      entityId: 'integrity-dashboard',
    });
  });

  it('passes every theme change the host sends to each listener until it unsubscribes', async () => {
    const first: HostTheme[] = [];
    const second: HostTheme[] = [];
    const stopFirst = port.onThemeChange((theme) => first.push(theme));
    port.onThemeChange((theme) => second.push(theme));

    // teams-js checks each message's origin asynchronously: wait for delivery before going on.
    host.emit('themeChange', ['contrast']);
    await expect.poll(() => second.length).toBe(1);
    stopFirst();
    host.emit('themeChange', ['glass']);
    await expect.poll(() => second.length).toBe(2);

    expect(first).toEqual(['contrast']);
    expect(second).toEqual(['contrast', 'default']);
  });

  it('opens a page of the tab through pages.navigateToApp with the sub-page', async () => {
    await port.openDeepLink({ kind: 'tab-page', subPageId: 'plan/objective/7' });

    const request = await host.waitForRequest('pages.navigateToApp');
    expect(request.args[0]).toMatchObject({
      appId: APP_ID,
      pageId: 'integrity-dashboard',
      subPageId: 'plan/objective/7',
      channelId: '19:general@thread.skype',
    });
  });

  it('opens a web link through the host and refuses a script URL', async () => {
    await port.openDeepLink({ kind: 'external', url: 'https://www.aigpol.be/integriteit' });
    const request = await host.waitForRequest('executeDeepLink');
    expect(request.args).toEqual(['https://www.aigpol.be/integriteit']);

    await expect(
      port.openDeepLink({ kind: 'external', url: 'javascript:alert(1)' }),
    ).rejects.toThrow(/javascript: scheme/);
  });
});

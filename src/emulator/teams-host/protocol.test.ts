import { describe, expect, it } from 'vitest';
import {
  entityDeepLink,
  eventMessage,
  handleRequest,
  isHostRequest,
  legacyContext,
  parseEntityDeepLink,
  readTabConfiguration,
  responseMessage,
  runtimeConfig,
  type FrameSpec,
  type HostRequest,
  type HostTeam,
} from './protocol';

const ORIGIN = 'http://127.0.0.1:4010';
const APP_ID = '00000000-0000-4000-8000-000000000001';

const TEAM: HostTeam = {
  groupId: 'c0ffee00-7a1b-4c2d-8e3f-9a0b1c2d3e4f',
  internalId: '19:c0ffee007a1b4c2d8e3f9a0b1c2d3e4f@thread.tacv2',
  displayName: 'PZ Demo',
  entityId: 'pz-demo',
  channels: [{ id: '19:general@thread.tacv2', name: 'General' }],
  siteUrl: `${ORIGIN}/sites/pz-demo`,
};

function spec(overrides: Partial<FrameSpec> = {}): FrameSpec {
  return {
    frameContext: 'content',
    team: TEAM,
    channel: TEAM.channels[0] ?? null,
    persona: {
      persona: 'commander',
      displayName: 'Marc Janssens',
      email: 'marc.janssens@pz-demo.example',
      oid: '4a1f6c2e-9b3d-4e7a-8c5f-1d2e3f4a5b6c',
      teamRole: 'owner',
    },
    locale: 'fr-BE',
    theme: 'dark',
    entityId: 'pz-demo',
    subEntityId: null,
    appId: APP_ID,
    tenantId: 'tenant-1',
    origin: ORIGIN,
    ...overrides,
  };
}

function request(func: string, args: readonly unknown[] = []): HostRequest {
  return { id: 7, uuidAsString: 'uuid-7', func, args };
}

describe('runtimeConfig', () => {
  it('declares only the pages capabilities this host implements', () => {
    expect(JSON.parse(runtimeConfig(4))).toEqual({
      apiVersion: 4,
      isLegacyTeams: false,
      supports: { pages: { config: {}, currentApp: {} } },
    });
  });

  it('never declares a newer apiVersion than the tab asked for', () => {
    const version = (asked: unknown): unknown =>
      (JSON.parse(runtimeConfig(asked)) as { apiVersion: unknown }).apiVersion;
    expect(version(3)).toBe(3);
    expect(version(9)).toBe(4);
    // teams-js 2.0 sends no version at all.
    expect(version(undefined)).toBe(1);
    expect(version('4')).toBe(1);
  });
});

describe('legacyContext', () => {
  it('maps a channel tab to the flat shape teams-js reads', () => {
    expect(legacyContext(spec({ subEntityId: 'measurement/3' }))).toEqual({
      frameContext: 'content',
      locale: 'fr-BE',
      theme: 'dark',
      appId: APP_ID,
      hostName: 'Teams',
      hostClientType: 'web',
      tid: 'tenant-1',
      userObjectId: '4a1f6c2e-9b3d-4e7a-8c5f-1d2e3f4a5b6c',
      userDisplayName: 'Marc Janssens',
      loginHint: 'marc.janssens@pz-demo.example',
      userPrincipalName: 'marc.janssens@pz-demo.example',
      entityId: 'pz-demo',
      subEntityId: 'measurement/3',
      teamId: TEAM.internalId,
      teamName: 'PZ Demo',
      groupId: TEAM.groupId,
      userTeamRole: 0,
      teamSiteUrl: `${ORIGIN}/sites/pz-demo`,
      channelId: '19:general@thread.tacv2',
      channelName: 'General',
      channelType: 'Regular',
    });
  });

  it('gives a personal tab no team or channel, and a new configuration page no entity', () => {
    const personal = legacyContext(spec({ team: null, channel: null, entityId: 'my-actions' }));
    expect(personal).not.toHaveProperty('teamId');
    expect(personal).not.toHaveProperty('groupId');
    expect(personal).not.toHaveProperty('channelId');
    expect(personal.entityId).toBe('my-actions');
    const settings = legacyContext(spec({ frameContext: 'settings', entityId: null }));
    expect(settings.frameContext).toBe('settings');
    expect(settings).not.toHaveProperty('entityId');
    expect(settings).not.toHaveProperty('subEntityId');
  });

  it('reports the persona’s team role as Teams numbers it', () => {
    const role = (teamRole: 'owner' | 'member' | 'guest'): unknown =>
      legacyContext(spec({ persona: { ...spec().persona, teamRole } })).userTeamRole;
    expect([role('owner'), role('member'), role('guest')]).toEqual([0, 1, 2]);
  });
});

describe('handleRequest', () => {
  it('answers initialize with the frame context, the runtime config string and the SDK version', () => {
    const outcome = handleRequest(request('initialize', ['2.58.0', 4, null]), spec());
    expect(outcome.reply).toEqual(['content', 'web', runtimeConfig(4), '2.0.1']);
    const settings = handleRequest(
      request('initialize', ['2.19.0', 3]),
      spec({ frameContext: 'settings' }),
    );
    expect(settings.reply?.[0]).toBe('settings');
    expect(JSON.parse(String(settings.reply?.[2]))).toMatchObject({ apiVersion: 3 });
  });

  it('answers getContext with the legacy context', () => {
    expect(handleRequest(request('getContext'), spec()).reply).toEqual([legacyContext(spec())]);
  });

  it('takes fire-and-forget messages without answering', () => {
    for (const func of ['registerHandler', 'appInitialization.success']) {
      const outcome = handleRequest(request(func, ['themeChange']), spec());
      expect(outcome.reply).toBeNull();
      expect(outcome.handled).toBe(true);
    }
    expect(handleRequest(request('appInitialization.failure'), spec()).effect).toEqual({
      kind: 'app-state',
      state: 'failure',
    });
  });

  it('lets only a configuration page set validity and settings', () => {
    const settings = spec({ frameContext: 'settings', entityId: null });
    expect(handleRequest(request('settings.setValidityState', [true]), settings).effect).toEqual({
      kind: 'validity',
      valid: true,
    });
    expect(handleRequest(request('settings.setValidityState', [true]), spec()).effect).toBeNull();

    const config = {
      contentUrl: `${ORIGIN}/index.html#/home`,
      websiteUrl: `${ORIGIN}/index.html#/home`,
      entityId: 'integrity-dashboard',
      suggestedDisplayName: 'Integrity',
    };
    const saved = handleRequest(request('settings.setSettings', [config]), settings);
    expect(saved.reply).toEqual([true]);
    expect(saved.effect).toEqual({ kind: 'settings', config });
    expect(handleRequest(request('settings.setSettings', [config]), spec()).reply?.[0]).toBe(false);
  });

  it('refuses a configuration whose content is not on the tab’s origin', () => {
    const outcome = handleRequest(
      request('settings.setSettings', [{ contentUrl: 'https://elsewhere.example/tab' }]),
      spec({ frameContext: 'settings' }),
    );
    expect(outcome.reply).toEqual([
      false,
      `contentUrl must be on ${ORIGIN}, not https://elsewhere.example`,
    ]);
    expect(outcome.effect).toBeNull();
  });

  it('turns the save result into an effect', () => {
    const settings = spec({ frameContext: 'settings' });
    expect(handleRequest(request('settings.save.success'), settings).effect).toEqual({
      kind: 'save-result',
      ok: true,
      reason: null,
    });
    expect(handleRequest(request('settings.save.failure', ['no site']), settings).effect).toEqual({
      kind: 'save-result',
      ok: false,
      reason: 'no site',
    });
  });

  it('opens an entity deep link of this app where it points', () => {
    const link = entityDeepLink(APP_ID, 'integrity-dashboard', 'measurement/4', '19:x@thread');
    const outcome = handleRequest(request('executeDeepLink', [link]), spec());
    expect(outcome.reply).toEqual([true]);
    expect(outcome.effect).toEqual({
      kind: 'open',
      target: {
        entityId: 'integrity-dashboard',
        subEntityId: 'measurement/4',
        channelId: '19:x@thread',
      },
    });
  });

  it('refuses deep links to other apps and Teams links it cannot open', () => {
    const other = entityDeepLink('another-app', 'x', 'home', null);
    expect(handleRequest(request('executeDeepLink', [other]), spec()).reply?.[0]).toBe(false);
    const chat = 'https://teams.microsoft.com/l/chat/0/0?users=a@b.example';
    expect(handleRequest(request('executeDeepLink', [chat]), spec()).reply?.[0]).toBe(false);
    expect(handleRequest(request('executeDeepLink', []), spec()).reply?.[0]).toBe(false);
  });

  it('opens other web links outside Teams (app.openLink)', () => {
    const outcome = handleRequest(request('executeDeepLink', ['https://www.aig.be/nl']), spec());
    expect(outcome.reply).toEqual([true]);
    expect(outcome.effect).toEqual({ kind: 'external-link', url: 'https://www.aig.be/nl' });
  });

  it('handles pages.navigateToApp for this app only', () => {
    const params = { appId: APP_ID, pageId: 'my-actions', subPageId: 'my-actions', channelId: 'c' };
    const outcome = handleRequest(request('pages.navigateToApp', [params]), spec());
    expect(outcome.reply).toEqual([true]);
    expect(outcome.effect).toEqual({
      kind: 'open',
      target: { entityId: 'my-actions', subEntityId: 'my-actions', channelId: 'c' },
    });
    const elsewhere = handleRequest(
      request('pages.navigateToApp', [{ ...params, appId: 'other' }]),
      spec(),
    );
    expect(elsewhere.reply?.[0]).toBe(false);
    expect(elsewhere.effect).toBeNull();
  });

  it('handles pages.currentApp navigation with an SDK-error answer of null', () => {
    const outcome = handleRequest(
      request('pages.currentApp.navigateTo', [{ pageId: 'pz-demo', subPageId: 'dashboard' }]),
      spec(),
    );
    expect(outcome.reply).toEqual([null]);
    expect(outcome.effect).toEqual({
      kind: 'open',
      target: {
        entityId: 'pz-demo',
        subEntityId: 'dashboard',
        channelId: '19:general@thread.tacv2',
      },
    });
    expect(handleRequest(request('pages.currentApp.navigateToDefaultPage'), spec()).effect).toEqual(
      {
        kind: 'open',
        target: { entityId: 'pz-demo', subEntityId: null, channelId: '19:general@thread.tacv2' },
      },
    );
  });

  it('reports funcs it does not implement', () => {
    const outcome = handleRequest(request('authentication.getAuthToken'), spec());
    expect(outcome).toEqual({ reply: null, effect: null, handled: false });
  });
});

describe('deep links', () => {
  it('reads the reminder card’s link format', () => {
    const link =
      'https://teams.microsoft.com/l/entity/00000000-0000-0000-0000-000000000001/integrity-plan?context=%7B%22channelId%22%3A%2219%3Aabc%40thread.tacv2%22%7D';
    expect(parseEntityDeepLink(link)).toEqual({
      appId: '00000000-0000-0000-0000-000000000001',
      entityId: 'integrity-plan',
      subEntityId: null,
      channelId: '19:abc@thread.tacv2',
    });
  });

  it('round-trips what entityDeepLink builds, and ignores a broken context', () => {
    const link = entityDeepLink(APP_ID, 'integrity-dashboard', 'plan/objective/1', null);
    expect(parseEntityDeepLink(link)).toEqual({
      appId: APP_ID,
      entityId: 'integrity-dashboard',
      subEntityId: 'plan/objective/1',
      channelId: null,
    });
    expect(
      parseEntityDeepLink(`https://teams.microsoft.com/l/entity/${APP_ID}/tab?context={oops`),
    ).toMatchObject({ subEntityId: null });
    expect(parseEntityDeepLink('https://example.org/l/entity')).toBeNull();
    expect(parseEntityDeepLink('not a url')).toBeNull();
  });
});

describe('messages', () => {
  it('recognises requests and echoes id and uuidAsString in responses', () => {
    expect(isHostRequest({ id: 1, func: 'getContext', args: [] })).toBe(true);
    expect(isHostRequest({ func: 'themeChange', args: ['dark'] })).toBe(false);
    expect(isHostRequest('initialize')).toBe(false);
    expect(responseMessage(request('getContext'), [1])).toEqual({
      id: 7,
      uuidAsString: 'uuid-7',
      args: [1],
    });
    expect(eventMessage('themeChange', ['contrast'])).toEqual({
      func: 'themeChange',
      args: ['contrast'],
    });
  });

  it('keeps optional configuration fields only when given', () => {
    expect(readTabConfiguration({ contentUrl: `${ORIGIN}/x`, entityId: 'e' }, ORIGIN)).toEqual({
      ok: true,
      config: { contentUrl: `${ORIGIN}/x`, entityId: 'e', suggestedDisplayName: '' },
    });
    expect(readTabConfiguration(null, ORIGIN)).toMatchObject({ ok: false });
    expect(readTabConfiguration({ contentUrl: 'relative' }, ORIGIN)).toMatchObject({ ok: false });
  });
});

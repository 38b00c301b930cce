import { FrameContexts, HostClientType, HostName, type app } from '@microsoft/teams-js';
import { describe, expect, it } from 'vitest';
import { toHostContext, toHostTheme } from './teams-context';

// A node test: without `window`, teams-js loads as for server-side rendering (no CDN fetch).
function context(overrides: Partial<app.Context>): app.Context {
  return {
    app: {
      locale: 'nl-BE',
      theme: 'default',
      sessionId: '',
      host: {
        name: HostName.teams,
        clientType: HostClientType.web,
        sessionId: '',
      },
    },
    page: { id: '', frameContext: FrameContexts.content },
    dialogParameters: {},
    ...overrides,
  };
}

describe('toHostTheme', () => {
  it.each([
    ['default', 'default'],
    ['dark', 'dark'],
    ['contrast', 'contrast'],
    ['glass', 'default'],
    [undefined, 'default'],
  ] as const)('reads %s as %s', (theme, expected) => {
    expect(toHostTheme(theme)).toBe(expected);
  });
});

describe('toHostContext', () => {
  it('leaves out what teams-js filled with empty strings', () => {
    const mapped = toHostContext(context({ user: { id: '', displayName: '' } }));

    expect(mapped.user).toEqual({});
    expect(mapped.entityId).toBeNull();
    expect(mapped.subPageId).toBeNull();
  });

  it('falls back to the UPN as login hint', () => {
    const mapped = toHostContext(context({ user: { id: 'u1', userPrincipalName: 'a@b.example' } }));

    expect(mapped.user).toEqual({ id: 'u1', loginHint: 'a@b.example' });
  });

  it('has no team when the host gives no Microsoft 365 group id', () => {
    const mapped = toHostContext(context({ team: { internalId: '19:t@thread.skype' } }));

    expect(mapped.team).toBeNull();
  });

  it('keeps a team and channel without display names', () => {
    const mapped = toHostContext(
      context({ team: { internalId: '19:t', groupId: 'g' }, channel: { id: '19:c' } }),
    );

    expect(mapped.team).toEqual({
      internalId: '19:t',
      groupId: 'g',
      displayName: null,
      siteUrl: null,
    });
    expect(mapped.channel).toEqual({ id: '19:c', displayName: null });
  });

  it.each([
    [
      'https://contoso.sharepoint.com/sites/pz-demo',
      'https://contoso.sharepoint.com/sites/pz-demo',
    ],
    [
      'https://contoso.sharepoint.com/sites/pz-demo/',
      'https://contoso.sharepoint.com/sites/pz-demo',
    ],
    [
      ' https://Contoso.SharePoint.com/teams/PZ%20Noord ',
      'https://contoso.sharepoint.com/teams/PZ%20Noord',
    ],
    ['https://contoso.sharepoint.us/sites/pz?web=1#top', 'https://contoso.sharepoint.us/sites/pz'],
    // The local Teams host (the emulator) on loopback.
    ['http://127.0.0.1:4010/sites/pz-demo', 'http://127.0.0.1:4010/sites/pz-demo'],
  ])('reads the team site %j as %j', (teamSiteUrl, expected) => {
    const mapped = toHostContext(
      context({ team: { internalId: '19:t', groupId: 'g' }, sharePointSite: { teamSiteUrl } }),
    );

    expect(mapped.team?.siteUrl).toBe(expected);
  });

  it.each([
    ['empty', ''],
    ['not a URL', 'sites/pz-demo'],
    ['a script', 'javascript:alert(1)'],
    ['plain http off loopback', 'http://contoso.sharepoint.com/sites/pz-demo'],
    ['with credentials', 'https://user:secret@contoso.sharepoint.com/sites/pz-demo'],
    ['a bare host', 'https://contoso.sharepoint.com/'],
  ])('ignores a team site URL that is %s', (_, teamSiteUrl) => {
    const mapped = toHostContext(
      context({ team: { internalId: '19:t', groupId: 'g' }, sharePointSite: { teamSiteUrl } }),
    );

    expect(mapped.team).toEqual({
      internalId: '19:t',
      groupId: 'g',
      displayName: null,
      siteUrl: null,
    });
  });

  it('narrows the locale and ignores frame contexts the tab has no page for', () => {
    const mapped = toHostContext(
      context({
        app: { ...context({}).app, locale: 'es-ES' },
        page: { id: 'x', frameContext: FrameContexts.task },
      }),
    );

    expect(mapped.locale).toBe('en');
    expect(mapped.frameContext).toBeNull();
  });
});

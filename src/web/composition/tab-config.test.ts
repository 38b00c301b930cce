// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readPageMode, readTabConfig, TAB_MODE_META_NAME } from './tab-config';

describe('readPageMode', () => {
  it('reads the mode the build wrote into the page, local when absent', () => {
    expect(readPageMode(document)).toBe('local');

    const meta = document.createElement('meta');
    meta.name = TAB_MODE_META_NAME;
    meta.content = 'tenant';
    document.head.append(meta);
    expect(readPageMode(document)).toBe('tenant');
    meta.remove();
  });
});

describe('readTabConfig', () => {
  it('points local mode at the emulator serving the page', () => {
    expect(readTabConfig('local', 'http://127.0.0.1:5173', {})).toEqual({
      mode: 'local',
      emulatorOrigin: 'http://127.0.0.1:5173',
      graphBaseUrl: 'http://127.0.0.1:5173/v1.0',
      hostTimeoutMs: 2000,
      teamsAppId: null,
      // The emulator's app catalogue holds the app under local mode's Teams app id.
      catalogAppId: '00000000-0000-4000-8000-000000000001',
    });
  });

  it('takes tenant settings from the build, with Graph and the tenant defaulted', () => {
    const config = readTabConfig('tenant', 'https://tab.example', {
      VITE_AAD_CLIENT_ID: ' 11111111-2222-3333-4444-555555555555 ',
      VITE_TEAMS_APP_ID: 'app-1',
      VITE_HOST_TIMEOUT_MS: '2500',
    });

    expect(config).toEqual({
      mode: 'tenant',
      clientId: '11111111-2222-3333-4444-555555555555',
      tenantId: 'organizations',
      graphBaseUrl: 'https://graph.microsoft.com/v1.0',
      hostTimeoutMs: 2500,
      teamsAppId: 'app-1',
      catalogAppId: null,
      siteUrl: null,
      redirectUri: 'https://tab.example/auth-redirect.html',
    });
  });

  it('reads the team site, catalogue id and redirect URI of a tenant build', () => {
    const config = readTabConfig('tenant', 'https://tab.example', {
      VITE_AAD_CLIENT_ID: 'client',
      VITE_SHAREPOINT_SITE_URL: 'https://contoso.sharepoint.com/sites/pz-demo/',
      VITE_TEAMS_CATALOG_APP_ID: 'catalog-1',
      VITE_AAD_REDIRECT_URI: 'https://tab.example/auth.html',
    });
    expect(config).toMatchObject({
      siteUrl: 'https://contoso.sharepoint.com/sites/pz-demo',
      catalogAppId: 'catalog-1',
      redirectUri: 'https://tab.example/auth.html',
    });
  });

  it('refuses a tenant build that cannot sign anyone in', () => {
    expect(() => readTabConfig('tenant', 'https://tab.example', {})).toThrow(/VITE_AAD_CLIENT_ID/);
  });

  it.each([
    ['50', 500],
    ['60000', 10_000],
    ['soon', 2000],
  ])('keeps the host timeout %s within bounds (%d ms)', (value, expected) => {
    expect(
      readTabConfig('local', 'http://127.0.0.1', { VITE_HOST_TIMEOUT_MS: value }).hostTimeoutMs,
    ).toBe(expected);
  });
});

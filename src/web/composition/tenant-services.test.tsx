// @vitest-environment happy-dom
import { FrameContexts, HostClientType, HostName } from '@microsoft/teams-js';
import { render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { LISTS_MANIFEST } from '../../../manifest/manifest';
import { server } from '../../../test/setup/msw-server';
import { FakeEntra, MARC } from '../../adapters/auth/test-support/fake-entra';
import { toHostContext } from '../../adapters/teams/teams-context';
import { App } from '../app/App';
import { createFakeHost, TEAMS_CONTEXT } from '../test-support/fake-host';
import { readTabConfig } from './tab-config';
import { createTenantServices, TENANT_SCOPES } from './tenant-services';

const GRAPH = 'https://graph.microsoft.com/v1.0';
const SITE_URL = 'https://contoso.sharepoint.com/sites/pz-demo';
const SITE = {
  id: 'contoso.sharepoint.com,11111111-1111-1111-1111-111111111111,22222222-2222-2222-2222-222222222222',
  webUrl: SITE_URL,
};

// The tab calls Graph cross-origin with a bearer token: the browser asks first (preflight).
const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-headers':
    'authorization, content-type, prefer, if-match, sdkversion, client-request-id',
  'access-control-allow-methods': 'GET, POST, PATCH, DELETE',
};
const preflight = http.options(
  `${GRAPH}/*`,
  () => new HttpResponse(null, { status: 204, headers: CORS }),
);

function tenantTab(entra: FakeEntra) {
  const context = { ...TEAMS_CONTEXT, user: { ...TEAMS_CONTEXT.user, loginHint: MARC.username } };
  const services = createTenantServices({
    config: readTabConfig('tenant', 'https://tab.example', {
      VITE_AAD_CLIENT_ID: 'client',
      VITE_SHAREPOINT_SITE_URL: SITE_URL,
    }) as Extract<ReturnType<typeof readTabConfig>, { mode: 'tenant' }>,
    host: createFakeHost(context),
    hostContext: context,
    now: () => new Date('2026-12-01T09:00:00Z'),
    msalClient: () => Promise.resolve(entra),
  });
  window.location.hash = '';
  const user = userEvent.setup();
  render(<App services={services} />);
  return { services, user };
}

type TenantConfigValue = Extract<ReturnType<typeof readTabConfig>, { mode: 'tenant' }>;

/** Tenant services (no UI), signed in silently, in a team whose context names `teamSiteUrl`. */
async function signedInServices(options: {
  readonly configuredSiteUrl?: string;
  readonly teamSiteUrl: string | null;
}) {
  const entra = new FakeEntra();
  consented(entra);
  const team = TEAMS_CONTEXT.team ?? null;
  const hostContext = {
    ...TEAMS_CONTEXT,
    user: { ...TEAMS_CONTEXT.user, loginHint: MARC.username },
    team: team === null ? null : { ...team, siteUrl: options.teamSiteUrl },
  };
  const services = createTenantServices({
    config: readTabConfig('tenant', 'https://tab.example', {
      VITE_AAD_CLIENT_ID: 'client',
      ...(options.configuredSiteUrl === undefined
        ? {}
        : { VITE_SHAREPOINT_SITE_URL: options.configuredSiteUrl }),
    }) as TenantConfigValue,
    host: createFakeHost(hostContext),
    hostContext,
    now: () => new Date('2026-12-01T09:00:00Z'),
    msalClient: () => Promise.resolve(entra),
  });
  if (services.signIn.kind !== 'account') throw new Error('tenant mode signs in with an account');
  expect((await services.signIn.signInSilently()).ok).toBe(true);
  return services;
}

/**
 * A Graph that knows one site at `site` (its server-relative path on contoso.sharepoint.com) and
 * the same site as the group's root site unless `group` says otherwise; it records every path
 * asked for (decoded, without the query).
 */
function graphWithSite(options: {
  readonly webUrl: string;
  readonly group?: 'found' | 'denied';
  readonly site?: 'found' | 'denied' | 'missing';
}): string[] {
  const asked: string[] = [];
  const byPath = `/v1.0/sites/contoso.sharepoint.com:${new URL(options.webUrl).pathname}`;
  const denied = (status: number) =>
    HttpResponse.json(
      { error: { code: status === 404 ? 'itemNotFound' : 'accessDenied', message: 'No.' } },
      { status, headers: CORS },
    );
  server.use(
    preflight,
    http.get(`${GRAPH}/*`, ({ request }) => {
      const path = decodeURIComponent(new URL(request.url).pathname);
      asked.push(path);
      if (path === `/v1.0/sites/${SITE.id}/lists`) {
        return HttpResponse.json(
          { value: [{ id: 'l1', name: LISTS_MANIFEST.lists[0]?.name }] },
          { headers: CORS },
        );
      }
      const found = HttpResponse.json({ ...SITE, webUrl: options.webUrl }, { headers: CORS });
      if (path === '/v1.0/groups/group-1/sites/root') {
        return options.group === 'denied' ? denied(403) : found;
      }
      if (path === byPath) {
        if (options.site === 'denied') return denied(403);
        return options.site === 'missing' ? denied(404) : found;
      }
      return denied(404);
    }),
  );
  return asked;
}

describe('tenant mode: finding the team site', { timeout: 30_000 }, () => {
  const PZ_NOORD = 'https://contoso.sharepoint.com/sites/pz-noord';
  const missingLists = (siteUrl: string) => ({
    ok: false,
    error: {
      code: 'DATA.LISTS_MISSING',
      details: { siteUrl, count: LISTS_MANIFEST.lists.length - 1 },
    },
  });

  it('uses the site URL the tab was built with before the one Teams names', async () => {
    const asked = graphWithSite({ webUrl: SITE_URL });
    const services = await signedInServices({ configuredSiteUrl: SITE_URL, teamSiteUrl: PZ_NOORD });

    expect(await services.data()).toEqual(missingLists(SITE_URL));
    expect(asked).toEqual([
      '/v1.0/sites/contoso.sharepoint.com:/sites/pz-demo',
      `/v1.0/sites/${SITE.id}/lists`,
    ]);
  });

  it.each([
    ['without a trailing slash', PZ_NOORD, '/sites/pz-noord'],
    ['with a trailing slash', `${PZ_NOORD}/`, '/sites/pz-noord'],
    ['of a sub-site', `${PZ_NOORD}/integriteit`, '/sites/pz-noord/integriteit'],
  ])(
    'reads the site Teams names by its URL %s, never through the group',
    async (_, teamSiteUrl, path) => {
      const webUrl = `https://contoso.sharepoint.com${path}`;
      const asked = graphWithSite({ webUrl, group: 'denied' });
      const services = await signedInServices({ teamSiteUrl });

      expect(await services.data()).toEqual(missingLists(webUrl));
      expect(asked).toEqual([
        `/v1.0/sites/contoso.sharepoint.com:${path}`,
        `/v1.0/sites/${SITE.id}/lists`,
      ]);
    },
  );

  it.each([
    [403, 'denied'],
    [404, 'missing'],
  ] as const)('names the site Teams gave when Graph answers %i for it', async (_, site) => {
    const asked = graphWithSite({ webUrl: PZ_NOORD, site });
    const services = await signedInServices({ teamSiteUrl: PZ_NOORD });

    expect(await services.data()).toEqual({
      ok: false,
      error: { code: 'DATA.SITE_NOT_GRANTED', details: { siteUrl: PZ_NOORD, site: 'known' } },
    });
    // A refused site is not looked up again through the group: that would hide the real cause.
    expect(asked).toEqual(['/v1.0/sites/contoso.sharepoint.com:/sites/pz-noord']);
  });

  it('falls back to the group site when Teams names none', async () => {
    const asked = graphWithSite({ webUrl: PZ_NOORD });
    const services = await signedInServices({ teamSiteUrl: null });

    expect(await services.data()).toEqual(missingLists(PZ_NOORD));
    expect(asked).toEqual(['/v1.0/groups/group-1/sites/root', `/v1.0/sites/${SITE.id}/lists`]);
  });

  it('ignores a malformed site URL in the Teams context and uses the group site', async () => {
    const asked = graphWithSite({ webUrl: PZ_NOORD });
    // The URL as a Teams host sends it, through the teams-js context mapper.
    const mapped = toHostContext({
      app: {
        locale: 'en-US',
        theme: 'default',
        sessionId: '',
        host: { name: HostName.teams, clientType: HostClientType.web, sessionId: '' },
      },
      page: { id: 'integrity-dashboard', frameContext: FrameContexts.content },
      team: { internalId: '19:team@thread.skype', groupId: 'group-1' },
      sharePointSite: { teamSiteUrl: 'contoso.sharepoint.com/sites/pz-noord' },
      dialogParameters: {},
    });
    const services = await signedInServices({ teamSiteUrl: mapped.team?.siteUrl ?? null });

    expect(await services.data()).toEqual(missingLists(PZ_NOORD));
    expect(asked[0]).toBe('/v1.0/groups/group-1/sites/root');
  });
});

function consented(entra: FakeEntra): void {
  entra.hostAccount = MARC;
  entra.consented.add(TENANT_SCOPES.graph[0]);
}

describe('tenant mode (MSAL + Graph)', { timeout: 30_000 }, () => {
  it('signs in silently and explains what the admin must do when the site is not granted', async () => {
    const entra = new FakeEntra();
    consented(entra);
    const authorizations: string[] = [];
    server.use(
      preflight,
      http.get(`${GRAPH}/sites/*`, ({ request }) => {
        authorizations.push(request.headers.get('authorization') ?? '');
        return HttpResponse.json(
          { error: { code: 'accessDenied', message: 'Access denied.' } },
          { status: 403, headers: CORS },
        );
      }),
    );
    tenantTab(entra);

    expect(
      await screen.findByText(
        /The app has no access to the team site https:\/\/contoso\.sharepoint\.com\/sites\/pz-demo\./,
        {},
        { timeout: 10_000 },
      ),
    ).toHaveTextContent(
      `m365 spo site apppermission add --siteUrl ${SITE_URL} --appId APP-CLIENT-ID --permission fullcontrol`,
    );
    expect(entra.windowsOpened).toBe(0);
    // Graph got the Sites.Selected token MSAL issued, as a bearer token.
    expect(entra.issued.map((token) => `Bearer ${token}`)).toContain(authorizations[0]);
    expect(authorizations[0]).toContain('Sites.Selected');
  });

  it('asks for a click when consent is missing, then offers the set-up for a site without lists', async () => {
    const entra = new FakeEntra();
    entra.hostAccount = MARC;
    server.use(
      preflight,
      http.get(`${GRAPH}/sites/:siteId/lists`, () =>
        HttpResponse.json(
          { value: [{ id: 'l1', name: LISTS_MANIFEST.lists[0]?.name }] },
          { headers: CORS },
        ),
      ),
      http.get(`${GRAPH}/sites/*`, () => HttpResponse.json(SITE, { headers: CORS })),
    );
    const { user } = tenantTab(entra);

    const signIn = await screen.findByRole('button', { name: 'Sign in' }, { timeout: 10_000 });
    expect(entra.windowsOpened).toBe(0);
    await user.click(signIn);

    expect(
      await screen.findByText('This team is not set up yet', {}, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Start the set-up' })).toHaveAttribute(
      'href',
      '#/setup',
    );
    expect(entra.windowsOpened).toBe(1);
    expect(
      screen.getByText(
        `${LISTS_MANIFEST.lists.length - 1} SharePoint lists of this team do not exist yet. An owner of the team can create them with the set-up; members, ask an owner.`,
      ),
    ).toBeInTheDocument();
  });

  it('says why a sign-in did not work when the window was blocked', async () => {
    const entra = new FakeEntra();
    entra.windowOutcome = 'blocked';
    const { user } = tenantTab(entra);

    await user.click(await screen.findByRole('button', { name: 'Sign in' }, { timeout: 10_000 }));

    expect(
      await screen.findByText(
        'Your browser blocked the sign-in window. Allow pop-ups for this site, then choose Sign in again.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Sections' })).not.toBeInTheDocument();
  });
});

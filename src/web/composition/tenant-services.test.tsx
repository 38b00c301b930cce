// @vitest-environment happy-dom
import { render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { LISTS_MANIFEST } from '../../../manifest/manifest';
import { server } from '../../../test/setup/msw-server';
import { FakeEntra, MARC } from '../../adapters/auth/test-support/fake-entra';
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
      `m365 spo site apppermission add --siteUrl ${SITE_URL} --appId APP-CLIENT-ID --permission write`,
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

import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../../test/setup/msw-server';
import type { HostContext, HostPort } from '../../ports/host-context';
import { createTabServices } from './create-services';
import { readTabConfig } from './tab-config';

const ORIGIN = 'http://127.0.0.1:5173';

const CONTEXT: HostContext = {
  mode: 'browser',
  locale: 'en',
  theme: 'default',
  user: {},
  team: null,
  channel: null,
  frameContext: null,
  subPageId: null,
  entityId: null,
};

// createTabServices only passes the host through; no call is made on it here.
const HOST = {} as HostPort;

function tokenEndpoint(persona: string): void {
  server.use(
    http.post(`${ORIGIN}/_local/token`, () =>
      HttpResponse.json({
        access_token: 'token',
        persona,
        displayName: 'Agent Janssens',
        email: '',
        oid: 'oid-1',
      }),
    ),
  );
}

describe('createTabServices', () => {
  it('signs in with a persona of the emulator in local mode', async () => {
    tokenEndpoint('member');
    const services = createTabServices({
      config: readTabConfig('local', ORIGIN, {}),
      host: HOST,
      hostContext: CONTEXT,
    });
    if (services.signIn.kind !== 'persona') throw new Error('expected persona sign-in');

    expect(await services.signIn.signIn('member')).toEqual({
      ok: true,
      value: { displayName: 'Agent Janssens', email: null, persona: 'member' },
    });
  });

  it('does not trust an answer for a persona the tab does not know', async () => {
    tokenEndpoint('superuser');
    const services = createTabServices({
      config: readTabConfig('local', ORIGIN, {}),
      host: HOST,
      hostContext: CONTEXT,
    });
    if (services.signIn.kind !== 'persona') throw new Error('expected persona sign-in');

    expect(await services.signIn.signIn('member')).toMatchObject({
      ok: false,
      error: { code: 'SIGN_IN.INVALID_RESPONSE' },
    });
  });

  it("looks up the site and the team's entity at once after sign-in, not one after the other", async () => {
    tokenEndpoint('member');
    // The site answers only once the settings read has arrived: run one after the other, the
    // two requests would wait for each other and the load would fail.
    let settingsArrived: () => void = () => undefined;
    const settingsRead = new Promise<void>((resolve) => {
      settingsArrived = resolve;
    });
    server.use(
      http.get(`${ORIGIN}/v1.0/sites/root`, async () => {
        const outcome = await Promise.race([
          settingsRead.then(() => 'parallel' as const),
          new Promise<'serial'>((resolve) =>
            setTimeout(() => {
              resolve('serial');
            }, 3000),
          ),
        ]);
        return outcome === 'parallel'
          ? HttpResponse.json({ id: 'localhost,site-1,web-1' })
          : HttpResponse.json({ error: { code: 'serviceNotAvailable' } }, { status: 503 });
      }),
      http.get(`${ORIGIN}/v1.0/sites/root/lists/IntegritySettings/items`, () => {
        settingsArrived();
        return HttpResponse.json({
          value: [
            { id: '1', fields: { EntityId: 'pz-noord', TeamId: 'group-noord' } },
            { id: '2', fields: { EntityId: 'pz-zuid', TeamId: 'group-zuid' } },
          ],
        });
      }),
    );
    const team = {
      groupId: 'group-zuid',
      internalId: '19:zuid@thread.skype',
      displayName: null,
      siteUrl: null,
    };
    const services = createTabServices({
      config: readTabConfig('local', ORIGIN, {}),
      host: HOST,
      hostContext: { ...CONTEXT, team },
    });
    if (services.signIn.kind !== 'persona') throw new Error('expected persona sign-in');
    await services.signIn.signIn('member');

    const data = await services.data();

    expect(data.ok && data.value.entityId).toBe('pz-zuid');
  });

  it('signs in with the Microsoft 365 account in tenant mode', () => {
    const services = createTabServices({
      config: readTabConfig('tenant', 'https://tab.example', { VITE_AAD_CLIENT_ID: 'client' }),
      host: HOST,
      hostContext: CONTEXT,
      now: () => new Date('2026-01-01T00:00:00Z'),
    });

    expect(services.signIn.kind).toBe('account');
    expect(services.mode).toBe('tenant');
    expect(services.now().toISOString()).toBe('2026-01-01T00:00:00.000Z');
  });
});

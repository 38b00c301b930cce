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

  it('has no sign-in to offer in tenant mode yet', () => {
    const services = createTabServices({
      config: readTabConfig('tenant', 'https://tab.example', { VITE_AAD_CLIENT_ID: 'client' }),
      host: HOST,
      hostContext: CONTEXT,
      now: () => new Date('2026-01-01T00:00:00Z'),
    });

    expect(services.signIn).toEqual({ kind: 'not-built' });
    expect(services.mode).toBe('tenant');
    expect(services.now().toISOString()).toBe('2026-01-01T00:00:00.000Z');
  });
});

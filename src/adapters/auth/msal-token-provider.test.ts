import { describe, expect, it } from 'vitest';
import { chooseMsalFlow } from './msal-client';
import { createMsalTokenProvider, TokenAcquisitionError } from './msal-token-provider';
import { FakeEntra, MARC } from './test-support/fake-entra';

const GRAPH = ['https://graph.microsoft.com/Sites.Selected'];
const CHANNELS = ['https://graph.microsoft.com/Channel.ReadBasic.All'];

function world(setup: (entra: FakeEntra) => void = () => undefined) {
  const entra = new FakeEntra();
  setup(entra);
  const provider = createMsalTokenProvider({
    client: () => Promise.resolve(entra),
    scopes: GRAPH,
    loginHint: MARC.username,
    tenantId: MARC.tenantId,
  });
  return { entra, provider };
}

function consentedHost(entra: FakeEntra): void {
  entra.hostAccount = MARC;
  entra.consented.add(GRAPH[0] ?? '');
}

describe('MSAL token provider: sign-in', () => {
  it('signs in with the host account without any window when consent was given', async () => {
    const { entra, provider } = world(consentedHost);

    const result = await provider.signInSilently();

    expect(result).toEqual({
      ok: true,
      value: { displayName: 'Marc Janssens', email: 'marc.janssens@pz-demo.example' },
    });
    expect(entra.windowsOpened).toBe(0);
    expect(await provider.getToken()).toBe(entra.issued.at(-1));
  });

  it('uses the cached account before asking the host', async () => {
    const { entra, provider } = world((e) => {
      e.cache.push(MARC);
      e.consented.add(GRAPH[0] ?? '');
      // No host account: only the cache can sign Marc in silently.
    });

    expect((await provider.signInSilently()).ok).toBe(true);
    expect(provider.account()?.email).toBe(MARC.username);
    expect(entra.windowsOpened).toBe(0);
  });

  it('asks for a click (no window of its own) when consent is missing, then signs in with one window', async () => {
    const { entra, provider } = world((e) => {
      e.hostAccount = MARC;
    });

    const silent = await provider.signInSilently();
    expect(silent).toEqual({ ok: false, error: { code: 'SIGN_IN.INTERACTION_REQUIRED' } });
    expect(entra.windowsOpened).toBe(0);
    expect(provider.account()).toBeNull();

    const interactive = await provider.signInInteractively();
    expect(interactive.ok).toBe(true);
    expect(entra.windowsOpened).toBe(1);
    // Consent is remembered: the next token needs no window.
    await provider.getToken();
    expect(entra.windowsOpened).toBe(1);
  });

  it('reports a closed window and a blocked window as different failures', async () => {
    const closed = world((e) => {
      e.windowOutcome = 'closed-by-user';
    });
    expect(await closed.provider.signInInteractively()).toEqual({
      ok: false,
      error: { code: 'SIGN_IN.CANCELLED' },
    });

    const blocked = world((e) => {
      e.windowOutcome = 'blocked';
    });
    expect(await blocked.provider.signInInteractively()).toEqual({
      ok: false,
      error: { code: 'SIGN_IN.POPUP_BLOCKED' },
    });
    expect(blocked.provider.account()).toBeNull();
  });

  it('does not open a window when Entra cannot be reached', async () => {
    const { entra, provider } = world((e) => {
      consentedHost(e);
      e.offline = true;
    });

    expect(await provider.signInSilently()).toEqual({
      ok: false,
      error: { code: 'SIGN_IN.UNREACHABLE' },
    });
    expect(entra.windowsOpened).toBe(0);
  });
});

describe('MSAL token provider: tokens after sign-in', () => {
  it('refuses to hand out a token before anyone signed in', async () => {
    const { provider } = world(consentedHost);
    await expect(provider.getToken()).rejects.toThrow(/sign in first/);
  });

  it('opens one window for several requests when the session needs interaction again', async () => {
    const { entra, provider } = world(consentedHost);
    await provider.signInSilently();
    entra.sessionExpired = true;

    const tokens = await Promise.all([
      provider.getToken(),
      provider.getToken(),
      provider.getToken(),
    ]);

    expect(entra.windowsOpened).toBe(1);
    for (const token of tokens) expect(entra.issued).toContain(token);
  });

  it('asks consent for extra scopes only when they are first used (incremental consent)', async () => {
    const { entra, provider } = world(consentedHost);
    await provider.signInSilently();
    const channels = provider.withScopes(CHANNELS);
    expect(entra.windowsOpened).toBe(0);

    const token = await channels.getToken();

    expect(entra.windowsOpened).toBe(1);
    expect(token).toContain('Channel.ReadBasic.All');
    await channels.getToken();
    expect(entra.windowsOpened).toBe(1);
  });

  it('fails with a typed error that never carries a token', async () => {
    const { entra, provider } = world(consentedHost);
    await provider.signInSilently();
    const earlier = await provider.getToken();
    entra.sessionExpired = true;
    entra.windowOutcome = 'closed-by-user';

    const failure = await provider.getToken().catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(TokenAcquisitionError);
    expect((failure as TokenAcquisitionError).code).toBe('SIGN_IN.CANCELLED');
    const text = `${String(failure)} ${JSON.stringify(failure)} ${(failure as Error).stack ?? ''}`;
    for (const token of [earlier, ...entra.issued]) expect(text).not.toContain(token);
    expect(text).not.toContain('secret');
  });

  it('stops handing out tokens after sign-out', async () => {
    const { provider } = world(consentedHost);
    await provider.signInSilently();
    provider.signOut();

    expect(provider.account()).toBeNull();
    await expect(provider.getToken()).rejects.toThrow(/sign in first/);
  });
});

describe('chooseMsalFlow', () => {
  it('uses nested app authentication only when the host recommends it', () => {
    expect(chooseMsalFlow(() => true)).toBe('nested');
    expect(chooseMsalFlow(() => false)).toBe('standard');
  });

  it('falls back to the standard flow outside an initialised Teams host', () => {
    expect(
      chooseMsalFlow(() => {
        throw new Error('The library has not yet been initialized');
      }),
    ).toBe('standard');
  });
});

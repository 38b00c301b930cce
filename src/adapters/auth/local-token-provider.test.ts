// @vitest-environment happy-dom
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { server } from '../../../test/setup/msw-server';
import { createLocalTokenProvider } from './local-token-provider';

const ORIGIN = 'http://127.0.0.1:5173';
const TOKEN_URL = `${ORIGIN}/_local/token`;

/** An unsigned JWT-shaped token expiring at `exp` (seconds), as the emulator may issue. */
function jwt(exp: number, marker: string): string {
  const encode = (value: object): string =>
    btoa(JSON.stringify(value)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  return `${encode({ alg: 'none' })}.${encode({ exp, sub: marker })}.`;
}

/** The `sub` claim of a token made by `jwt`. */
function subject(token: string | undefined): unknown {
  const payload = (token ?? '').split('.')[1] ?? '';
  return (JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/'))) as { sub?: unknown }).sub;
}

/** The emulator's token endpoint: records the personas asked for and issues `tokens` in turn. */
function emulator(tokens: readonly string[]): { personas: string[] } {
  const personas: string[] = [];
  server.use(
    http.post(TOKEN_URL, async ({ request }) => {
      const { persona } = (await request.json()) as { persona: string };
      personas.push(persona);
      if (persona === 'nobody')
        return HttpResponse.json({ error: 'unknown persona' }, { status: 400 });
      return HttpResponse.json({
        access_token: tokens[Math.min(personas.length, tokens.length) - 1],
        persona,
        displayName: 'Commissaris Claes',
        email: 'commander@pz-demo.example',
        oid: '00000000-0000-0000-0000-0000000000c1',
      });
    }),
  );
  return { personas };
}

describe('createLocalTokenProvider', () => {
  it('signs in as a persona and hands out its token', async () => {
    const calls = emulator(['token-1']);
    const provider = createLocalTokenProvider({ origin: ORIGIN });

    const result = await provider.signIn('commander');

    expect(result).toEqual({
      ok: true,
      value: {
        persona: 'commander',
        displayName: 'Commissaris Claes',
        email: 'commander@pz-demo.example',
        oid: '00000000-0000-0000-0000-0000000000c1',
      },
    });
    expect(calls.personas).toEqual(['commander']);
    await expect(provider.getToken()).resolves.toBe('token-1');
  });

  it('refuses to hand out a token before sign-in and after sign-out', async () => {
    emulator(['token-1']);
    const provider = createLocalTokenProvider({ origin: ORIGIN });
    await expect(provider.getToken()).rejects.toThrow(/pick a persona/);

    await provider.signIn('member');
    provider.signOut();

    expect(provider.account()).toBeNull();
    await expect(provider.getToken()).rejects.toThrow(/pick a persona/);
  });

  it('keeps the token in memory only: no storage, no log line', async () => {
    emulator(['secret-token-value']);
    const logged = vi.spyOn(console, 'log');
    const provider = createLocalTokenProvider({ origin: ORIGIN });

    await provider.signIn('integrity-officer');
    await provider.getToken();

    const stored = [localStorage, sessionStorage].flatMap((storage) =>
      Object.keys(storage).map((key) => storage.getItem(key)),
    );
    expect(stored.join()).not.toContain('secret-token-value');
    expect(JSON.stringify(logged.mock.calls)).not.toContain('secret-token-value');
  });

  it('reports an unknown persona, an unreachable emulator and a malformed answer apart', async () => {
    emulator(['token-1']);
    const provider = createLocalTokenProvider({ origin: ORIGIN });
    expect(await provider.signIn('nobody')).toMatchObject({
      ok: false,
      error: { code: 'SIGN_IN.REJECTED', details: { status: 400 } },
    });

    server.use(http.post(TOKEN_URL, () => HttpResponse.error()));
    expect(await provider.signIn('commander')).toMatchObject({
      ok: false,
      error: { code: 'SIGN_IN.UNREACHABLE' },
    });

    server.use(http.post(TOKEN_URL, () => HttpResponse.json({ token: 'x' })));
    expect(await provider.signIn('commander')).toMatchObject({
      ok: false,
      error: { code: 'SIGN_IN.INVALID_RESPONSE' },
    });
    expect(provider.account()).toBeNull();
  });

  it('renews a token about to expire once, however many callers ask at the same time', async () => {
    const nowMs = 1_800_000_000_000;
    const calls = emulator([jwt(nowMs / 1000 + 30, 'first'), jwt(nowMs / 1000 + 3600, 'second')]);
    const provider = createLocalTokenProvider({ origin: ORIGIN, now: () => nowMs });
    await provider.signIn('aig-reviewer');

    const tokens = await Promise.all([provider.getToken(), provider.getToken()]);

    expect(tokens[0]).toBe(tokens[1]);
    expect(subject(tokens[0])).toBe('second');
    expect(calls.personas).toEqual(['aig-reviewer', 'aig-reviewer']);
  });

  it("signs in with the host's login hint in one request, and names no e-mail when refused", async () => {
    const bodies: unknown[] = [];
    server.use(
      http.post(TOKEN_URL, async ({ request }) => {
        const body = (await request.json()) as { loginHint?: string };
        bodies.push(body);
        if (body.loginHint !== 'sofie.claes@pz-demo.example')
          return HttpResponse.json({ error: 'no persona' }, { status: 400 });
        return HttpResponse.json({
          access_token: 'token-hint',
          persona: 'integrity-officer',
          displayName: 'Sofie Claes',
          email: 'sofie.claes@pz-demo.example',
          oid: '00000000-0000-0000-0000-0000000000c2',
        });
      }),
    );
    const provider = createLocalTokenProvider({ origin: ORIGIN });

    const signedIn = await provider.signInWithHint('sofie.claes@pz-demo.example');
    expect(signedIn.ok && signedIn.value.persona).toBe('integrity-officer');
    expect(await provider.getToken()).toBe('token-hint');

    const refused = await provider.signInWithHint('someone@elsewhere.example');
    expect(refused).toEqual({
      ok: false,
      error: { code: 'SIGN_IN.REJECTED', details: { status: 400 } },
    });
    expect(provider.account()).toBeNull();
    expect(bodies).toEqual([
      { loginHint: 'sofie.claes@pz-demo.example' },
      { loginHint: 'someone@elsewhere.example' },
    ]);
  });
});

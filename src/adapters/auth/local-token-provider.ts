import { err, ok, type DomainError, type Result } from '../../core/shared/result';
import type { AccessTokenProvider } from '../../ports/access-token-provider';

/** Who the local emulator signed in: one of its demo personas. */
export type LocalAccount = {
  readonly persona: string;
  readonly displayName: string;
  readonly email: string;
  /** The persona's Entra-like object id, as the emulator's Graph reports it. */
  readonly oid: string;
};

export const LOCAL_SIGN_IN_ERROR_CODES = [
  /** The emulator could not be reached (not running, wrong origin). */
  'SIGN_IN.UNREACHABLE',
  /** The emulator answered with an error status, e.g. an unknown persona. */
  'SIGN_IN.REJECTED',
  /** The emulator answered 2xx with a body that is not a token response. */
  'SIGN_IN.INVALID_RESPONSE',
] as const;
export type LocalSignInErrorCode = (typeof LOCAL_SIGN_IN_ERROR_CODES)[number];
export type LocalSignInError = DomainError<LocalSignInErrorCode>;

/** Signs in as a persona of the local emulator and hands out its token to the stores. */
export type LocalTokenProvider = AccessTokenProvider & {
  signIn(persona: string): Promise<Result<LocalAccount, LocalSignInError>>;
  /**
   * The host's silent sign-in: the persona whose e-mail is the Teams context's `loginHint`, in
   * one request (`SIGN_IN.REJECTED` when no persona has it).
   */
  signInWithHint(loginHint: string): Promise<Result<LocalAccount, LocalSignInError>>;
  signOut(): void;
  account(): LocalAccount | null;
};

export type LocalTokenProviderOptions = {
  /** The emulator's origin; the tab is served from it, so this is the page's own origin. */
  readonly origin: string;
  readonly fetch?: (input: string, init: RequestInit) => Promise<Response>;
  readonly now?: () => number;
};

/** Whom to sign in: a persona the picker chose, or the login hint of the host's user. */
type Who = { readonly persona: string } | { readonly loginHint: string };

type Session = {
  readonly account: LocalAccount;
  readonly token: string;
  readonly expiresAt: number;
};

// Refresh this long before a token's `exp`, so a request never leaves with a token about to lapse.
const REFRESH_MARGIN_MS = 60_000;

function isTokenResponse(body: unknown): body is {
  access_token: string;
  persona: string;
  displayName: string;
  email: string;
  oid: string;
} {
  if (typeof body !== 'object' || body === null) return false;
  const fields = body as Record<string, unknown>;
  return (
    typeof fields.access_token === 'string' &&
    fields.access_token !== '' &&
    ['persona', 'displayName', 'email', 'oid'].every((name) => typeof fields[name] === 'string')
  );
}

/** The token's `exp` in ms when it is a JWT that has one; otherwise it never expires locally. */
function expiresAt(token: string): number {
  const payload = token.split('.')[1];
  if (payload === undefined) return Number.POSITIVE_INFINITY;
  try {
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const exp = (JSON.parse(json) as { exp?: unknown }).exp;
    return typeof exp === 'number' ? exp * 1000 : Number.POSITIVE_INFINITY;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

/**
 * Local mode's token provider: `POST /_local/token {persona}` on the emulator. The token lives in
 * this closure only: never in storage, never logged, gone on reload or sign-out.
 */
export function createLocalTokenProvider(options: LocalTokenProviderOptions): LocalTokenProvider {
  const send = options.fetch ?? ((input, init): Promise<Response> => globalThis.fetch(input, init));
  const now = options.now ?? ((): number => Date.now());
  const endpoint = new URL('/_local/token', options.origin).href;
  let session: Session | null = null;
  let refreshing: Promise<string> | null = null;
  // Each sign-in or sign-out starts a new generation; a late answer to an older one is dropped.
  let generation = 0;

  async function requestToken(who: Who): Promise<Result<Session, LocalSignInError>> {
    let response: Response;
    try {
      response = await send(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(who),
        credentials: 'same-origin',
      });
    } catch {
      return err('SIGN_IN.UNREACHABLE');
    }
    // The details name the persona asked for, never the login hint (an e-mail address).
    if (!response.ok) {
      return err('SIGN_IN.REJECTED', {
        status: response.status,
        ...('persona' in who ? { persona: who.persona } : {}),
      });
    }
    const body: unknown = await response.json().catch(() => null);
    if (!isTokenResponse(body)) return err('SIGN_IN.INVALID_RESPONSE');
    const { access_token: token, displayName, email, oid } = body;
    return ok({
      account: { persona: body.persona, displayName, email, oid },
      token,
      expiresAt: expiresAt(token),
    });
  }

  async function refresh(current: Session): Promise<string> {
    const started = generation;
    const renewed = await requestToken({ persona: current.account.persona });
    if (started !== generation) throw new Error('Signed out or switched persona while refreshing.');
    if (!renewed.ok) throw new Error(`Could not renew the local sign-in (${renewed.error.code}).`);
    session = renewed.value;
    return renewed.value.token;
  }

  async function signInAs(who: Who): Promise<Result<LocalAccount, LocalSignInError>> {
    const started = ++generation;
    refreshing = null;
    const result = await requestToken(who);
    if (started !== generation) return err('SIGN_IN.REJECTED', { reason: 'superseded' });
    if (!result.ok) {
      session = null;
      return result;
    }
    session = result.value;
    return ok(result.value.account);
  }

  return {
    signIn(persona: string): Promise<Result<LocalAccount, LocalSignInError>> {
      return signInAs({ persona });
    },

    signInWithHint(loginHint: string): Promise<Result<LocalAccount, LocalSignInError>> {
      return signInAs({ loginHint });
    },

    signOut(): void {
      generation++;
      session = null;
      refreshing = null;
    },

    account(): LocalAccount | null {
      return session?.account ?? null;
    },

    getToken(): Promise<string> {
      if (session === null) {
        return Promise.reject(new Error('No one is signed in: pick a persona first.'));
      }
      if (now() < session.expiresAt - REFRESH_MARGIN_MS) return Promise.resolve(session.token);
      if (refreshing !== null) return refreshing;
      // Callers asking while a refresh runs share it: one request to the emulator, not one each.
      const pending: Promise<string> = refresh(session).finally(() => {
        if (refreshing === pending) refreshing = null;
      });
      refreshing = pending;
      return pending;
    },
  };
}

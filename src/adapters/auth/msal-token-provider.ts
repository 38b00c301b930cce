import { err, ok, type DomainError, type Result } from '../../core/shared/result';
import type { AccessTokenProvider } from '../../ports/access-token-provider';
import type { MsalAccount, MsalClientLike, MsalTokenResult } from './msal-client';
import { classifyMsalError, type MsalFailure } from './msal-errors';

/** Who MSAL signed in: a real work account. */
export type MsalUser = {
  readonly displayName: string;
  readonly email: string;
};

export const MSAL_SIGN_IN_ERROR_CODES = [
  /** No silent way in: the person must press "Sign in" (consent, MFA, first use). */
  'SIGN_IN.INTERACTION_REQUIRED',
  /** The person closed the sign-in window. */
  'SIGN_IN.CANCELLED',
  /** The browser blocked the sign-in window. */
  'SIGN_IN.POPUP_BLOCKED',
  /** Microsoft Entra could not be reached. */
  'SIGN_IN.UNREACHABLE',
  /** Entra or MSAL refused for another reason (`details.reason` is MSAL's error code). */
  'SIGN_IN.REJECTED',
] as const;
export type MsalSignInErrorCode = (typeof MSAL_SIGN_IN_ERROR_CODES)[number];
export type MsalSignInError = DomainError<MsalSignInErrorCode>;

/**
 * A token request that failed after sign-in (thrown by `getToken`, a fault for the store). Its
 * message names the failure's code only: never a token, never MSAL's own message.
 */
export class TokenAcquisitionError extends Error {
  override readonly name = 'TokenAcquisitionError';

  constructor(readonly code: MsalSignInErrorCode) {
    super(`Could not get an access token (${code}).`);
  }
}

export type MsalTokenProvider = AccessTokenProvider & {
  /** Signs in without any window: the cached account, else the host's account (`loginHint`). */
  signInSilently(): Promise<Result<MsalUser, MsalSignInError>>;
  /** Signs in with a window (NAA: the host's dialog; otherwise a popup): call from a click. */
  signInInteractively(): Promise<Result<MsalUser, MsalSignInError>>;
  signOut(): void;
  account(): MsalUser | null;
  /**
   * Tokens for other scopes for the same account (incremental consent: the set-up wizard asks
   * for channel and app-installation scopes only when an owner uses it).
   */
  withScopes(scopes: readonly string[]): AccessTokenProvider;
};

export type MsalTokenProviderOptions = {
  /** The MSAL client, created on first use (msal-browser stays out of the first paint). */
  readonly client: () => Promise<MsalClientLike>;
  /** Scopes of the tokens `getToken` hands out, e.g. `https://graph.microsoft.com/Sites.Selected`. */
  readonly scopes: readonly string[];
  /** The host's `user.loginHint` (UPN), which picks the account in a multi-account browser. */
  readonly loginHint: string | null;
  readonly tenantId: string | null;
};

function errorFor(failure: MsalFailure): MsalSignInError {
  switch (failure.kind) {
    case 'interaction-required':
      return { code: 'SIGN_IN.INTERACTION_REQUIRED' };
    case 'cancelled':
      return { code: 'SIGN_IN.CANCELLED' };
    case 'popup-blocked':
      return { code: 'SIGN_IN.POPUP_BLOCKED' };
    case 'network':
      return { code: 'SIGN_IN.UNREACHABLE' };
    case 'other':
      return { code: 'SIGN_IN.REJECTED', details: { reason: failure.code } };
  }
}

function userOf(account: MsalAccount): MsalUser {
  return { displayName: account.name ?? account.username, email: account.username };
}

/**
 * Tenant mode's token provider over MSAL: silent first (the cached account, then SSO with the
 * host's account), a window only when MSAL answers that interaction is required, typed failures
 * otherwise. Tokens stay inside MSAL's cache and this closure: never logged, never in an error.
 */
export function createMsalTokenProvider(options: MsalTokenProviderOptions): MsalTokenProvider {
  let clientPromise: Promise<MsalClientLike> | null = null;
  const client = (): Promise<MsalClientLike> => (clientPromise ??= options.client());
  let current: MsalAccount | null = null;
  // One interactive request at a time: MSAL refuses a second (interaction_in_progress), and one
  // window for several screens asking at once is what a person expects.
  let interactive: Promise<Result<MsalTokenResult, MsalSignInError>> | null = null;
  let generation = 0;

  const hint = options.loginHint === null ? {} : { loginHint: options.loginHint };

  function adopt(msal: MsalClientLike, result: MsalTokenResult): Result<MsalUser, MsalSignInError> {
    const account = result.account ?? current;
    if (account === null) return err('SIGN_IN.REJECTED', { reason: 'no_account_in_result' });
    current = account;
    msal.setActiveAccount(account);
    return ok(userOf(account));
  }

  function popup(scopes: readonly string[]): Promise<Result<MsalTokenResult, MsalSignInError>> {
    if (interactive !== null) return interactive;
    const loginHint = current?.username ?? options.loginHint;
    const pending = client()
      .then((msal) =>
        msal.acquireTokenPopup({
          scopes: [...scopes],
          ...(loginHint === null ? {} : { loginHint }),
        }),
      )
      .then(
        (result): Result<MsalTokenResult, MsalSignInError> => ok(result),
        (error: unknown) => ({ ok: false as const, error: errorFor(classifyMsalError(error)) }),
      )
      .finally(() => {
        if (interactive === pending) interactive = null;
      });
    // Set before any await: requests arriving while the window is open share it.
    interactive = pending;
    return pending;
  }

  async function silent(
    msal: MsalClientLike,
    scopes: readonly string[],
  ): Promise<Result<MsalTokenResult, MsalSignInError>> {
    const cached =
      current ??
      (options.loginHint === null
        ? null
        : msal.getAccount({
            loginHint: options.loginHint,
            ...(options.tenantId === null ? {} : { tenantId: options.tenantId }),
          })) ??
      msal.getActiveAccount();
    if (cached !== null) {
      try {
        return ok(await msal.acquireTokenSilent({ scopes: [...scopes], account: cached }));
      } catch (error: unknown) {
        const failure = classifyMsalError(error);
        // Only "interaction required" may still be solved by SSO with the host's account.
        if (failure.kind !== 'interaction-required') return { ok: false, error: errorFor(failure) };
      }
    }
    try {
      return ok(await msal.ssoSilent({ scopes: [...scopes], ...hint }));
    } catch (error: unknown) {
      return { ok: false, error: errorFor(classifyMsalError(error)) };
    }
  }

  async function tokenFor(scopes: readonly string[]): Promise<string> {
    const started = generation;
    if (current === null) throw new Error('No one is signed in: sign in first.');
    const msal = await client();
    let result = await silent(msal, scopes);
    if (!result.ok && result.error.code === 'SIGN_IN.INTERACTION_REQUIRED')
      result = await popup(scopes);
    if (started !== generation) throw new Error('Signed out while a token was requested.');
    if (!result.ok) throw new TokenAcquisitionError(result.error.code);
    return result.value.accessToken;
  }

  return {
    async signInSilently() {
      const started = ++generation;
      const msal = await client();
      const result = await silent(msal, options.scopes);
      if (started !== generation) return err('SIGN_IN.REJECTED', { reason: 'superseded' });
      return result.ok ? adopt(msal, result.value) : result;
    },

    async signInInteractively() {
      const started = ++generation;
      const msal = await client();
      const result = await popup(options.scopes);
      if (started !== generation) return err('SIGN_IN.REJECTED', { reason: 'superseded' });
      return result.ok ? adopt(msal, result.value) : result;
    },

    signOut() {
      generation++;
      current = null;
      // The account stays in MSAL's (and the host's) cache: signing out of the tab is not
      // signing out of Teams. Forgetting it here makes the next sign-in start from the host.
      void clientPromise?.then((msal) => {
        msal.setActiveAccount(null);
      });
    },

    account() {
      return current === null ? null : userOf(current);
    },

    getToken() {
      return tokenFor(options.scopes);
    },

    withScopes(scopes) {
      return { getToken: () => tokenFor(scopes) };
    },
  };
}

import {
  BrowserAuthError,
  BrowserAuthErrorCodes,
  InteractionRequiredAuthError,
} from '@azure/msal-browser';
import type { MsalAccount, MsalClientLike, MsalTokenResult } from '../msal-client';

/** What the sign-in window does when opened. */
export type WindowOutcome = 'completes' | 'closed-by-user' | 'blocked';

/**
 * A small Microsoft Entra + MSAL cache stand-in behind the MSAL client interface: accounts the
 * cache holds, the host's signed-in account (what SSO finds), the scopes the person consented
 * to, and a sign-in window. It throws MSAL's own error types, so the provider's classification
 * is exercised as in a browser. Tokens are opaque strings that name account and scopes.
 */
export class FakeEntra implements MsalClientLike {
  readonly cache: MsalAccount[] = [];
  private active: MsalAccount | null = null;
  /** The account the host (Teams) or the Entra session cookie is signed in with. */
  hostAccount: MsalAccount | null = null;
  readonly consented = new Set<string>();
  /** Conditional access or an expired refresh token: every silent request needs interaction. */
  sessionExpired = false;
  offline = false;
  windowOutcome: WindowOutcome = 'completes';
  /** Sign-in windows opened so far: what a person would see. */
  windowsOpened = 0;
  readonly issued: string[] = [];

  private issue(account: MsalAccount, scopes: readonly string[]): MsalTokenResult {
    const accessToken = `eyJ.secret-${account.username}-${[...scopes].sort().join('+')}-${this.issued.length}`;
    this.issued.push(accessToken);
    return { accessToken, account };
  }

  private needsInteraction(scopes: readonly string[]): boolean {
    return this.sessionExpired || scopes.some((scope) => !this.consented.has(scope));
  }

  getAccount(filter: { readonly loginHint?: string }): MsalAccount | null {
    return this.cache.find((a) => a.username === filter.loginHint) ?? null;
  }

  getActiveAccount(): MsalAccount | null {
    return this.active;
  }

  setActiveAccount(account: MsalAccount | null): void {
    this.active = account;
  }

  acquireTokenSilent(request: {
    readonly scopes: string[];
    readonly account: MsalAccount;
  }): Promise<MsalTokenResult> {
    if (this.offline) {
      return Promise.reject(new BrowserAuthError(BrowserAuthErrorCodes.noNetworkConnectivity, ''));
    }
    if (!this.cache.some((a) => a.homeAccountId === request.account.homeAccountId)) {
      return Promise.reject(new InteractionRequiredAuthError('no_tokens_found', ''));
    }
    if (this.needsInteraction(request.scopes)) {
      return Promise.reject(new InteractionRequiredAuthError('consent_required', ''));
    }
    return Promise.resolve(this.issue(request.account, request.scopes));
  }

  ssoSilent(request: {
    readonly scopes: string[];
    readonly loginHint?: string;
  }): Promise<MsalTokenResult> {
    if (this.offline) {
      return Promise.reject(new BrowserAuthError(BrowserAuthErrorCodes.noNetworkConnectivity, ''));
    }
    const account = this.hostAccount;
    if (
      account === null ||
      (request.loginHint !== undefined && request.loginHint !== account.username)
    ) {
      return Promise.reject(new InteractionRequiredAuthError('login_required', ''));
    }
    if (this.needsInteraction(request.scopes)) {
      return Promise.reject(new InteractionRequiredAuthError('consent_required', ''));
    }
    this.remember(account);
    return Promise.resolve(this.issue(account, request.scopes));
  }

  async acquireTokenPopup(request: {
    readonly scopes: string[];
    readonly loginHint?: string;
  }): Promise<MsalTokenResult> {
    this.windowsOpened++;
    // The window stays open a moment, as a person reads and clicks.
    await new Promise((resolve) => setTimeout(resolve, 5));
    if (this.windowOutcome === 'blocked') {
      throw new BrowserAuthError(BrowserAuthErrorCodes.popupWindowError, '');
    }
    if (this.windowOutcome === 'closed-by-user') {
      throw new BrowserAuthError(BrowserAuthErrorCodes.userCancelled, '');
    }
    const account = this.hostAccount ?? {
      homeAccountId: 'typed-in',
      tenantId: 'tenant',
      username: request.loginHint ?? 'someone@zone.example',
    };
    for (const scope of request.scopes) this.consented.add(scope);
    this.sessionExpired = false;
    this.remember(account);
    return this.issue(account, request.scopes);
  }

  private remember(account: MsalAccount): void {
    if (!this.cache.some((a) => a.homeAccountId === account.homeAccountId))
      this.cache.push(account);
  }
}

export const MARC: MsalAccount = {
  homeAccountId: 'marc.home',
  tenantId: 'tenant',
  username: 'marc.janssens@pz-demo.example',
  name: 'Marc Janssens',
};

import type { AccountInfo, AuthenticationResult } from '@azure/msal-browser';

/**
 * The slice of MSAL's `IPublicClientApplication` the tab's token provider uses. Keeping it this
 * narrow lets the provider's decisions (silent first, popup only when MSAL says interaction is
 * required) be tested against a hand-written fake, with no network and no browser popups.
 */
export type MsalAccount = {
  readonly homeAccountId: string;
  readonly tenantId: string;
  /** UPN or e-mail. */
  readonly username: string;
  readonly name?: string | undefined;
};

export type MsalTokenResult = {
  readonly accessToken: string;
  readonly account: MsalAccount | null;
};

export interface MsalClientLike {
  getAccount(filter: {
    readonly loginHint?: string;
    readonly tenantId?: string;
  }): MsalAccount | null;
  getActiveAccount(): MsalAccount | null;
  setActiveAccount(account: MsalAccount | null): void;
  acquireTokenSilent(request: {
    readonly scopes: string[];
    readonly account: MsalAccount;
  }): Promise<MsalTokenResult>;
  ssoSilent(request: {
    readonly scopes: string[];
    readonly loginHint?: string;
  }): Promise<MsalTokenResult>;
  acquireTokenPopup(request: {
    readonly scopes: string[];
    readonly loginHint?: string;
  }): Promise<MsalTokenResult>;
}

/**
 * Nested app authentication when the host recommends it (Teams, Outlook, microsoft365.com pass
 * tokens through their own broker: no popup blocker, no third-party cookies); otherwise MSAL's
 * standard browser flow with a popup (platform facts §4.1).
 */
export type MsalFlow = 'nested' | 'standard';

/**
 * Picks the flow from teams-js `nestedAppAuth.isNAAChannelRecommended()`. It throws when teams-js
 * was not initialised (a plain browser tab): that is a host without NAA, so the standard flow.
 */
export function chooseMsalFlow(isNaaRecommended: () => boolean): MsalFlow {
  try {
    return isNaaRecommended() ? 'nested' : 'standard';
  } catch {
    return 'standard';
  }
}

export type MsalClientOptions = {
  readonly clientId: string;
  /** A tenant GUID or `organizations`. */
  readonly tenantId: string;
  /**
   * The standard flow's popup redirect page (an SPA redirect URI of the app registration). NAA
   * needs `brk-multihub://<origin>` registered instead and ignores this.
   */
  readonly redirectUri: string;
  readonly flow: MsalFlow;
};

/**
 * Creates the real MSAL client for the chosen flow. msal-browser is loaded here, on first use, so
 * it is not part of the tab's first paint (and never loaded in local mode).
 */
export async function createMsalClient(options: MsalClientOptions): Promise<MsalClientLike> {
  const msal = await import('@azure/msal-browser');
  const configuration = {
    auth: {
      clientId: options.clientId,
      authority: `https://login.microsoftonline.com/${options.tenantId}`,
      redirectUri: options.redirectUri,
    },
  };
  const pca =
    options.flow === 'nested'
      ? await msal.createNestablePublicClientApplication(configuration)
      : await msal.createStandardPublicClientApplication(configuration);
  const toAccount = (account: AccountInfo | null): MsalAccount | null =>
    account === null
      ? null
      : {
          homeAccountId: account.homeAccountId,
          tenantId: account.tenantId,
          username: account.username,
          name: account.name,
        };
  const toResult = (result: AuthenticationResult): MsalTokenResult => ({
    accessToken: result.accessToken,
    account: toAccount(result.account),
  });
  const full = (account: MsalAccount): AccountInfo | null =>
    pca.getAccount({ homeAccountId: account.homeAccountId });
  return {
    getAccount: (filter) => toAccount(pca.getAccount(filter)),
    getActiveAccount: () => toAccount(pca.getActiveAccount()),
    setActiveAccount: (account) => {
      pca.setActiveAccount(account === null ? null : full(account));
    },
    acquireTokenSilent: async ({ scopes, account }) => {
      const known = full(account);
      // An account MSAL no longer caches is one it cannot renew silently: ask for interaction.
      if (known === null) throw new msal.InteractionRequiredAuthError('no_account_in_cache', '');
      return toResult(await pca.acquireTokenSilent({ scopes, account: known }));
    },
    ssoSilent: async (request) => toResult(await pca.ssoSilent({ ...request })),
    acquireTokenPopup: async (request) => toResult(await pca.acquireTokenPopup({ ...request })),
  };
}

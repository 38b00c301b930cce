import { ManagedIdentityCredential, type TokenCredential } from '@azure/identity';
import type { AccessTokenProvider } from '../../ports/access-token-provider';

/** Graph's scope for an app-only token: the permissions granted to the identity, all of them. */
export const GRAPH_APP_SCOPE = 'https://graph.microsoft.com/.default';

/**
 * An AccessTokenProvider over any Azure Identity credential. The credential caches and refreshes
 * (Azure Identity keeps tokens until five minutes before expiry), so every call may ask it.
 */
export function credentialTokenProvider(
  credential: TokenCredential,
  scope: string = GRAPH_APP_SCOPE,
): AccessTokenProvider {
  return {
    async getToken(): Promise<string> {
      const token = await credential.getToken(scope);
      // The interface allows null ("no token"); a store cannot call Graph without one.
      if (token === null) throw new Error(`no access token was issued for ${scope}`);
      return token.token;
    },
  };
}

/**
 * Graph tokens of the Function App's system-assigned managed identity: no secret anywhere, and the
 * identity the per-list `Lists.SelectedOperations.Selected` grants name (infra/README.md).
 */
export function managedIdentityGraphTokens(): AccessTokenProvider {
  return credentialTokenProvider(new ManagedIdentityCredential());
}

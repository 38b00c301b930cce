/**
 * Hands out a bearer token for the store's resource (Microsoft Graph in tenant mode, the local
 * emulator's persona token in local mode). Implementations cache and refresh; callers ask per
 * request and never keep or log the token.
 */
export interface AccessTokenProvider {
  getToken(): Promise<string>;
}

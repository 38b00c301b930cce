import type { AccessToken, GetTokenOptions, TokenCredential } from '@azure/identity';
import { describe, expect, it } from 'vitest';
import { credentialTokenProvider, GRAPH_APP_SCOPE } from './credential-token-provider';

/** A credential that issues a token per scope from a table, as Azure Identity's do. */
class TableCredential implements TokenCredential {
  readonly asked: string[] = [];
  constructor(private readonly tokens: Record<string, string | null>) {}
  getToken(scopes: string | string[], _options?: GetTokenOptions): Promise<AccessToken | null> {
    const scope = Array.isArray(scopes) ? scopes.join(' ') : scopes;
    this.asked.push(scope);
    const token = this.tokens[scope] ?? null;
    return Promise.resolve(
      token === null ? null : { token, expiresOnTimestamp: Date.parse('2030-01-01T00:00:00Z') },
    );
  }
}

describe('credentialTokenProvider', () => {
  it('asks the credential for the Graph app scope and hands out its token', async () => {
    const credential = new TableCredential({ [GRAPH_APP_SCOPE]: 'graph-token' });
    await expect(credentialTokenProvider(credential).getToken()).resolves.toBe('graph-token');
  });

  it('fails with the scope named when the credential issues no token', async () => {
    const credential = new TableCredential({ 'https://other/.default': 'x' });
    await expect(credentialTokenProvider(credential).getToken()).rejects.toThrow(GRAPH_APP_SCOPE);
  });
});

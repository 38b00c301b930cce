import type { Queryable } from '@pnp/queryable';
import type { TimelinePipe } from '@pnp/core';
import type { AccessTokenProvider } from '../../../ports/access-token-provider';

/**
 * A PnPjs behavior that authenticates every request with our token port (the pattern of PnPjs'
 * `BearerToken` and `MSAL` behaviors, packages/queryable/behaviors/bearer-token.ts).
 */
export function TokenFromPort(tokens: AccessTokenProvider): TimelinePipe<Queryable> {
  return (instance: Queryable) => {
    instance.on.auth.replace(async (url: URL, init: RequestInit) => {
      const token = await tokens.getToken();
      init.headers = {
        ...(init.headers as Record<string, string>),
        Authorization: `Bearer ${token}`,
      };
      return [url, init];
    });
    return instance;
  };
}

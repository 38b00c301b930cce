import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import type { AccessTokenProvider } from '../../ports/access-token-provider';

/**
 * Adds the bearer token from our port to requests for the configured Graph origin, and to no
 * other origin. Replaces the SDK's `AuthenticationHandler`, which only recognises `https://`
 * Graph and custom hosts (`isValidEndpoint` in GraphRequestUtil.ts of graph-client 3.0.7) and so
 * silently strips the header for the local emulator on `http://127.0.0.1`.
 */
export class TokenPortAuthMiddleware implements Middleware {
  private next: Middleware | undefined;

  constructor(
    private readonly tokens: AccessTokenProvider,
    private readonly origin: string,
  ) {}

  async execute(context: Context): Promise<void> {
    const url = typeof context.request === 'string' ? context.request : context.request.url;
    const headers = { ...(context.options?.headers as Record<string, string> | undefined) };
    delete headers.Authorization;
    if (new URL(url).origin === this.origin) {
      headers.Authorization = `Bearer ${await this.tokens.getToken()}`;
    }
    context.options = { ...context.options, headers };
    if (this.next === undefined) throw new Error('TokenPortAuthMiddleware has no next middleware');
    await this.next.execute(context);
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}

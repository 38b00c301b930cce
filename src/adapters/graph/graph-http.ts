import {
  Client,
  GraphError,
  HTTPMessageHandler,
  ResponseType,
  type GraphRequest,
} from '@microsoft/microsoft-graph-client';
import type { AccessTokenProvider } from '../../ports/access-token-provider';
import { TokenPortAuthMiddleware } from './token-auth.middleware';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'DELETE';

/** A Graph request; `path` is relative to the versioned base (`/sites/…`). */
export type GraphRequestSpec = {
  readonly method: HttpMethod;
  readonly path: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: unknown;
};

/** A Graph response of any status; header names are lower case. */
export type GraphResponse = {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
};

/** The connection failed before a response arrived: whether a write landed is unknown. */
export class GraphNetworkError extends Error {
  override readonly name = 'GraphNetworkError';
}

/** Sends one request and returns the response whatever its status; throws only for no response. */
export interface GraphHttp {
  readonly graphBaseUrl: string;
  send(request: GraphRequestSpec): Promise<GraphResponse>;
}

export type GraphHttpOptions = {
  /** `https://graph.microsoft.com/v1.0` in tenant mode, the emulator's `graphBaseUrl` locally. */
  readonly graphBaseUrl: string;
  readonly tokens: AccessTokenProvider;
};

/**
 * Graph over `@microsoft/microsoft-graph-client` with our own middleware chain: the token port,
 * then fetch. The SDK's `RetryHandler` is left out on purpose: it sleeps with real timers and
 * cannot tell a write that may have landed from one that did not, so retries live in
 * `graph-retry.ts` where the operation's semantics are known.
 */
export function createGraphHttp(options: GraphHttpOptions): GraphHttp {
  const base = new URL(options.graphBaseUrl.replace(/\/+$/, ''));
  const segments = base.pathname.split('/').filter((s) => s !== '');
  const version = segments.pop();
  if (version === undefined) throw new Error(`graphBaseUrl needs a version: ${base.href}`);
  const client = Client.initWithMiddleware({
    baseUrl: `${base.origin}/${segments.join('/')}`.replace(/\/+$/, ''),
    defaultVersion: version,
    middleware: [
      new TokenPortAuthMiddleware(options.tokens, base.origin),
      new HTTPMessageHandler(),
    ],
  });
  const graphBaseUrl = `${base.origin}${base.pathname}`;

  return {
    graphBaseUrl,
    async send(request) {
      if (/^https?:\/\//.test(request.path)) {
        throw new Error(`Graph paths are relative to ${graphBaseUrl}: ${request.path}`);
      }
      const api = client.api(request.path).responseType(ResponseType.RAW);
      if (request.headers !== undefined) api.headers({ ...request.headers });
      let raw: unknown;
      try {
        raw = await dispatch(api, request);
      } catch (error: unknown) {
        // The SDK wraps a failed fetch in a GraphError without a status (-1).
        if (error instanceof GraphError && error.statusCode <= 0) {
          throw new GraphNetworkError(`No response from Graph for ${request.method}`, {
            cause: error,
          });
        }
        throw error;
      }
      return readResponse(raw as Response);
    },
  };
}

async function dispatch(api: GraphRequest, request: GraphRequestSpec): Promise<unknown> {
  switch (request.method) {
    case 'GET':
      return api.get();
    case 'POST':
      return api.post(request.body);
    case 'PATCH':
      return api.patch(request.body);
    case 'DELETE':
      return api.delete();
  }
}

async function readResponse(response: Response): Promise<GraphResponse> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name.toLowerCase()] = value;
  });
  let text: string;
  try {
    text = await response.text();
  } catch (error: unknown) {
    throw new GraphNetworkError('Graph response body was cut off', { cause: error });
  }
  let body: unknown = text === '' ? null : text;
  if (text !== '' && (headers['content-type'] ?? '').includes('json')) {
    body = JSON.parse(text) as unknown;
  }
  return { status: response.status, headers, body };
}

/** Turns an absolute `@odata.nextLink` into a path relative to the versioned base. */
export function toRelativePath(graphBaseUrl: string, link: string): string {
  if (!link.startsWith(graphBaseUrl)) {
    throw new Error(`nextLink outside the Graph base ${graphBaseUrl}: ${link}`);
  }
  return link.slice(graphBaseUrl.length);
}

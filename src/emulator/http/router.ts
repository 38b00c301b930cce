import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Identity } from '../auth/tokens';

/** A request as route handlers see it: already read, JSON-parsed and (where required) signed in. */
export type EmuRequest = {
  readonly method: string;
  /** Absolute URL (for nextLinks and `@odata.context`). */
  readonly url: URL;
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string>>;
  /** Parsed JSON body, or undefined when there was none. */
  readonly body: unknown;
  readonly rawBody: string;
  /** Values of the route's `:name` segments, URI-decoded. */
  readonly params: Readonly<Record<string, string>>;
  /** The signed-in caller for routes with `auth: 'graph' | 'sharepoint'`, else null. */
  readonly identity: Identity | null;
  readonly requestId: string;
  /** True for an inner request of a Graph `$batch`. */
  readonly inBatch: boolean;
};

export type EmuResponse = {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  /** A JSON value, or a string sent as-is (set a content-type header for it). */
  readonly body?: unknown;
};

export type RouteHandler = (req: EmuRequest) => EmuResponse | Promise<EmuResponse>;

/**
 * How the HTTP layer treats a route: which token check and error envelope it uses, whether fault
 * injection applies, and the `kind` it is counted under in `/_emulator/stats`.
 */
export type RouteOptions = {
  readonly kind: string;
  /** `graph` → 401 InvalidAuthenticationToken envelope; `sharepoint` → SharePoint's 401; `none`. */
  readonly auth: 'graph' | 'sharepoint' | 'none';
  /** Error envelope for thrown errors. */
  readonly errors: 'graph' | 'sharepoint';
  /** Whether configured or header-requested faults (429/503, latency, drops) apply. */
  readonly faultable: boolean;
};

export type Route = RouteOptions & {
  readonly method: string;
  readonly pattern: string;
  readonly handler: RouteHandler;
  readonly segments: readonly string[];
};

/** A raw Node handler for routes that stream (static files) or speak another protocol. */
export type NodeHandler = (req: IncomingMessage, res: ServerResponse) => Promise<boolean> | boolean;

export type RouteMatch = { readonly route: Route; readonly params: Record<string, string> };

function splitPath(path: string): string[] {
  return path.split('/').filter((s) => s.length > 0);
}

/**
 * A small router: patterns are paths whose `:name` segments capture one segment and whose final
 * `*name` captures the rest. Routes are matched in registration order; method `*` matches any.
 * Other files in src/emulator add routes through a RouteModule (see server.ts), so the Bot
 * Connector or the static tab can join the same server.
 */
export class Router {
  private readonly routes: Route[] = [];
  private readonly nodeHandlers: { prefix: string; handler: NodeHandler }[] = [];

  add(method: string, pattern: string, handler: RouteHandler, options: RouteOptions): void {
    this.routes.push({
      ...options,
      method: method.toUpperCase(),
      pattern,
      handler,
      segments: splitPath(pattern),
    });
  }

  /** Registers a raw Node handler for every request whose path starts with `prefix`. */
  node(prefix: string, handler: NodeHandler): void {
    this.nodeHandlers.push({ prefix, handler });
  }

  nodeHandlersFor(path: string): NodeHandler[] {
    return this.nodeHandlers.filter((h) => path.startsWith(h.prefix)).map((h) => h.handler);
  }

  /** Finds the route for a path (pathname, still percent-encoded). */
  match(method: string, pathname: string): RouteMatch | undefined {
    const segments = splitPath(pathname);
    const upper = method.toUpperCase();
    for (const route of this.routes) {
      if (route.method !== '*' && route.method !== upper) continue;
      const params = matchSegments(route.segments, segments);
      if (params !== undefined) return { route, params };
    }
    return undefined;
  }

  /** Whether some route matches the path with another method (405 rather than 404). */
  matchesOtherMethod(pathname: string): boolean {
    const segments = splitPath(pathname);
    return this.routes.some((r) => matchSegments(r.segments, segments) !== undefined);
  }
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function matchSegments(
  pattern: readonly string[],
  segments: readonly string[],
): Record<string, string> | undefined {
  const params: Record<string, string> = {};
  for (let i = 0; i < pattern.length; i++) {
    const part = pattern[i] ?? '';
    if (part.startsWith('*')) {
      params[part.slice(1)] = segments.slice(i).join('/');
      return params;
    }
    const segment = segments[i];
    if (segment === undefined) return undefined;
    if (part.startsWith(':')) {
      params[part.slice(1)] = decodeSegment(segment);
    } else if (part.toLowerCase() !== decodeSegment(segment).toLowerCase()) {
      return undefined;
    }
  }
  return pattern.length === segments.length ? params : undefined;
}

import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { TokenService } from '../auth/tokens';
import type { PipelineRequest, PipelineResult } from '../context';
import { faultError, type FaultInjector } from '../faults';
import { GraphError, graphErrorBody, unauthenticated } from '../graph/errors';
import { SpRestError, spErrorBody } from '../sharepoint/sp-errors';
import type { RequestStats } from '../stats';
import type { EmuRequest, EmuResponse, RouteOptions, Router } from './router';

export const GRAPH_JSON =
  'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';

type PipelineDeps = {
  readonly router: Router;
  readonly tokens: TokenService;
  readonly faults: FaultInjector;
  readonly stats: RequestStats;
  readonly now: () => Date;
};

/** The Graph `$batch` envelope itself draws no configured faults: its inner requests do (§1.12). */
const BATCH_KIND = 'graph.batch';

function parseBody(req: PipelineRequest): unknown {
  if (req.parsedBody !== undefined) return req.parsedBody;
  if (req.rawBody.trim() === '') return undefined;
  // A SharePoint `$batch` body is multipart; its route reads `rawBody` itself.
  if (/^\s*multipart\//i.test(req.headers['content-type'] ?? '')) return undefined;
  try {
    return JSON.parse(req.rawBody) as unknown;
  } catch {
    throw new GraphError(
      400,
      'BadRequest',
      'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.',
    );
  }
}

function errorResponse(
  error: unknown,
  route: RouteOptions | undefined,
  req: PipelineRequest,
  ids: { requestId: string; clientRequestId: string },
  now: Date,
): EmuResponse {
  const style = route?.errors ?? 'graph';
  if (error instanceof SpRestError || (style === 'sharepoint' && error instanceof GraphError)) {
    const sp =
      error instanceof SpRestError
        ? error
        : new SpRestError(error.status, error.code, error.message, error.options.headers ?? {});
    return {
      status: sp.status,
      headers: {
        'content-type': 'application/json;odata=minimalmetadata;charset=utf-8',
        ...sp.headers,
      },
      body: spErrorBody(sp, req.headers.accept),
    };
  }
  if (error instanceof GraphError) {
    return {
      status: error.status,
      headers: { 'content-type': 'application/json', ...(error.options.headers ?? {}) },
      body: graphErrorBody(error, ids, now),
    };
  }
  // A bug in the emulator: answer like Graph's 500 and say so loudly; never swallow it.
  console.error('[emulator] unexpected error', error);
  const message = error instanceof Error ? error.message : String(error);
  return {
    status: 500,
    headers: { 'content-type': 'application/json' },
    body: graphErrorBody(new GraphError(500, 'generalException', message), ids, now),
  };
}

/**
 * One request through the emulator: route → stats → faults → token → handler → error envelope.
 * Used for requests from the socket and, with `inBatch`, for each inner request of a `$batch`.
 */
export function createPipeline(
  deps: PipelineDeps,
): (req: PipelineRequest) => Promise<PipelineResult> {
  return async (req) => {
    const requestId = randomUUID();
    const clientRequestId = req.headers['client-request-id'] ?? requestId;
    const ids = { requestId, clientRequestId };
    const traceHeaders = { 'request-id': requestId, 'client-request-id': clientRequestId };
    const match = deps.router.match(req.method, req.url.pathname);
    const withTrace = (response: EmuResponse): EmuResponse => ({
      ...response,
      headers: { ...traceHeaders, ...(response.headers ?? {}) },
    });

    if (match === undefined) {
      const isGraph = req.url.pathname.toLowerCase().startsWith('/v1.0/');
      const error = deps.router.matchesOtherMethod(req.url.pathname)
        ? new GraphError(
            405,
            'BadRequest',
            'Specified HTTP method is not allowed for the request target.',
          )
        : isGraph
          ? new GraphError(
              400,
              'BadRequest',
              `Resource not found for the segment '${req.url.pathname.split('/').filter(Boolean).pop() ?? ''}'.`,
            )
          : new GraphError(404, 'itemNotFound', `No route for ${req.method} ${req.url.pathname}`);
      return withTrace(errorResponse(error, undefined, req, ids, deps.now()));
    }

    const { route, params } = match;
    if (route.kind !== 'emulator') deps.stats.record(req.method, route.kind, req.inBatch);

    try {
      if (route.faultable) {
        const decision = deps.faults.decide(req.headers, route.kind !== BATCH_KIND);
        // An inner batch request has no socket of its own to drop.
        if (decision.drop && !req.inBatch) {
          deps.stats.recordFault('dropped');
          return { drop: true };
        }
        if (decision.latencyMs > 0) await sleep(decision.latencyMs);
        if (decision.status !== undefined) {
          deps.stats.recordFault(String(decision.status));
          throw faultError(decision.status, decision.retryAfterSeconds);
        }
      }

      let identity = null;
      if (route.auth !== 'none') {
        const check = deps.tokens.verifyAuthorization(req.headers.authorization);
        if (!check.ok) {
          if (route.auth === 'sharepoint') {
            // SharePoint answers a bad bearer token with 401 and a WWW-Authenticate challenge.
            throw new SpRestError(
              401,
              '-2147024891, System.UnauthorizedAccessException',
              check.message,
              {
                'WWW-Authenticate':
                  'Bearer realm="local", client_id="00000003-0000-0ff1-ce00-000000000000"',
              },
            );
          }
          throw unauthenticated(check.message);
        }
        identity = check.identity;
      }

      const emuRequest: EmuRequest = {
        method: req.method.toUpperCase(),
        url: req.url,
        headers: req.headers,
        body: parseBody(req),
        rawBody: req.rawBody,
        params,
        identity,
        requestId,
        inBatch: req.inBatch,
      };
      return withTrace(await route.handler(emuRequest));
    } catch (error) {
      return withTrace(errorResponse(error, route, req, ids, deps.now()));
    }
  };
}

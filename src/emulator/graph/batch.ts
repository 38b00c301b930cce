import type { EmulatorContext } from '../context';
import { GRAPH_JSON } from '../http/pipeline';
import { GraphError } from './errors';
import { graphRoute } from './sites-routes';

/** json-batching.md: "JSON batch requests are currently limited to 20 individual requests." */
export const MAX_BATCH_REQUESTS = 20;

type InnerRequest = {
  readonly id: string;
  readonly method: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
  readonly dependsOn: readonly string[];
};

type InnerResponse = {
  readonly id: string;
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body?: unknown;
};

const badBatch = (message: string): GraphError => new GraphError(400, 'BadRequest', message);

function readRequests(body: unknown): InnerRequest[] {
  const requests = (body as { requests?: unknown } | undefined)?.requests;
  if (!Array.isArray(requests)) throw badBatch('Invalid batch payload format.');
  if (requests.length === 0) throw badBatch('The batch request must contain at least one request.');
  if (requests.length > MAX_BATCH_REQUESTS) {
    throw badBatch(
      `The number of requests in the batch (${requests.length}) exceeds the limit of ${MAX_BATCH_REQUESTS}.`,
    );
  }
  const seen = new Set<string>();
  const parsed = requests.map((raw: unknown): InnerRequest => {
    const r = (raw ?? {}) as Record<string, unknown>;
    const id = typeof r.id === 'string' || typeof r.id === 'number' ? String(r.id) : undefined;
    if (id === undefined || id === '') throw badBatch('Every request in a batch needs an id.');
    // "Not case-sensitive. Must be unique in the batch, otherwise … fails with a 400."
    if (seen.has(id.toLowerCase()))
      throw badBatch(`Request ids must be unique; '${id}' is repeated.`);
    seen.add(id.toLowerCase());
    if (typeof r.method !== 'string' || typeof r.url !== 'string') {
      throw badBatch(`Request '${id}' needs a method and a url.`);
    }
    if (/^https?:/i.test(r.url))
      throw badBatch(`Request '${id}': the url must be relative, e.g. /sites/{id}.`);
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries((r.headers ?? {}) as Record<string, unknown>)) {
      headers[name.toLowerCase()] = String(value);
    }
    if (r.body !== undefined && headers['content-type'] === undefined) {
      throw badBatch(`Request '${id}' has a body but no Content-Type header.`);
    }
    const dependsOn = Array.isArray(r.dependsOn) ? r.dependsOn.map(String) : [];
    return { id, method: r.method.toUpperCase(), url: r.url, headers, body: r.body, dependsOn };
  });
  for (const request of parsed) {
    for (const dep of request.dependsOn) {
      if (!seen.has(dep.toLowerCase()))
        throw badBatch(`Request '${request.id}' depends on unknown request '${dep}'.`);
    }
  }
  return parsed;
}

/**
 * `POST /v1.0/$batch`: up to 20 inner requests, each run through the full pipeline (its own
 * faults, so an inner request can get its own 429 with `Retry-After`). `dependsOn` orders them; a
 * request whose dependency failed gets 424. The outer status is 200 whatever the inner ones are.
 */
export function registerBatchRoute(ctx: EmulatorContext): void {
  ctx.router.add(
    'POST',
    '/v1.0/$batch',
    async (req) => {
      if (req.body === undefined) throw badBatch('Invalid batch payload format.');
      const requests = readRequests(req.body);
      const byId = new Map(requests.map((r) => [r.id.toLowerCase(), r]));
      const results = new Map<string, InnerResponse>();
      const pending = [...requests];
      while (pending.length > 0) {
        const index = pending.findIndex((r) =>
          r.dependsOn.every((d) => results.has(d.toLowerCase())),
        );
        if (index < 0) throw badBatch('The dependsOn chain of the batch has a cycle.');
        const request = pending.splice(index, 1)[0];
        if (request === undefined) break;
        const failedDependency = request.dependsOn.find(
          (d) => (results.get(d.toLowerCase())?.status ?? 0) >= 400,
        );
        if (failedDependency !== undefined) {
          results.set(request.id.toLowerCase(), {
            id: request.id,
            status: 424,
            headers: { 'content-type': 'application/json' },
            body: {
              error: {
                code: 'failedDependency',
                message: `The request depends on request '${byId.get(failedDependency.toLowerCase())?.id ?? failedDependency}', which failed.`,
              },
            },
          });
          continue;
        }
        const relative = request.url.startsWith('/') ? request.url : `/${request.url}`;
        const url = new URL(`${ctx.baseUrl()}/v1.0${relative}`);
        if (url.pathname.toLowerCase() === '/v1.0/$batch')
          throw badBatch('A batch cannot contain a batch.');
        const headers: Record<string, string> = { ...request.headers };
        const authorization = req.headers.authorization;
        if (authorization !== undefined) headers.authorization = authorization;
        const result = await ctx.dispatch({
          method: request.method,
          url,
          headers,
          rawBody: '',
          parsedBody: request.body,
          inBatch: true,
        });
        if ('drop' in result) throw new Error('an inner batch request cannot drop a connection');
        const responseHeaders: Record<string, string> = {};
        for (const [name, value] of Object.entries(result.headers ?? {}))
          responseHeaders[name] = value;
        const hasBody = result.body !== undefined && result.status !== 204;
        if (
          hasBody &&
          !Object.keys(responseHeaders).some((h) => h.toLowerCase() === 'content-type')
        ) {
          responseHeaders['content-type'] = GRAPH_JSON;
        }
        results.set(request.id.toLowerCase(), {
          id: request.id,
          status: result.status,
          headers: responseHeaders,
          ...(hasBody ? { body: result.body } : {}),
        });
      }
      return {
        status: 200,
        body: { responses: requests.map((r) => results.get(r.id.toLowerCase())) },
      };
    },
    graphRoute('graph.batch'),
  );
}

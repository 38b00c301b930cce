import type { RecordKind, StoreError } from '../../ports/store.types';
import type { GraphStoreContext } from './graph-context';
import { GraphRequestError, readErrorOf } from './graph-errors';
import { toRelativePath, type GraphResponse } from './graph-http';
import { retryAfterSeconds, retryDelayMs, sendIdempotent, THROTTLE_STATUSES } from './graph-retry';
import { ownColumns } from './mappers/list-schema';
import { listDefinition } from '../../../manifest/manifest';
import { equalsFilter, expandFields, itemsPath } from './odata';

/** Graph `$batch` takes at most 20 requests (learn.microsoft.com/graph/json-batching). */
export const BATCH_LIMIT = 20;

export type ReadFailure = { readonly ok: false; readonly error: StoreError };
export type ReadDone<T> = { readonly ok: true; readonly value: T };

/** The first-page path of "items of `listName` where `column` equals `value`". */
export function listQueryPath(
  ctx: GraphStoreContext,
  listName: string,
  column: string,
  value: string,
): string {
  const select = expandFields(ownColumns(listDefinition(listName)));
  const filter = equalsFilter(listName, column, value);
  return `${itemsPath(ctx.siteId, ctx.listSegment(listName))}?${select}&${filter}&$top=${ctx.pageSize}`;
}

/** The path of one item with its whitelisted fields. */
export function itemPath(ctx: GraphStoreContext, listName: string, id: string): string {
  const select = expandFields(ownColumns(listDefinition(listName)));
  return `${itemsPath(ctx.siteId, ctx.listSegment(listName))}/${encodeURIComponent(id)}?${select}`;
}

function networkFailure(attempts: number, kind: RecordKind | null): ReadFailure {
  return {
    ok: false,
    error: {
      code: 'STORE.NETWORK',
      details: { kind: kind ?? 'item', id: '', attempts },
      kind,
      id: null,
      attempts,
    },
  };
}

/** One GET, retried; a final non-2xx becomes a business error (or a thrown fault). */
export async function getOne(
  ctx: GraphStoreContext,
  path: string,
  kind: RecordKind | null,
  id: string | null = null,
): Promise<ReadDone<GraphResponse> | ReadFailure> {
  const outcome = await sendIdempotent(ctx.http, ctx.policy, { method: 'GET', path });
  if (outcome.type === 'network') return networkFailure(outcome.attempts, kind);
  const { response, attempts } = outcome;
  if (response.status >= 200 && response.status < 300) return { ok: true, value: response };
  return { ok: false, error: readErrorOf(response, { kind, id }, attempts) };
}

type Page = { readonly value?: unknown; readonly '@odata.nextLink'?: unknown };

/** The items of a collection page and of every page after it (`@odata.nextLink`, verbatim). */
export async function collectPages(
  ctx: GraphStoreContext,
  first: unknown,
  kind: RecordKind | null,
): Promise<ReadDone<unknown[]> | ReadFailure> {
  const items: unknown[] = [];
  let page = first as Page | null;
  while (page !== null) {
    if (Array.isArray(page.value)) items.push(...(page.value as unknown[]));
    const next = page['@odata.nextLink'];
    if (typeof next !== 'string') break;
    const response = await getOne(ctx, toRelativePath(ctx.http.graphBaseUrl, next), kind);
    if (!response.ok) return response;
    page = response.value.body as Page | null;
  }
  return { ok: true, value: items };
}

export type BatchGet = { readonly id: string; readonly path: string };

type InnerResponse = {
  readonly id?: unknown;
  readonly status?: unknown;
  readonly headers?: unknown;
  readonly body?: unknown;
};

/** An inner `$batch` response as a response, header names in lower case. */
export function innerResponse(inner: InnerResponse): GraphResponse {
  const headers: Record<string, string> = {};
  if (typeof inner.headers === 'object' && inner.headers !== null) {
    for (const [name, value] of Object.entries(inner.headers)) {
      if (typeof value === 'string') headers[name.toLowerCase()] = value;
    }
  }
  return { status: typeof inner.status === 'number' ? inner.status : 0, headers, body: inner.body };
}

/** The inner responses of a `$batch` answer by request id. */
export function innerResponses(body: unknown): Map<string, GraphResponse> {
  const responses = (body as { responses?: unknown } | null)?.responses;
  if (!Array.isArray(responses)) {
    throw new GraphRequestError(200, 'invalidBatch', '$batch answer without responses');
  }
  const byId = new Map<string, GraphResponse>();
  for (const inner of responses as InnerResponse[]) {
    byId.set(String(inner.id), innerResponse(inner));
  }
  return byId;
}

/**
 * GETs in `$batch`es of ≤ 20, retrying only the inner requests that were throttled (each is
 * throttled on its own, json-batching docs), honouring the largest `Retry-After` among them.
 * Returns every final response by id with how many attempts it took.
 */
export async function batchGet(
  ctx: GraphStoreContext,
  requests: readonly BatchGet[],
): Promise<
  | ReadDone<Map<string, { readonly response: GraphResponse; readonly attempts: number }>>
  | ReadFailure
> {
  const results = new Map<string, { response: GraphResponse; attempts: number }>();
  const attempts = new Map<string, number>();
  let pending = [...requests];
  for (let round = 1; pending.length > 0; round += 1) {
    const retry: BatchGet[] = [];
    let wait = 0;
    for (let start = 0; start < pending.length; start += BATCH_LIMIT) {
      const chunk = pending.slice(start, start + BATCH_LIMIT);
      const outcome = await sendIdempotent(ctx.http, ctx.policy, {
        method: 'POST',
        path: '/$batch',
        body: { requests: chunk.map((r) => ({ id: r.id, method: 'GET', url: r.path })) },
      });
      if (outcome.type === 'network') return networkFailure(outcome.attempts, null);
      const { response } = outcome;
      if (response.status !== 200) {
        // Throttled to the end: every request of the chunk shares the answer. Anything else
        // (a malformed batch) is a fault.
        if (!THROTTLE_STATUSES.has(response.status)) {
          throw new GraphRequestError(
            response.status,
            'batchRefused',
            `$batch answered ${response.status}`,
          );
        }
        for (const r of chunk) results.set(r.id, { response, attempts: outcome.attempts });
        continue;
      }
      const inner = innerResponses(response.body);
      for (const r of chunk) {
        const answer = inner.get(r.id);
        if (answer === undefined)
          throw new GraphRequestError(200, 'invalidBatch', `no response ${r.id}`);
        const tries = (attempts.get(r.id) ?? 0) + 1;
        attempts.set(r.id, tries);
        if (THROTTLE_STATUSES.has(answer.status) && tries < ctx.policy.maxAttempts) {
          retry.push(r);
          wait = Math.max(wait, retryDelayMs(ctx.policy, tries, retryAfterSeconds(answer.headers)));
        } else {
          results.set(r.id, { response: answer, attempts: tries });
        }
      }
    }
    pending = retry;
    if (pending.length > 0) await ctx.policy.sleep(wait);
    if (round > ctx.policy.maxAttempts * 2) throw new Error('batchGet did not converge');
  }
  return { ok: true, value: results };
}

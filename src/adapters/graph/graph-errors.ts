import type { RecordKind, StoreError } from '../../ports/store.types';
import type { GraphResponse } from './graph-http';
import { retryAfterSeconds, THROTTLE_STATUSES } from './graph-retry';

/** The Graph error envelope's code and message (learn.microsoft.com/graph/errors). */
export function graphError(body: unknown): { readonly code: string; readonly message: string } {
  if (typeof body === 'object' && body !== null && 'error' in body) {
    const error = body.error;
    if (typeof error === 'object' && error !== null) {
      const { code, message } = error as { code?: unknown; message?: unknown };
      return {
        code: typeof code === 'string' ? code : 'unknown',
        message: typeof message === 'string' ? message : '',
      };
    }
  }
  return { code: 'unknown', message: typeof body === 'string' ? body : '' };
}

/**
 * Graph answered in a way no business rule covers (a 400 on a query the adapter built, a 500):
 * a fault to fix in code or in the list set-up, thrown with the status and Graph's code.
 */
export class GraphRequestError extends Error {
  override readonly name = 'GraphRequestError';

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

type Location = { readonly kind: RecordKind | null; readonly id: string | null };

function detailsOf(location: Location): Readonly<Record<string, string>> {
  return { kind: location.kind ?? 'item', id: location.id ?? '' };
}

/**
 * The business outcome of a failed write response, or a thrown fault when the status is not one
 * a person can act on. 412 and 409 arrive here without the current version; callers re-read.
 */
export function storeErrorOf(
  response: GraphResponse,
  location: Location,
  attempts: number,
): StoreError {
  const { status } = response;
  const graph = graphError(response.body);
  const details = detailsOf(location);
  if (status === 401 || status === 403) return { code: 'STORE.FORBIDDEN', details, ...location };
  if (status === 404) return { code: 'STORE.NOT_FOUND', details, ...location };
  if (status === 409 || status === 412) {
    return { code: 'STORE.CONFLICT', details, ...location, current: null };
  }
  if (THROTTLE_STATUSES.has(status)) {
    return {
      code: 'STORE.THROTTLED',
      details: { ...details, attempts },
      ...location,
      attempts,
      retryAfterSeconds: retryAfterSeconds(response.headers),
    };
  }
  if (status === 400 || status === 422) {
    const reason = graph.message === '' ? graph.code : graph.message;
    return {
      code: 'STORE.VALIDATION',
      details: { ...details, reason },
      ...location,
      issues: [{ field: '', message: reason }],
    };
  }
  throw new GraphRequestError(
    status,
    graph.code,
    `Graph answered ${status} ${graph.code}: ${graph.message}`,
  );
}

/** A failed read: business outcomes for access and throttling, a fault for anything else. */
export function readErrorOf(
  response: GraphResponse,
  location: Location,
  attempts: number,
): StoreError {
  if (response.status === 400) {
    const graph = graphError(response.body);
    // A 400 on a query we built is a fault: most often a filter on a column that is not indexed
    // in the tenant (provisioning not run), which Graph refuses unless the caller sends
    // `Prefer: HonorNonIndexedQueriesWarningMayFailRandomly` (we never do: it fails on big lists).
    throw new GraphRequestError(400, graph.code, `Graph refused the query: ${graph.message}`);
  }
  return storeErrorOf(response, location, attempts);
}

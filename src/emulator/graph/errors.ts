/**
 * Graph's error envelope (m365-platform-facts §1.10, concepts/errors.md):
 * `{ error: { code, message, innerError: { date, request-id, client-request-id } } }`.
 * Handlers throw a GraphError; the HTTP layer turns it into the envelope.
 */
export class GraphError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly options: {
      /** A nested `innerError.code` (e.g. `throttledRequest` under `activityLimitReached`). */
      readonly innerCode?: string;
      readonly headers?: Readonly<Record<string, string>>;
    } = {},
  ) {
    super(message);
    this.name = 'GraphError';
  }
}

/** Graph writes the innerError date without a zone suffix and without fractions. */
export function graphErrorDate(now: Date): string {
  return now.toISOString().slice(0, 19);
}

export function graphErrorBody(
  error: GraphError,
  ids: { readonly requestId: string; readonly clientRequestId: string },
  now: Date,
): unknown {
  const trace = {
    date: graphErrorDate(now),
    'request-id': ids.requestId,
    'client-request-id': ids.clientRequestId,
  };
  const innerError =
    error.options.innerCode === undefined
      ? trace
      : // The real throttle body nests a further `{ code: 'quota' }` (Microsoft Q&A 648796).
        { code: error.options.innerCode, innerError: { code: 'quota' }, ...trace };
  return { error: { code: error.code, message: error.message, innerError } };
}

export const invalidRequest = (message: string): GraphError =>
  new GraphError(400, 'invalidRequest', message);

export const itemNotFound = (message = 'The resource could not be found.'): GraphError =>
  new GraphError(404, 'itemNotFound', message);

export const accessDenied = (): GraphError =>
  new GraphError(
    403,
    'accessDenied',
    'Access denied. You do not have permission to perform this action or access this resource.',
  );

export const nameAlreadyExists = (message: string): GraphError =>
  new GraphError(409, 'nameAlreadyExists', message);

export const unauthenticated = (message: string): GraphError =>
  new GraphError(401, 'InvalidAuthenticationToken', message);

/**
 * SharePoint REST's error shape. With `Accept: application/json;odata=verbose` it is
 * `{ error: { code, message: { lang, value } } }`; with plain `application/json` (what PnPjs sends
 * by default, i.e. minimal metadata) the same object sits under `odata.error`. Codes carry the
 * HRESULT and .NET exception type, e.g. `-1, System.ArgumentException`.
 */
export class SpRestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.name = 'SpRestError';
  }
}

export function isVerbose(accept: string | undefined): boolean {
  return accept !== undefined && /odata=verbose/i.test(accept);
}

export function spErrorBody(error: SpRestError, accept: string | undefined): unknown {
  const inner = { code: error.code, message: { lang: 'en-US', value: error.message } };
  return isVerbose(accept) ? { error: inner } : { 'odata.error': inner };
}

export const spNotFound = (message: string): SpRestError =>
  new SpRestError(404, '-1, System.ArgumentException', message);

export const spAccessDenied = (): SpRestError =>
  new SpRestError(
    403,
    '-2147024891, System.UnauthorizedAccessException',
    'Access denied. You do not have permission to perform this action or access this resource.',
  );

export const spBadRequest = (message: string): SpRestError =>
  new SpRestError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', message);

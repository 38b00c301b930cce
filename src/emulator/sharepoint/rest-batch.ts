import { randomUUID } from 'node:crypto';
import type { EmulatorContext } from '../context';
import type { RouteOptions } from '../http/router';
import { findSiteByPath } from '../store/sites-store';
import {
  badBatch,
  formatBatchResponse,
  parseBatch,
  type BatchAnswer,
  type BatchOperation,
} from './rest-batch-multipart';
import { spNotFound } from './sp-errors';

/**
 * The envelope is counted apart (`sharepoint.batch`); its inner requests are counted as
 * `sharepoint.rest` under `batchInner`, like the Graph `$batch`. Configured faults apply to the
 * envelope (PnPjs retries a throttled `$batch` as a whole) and to each inner request.
 */
const SHAREPOINT_BATCH_ROUTE: RouteOptions = {
  kind: 'sharepoint.batch',
  auth: 'sharepoint',
  errors: 'sharepoint',
  faultable: true,
};

function serialise(body: unknown, status: number): string {
  if (body === undefined || status === 204) return '';
  return typeof body === 'string' ? body : JSON.stringify(body);
}

/** The inner request's URL, which must address the batch's own site (sp-dev-docs: "same site"). */
function innerUrl(operation: BatchOperation, siteUrl: string): URL {
  let url: URL;
  try {
    url = new URL(operation.target, `${siteUrl}/`);
  } catch {
    throw badBatch(`'${operation.target}' is not a URL.`);
  }
  const site = new URL(siteUrl);
  const sitePath = `${site.pathname.toLowerCase()}/_api/`;
  if (url.origin !== site.origin || !url.pathname.toLowerCase().startsWith(sitePath)) {
    throw badBatch(
      `The request '${operation.method} ${operation.target}' does not target the batch's site ${siteUrl}.`,
    );
  }
  if (/\/_api\/\$batch$/i.test(url.pathname)) throw badBatch('A batch cannot contain a batch.');
  return url;
}

/**
 * `POST {site}/_api/$batch`: up to 100 requests, run one after the other in the order written
 * (OData v3 batch processing; SharePoint's changesets are not transactional, so a failed request
 * leaves the others done), each through the full pipeline with the caller's token. The answer is
 * 200 whatever the inner statuses are; a malformed body is a 400 and runs nothing.
 */
export function registerSharePointBatchRoute(ctx: EmulatorContext): void {
  ctx.router.add(
    'POST',
    '/sites/:site/_api/$batch',
    async (req) => {
      const site = findSiteByPath(ctx.db, `sites/${req.params.site ?? ''}`);
      if (site === undefined) throw spNotFound('The site does not exist.');
      const siteUrl = `${ctx.baseUrl()}/${site.urlPath}`;
      const operations = parseBatch(req.rawBody, req.headers['content-type']);
      // Every URL is checked before anything runs: a malformed batch changes nothing.
      const requests = operations.map((operation) => ({
        operation,
        url: innerUrl(operation, siteUrl),
      }));
      const answers: BatchAnswer[] = [];
      for (const { operation, url } of requests) {
        const headers: Record<string, string> = { ...operation.headers };
        const authorization = req.headers.authorization;
        if (authorization !== undefined) headers.authorization = authorization;
        const result = await ctx.dispatch({
          method: operation.method,
          url,
          headers,
          rawBody: operation.body,
          inBatch: true,
        });
        if ('drop' in result) throw new Error('an inner batch request cannot drop a connection');
        const responseHeaders: Record<string, string> = {};
        for (const [name, value] of Object.entries(result.headers ?? {})) {
          responseHeaders[name.toUpperCase() === 'CONTENT-TYPE' ? 'CONTENT-TYPE' : name] = value;
        }
        answers.push({
          status: result.status,
          headers: responseHeaders,
          body: serialise(result.body, result.status),
        });
      }
      const boundary = `batchresponse_${randomUUID()}`;
      return {
        status: 200,
        headers: { 'content-type': `multipart/mixed; boundary=${boundary}` },
        body: formatBatchResponse(boundary, answers),
      };
    },
    SHAREPOINT_BATCH_ROUTE,
  );
}

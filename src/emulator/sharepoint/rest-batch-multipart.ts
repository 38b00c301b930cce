import { STATUS_CODES } from 'node:http';
import { SpRestError } from './sp-errors';

/*
 * The OData v3 `$batch` wire format SharePoint REST speaks (sp-dev-docs
 * docs/sp-add-ins/make-batch-requests-with-the-rest-apis.md): a `multipart/mixed` body whose parts
 * are either one `application/http` request (a read) or a changeset, itself `multipart/mixed`,
 * holding `application/http` writes. The answer is one `--batchresponse_…` part per request, in
 * order, changesets flattened: PnPjs' parser (`@pnp/sp/batching.js` parseResponse) accepts only
 * that shape, and the SharePoint answers quoted in pnp/pnpjs#1985 and SharePoint/sp-dev-docs#599
 * have it.
 */

/** pnp/pnpcore BatchClient.cs `MaxRequestsInSharePointRestBatch => 100` (pnp/pnpcore#284). */
export const MAX_SHAREPOINT_BATCH_REQUESTS = 100;

export type BatchOperation = {
  readonly method: string;
  /** As written in the request line: absolute, or relative to the site. */
  readonly target: string;
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  /** Index of the changeset it sits in, or undefined for a top-level read. */
  readonly changeset: number | undefined;
};

export type BatchAnswer = {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  /** Already serialised; empty for none. */
  readonly body: string;
};

/**
 * A malformed batch. SharePoint parses `$batch` with Microsoft.Data.OData, whose exceptions show in
 * its error codes (`-1, Microsoft.Data.OData.ODataContentTypeException` in pnp/pnpjs#2716).
 */
export const badBatch = (message: string): SpRestError =>
  new SpRestError(400, '-1, Microsoft.Data.OData.ODataException', message);

type Part = { readonly headers: Record<string, string>; readonly lines: readonly string[] };

/** `multipart/mixed; boundary="batch_1"` → `batch_1`; undefined when not multipart/mixed. */
export function multipartBoundary(contentType: string | undefined): string | undefined {
  if (contentType === undefined || !/^\s*multipart\/mixed\s*(;|$)/i.test(contentType)) {
    return undefined;
  }
  const match = /;\s*boundary\s*=\s*(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  const boundary = match?.[1] ?? match?.[2];
  return boundary === undefined || boundary === '' ? undefined : boundary;
}

/** Header lines up to the first blank one; names lower-cased. Returns the index after the blank. */
function readHeaders(
  lines: readonly string[],
  from: number,
  where: string,
): { headers: Record<string, string>; next: number } {
  const headers: Record<string, string> = {};
  let i = from;
  for (; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '') return { headers, next: i + 1 };
    const colon = line.indexOf(':');
    if (colon <= 0) throw badBatch(`${where}: the header line '${line}' has no name.`);
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { headers, next: i };
}

/** The parts between `--boundary` lines, up to the closing `--boundary--`. */
function splitParts(lines: readonly string[], boundary: string, where: string): Part[] {
  const open = `--${boundary}`;
  const close = `--${boundary}--`;
  const start = lines.findIndex((l) => l.trimEnd() === open);
  if (start < 0) throw badBatch(`${where}: the boundary '${boundary}' does not start any part.`);
  const parts: Part[] = [];
  let current: string[] = [];
  for (let i = start + 1; i < lines.length; i++) {
    const line = (lines[i] ?? '').trimEnd();
    if (line === open || line === close) {
      const { headers, next } = readHeaders(current, 0, where);
      parts.push({ headers, lines: current.slice(next) });
      if (line === close) return parts;
      current = [];
    } else {
      current.push(lines[i] ?? '');
    }
  }
  throw badBatch(`${where}: the multipart message is not closed with '${close}'.`);
}

function readRequest(part: Part, changeset: number | undefined, where: string): BatchOperation {
  const type = part.headers['content-type'] ?? '';
  if (!/^application\/http\s*(;|$)/i.test(type)) {
    throw badBatch(`${where}: a part must be 'application/http', not '${type}'.`);
  }
  const lines = part.lines;
  let i = lines.findIndex((l) => l.trim() !== '');
  if (i < 0) throw badBatch(`${where}: a part holds no request.`);
  const requestLine = /^([A-Za-z]+) +(\S+) +HTTP\/1\.[01]$/.exec((lines[i] ?? '').trim());
  if (requestLine === null) {
    throw badBatch(`${where}: '${(lines[i] ?? '').trim()}' is not an HTTP request line.`);
  }
  const method = (requestLine[1] ?? '').toUpperCase();
  i += 1;
  const { headers, next } = readHeaders(lines, i, where);
  const bodyLines = lines.slice(next);
  while (bodyLines.length > 0 && (bodyLines[bodyLines.length - 1] ?? '').trim() === '') {
    bodyLines.pop();
  }
  if (changeset !== undefined && method === 'GET') {
    // OData v3: a changeset holds changes only; reads go at the top level.
    throw badBatch(`${where}: a changeset cannot contain a GET request.`);
  }
  return {
    method,
    target: requestLine[2] ?? '',
    headers,
    body: bodyLines.join('\n'),
    changeset,
  };
}

/**
 * Parses a `$batch` body into its requests, in order. Throws a 400 in SharePoint's error shape
 * for a body that is not a well-formed batch or holds more than 100 requests.
 */
export function parseBatch(rawBody: string, contentType: string | undefined): BatchOperation[] {
  const boundary = multipartBoundary(contentType);
  if (boundary === undefined) {
    throw badBatch(
      `The content type '${contentType ?? ''}' is not supported for a batch; use multipart/mixed with a boundary.`,
    );
  }
  if (rawBody.trim() === '') throw badBatch('The batch request has no body.');
  const operations: BatchOperation[] = [];
  let changesets = 0;
  for (const part of splitParts(rawBody.split(/\r?\n/), boundary, 'batch')) {
    const inner = multipartBoundary(part.headers['content-type']);
    if (inner === undefined) {
      operations.push(readRequest(part, undefined, 'batch'));
      continue;
    }
    const changeset = changesets++;
    for (const change of splitParts(part.lines, inner, `changeset ${changeset + 1}`)) {
      if (multipartBoundary(change.headers['content-type']) !== undefined) {
        throw badBatch('A changeset cannot contain another changeset.');
      }
      operations.push(readRequest(change, changeset, `changeset ${changeset + 1}`));
    }
  }
  if (operations.length === 0) throw badBatch('The batch request holds no request.');
  if (operations.length > MAX_SHAREPOINT_BATCH_REQUESTS) {
    throw badBatch(
      `The batch holds ${operations.length} requests; at most ${MAX_SHAREPOINT_BATCH_REQUESTS} are allowed.`,
    );
  }
  return operations;
}

/**
 * The `multipart/mixed` answer: one part per request, in order. Lines end in LF only: PnPjs splits
 * the answer on "\n" and hands the status text to `new Response()`, which rejects a stray "\r".
 */
export function formatBatchResponse(boundary: string, answers: readonly BatchAnswer[]): string {
  const out: string[] = [];
  for (const answer of answers) {
    out.push(
      `--${boundary}`,
      'Content-Type: application/http',
      'Content-Transfer-Encoding: binary',
    );
    out.push('', `HTTP/1.1 ${answer.status} ${STATUS_CODES[answer.status] ?? 'Unknown'}`);
    for (const [name, value] of Object.entries(answer.headers)) out.push(`${name}: ${value}`);
    out.push('');
    if (answer.body !== '') out.push(answer.body);
  }
  out.push(`--${boundary}--`, '');
  return out.join('\n');
}

/** Parses a `$batch` answer back into its parts (for tests and tools). */
export function parseBatchResponse(raw: string, contentType: string | undefined): BatchAnswer[] {
  const boundary = multipartBoundary(contentType);
  if (boundary === undefined) throw new Error(`not a batch answer: ${contentType ?? ''}`);
  return splitParts(raw.split(/\r?\n/), boundary, 'batch answer').map((part) => {
    const lines = part.lines;
    const status = /^HTTP\/1\.[01] (\d{3})/.exec(lines[0] ?? '');
    if (status === null) throw new Error(`no status line in a batch answer: ${lines[0] ?? ''}`);
    const { headers, next } = readHeaders(lines, 1, 'batch answer');
    return {
      status: Number(status[1]),
      headers,
      body: lines.slice(next).join('\n').trim(),
    };
  });
}

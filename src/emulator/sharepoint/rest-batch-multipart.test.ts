import { describe, expect, it } from 'vitest';
import {
  MAX_SHAREPOINT_BATCH_REQUESTS,
  formatBatchResponse,
  multipartBoundary,
  parseBatch,
  parseBatchResponse,
} from './rest-batch-multipart';
import { SpRestError } from './sp-errors';

const CRLF = '\r\n';

/** The request sp-dev-docs shows (a changeset with a DELETE, then a GET), with CRLF endings. */
const DOCS_EXAMPLE = [
  '--batch_7ba8d60b',
  'Content-Type: multipart/mixed; boundary=changeset_efb6b37c',
  '',
  '--changeset_efb6b37c',
  'Content-Type: application/http',
  'Content-Transfer-Encoding: binary',
  '',
  "DELETE https://fabrikam.sharepoint.com/_api/Web/lists/getbytitle('OldList') HTTP/1.1",
  'If-Match: "1"',
  '',
  '--changeset_efb6b37c--',
  '--batch_7ba8d60b',
  'Content-Type: application/http',
  'Content-Transfer-Encoding: binary',
  '',
  'GET https://fabrikam.sharepoint.com/_api/Web/lists HTTP/1.1',
  '',
  '--batch_7ba8d60b--',
  '',
].join(CRLF);

function request(method: string, url: string, body = ''): string[] {
  return [
    'Content-Type: application/http',
    'Content-Transfer-Encoding: binary',
    '',
    `${method} ${url} HTTP/1.1`,
    'Accept: application/json',
    ...(body === '' ? [''] : ['Content-Type: application/json;charset=utf-8', '', body, '']),
  ];
}

function batchOf(parts: string[][], boundary = 'batch_1'): string {
  return [...parts.flatMap((p) => [`--${boundary}`, ...p]), `--${boundary}--`, ''].join('\n');
}

function parseError(run: () => unknown): SpRestError {
  try {
    run();
  } catch (error) {
    if (error instanceof SpRestError) return error;
    throw error;
  }
  throw new Error('expected a 400');
}

describe('SharePoint $batch multipart parsing', () => {
  it('reads the boundary, quoted or not, only from multipart/mixed', () => {
    expect(multipartBoundary('multipart/mixed; boundary=batch_1')).toBe('batch_1');
    expect(multipartBoundary('multipart/mixed;boundary="batch_2"; charset=utf-8')).toBe('batch_2');
    expect(multipartBoundary('application/json')).toBeUndefined();
    expect(multipartBoundary('multipart/mixed')).toBeUndefined();
  });

  it('parses the documented example: a changeset write, then a read, in order', () => {
    const operations = parseBatch(DOCS_EXAMPLE, 'multipart/mixed; boundary=batch_7ba8d60b');
    expect(operations).toEqual([
      {
        method: 'DELETE',
        target: "https://fabrikam.sharepoint.com/_api/Web/lists/getbytitle('OldList')",
        headers: { 'if-match': '"1"' },
        body: '',
        changeset: 0,
      },
      {
        method: 'GET',
        target: 'https://fabrikam.sharepoint.com/_api/Web/lists',
        headers: {},
        body: '',
        changeset: undefined,
      },
    ]);
  });

  it('keeps bodies and tells changesets apart (the shape PnPjs writes, LF endings)', () => {
    const raw = batchOf([
      request('GET', '/_api/web'),
      [
        'Content-Type: multipart/mixed; boundary="changeset_a"',
        '',
        '--changeset_a',
        ...request('MERGE', '/_api/web', '{"Title":"x"}'),
        '--changeset_a',
        ...request('POST', '/_api/web/lists'),
        '--changeset_a--',
        '',
      ],
      [
        'Content-Type: multipart/mixed; boundary=changeset_b',
        '',
        '--changeset_b',
        ...request('DELETE', '/_api/web/lists(1)'),
        '--changeset_b--',
      ],
    ]);
    const operations = parseBatch(raw, 'multipart/mixed; boundary=batch_1');
    expect(operations.map((o) => [o.method, o.changeset, o.body])).toEqual([
      ['GET', undefined, ''],
      ['MERGE', 0, '{"Title":"x"}'],
      ['POST', 0, ''],
      ['DELETE', 1, ''],
    ]);
    expect(operations[1]?.headers).toEqual({
      accept: 'application/json',
      'content-type': 'application/json;charset=utf-8',
    });
  });

  it('refuses malformed batches with a 400 in SharePoint’s error shape', () => {
    const ok = batchOf([request('GET', '/_api/web')]);
    const cases: [string, string | undefined, RegExp][] = [
      [ok, 'application/json', /not supported for a batch/],
      [ok, 'multipart/mixed', /not supported for a batch/],
      ['', 'multipart/mixed; boundary=batch_1', /no body/],
      [ok, 'multipart/mixed; boundary=other', /does not start any part/],
      [ok.replace('--batch_1--', ''), 'multipart/mixed; boundary=batch_1', /not closed/],
      [
        batchOf([['Content-Type: text/plain', '', 'GET /_api/web HTTP/1.1']]),
        'multipart/mixed; boundary=batch_1',
        /must be 'application\/http'/,
      ],
      [
        batchOf([['Content-Type: application/http', '', 'GET /_api/web']]),
        'multipart/mixed; boundary=batch_1',
        /not an HTTP request line/,
      ],
      [
        batchOf([
          [
            'Content-Type: multipart/mixed; boundary=cs',
            '',
            '--cs',
            ...request('GET', '/_api/web'),
            '--cs--',
          ],
        ]),
        'multipart/mixed; boundary=batch_1',
        /changeset cannot contain a GET/,
      ],
      [
        batchOf([
          [
            'Content-Type: multipart/mixed; boundary=cs',
            '',
            '--cs',
            'Content-Type: multipart/mixed; boundary=inner',
            '',
            '--cs--',
          ],
        ]),
        'multipart/mixed; boundary=batch_1',
        /another changeset/,
      ],
    ];
    for (const [raw, type, message] of cases) {
      const error = parseError(() => parseBatch(raw, type));
      expect(error.status, String(message)).toBe(400);
      expect(error.code).toBe('-1, Microsoft.Data.OData.ODataException');
      expect(error.message).toMatch(message);
    }
  });

  it(`allows ${MAX_SHAREPOINT_BATCH_REQUESTS} requests, changeset writes included, not one more`, () => {
    const reads = (n: number) => Array.from({ length: n }, () => request('GET', '/_api/web'));
    const type = 'multipart/mixed; boundary=batch_1';
    expect(parseBatch(batchOf(reads(MAX_SHAREPOINT_BATCH_REQUESTS)), type)).toHaveLength(100);
    const changeset = [
      'Content-Type: multipart/mixed; boundary=cs',
      '',
      '--cs',
      ...request('POST', '/_api/web/lists'),
      '--cs--',
    ];
    const error = parseError(() =>
      parseBatch(batchOf([...reads(MAX_SHAREPOINT_BATCH_REQUESTS), changeset]), type),
    );
    expect(error.message).toMatch(/101 requests; at most 100/);
  });
});

describe('SharePoint $batch answers', () => {
  it('writes one LF-only part per answer that reads back the same', () => {
    const raw = formatBatchResponse('batchresponse_1', [
      {
        status: 200,
        headers: { 'CONTENT-TYPE': 'application/json;odata=nometadata' },
        body: '{"Id":1}',
      },
      { status: 204, headers: {}, body: '' },
      {
        status: 404,
        headers: { 'CONTENT-TYPE': 'application/json' },
        body: '{"odata.error":{}}',
      },
    ]);
    expect(raw).not.toContain('\r');
    expect(raw.startsWith('--batchresponse_1\nContent-Type: application/http\n')).toBe(true);
    expect(raw).toContain('\nHTTP/1.1 404 Not Found\n');
    expect(raw.endsWith('--batchresponse_1--\n')).toBe(true);
    expect(parseBatchResponse(raw, 'multipart/mixed; boundary=batchresponse_1')).toEqual([
      {
        status: 200,
        headers: { 'content-type': 'application/json;odata=nometadata' },
        body: '{"Id":1}',
      },
      { status: 204, headers: {}, body: '' },
      { status: 404, headers: { 'content-type': 'application/json' }, body: '{"odata.error":{}}' },
    ]);
  });
});

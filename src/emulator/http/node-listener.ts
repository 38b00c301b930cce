import type { IncomingMessage, ServerResponse } from 'node:http';
import type { PipelineRequest, PipelineResult } from '../context';
import { GRAPH_JSON } from './pipeline';
import type { Router } from './router';

const MAX_BODY_BYTES = 16 * 1024 * 1024;

/**
 * Browsers on another local port (the Vite dev server, the Teams host page) call the emulator the
 * way they call graph.microsoft.com, which answers CORS for any origin; the emulator only allows
 * loopback origins.
 */
const LOOPBACK_ORIGIN = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/i;
const EXPOSED_HEADERS =
  'ETag, Location, Retry-After, request-id, client-request-id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset';

function corsHeaders(req: IncomingMessage): Record<string, string> {
  const origin = req.headers.origin;
  if (origin === undefined || !LOOPBACK_ORIGIN.test(origin)) return {};
  return {
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Expose-Headers': EXPOSED_HEADERS,
    Vary: 'Origin',
  };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new Error('request body too large');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function lowerCaseHeaders(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

function send(
  res: ServerResponse,
  result: Exclude<PipelineResult, { drop: true }>,
  extra: Record<string, string>,
  isGraph: boolean,
): void {
  const headers: Record<string, string> = { ...extra };
  for (const [name, value] of Object.entries(result.headers ?? {})) headers[name] = value;
  let payload = '';
  if (result.body !== undefined && result.status !== 204) {
    payload = typeof result.body === 'string' ? result.body : JSON.stringify(result.body);
    const hasType = Object.keys(headers).some((h) => h.toLowerCase() === 'content-type');
    if (!hasType)
      headers['content-type'] = isGraph ? GRAPH_JSON : 'application/json; charset=utf-8';
  }
  headers['content-length'] = String(Buffer.byteLength(payload));
  res.writeHead(result.status, headers);
  res.end(payload);
}

/** Adapts Node's http server to the emulator pipeline (and to raw Node handlers of other modules). */
export function createRequestListener(
  router: Router,
  dispatch: (req: PipelineRequest) => Promise<PipelineResult>,
  baseUrl: () => string,
): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const handle = async (): Promise<void> => {
      const cors = corsHeaders(req);
      const url = new URL(req.url ?? '/', baseUrl());
      if (req.method === 'OPTIONS' && req.headers['access-control-request-method'] !== undefined) {
        res.writeHead(204, {
          ...cors,
          'Access-Control-Allow-Methods': 'GET, POST, PATCH, PUT, DELETE, MERGE, OPTIONS',
          'Access-Control-Allow-Headers': req.headers['access-control-request-headers'] ?? '*',
          'Access-Control-Max-Age': '600',
        });
        res.end();
        return;
      }
      // Emulator routes first; raw Node handlers (static files, …) get what no route claims.
      if (router.match(req.method ?? 'GET', url.pathname) === undefined) {
        for (const handler of router.nodeHandlersFor(url.pathname)) {
          if (await handler(req, res)) return;
        }
      }
      const rawBody = await readBody(req);
      const result = await dispatch({
        method: req.method ?? 'GET',
        url,
        headers: lowerCaseHeaders(req),
        rawBody,
        inBatch: false,
      });
      if ('drop' in result) {
        // Simulates a connection reset: the client's fetch rejects, no status is ever seen.
        req.socket.destroy();
        return;
      }
      send(res, result, cors, url.pathname.toLowerCase().startsWith('/v1.0/'));
    };
    handle().catch((error: unknown) => {
      console.error('[emulator] request failed', error);
      if (!res.headersSent) {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { code: 'generalException', message: String(error) } }));
      } else {
        res.destroy();
      }
    });
  };
}

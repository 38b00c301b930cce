import { randomBytes, randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Identity } from '../auth/tokens';
import { isoSeconds, type EmulatorContext } from '../context';
import { faultError } from '../faults';
import { GRAPH_JSON } from '../http/pipeline';
import type { EmuRequest, EmuResponse } from '../http/router';
import {
  childrenOf,
  drivesOfSite,
  findDrive,
  getItem,
  itemContent,
  putFile,
  rootOf,
  type DriveItemRecord,
  type DriveRecord,
} from '../store/drive-store';
import { allSites } from '../store/sites-store';
import { addressByShare, addressInDrive, type Addressed } from './drive-addressing';
import { itemAccess } from './drive-access';
import { DownloadSigner, driveItemShape, driveShape } from './drive-shapes';
import {
  accessDenied,
  GraphError,
  graphErrorBody,
  invalidRequest,
  itemNotFound,
  nameAlreadyExists,
  unauthenticated,
} from './errors';
import { quickXorHash } from './quick-xor-hash';
import { identityOf, requireSite, shapeContext } from './scope';
import { graphRoute } from './sites-routes';

/** Graph's simple upload takes files up to 250 MB; the emulator keeps to small seeding files. */
const MAX_UPLOAD_BYTES = 16 * 1024 * 1024;

function selectOf(req: EmuRequest): readonly string[] | null {
  const select = req.url.searchParams.get('$select');
  return select === null ? null : select.split(',').map((s) => s.trim());
}

function requireDrive(ctx: EmulatorContext, driveId: string): DriveRecord {
  const drive = findDrive(ctx.db, allSites(ctx.db), driveId);
  if (drive === undefined) throw itemNotFound('The drive could not be found.');
  return drive;
}

function requireLibraryRead(ctx: EmulatorContext, drive: DriveRecord, identity: Identity): void {
  if (!itemAccess(ctx.db, drive, rootOf(ctx.db, drive), identity).read) throw accessDenied();
}

/**
 * Documents libraries over Graph's drive API: `GET /sites/{id}/drive[s]`, `/drives/{id}`,
 * items by id or path, `/shares/{u!…}/driveItem`, `/content` (a 302 to a pre-authenticated
 * download URL), and a simple upload `PUT …/root:/{path}:/content` for seeding and tests.
 */
export function registerDriveRoutes(ctx: EmulatorContext): void {
  const { router } = ctx;
  const signer = new DownloadSigner(randomBytes(32), ctx.now);

  const answer = (req: EmuRequest, addressed: Addressed): EmuResponse => {
    const { drive, item, facet } = addressed;
    const identity = identityOf(req);
    if (!itemAccess(ctx.db, drive, item, identity).read) throw accessDenied();
    const shapes = { ...shapeContext(ctx), db: ctx.db };
    const options = { signer, select: selectOf(req) };
    if (facet === 'children') {
      if (item.kind !== 'folder') throw itemNotFound('The item is not a folder.');
      const value = childrenOf(ctx.db, drive.id, item.id)
        .filter((child) => itemAccess(ctx.db, drive, child, identity).read)
        .map((child) => driveItemShape(shapes, drive, child, options));
      return { status: 200, body: { value } };
    }
    if (facet === 'content') {
      if (item.kind !== 'file') {
        throw invalidRequest('The item is a folder; only files have content.');
      }
      // Graph answers with a redirect to the same URL as `@microsoft.graph.downloadUrl`.
      return { status: 302, headers: { Location: signer.urlFor(shapes, drive, item) } };
    }
    return { status: 200, body: driveItemShape(shapes, drive, item, options) };
  };

  router.add(
    'GET',
    '/v1.0/sites/:siteId/drives',
    (req) => {
      const site = requireSite(ctx, req.params.siteId ?? '');
      const value = drivesOfSite(ctx.db, site)
        .filter((d) => itemAccess(ctx.db, d, rootOf(ctx.db, d), identityOf(req)).read)
        .map((d) => driveShape(shapeContext(ctx), d));
      return { status: 200, body: { value } };
    },
    graphRoute('graph.drive'),
  );

  const defaultDrive = (siteId: string): DriveRecord => {
    const drive = drivesOfSite(ctx.db, requireSite(ctx, siteId))[0];
    if (drive === undefined) throw itemNotFound('The site has no document library.');
    return drive;
  };

  router.add(
    'GET',
    '/v1.0/sites/:siteId/drive',
    (req) => {
      const drive = defaultDrive(req.params.siteId ?? '');
      requireLibraryRead(ctx, drive, identityOf(req));
      return { status: 200, body: driveShape(shapeContext(ctx), drive) };
    },
    graphRoute('graph.drive'),
  );

  router.add(
    'GET',
    '/v1.0/sites/:siteId/drive/*rest',
    (req) => {
      const drive = defaultDrive(req.params.siteId ?? '');
      return answer(
        req,
        addressInDrive(ctx, drive, req.params.rest ?? '', (d) => rootOf(ctx.db, d)),
      );
    },
    graphRoute('graph.driveItem'),
  );

  router.add(
    'GET',
    '/v1.0/drives/:driveId',
    (req) => {
      const drive = requireDrive(ctx, req.params.driveId ?? '');
      requireLibraryRead(ctx, drive, identityOf(req));
      return { status: 200, body: driveShape(shapeContext(ctx), drive) };
    },
    graphRoute('graph.drive'),
  );

  router.add(
    'GET',
    '/v1.0/drives/:driveId/*rest',
    (req) => {
      const drive = requireDrive(ctx, req.params.driveId ?? '');
      return answer(
        req,
        addressInDrive(ctx, drive, req.params.rest ?? '', (d) => rootOf(ctx.db, d)),
      );
    },
    graphRoute('graph.driveItem'),
  );

  router.add(
    'GET',
    '/v1.0/shares/:shareId/*rest',
    (req) => {
      const [head, ...tail] = (req.params.rest ?? '').split('/');
      if (head?.toLowerCase() !== 'driveitem') {
        throw invalidRequest(`Resource not found for the segment '${head ?? ''}'.`);
      }
      return answer(req, addressByShare(ctx, req.params.shareId ?? '', tail.join('/')));
    },
    graphRoute('graph.share'),
  );

  // Bytes in and out bypass the JSON pipeline (its bodies are text), so these two are raw
  // handlers that apply the same faults, sign-in and error envelope themselves.
  router.node('/v1.0/', (req, res) => handleUpload(ctx, signer, req, res));
  router.node('/', (req, res) => handleDownload(ctx, req, res, signer));
}

const UPLOAD_PATH = /^\/v1\.0\/(?:drives\/([^/]+)|sites\/([^/]+)\/drive)\/root:\/(.+?):\/content$/i;

function headersOf(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

const LOOPBACK_ORIGIN = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/i;

function corsOf(req: IncomingMessage): Record<string, string> {
  const origin = req.headers.origin;
  if (origin === undefined || !LOOPBACK_ORIGIN.test(origin)) return {};
  return {
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Expose-Headers': 'ETag, Retry-After, request-id',
    Vary: 'Origin',
  };
}

function sendError(
  ctx: EmulatorContext,
  req: IncomingMessage,
  res: ServerResponse,
  error: GraphError,
): void {
  const requestId = randomUUID();
  const body = JSON.stringify(
    graphErrorBody(error, { requestId, clientRequestId: requestId }, ctx.now()),
  );
  res.writeHead(error.status, {
    ...corsOf(req),
    ...(error.options.headers ?? {}),
    'content-type': 'application/json',
    'request-id': requestId,
    'content-length': String(Buffer.byteLength(body)),
  });
  res.end(body);
}

/** Configured or header-requested faults, as the pipeline applies them to Graph routes. */
async function applyFaults(ctx: EmulatorContext, req: IncomingMessage): Promise<'drop' | null> {
  const decision = ctx.faults.decide(headersOf(req), true);
  if (decision.drop) {
    ctx.stats.recordFault('dropped');
    req.socket.destroy();
    return 'drop';
  }
  if (decision.latencyMs > 0) {
    await new Promise((resolve) => setTimeout(resolve, decision.latencyMs));
  }
  if (decision.status !== undefined) {
    ctx.stats.recordFault(String(decision.status));
    throw faultError(decision.status, decision.retryAfterSeconds);
  }
  return null;
}

async function readBytes(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > MAX_UPLOAD_BYTES) {
      throw new GraphError(
        413,
        'requestTooLarge',
        'The emulator takes simple uploads up to 16 MB.',
      );
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

async function handleUpload(
  ctx: EmulatorContext,
  signer: DownloadSigner,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<boolean> {
  const url = new URL(req.url ?? '/', ctx.baseUrl());
  const match = UPLOAD_PATH.exec(url.pathname);
  if (req.method !== 'PUT' || match === null) return false;
  ctx.stats.record('PUT', 'graph.driveItem', false);
  try {
    if ((await applyFaults(ctx, req)) === 'drop') return true;
    const check = ctx.tokens.verifyAuthorization(req.headers.authorization);
    if (!check.ok) throw unauthenticated(check.message);
    const [, driveId, siteId, path] = match;
    const drive =
      driveId !== undefined
        ? findDrive(ctx.db, allSites(ctx.db), decodeURIComponent(driveId))
        : drivesOfSite(ctx.db, requireSite(ctx, decodeURIComponent(siteId ?? '')))[0];
    if (drive === undefined) throw itemNotFound('The drive could not be found.');
    const segments = (path ?? '').split('/').map((s) => decodeURIComponent(s));
    if (segments.some((s) => s === '' || /[:*?"<>|#%]/.test(s))) {
      throw invalidRequest('The path holds an empty name or a character SharePoint refuses.');
    }
    const existing = addressInDriveOrNull(ctx, drive, `root:/${path ?? ''}`);
    const target = existing ?? rootOf(ctx.db, drive);
    if (!itemAccess(ctx.db, drive, target, check.identity).write) throw accessDenied();
    const bytes = await readBytes(req);
    const outcome = putFile(ctx.db, drive, {
      segments,
      bytes,
      quickXorHash: quickXorHash(bytes),
      at: isoSeconds(ctx.now()),
      userId: check.identity.profile.siteUserId,
    });
    if (outcome.type === 'conflict') throw nameAlreadyExists(outcome.reason);
    const body = JSON.stringify(
      driveItemShape({ ...shapeContext(ctx), db: ctx.db }, drive, outcome.item, {
        signer,
        select: null,
      }),
    );
    res.writeHead(outcome.type === 'created' ? 201 : 200, {
      ...corsOf(req),
      'content-type': GRAPH_JSON,
      'content-length': String(Buffer.byteLength(body)),
    });
    res.end(body);
  } catch (error: unknown) {
    if (!(error instanceof GraphError)) throw error;
    sendError(ctx, req, res, error);
  }
  return true;
}

function addressInDriveOrNull(
  ctx: EmulatorContext,
  drive: DriveRecord,
  rest: string,
): DriveItemRecord | null {
  try {
    return addressInDrive(ctx, drive, rest, (d) => rootOf(ctx.db, d)).item;
  } catch (error: unknown) {
    if (error instanceof GraphError && error.status === 404) return null;
    throw error;
  }
}

const DOWNLOAD_PATH = /^\/.+\/_layouts\/15\/download\.aspx$/i;

/**
 * The pre-authenticated download: no Authorization header is needed (or looked at); the
 * `tempauth` token is. An expired or forged token is a 401, as SharePoint answers it.
 */
async function handleDownload(
  ctx: EmulatorContext,
  req: IncomingMessage,
  res: ServerResponse,
  signer: DownloadSigner,
): Promise<boolean> {
  const url = new URL(req.url ?? '/', ctx.baseUrl());
  if ((req.method !== 'GET' && req.method !== 'HEAD') || !DOWNLOAD_PATH.test(url.pathname)) {
    return false;
  }
  ctx.stats.record(req.method, 'sharepoint.download', false);
  try {
    if ((await applyFaults(ctx, req)) === 'drop') return true;
    const claims = signer.verify(url.searchParams.get('tempauth') ?? '');
    if (claims === null) {
      throw new GraphError(401, 'unauthenticated', 'The download link is invalid or has expired.');
    }
    const item = getItem(ctx.db, claims.driveId, claims.itemId);
    if (item === undefined || item.kind !== 'file') {
      throw itemNotFound('The file no longer exists.');
    }
    const bytes = itemContent(ctx.db, item);
    res.writeHead(200, {
      ...corsOf(req),
      'content-type': item.mimeType ?? 'application/octet-stream',
      'content-length': String(bytes.length),
      'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(item.name)}`,
      etag: `"{${item.uniqueId.toUpperCase()}},${item.version}"`,
      'last-modified': new Date(item.modified).toUTCString(),
    });
    res.end(req.method === 'HEAD' ? undefined : bytes);
  } catch (error: unknown) {
    if (!(error instanceof GraphError)) throw error;
    sendError(ctx, req, res, error);
  }
  return true;
}

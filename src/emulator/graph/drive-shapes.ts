import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Db } from '../store/db';
import { ancestry, childrenOf, type DriveItemRecord, type DriveRecord } from '../store/drive-store';
import { graphRoot, identitySet, siteUrl, type ShapeContext } from './shapes';

/**
 * Pre-authenticated download URLs, as Graph hands out in `@microsoft.graph.downloadUrl` and in the
 * 302 of `/content`: SharePoint's `_layouts/15/download.aspx` with a `tempauth` token that needs no
 * Authorization header (driveitem-get-content: "Pre-authenticated download URLs are only valid for
 * a short period of time … and don't require an Authorization header to download"). The token is
 * an HMAC over drive, item and expiry with a key made when the process starts.
 */
export class DownloadSigner {
  /** Like SharePoint's tempauth tokens: an hour. */
  static readonly LIFETIME_SECONDS = 3600;

  constructor(
    private readonly key: Buffer,
    private readonly now: () => Date,
  ) {}

  urlFor(ctx: ShapeContext, drive: DriveRecord, item: DriveItemRecord): string {
    const expires = Math.floor(this.now().getTime() / 1000) + DownloadSigner.LIFETIME_SECONDS;
    const payload = Buffer.from(JSON.stringify({ d: drive.id, i: item.id, e: expires })).toString(
      'base64url',
    );
    const query = new URLSearchParams({
      UniqueId: item.uniqueId,
      Translate: 'false',
      tempauth: `${payload}.${this.sign(payload)}`,
      ApiVersion: '2.0',
    });
    return `${siteUrl(ctx, drive.site)}/_layouts/15/download.aspx?${query.toString()}`;
  }

  /** The drive and item a valid, unexpired token names; null otherwise. */
  verify(tempauth: string): { readonly driveId: string; readonly itemId: string } | null {
    const [payload, signature] = tempauth.split('.');
    if (payload === undefined || signature === undefined) return null;
    const expected = Buffer.from(this.sign(payload));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as {
      d: string;
      i: string;
      e: number;
    };
    if (claims.e < Math.floor(this.now().getTime() / 1000)) return null;
    return { driveId: claims.d, itemId: claims.i };
  }

  private sign(payload: string): string {
    return createHmac('sha256', this.key).update(payload).digest('base64url');
  }
}

/** Each segment percent-encoded, as SharePoint writes webUrls (`Shared%20Documents/…`). */
export function encodePath(segments: readonly string[]): string {
  return segments.map((s) => encodeURIComponent(s)).join('/');
}

export function driveWebUrl(ctx: ShapeContext, drive: DriveRecord): string {
  return `${siteUrl(ctx, drive.site)}/${encodePath([drive.urlFolder])}`;
}

export function driveShape(ctx: ShapeContext, drive: DriveRecord): Record<string, unknown> {
  return {
    createdDateTime: drive.list.created,
    description: drive.list.description,
    id: drive.id,
    lastModifiedDateTime: drive.list.modified,
    name: drive.list.displayName,
    webUrl: driveWebUrl(ctx, drive),
    driveType: 'documentLibrary',
    createdBy: identitySet(ctx, drive.site, drive.list.authorId),
    owner: { group: { id: drive.site.groupId, displayName: drive.site.displayName } },
  };
}

export type DriveItemShapeOptions = {
  readonly signer: DownloadSigner;
  /** `$select`ed property names, or null for Graph's default set. */
  readonly select: readonly string[] | null;
};

function eTagOf(item: DriveItemRecord): string {
  return `"{${item.uniqueId.toUpperCase()}},${item.version}"`;
}

/**
 * A driveItem as Graph returns it for SharePoint: `file.hashes` holds only `quickXorHash`
 * (no sha1/sha256 for business drives), `parentReference` names drive, site and path.
 */
export function driveItemShape(
  ctx: ShapeContext & { readonly db: Db },
  drive: DriveRecord,
  item: DriveItemRecord,
  options: DriveItemShapeOptions,
): Record<string, unknown> {
  const chain = ancestry(ctx.db, item);
  const names = chain.map((i) => i.name);
  const parent = chain.length >= 2 ? chain[chain.length - 2] : undefined;
  const isRoot = item.parentId === null;
  const webUrl = isRoot
    ? driveWebUrl(ctx, drive)
    : `${driveWebUrl(ctx, drive)}/${encodePath(names)}`;
  const parentPath = `/drives/${drive.id}/root:${names.length > 1 ? `/${encodePath(names.slice(0, -1))}` : ''}`;
  const shape: Record<string, unknown> = {
    '@odata.context': `${graphRoot(ctx)}/$metadata#drives('${encodeURIComponent(drive.id)}')/items/$entity`,
    ...(item.kind === 'file'
      ? { '@microsoft.graph.downloadUrl': options.signer.urlFor(ctx, drive, item) }
      : {}),
    createdBy: identitySet(ctx, drive.site, item.authorId),
    createdDateTime: item.created,
    eTag: eTagOf(item),
    id: item.id,
    lastModifiedBy: identitySet(ctx, drive.site, item.editorId),
    lastModifiedDateTime: item.modified,
    name: isRoot ? 'root' : item.name,
    parentReference: isRoot
      ? { driveType: 'documentLibrary', driveId: drive.id, siteId: drive.site.id }
      : {
          driveType: 'documentLibrary',
          driveId: drive.id,
          id: parent?.id ?? undefined,
          name: parent?.name ?? drive.list.displayName,
          path: parentPath,
          siteId: drive.site.id,
        },
    webUrl,
    cTag: `"c:{${item.uniqueId.toUpperCase()}},${item.version}"`,
    fileSystemInfo: { createdDateTime: item.created, lastModifiedDateTime: item.modified },
    size: item.kind === 'file' ? item.size : folderSize(ctx.db, item),
    ...(isRoot ? { root: {} } : {}),
    ...(item.kind === 'file'
      ? {
          file: {
            mimeType: item.mimeType ?? 'application/octet-stream',
            hashes: { quickXorHash: item.quickXorHash ?? '' },
          },
        }
      : { folder: { childCount: childrenOf(ctx.db, item.driveId, item.id).length } }),
  };
  if (options.select === null) return shape;
  const picked: Record<string, unknown> = { '@odata.context': shape['@odata.context'] };
  for (const name of options.select) {
    if (name in shape) picked[name] = shape[name];
  }
  return picked;
}

/** A folder's size is the sum of what it holds, as SharePoint reports it. */
function folderSize(db: Db, folder: DriveItemRecord): number {
  return childrenOf(db, folder.driveId, folder.id).reduce(
    (sum, child) => sum + (child.kind === 'file' ? child.size : folderSize(db, child)),
    0,
  );
}

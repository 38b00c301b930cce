import type { EmulatorContext } from '../context';
import {
  findByShareToken,
  findDrive,
  getItem,
  itemByPath,
  drivesOfSite,
  type DriveItemRecord,
  type DriveRecord,
} from '../store/drive-store';
import { allSites } from '../store/sites-store';
import { invalidRequest, itemNotFound } from './errors';

/** What follows an item's address: the item, its children or its content. */
export type ItemFacet = 'item' | 'children' | 'content';

export type Addressed = {
  readonly drive: DriveRecord;
  readonly item: DriveItemRecord;
  readonly facet: ItemFacet;
};

function decodeSegments(path: string): string[] {
  return path
    .split('/')
    .filter((s) => s !== '')
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        throw invalidRequest(`Invalid path segment '${s}'.`);
      }
    });
}

function facetOf(tail: string): ItemFacet {
  const name = tail.replace(/^\/+|\/+$/g, '').toLowerCase();
  if (name === '') return 'item';
  if (name === 'children' || name === 'content') return name;
  throw invalidRequest(`Resource not found for the segment '${name}'.`);
}

const NOT_FOUND = 'The resource could not be found.';

/**
 * Resolves what follows `/drives/{id}/` (or `/sites/{id}/drive/`): `root`, `root/children`,
 * `root:/{path}[:][/content|/children]`, `items/{id}[/content|/children]`. `rest` is still
 * percent-encoded, as the router captured it.
 */
export function addressInDrive(
  ctx: EmulatorContext,
  drive: DriveRecord,
  rest: string,
  rootOf: (drive: DriveRecord) => DriveItemRecord,
): Addressed {
  if (/^root:/i.test(rest)) {
    const after = rest.slice('root:'.length);
    // File and folder names cannot hold a colon, so the first one ends the path.
    const colon = after.indexOf(':');
    const path = colon === -1 ? after : after.slice(0, colon);
    const tail = colon === -1 ? '' : after.slice(colon + 1);
    const item = itemByPath(ctx.db, drive, decodeSegments(path));
    if (item === undefined) throw itemNotFound(NOT_FOUND);
    return { drive, item, facet: facetOf(tail) };
  }
  const [head, second, ...others] = rest.split('/');
  if (head?.toLowerCase() === 'root') {
    return { drive, item: rootOf(drive), facet: facetOf([second, ...others].join('/')) };
  }
  if (head?.toLowerCase() === 'items' && second !== undefined) {
    const item = getItem(ctx.db, drive.id, decodeURIComponent(second));
    if (item === undefined) throw itemNotFound(NOT_FOUND);
    return { drive, item, facet: facetOf(others.join('/')) };
  }
  throw invalidRequest(`Resource not found for the segment '${head ?? ''}'.`);
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** `u!` + unpadded base64url of the URL (shares-get: "Encoding sharing URLs"). */
function decodeShareId(shareId: string): URL {
  if (!shareId.startsWith('u!')) {
    throw invalidRequest('Only encoded sharing URLs (u!…) are supported by the emulator.');
  }
  const text = Buffer.from(shareId.slice(2), 'base64url').toString('utf8');
  try {
    return new URL(text);
  } catch {
    throw invalidRequest('The encoded sharing URL is not a URL.');
  }
}

/** A server-relative path (decoded segments) to a library item of one of the emulator's sites. */
function itemByServerPath(ctx: EmulatorContext, segments: readonly string[]): Addressed {
  for (const site of allSites(ctx.db)) {
    const sitePath = site.urlPath.split('/');
    const inSite = sitePath.every((s, i) => segments[i]?.toLowerCase() === s.toLowerCase());
    if (!inSite) continue;
    const [folder, ...path] = segments.slice(sitePath.length);
    const drive = drivesOfSite(ctx.db, site).find(
      (d) => d.urlFolder.toLowerCase() === folder?.toLowerCase(),
    );
    const item = drive === undefined ? undefined : itemByPath(ctx.db, drive, path);
    if (drive !== undefined && item !== undefined) return { drive, item, facet: 'item' };
  }
  throw itemNotFound(NOT_FOUND);
}

/**
 * `/shares/{u!…}/driveItem`: a file's own URL (`…/Shared%20Documents/x.pdf`) or a sharing link,
 * `/:b:/s/{site}/{token}` ("people in your organisation") or `/:b:/r/{server-relative path}`.
 * The emulator answers for its own loopback host on any port.
 */
export function addressByShare(ctx: EmulatorContext, shareId: string, tail: string): Addressed {
  const url = decodeShareId(shareId);
  if (!LOOPBACK.has(url.hostname)) throw itemNotFound(NOT_FOUND);
  const segments = decodeSegments(url.pathname);
  const facet = facetOf(tail);
  const sharing = /^:[a-z]+:$/i.test(segments[0] ?? '') ? segments[1]?.toLowerCase() : undefined;
  if (sharing === 's' || sharing === 't') {
    const token = segments[3];
    const item = token === undefined ? undefined : findByShareToken(ctx.db, token);
    const drive =
      item === undefined ? undefined : findDrive(ctx.db, allSites(ctx.db), item.driveId);
    const siteName = `${sharing === 's' ? 'sites' : 'teams'}/${segments[2] ?? ''}`.toLowerCase();
    if (
      item === undefined ||
      drive === undefined ||
      drive.site.urlPath.toLowerCase() !== siteName
    ) {
      throw itemNotFound(NOT_FOUND);
    }
    return { drive, item, facet };
  }
  if (sharing === 'r') return { ...itemByServerPath(ctx, segments.slice(2)), facet };
  if (sharing !== undefined) throw itemNotFound(NOT_FOUND);
  return { ...itemByServerPath(ctx, segments), facet };
}

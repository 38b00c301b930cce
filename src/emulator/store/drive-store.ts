import { createHash } from 'node:crypto';
import { prepared, type Db } from './db';
import { listsOfSite, stableGuid } from './lists-store';
import type { ListRecord, SiteRecord } from './model';

/**
 * Document libraries (Graph drives) of the emulator's sites. A drive is a site's list with the
 * `documentLibrary` template; its files and folders live in their own table, with the bytes, so
 * downloads hash exactly what was uploaded. Kept apart from `db.ts` (lists and items): created on
 * first use, emptied by the seed (`seed/demo-evidence.ts`) on every reseed.
 */
const SCHEMA = `
CREATE TABLE IF NOT EXISTS drive_items (
  drive_id TEXT NOT NULL,
  id TEXT NOT NULL,
  parent_id TEXT,
  name TEXT NOT NULL,
  is_folder INTEGER NOT NULL,
  content BLOB,
  size INTEGER NOT NULL,
  mime_type TEXT,
  quick_xor_hash TEXT,
  unique_id TEXT NOT NULL,
  version INTEGER NOT NULL,
  created TEXT NOT NULL,
  modified TEXT NOT NULL,
  author_id INTEGER NOT NULL,
  editor_id INTEGER NOT NULL,
  owners_only INTEGER NOT NULL DEFAULT 0,
  share_token TEXT,
  PRIMARY KEY (drive_id, id)
);
CREATE INDEX IF NOT EXISTS drive_items_by_parent ON drive_items (drive_id, parent_id, name COLLATE NOCASE);
CREATE INDEX IF NOT EXISTS drive_items_by_share ON drive_items (share_token);
`;

const ready = new WeakSet<Db>();

function ensureSchema(db: Db): Db {
  if (!ready.has(db)) {
    db.exec(SCHEMA);
    ready.add(db);
  }
  return db;
}

/** Empties every library (the seed calls this before filling them again). */
export function clearDrives(db: Db): void {
  ensureSchema(db).exec('DELETE FROM drive_items');
}

export type DriveRecord = {
  /** `b!` + base64url of the site, web and list GUIDs, the form SharePoint drive ids take. */
  readonly id: string;
  readonly site: SiteRecord;
  readonly list: ListRecord;
  /** The library's folder in URLs: `Shared Documents` for the default "Documents" library. */
  readonly urlFolder: string;
};

export type DriveItemRecord = {
  readonly driveId: string;
  readonly id: string;
  /** Null for the root folder. */
  readonly parentId: string | null;
  readonly name: string;
  readonly kind: 'file' | 'folder';
  readonly size: number;
  readonly mimeType: string | null;
  readonly quickXorHash: string | null;
  readonly uniqueId: string;
  readonly version: number;
  readonly created: string;
  readonly modified: string;
  readonly authorId: number;
  readonly editorId: number;
  /** Unique permissions: only the site owners (and the app) may read it and what it holds. */
  readonly ownersOnly: boolean;
  /** The token of its "people in the organisation" sharing link (`/:x:/s/{site}/{token}`). */
  readonly shareToken: string | null;
};

type ItemRow = {
  drive_id: string;
  id: string;
  parent_id: string | null;
  name: string;
  is_folder: number;
  size: number;
  mime_type: string | null;
  quick_xor_hash: string | null;
  unique_id: string;
  version: number;
  created: string;
  modified: string;
  author_id: number;
  editor_id: number;
  owners_only: number;
  share_token: string | null;
};

const COLUMNS = `drive_id, id, parent_id, name, is_folder, size, mime_type, quick_xor_hash, unique_id,
  version, created, modified, author_id, editor_id, owners_only, share_token`;

function toItem(row: ItemRow): DriveItemRecord {
  return {
    driveId: row.drive_id,
    id: row.id,
    parentId: row.parent_id,
    name: row.name,
    kind: row.is_folder === 1 ? 'folder' : 'file',
    size: row.size,
    mimeType: row.mime_type,
    quickXorHash: row.quick_xor_hash,
    uniqueId: row.unique_id,
    version: row.version,
    created: row.created,
    modified: row.modified,
    authorId: row.author_id,
    editorId: row.editor_id,
    ownersOnly: row.owners_only === 1,
    shareToken: row.share_token,
  };
}

/** A GUID's 16 bytes in .NET order (first three groups little-endian). */
function guidBytes(guid: string): Buffer {
  const hex = guid.replace(/-/g, '');
  const raw = Buffer.from(hex, 'hex');
  return Buffer.concat([
    Buffer.from(raw.subarray(0, 4)).reverse(),
    Buffer.from(raw.subarray(4, 6)).reverse(),
    Buffer.from(raw.subarray(6, 8)).reverse(),
    raw.subarray(8),
  ]);
}

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** SharePoint item ids are `01` + 32 base32 characters. */
function itemIdFrom(seed: string): string {
  const digest = createHash('sha1').update(seed).digest();
  let bits = 0;
  let value = 0;
  let out = '01';
  for (const byte of digest) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5 && out.length < 34) {
      out += BASE32[(value >>> (bits - 5)) & 31] ?? 'A';
      bits -= 5;
    }
  }
  return out;
}

function driveOf(site: SiteRecord, list: ListRecord): DriveRecord {
  const id = `b!${Buffer.concat([guidBytes(site.siteGuid), guidBytes(site.webGuid), guidBytes(list.id)]).toString('base64url')}`;
  return {
    id,
    site,
    list,
    urlFolder: list.name.toLowerCase() === 'documents' ? 'Shared Documents' : list.name,
  };
}

/** The site's document libraries, the default "Documents" first (Graph's `/sites/{id}/drive`). */
export function drivesOfSite(db: Db, site: SiteRecord): DriveRecord[] {
  return listsOfSite(db, site.id)
    .filter((list) => list.template === 'documentLibrary')
    .map((list) => driveOf(site, list))
    .sort(
      (a, b) =>
        Number(b.urlFolder === 'Shared Documents') - Number(a.urlFolder === 'Shared Documents'),
    );
}

export function findDrive(
  db: Db,
  sites: readonly SiteRecord[],
  driveId: string,
): DriveRecord | undefined {
  for (const site of sites) {
    const drive = drivesOfSite(db, site).find((d) => d.id === driveId);
    if (drive !== undefined) return drive;
  }
  return undefined;
}

/** The library's root folder, made on first use (every library has one). */
export function rootOf(db: Db, drive: DriveRecord): DriveItemRecord {
  ensureSchema(db);
  const row = prepared(
    db,
    `SELECT ${COLUMNS} FROM drive_items WHERE drive_id = ? AND parent_id IS NULL`,
  ).get(drive.id) as ItemRow | undefined;
  if (row !== undefined) return toItem(row);
  const uniqueId = stableGuid(`${drive.id}/root`);
  prepared(
    db,
    `INSERT INTO drive_items (${COLUMNS}) VALUES (?, ?, NULL, 'root', 1, 0, NULL, NULL, ?, 1, ?, ?, ?, ?, 0, NULL)`,
  ).run(
    drive.id,
    itemIdFrom(uniqueId),
    uniqueId,
    drive.list.created,
    drive.list.created,
    drive.list.authorId,
    drive.list.authorId,
  );
  return rootOf(db, drive);
}

export function getItem(db: Db, driveId: string, itemId: string): DriveItemRecord | undefined {
  const row = prepared(
    ensureSchema(db),
    `SELECT ${COLUMNS} FROM drive_items WHERE drive_id = ? AND id = ?`,
  ).get(driveId, itemId) as ItemRow | undefined;
  return row === undefined ? undefined : toItem(row);
}

export function childrenOf(db: Db, driveId: string, parentId: string): DriveItemRecord[] {
  const rows = prepared(
    ensureSchema(db),
    `SELECT ${COLUMNS} FROM drive_items WHERE drive_id = ? AND parent_id = ? ORDER BY name COLLATE NOCASE`,
  ).all(driveId, parentId) as ItemRow[];
  return rows.map(toItem);
}

/** Names compare case-insensitively, as in SharePoint. */
function childNamed(
  db: Db,
  driveId: string,
  parentId: string,
  name: string,
): DriveItemRecord | undefined {
  const row = prepared(
    ensureSchema(db),
    `SELECT ${COLUMNS} FROM drive_items WHERE drive_id = ? AND parent_id = ? AND name = ? COLLATE NOCASE`,
  ).get(driveId, parentId, name) as ItemRow | undefined;
  return row === undefined ? undefined : toItem(row);
}

/** The item at a path below the root (decoded segments), or undefined. */
export function itemByPath(
  db: Db,
  drive: DriveRecord,
  segments: readonly string[],
): DriveItemRecord | undefined {
  let current: DriveItemRecord | undefined = rootOf(db, drive);
  for (const segment of segments) {
    if (current === undefined || current.kind !== 'folder') return undefined;
    current = childNamed(db, drive.id, current.id, segment);
  }
  return current;
}

/** The items from the root (excluded) down to the item itself. */
export function ancestry(db: Db, item: DriveItemRecord): DriveItemRecord[] {
  const chain: DriveItemRecord[] = [];
  let current: DriveItemRecord | undefined = item;
  while (current !== undefined && current.parentId !== null) {
    chain.unshift(current);
    current = getItem(db, current.driveId, current.parentId);
  }
  return chain;
}

export function itemContent(db: Db, item: DriveItemRecord): Buffer {
  const row = prepared(
    ensureSchema(db),
    'SELECT content FROM drive_items WHERE drive_id = ? AND id = ?',
  ).get(item.driveId, item.id) as { content: Buffer | null } | undefined;
  return row?.content ?? Buffer.alloc(0);
}

const MIME_TYPES: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  txt: 'text/plain',
  csv: 'text/csv',
  json: 'application/json',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
};

/** SharePoint derives a file's MIME type from its extension, not from the upload's header. */
export function mimeTypeOf(name: string): string {
  const extension = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
  return MIME_TYPES[extension] ?? 'application/octet-stream';
}

export type PutFile = {
  readonly segments: readonly string[];
  readonly bytes: Buffer;
  readonly quickXorHash: string;
  readonly at: string;
  readonly userId: number;
};

export type PutOutcome =
  | { readonly type: 'created' | 'replaced'; readonly item: DriveItemRecord }
  | { readonly type: 'conflict'; readonly reason: string };

/**
 * Writes a file at a path, making missing folders on the way (as a simple upload by path does).
 * Replacing a file bumps its version and modified time; a folder in the way is a conflict.
 */
export function putFile(db: Db, drive: DriveRecord, put: PutFile): PutOutcome {
  ensureSchema(db);
  return db.transaction((): PutOutcome => {
    let parent = rootOf(db, drive);
    const folders = put.segments.slice(0, -1);
    const name = put.segments[put.segments.length - 1];
    if (name === undefined) return { type: 'conflict', reason: 'The root cannot be a file.' };
    for (const folder of folders) {
      const existing = childNamed(db, drive.id, parent.id, folder);
      if (existing !== undefined && existing.kind === 'file') {
        return { type: 'conflict', reason: `'${folder}' is a file, not a folder.` };
      }
      parent = existing ?? insertItem(db, drive, parent, folder, 'folder', null, put);
    }
    const existing = childNamed(db, drive.id, parent.id, name);
    if (existing === undefined) {
      return { type: 'created', item: insertItem(db, drive, parent, name, 'file', put.bytes, put) };
    }
    if (existing.kind === 'folder') {
      return { type: 'conflict', reason: `'${name}' is a folder.` };
    }
    prepared(
      db,
      `UPDATE drive_items SET content = ?, size = ?, quick_xor_hash = ?, version = version + 1,
         modified = ?, editor_id = ? WHERE drive_id = ? AND id = ?`,
    ).run(put.bytes, put.bytes.length, put.quickXorHash, put.at, put.userId, drive.id, existing.id);
    const item = getItem(db, drive.id, existing.id);
    if (item === undefined) throw new Error(`drive item ${existing.id} vanished`);
    return { type: 'replaced', item };
  })();
}

function insertItem(
  db: Db,
  drive: DriveRecord,
  parent: DriveItemRecord,
  name: string,
  kind: 'file' | 'folder',
  bytes: Buffer | null,
  put: PutFile,
): DriveItemRecord {
  const path = [...ancestry(db, parent).map((i) => i.name), name].join('/');
  const uniqueId = stableGuid(`${drive.id}/${path.toLowerCase()}/${put.at}`);
  const id = itemIdFrom(uniqueId);
  prepared(
    db,
    `INSERT INTO drive_items (${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, 0, NULL)`,
  ).run(
    drive.id,
    id,
    parent.id,
    name,
    kind === 'folder' ? 1 : 0,
    bytes?.length ?? 0,
    kind === 'file' ? mimeTypeOf(name) : null,
    kind === 'file' ? put.quickXorHash : null,
    uniqueId,
    put.at,
    put.at,
    put.userId,
    put.userId,
  );
  if (bytes !== null) {
    prepared(db, 'UPDATE drive_items SET content = ? WHERE drive_id = ? AND id = ?').run(
      bytes,
      drive.id,
      id,
    );
  }
  const item = getItem(db, drive.id, id);
  if (item === undefined) throw new Error(`drive item ${id} was not stored`);
  return item;
}

/** Breaks inheritance on an item: from now on only the site owners (and the app) may read it. */
export function restrictToOwners(db: Db, item: DriveItemRecord): void {
  prepared(
    ensureSchema(db),
    'UPDATE drive_items SET owners_only = 1 WHERE drive_id = ? AND id = ?',
  ).run(item.driveId, item.id);
}

/** Gives an item a sharing link token (what "Copy link" makes in SharePoint). */
export function setShareToken(db: Db, item: DriveItemRecord, token: string): void {
  prepared(
    ensureSchema(db),
    'UPDATE drive_items SET share_token = ? WHERE drive_id = ? AND id = ?',
  ).run(token, item.driveId, item.id);
}

export function findByShareToken(db: Db, token: string): DriveItemRecord | undefined {
  const row = prepared(
    ensureSchema(db),
    `SELECT ${COLUMNS} FROM drive_items WHERE share_token = ?`,
  ).get(token) as ItemRow | undefined;
  return row === undefined ? undefined : toItem(row);
}

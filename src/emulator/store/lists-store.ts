import { createHash } from 'node:crypto';
import type { ColumnDefinition } from '../../../manifest/manifest.schema';
import { prepared, type Db } from './db';
import type { ListRecord, RoleAssignment, StoredColumn } from './model';

/** A stable GUID from a seed string, so list and column ids survive a reseed (configs keep them). */
export function stableGuid(seed: string): string {
  const hex = createHash('sha1').update(seed).digest('hex');
  // Shape it as a version-5 UUID (RFC 4122 name-based, SHA-1).
  const variant = ((parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(18, 20)}-${hex.slice(20, 32)}`;
}

type ListRow = {
  id: string;
  site_id: string;
  name: string;
  display_name: string;
  description: string;
  template: string;
  created: string;
  modified: string;
  author_id: number;
  version: number;
  versioning_enabled: number;
  major_version_limit: number;
  inherits_roles: number;
  role_assignments: string;
  app_write: number;
  next_item_id: number;
};

function toList(row: ListRow): ListRecord {
  return {
    id: row.id,
    siteId: row.site_id,
    name: row.name,
    displayName: row.display_name,
    description: row.description,
    template: row.template,
    created: row.created,
    modified: row.modified,
    authorId: row.author_id,
    version: row.version,
    versioningEnabled: row.versioning_enabled === 1,
    majorVersionLimit: row.major_version_limit,
    inheritsRoles: row.inherits_roles === 1,
    roleAssignments: JSON.parse(row.role_assignments) as RoleAssignment[],
    appWrite: row.app_write === 1,
    nextItemId: row.next_item_id,
  };
}

export function insertList(db: Db, list: ListRecord): void {
  prepared(
    db,
    `INSERT INTO lists (id, site_id, name, display_name, description, template, created, modified,
       author_id, version, versioning_enabled, major_version_limit, inherits_roles, role_assignments,
       app_write, next_item_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    list.id,
    list.siteId,
    list.name,
    list.displayName,
    list.description,
    list.template,
    list.created,
    list.modified,
    list.authorId,
    list.version,
    list.versioningEnabled ? 1 : 0,
    list.majorVersionLimit,
    list.inheritsRoles ? 1 : 0,
    JSON.stringify(list.roleAssignments),
    list.appWrite ? 1 : 0,
    list.nextItemId,
  );
}

export function listsOfSite(db: Db, siteId: string): ListRecord[] {
  return (
    prepared(db, 'SELECT * FROM lists WHERE site_id = ? ORDER BY created, name').all(
      siteId,
    ) as ListRow[]
  ).map(toList);
}

export function getListById(db: Db, listId: string): ListRecord | undefined {
  const row = prepared(db, 'SELECT * FROM lists WHERE id = ?').get(listId) as ListRow | undefined;
  return row === undefined ? undefined : toList(row);
}

/**
 * Finds a list by GUID, internal name or title. Graph accepts `lists/{list-id}` and
 * `lists/{list-title}`; SharePoint titles and names are case-insensitive.
 */
export function findList(db: Db, siteId: string, ref: string): ListRecord | undefined {
  const wanted = ref.replace(/^\{|\}$/g, '').toLowerCase();
  const lists = listsOfSite(db, siteId);
  return (
    lists.find((l) => l.id.toLowerCase() === wanted) ??
    lists.find((l) => l.name.toLowerCase() === wanted) ??
    lists.find((l) => l.displayName.toLowerCase() === wanted)
  );
}

export function findListByTitle(db: Db, siteId: string, title: string): ListRecord | undefined {
  const wanted = title.toLowerCase();
  return listsOfSite(db, siteId).find((l) => l.displayName.toLowerCase() === wanted);
}

export type ListPatch = Partial<
  Pick<
    ListRecord,
    | 'displayName'
    | 'description'
    | 'modified'
    | 'versioningEnabled'
    | 'majorVersionLimit'
    | 'inheritsRoles'
    | 'roleAssignments'
    | 'nextItemId'
  >
>;

/** Applies a change to a list and bumps its eTag counter, as every list update does. */
export function updateList(db: Db, listId: string, patch: ListPatch, bumpVersion = true): void {
  const current = getListById(db, listId);
  if (current === undefined) throw new Error(`updateList: no list ${listId}`);
  const next: ListRecord = {
    ...current,
    ...patch,
    version: bumpVersion ? current.version + 1 : current.version,
  };
  prepared(
    db,
    `UPDATE lists SET display_name = ?, description = ?, modified = ?, version = ?,
       versioning_enabled = ?, major_version_limit = ?, inherits_roles = ?, role_assignments = ?,
       next_item_id = ?
     WHERE id = ?`,
  ).run(
    next.displayName,
    next.description,
    next.modified,
    next.version,
    next.versioningEnabled ? 1 : 0,
    next.majorVersionLimit,
    next.inheritsRoles ? 1 : 0,
    JSON.stringify(next.roleAssignments),
    next.nextItemId,
    listId,
  );
}

type ColumnRow = {
  list_id: string;
  name: string;
  position: number;
  column_id: string;
  definition: string;
};

function toColumn(row: ColumnRow): StoredColumn {
  return {
    listId: row.list_id,
    name: row.name,
    position: row.position,
    columnId: row.column_id,
    definition: JSON.parse(row.definition) as ColumnDefinition,
  };
}

/** The list's columns (Title first), in creation order. */
export function columnsOfList(db: Db, listId: string): StoredColumn[] {
  return (
    prepared(db, 'SELECT * FROM columns WHERE list_id = ? ORDER BY position').all(
      listId,
    ) as ColumnRow[]
  ).map(toColumn);
}

export function insertColumn(db: Db, listId: string, definition: ColumnDefinition): StoredColumn {
  const max = prepared(
    db,
    'SELECT COALESCE(MAX(position), -1) AS max FROM columns WHERE list_id = ?',
  ).get(listId) as { max: number };
  const column: StoredColumn = {
    listId,
    name: definition.name,
    position: max.max + 1,
    columnId: stableGuid(`${listId}/column/${definition.name}`),
    definition,
  };
  prepared(
    db,
    'INSERT INTO columns (list_id, name, position, column_id, definition) VALUES (?, ?, ?, ?, ?)',
  ).run(listId, column.name, column.position, column.columnId, JSON.stringify(definition));
  return column;
}

export function updateColumn(db: Db, listId: string, definition: ColumnDefinition): void {
  prepared(db, 'UPDATE columns SET definition = ? WHERE list_id = ? AND name = ?').run(
    JSON.stringify(definition),
    listId,
    definition.name,
  );
}

import { randomUUID } from 'node:crypto';
import { prepared, type Db } from './db';
import type { FieldValues, ItemRecord, ItemVersionRecord, ListRecord } from './model';

type ItemRow = {
  list_id: string;
  id: number;
  unique_id: string;
  version: number;
  ui_version: number;
  fields: string;
  created: string;
  modified: string;
  author_id: number;
  editor_id: number;
};

function toItem(row: ItemRow): ItemRecord {
  return {
    listId: row.list_id,
    id: row.id,
    uniqueId: row.unique_id,
    version: row.version,
    uiVersion: row.ui_version,
    fields: JSON.parse(row.fields) as FieldValues,
    created: row.created,
    modified: row.modified,
    authorId: row.author_id,
    editorId: row.editor_id,
  };
}

export function itemsOfList(db: Db, listId: string): ItemRecord[] {
  return (
    prepared(db, 'SELECT * FROM items WHERE list_id = ? ORDER BY id').all(listId) as ItemRow[]
  ).map(toItem);
}

export function countItems(db: Db, listId: string): number {
  return (
    prepared(db, 'SELECT COUNT(*) AS n FROM items WHERE list_id = ?').get(listId) as { n: number }
  ).n;
}

export function getItem(db: Db, listId: string, id: number): ItemRecord | undefined {
  const row = prepared(db, 'SELECT * FROM items WHERE list_id = ? AND id = ?').get(listId, id) as
    ItemRow | undefined;
  return row === undefined ? undefined : toItem(row);
}

/** Who wrote and when: the editor's site user id and the write's timestamp. */
export type WriteStamp = { readonly userId: number; readonly at: string };

function insertSnapshot(db: Db, item: ItemRecord): void {
  prepared(
    db,
    `INSERT OR REPLACE INTO item_versions (list_id, item_id, ui_version, fields, modified, editor_id)
     VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(
    item.listId,
    item.id,
    item.uiVersion,
    JSON.stringify(item.fields),
    item.modified,
    item.editorId,
  );
}

/** Adds an item; SharePoint item ids are a per-list counter that never reuses a deleted id. */
export function createItem(
  db: Db,
  listId: string,
  fields: FieldValues,
  stamp: WriteStamp,
): ItemRecord {
  return db.transaction((): ItemRecord => {
    const counter = prepared(db, 'SELECT next_item_id AS next FROM lists WHERE id = ?').get(
      listId,
    ) as { next: number } | undefined;
    if (counter === undefined) throw new Error(`createItem: no list ${listId}`);
    const item: ItemRecord = {
      listId,
      id: counter.next,
      uniqueId: randomUUID(),
      version: 1,
      uiVersion: 1,
      fields,
      created: stamp.at,
      modified: stamp.at,
      authorId: stamp.userId,
      editorId: stamp.userId,
    };
    prepared(
      db,
      `INSERT INTO items (list_id, id, unique_id, version, ui_version, fields, created, modified,
         author_id, editor_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      listId,
      item.id,
      item.uniqueId,
      item.version,
      item.uiVersion,
      JSON.stringify(fields),
      item.created,
      item.modified,
      item.authorId,
      item.editorId,
    );
    insertSnapshot(db, item);
    prepared(db, 'UPDATE lists SET next_item_id = ? WHERE id = ?').run(counter.next + 1, listId);
    return item;
  })();
}

/**
 * Replaces an item's field values. Every write bumps the eTag number; with versioning on it also
 * adds a major version (`2.0`, `3.0`, …) and drops the oldest beyond the list's limit. With
 * versioning off SharePoint keeps only the current version.
 */
export function updateItem(
  db: Db,
  list: ListRecord,
  current: ItemRecord,
  fields: FieldValues,
  stamp: WriteStamp,
): ItemRecord {
  return db.transaction((): ItemRecord => {
    const next: ItemRecord = {
      ...current,
      version: current.version + 1,
      uiVersion: list.versioningEnabled ? current.uiVersion + 1 : current.uiVersion,
      fields,
      modified: stamp.at,
      editorId: stamp.userId,
    };
    prepared(
      db,
      `UPDATE items SET version = ?, ui_version = ?, fields = ?, modified = ?, editor_id = ?
       WHERE list_id = ? AND id = ?`,
    ).run(
      next.version,
      next.uiVersion,
      JSON.stringify(fields),
      next.modified,
      next.editorId,
      list.id,
      current.id,
    );
    insertSnapshot(db, next);
    if (list.versioningEnabled) {
      prepared(
        db,
        'DELETE FROM item_versions WHERE list_id = ? AND item_id = ? AND ui_version <= ?',
      ).run(list.id, current.id, next.uiVersion - list.majorVersionLimit);
    }
    return next;
  })();
}

export function deleteItem(db: Db, listId: string, id: number): void {
  db.transaction(() => {
    prepared(db, 'DELETE FROM items WHERE list_id = ? AND id = ?').run(listId, id);
    prepared(db, 'DELETE FROM item_versions WHERE list_id = ? AND item_id = ?').run(listId, id);
    // An item's unique permissions go with it (a new item never reuses the id).
    prepared(db, 'DELETE FROM item_permissions WHERE list_id = ? AND item_id = ?').run(listId, id);
  })();
}

type VersionRow = {
  list_id: string;
  item_id: number;
  ui_version: number;
  fields: string;
  modified: string;
  editor_id: number;
};

function toVersion(row: VersionRow): ItemVersionRecord {
  return {
    listId: row.list_id,
    itemId: row.item_id,
    uiVersion: row.ui_version,
    fields: JSON.parse(row.fields) as FieldValues,
    modified: row.modified,
    editorId: row.editor_id,
  };
}

/** The item's versions, newest first (Graph's order). */
export function versionsOfItem(db: Db, listId: string, itemId: number): ItemVersionRecord[] {
  return (
    prepared(
      db,
      'SELECT * FROM item_versions WHERE list_id = ? AND item_id = ? ORDER BY ui_version DESC',
    ).all(listId, itemId) as VersionRow[]
  ).map(toVersion);
}

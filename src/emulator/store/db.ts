import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

export type Db = Database.Database;

const statements = new WeakMap<Db, Map<string, Database.Statement>>();

/** A prepared statement, compiled once per database (list queries run it for every item). */
export function prepared(db: Db, sql: string): Database.Statement {
  let cache = statements.get(db);
  if (cache === undefined) {
    cache = new Map();
    statements.set(db, cache);
  }
  let statement = cache.get(sql);
  if (statement === undefined) {
    statement = db.prepare(sql);
    cache.set(sql, statement);
  }
  return statement;
}

/**
 * The emulator's SQLite schema. Field values live as JSON per item (SharePoint's own storage is a
 * wide table, but the emulator filters in memory: lists stay under the 5,000-item view threshold),
 * and every version of an item is a full snapshot, as SharePoint's version history is.
 */
const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sites (
  id TEXT PRIMARY KEY,
  hostname TEXT NOT NULL,
  site_guid TEXT NOT NULL,
  web_guid TEXT NOT NULL,
  group_id TEXT NOT NULL,
  name TEXT NOT NULL,
  display_name TEXT NOT NULL,
  description TEXT NOT NULL,
  url_path TEXT NOT NULL,
  time_zone TEXT NOT NULL,
  created TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS site_users (
  site_id TEXT NOT NULL,
  id INTEGER NOT NULL,
  title TEXT NOT NULL,
  email TEXT NOT NULL,
  login_name TEXT NOT NULL,
  oid TEXT NOT NULL,
  PRIMARY KEY (site_id, id)
);
CREATE TABLE IF NOT EXISTS lists (
  id TEXT PRIMARY KEY,
  site_id TEXT NOT NULL,
  name TEXT NOT NULL,
  display_name TEXT NOT NULL,
  description TEXT NOT NULL,
  template TEXT NOT NULL,
  created TEXT NOT NULL,
  modified TEXT NOT NULL,
  author_id INTEGER NOT NULL,
  version INTEGER NOT NULL,
  versioning_enabled INTEGER NOT NULL,
  major_version_limit INTEGER NOT NULL,
  inherits_roles INTEGER NOT NULL,
  role_assignments TEXT NOT NULL,
  app_write INTEGER NOT NULL,
  next_item_id INTEGER NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS lists_by_name ON lists (site_id, name COLLATE NOCASE);
CREATE TABLE IF NOT EXISTS columns (
  list_id TEXT NOT NULL,
  name TEXT NOT NULL,
  position INTEGER NOT NULL,
  column_id TEXT NOT NULL,
  definition TEXT NOT NULL,
  PRIMARY KEY (list_id, name)
);
CREATE TABLE IF NOT EXISTS items (
  list_id TEXT NOT NULL,
  id INTEGER NOT NULL,
  unique_id TEXT NOT NULL,
  version INTEGER NOT NULL,
  ui_version INTEGER NOT NULL,
  fields TEXT NOT NULL,
  created TEXT NOT NULL,
  modified TEXT NOT NULL,
  author_id INTEGER NOT NULL,
  editor_id INTEGER NOT NULL,
  PRIMARY KEY (list_id, id)
);
CREATE TABLE IF NOT EXISTS item_versions (
  list_id TEXT NOT NULL,
  item_id INTEGER NOT NULL,
  ui_version INTEGER NOT NULL,
  fields TEXT NOT NULL,
  modified TEXT NOT NULL,
  editor_id INTEGER NOT NULL,
  PRIMARY KEY (list_id, item_id, ui_version)
);
CREATE TABLE IF NOT EXISTS item_permissions (
  list_id TEXT NOT NULL,
  item_id INTEGER NOT NULL,
  role_assignments TEXT NOT NULL,
  PRIMARY KEY (list_id, item_id)
);
`;

const DATA_TABLES = [
  'sites',
  'site_users',
  'lists',
  'columns',
  'items',
  'item_versions',
  'item_permissions',
];

/** Opens (creating if needed) the emulator database; `:memory:` gives a throw-away one. */
export function openDb(path: string): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  if (path !== ':memory:') db.pragma('journal_mode = WAL');
  db.exec(SCHEMA);
  return db;
}

/** Empties every data table (the reseed of `--reset` and `POST /_emulator/reset`). */
export function clearData(db: Db): void {
  db.transaction(() => {
    for (const table of DATA_TABLES) db.exec(`DELETE FROM ${table}`);
  })();
}

export function readMeta(db: Db, key: string): string | undefined {
  const row = prepared(db, 'SELECT value FROM meta WHERE key = ?').get(key) as
    { value: string } | undefined;
  return row?.value;
}

export function writeMeta(db: Db, key: string, value: string): void {
  prepared(
    db,
    'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  ).run(key, value);
}

import { prepared, type Db } from './db';
import type { SiteRecord, SiteUser } from './model';

type SiteRow = {
  id: string;
  hostname: string;
  site_guid: string;
  web_guid: string;
  group_id: string;
  name: string;
  display_name: string;
  description: string;
  url_path: string;
  time_zone: string;
  created: string;
};

function toSite(row: SiteRow): SiteRecord {
  return {
    id: row.id,
    hostname: row.hostname,
    siteGuid: row.site_guid,
    webGuid: row.web_guid,
    groupId: row.group_id,
    name: row.name,
    displayName: row.display_name,
    description: row.description,
    urlPath: row.url_path,
    timeZone: row.time_zone,
    created: row.created,
  };
}

export function insertSite(db: Db, site: SiteRecord): void {
  prepared(
    db,
    `INSERT INTO sites (id, hostname, site_guid, web_guid, group_id, name, display_name, description,
       url_path, time_zone, created)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    site.id,
    site.hostname,
    site.siteGuid,
    site.webGuid,
    site.groupId,
    site.name,
    site.displayName,
    site.description,
    site.urlPath,
    site.timeZone,
    site.created,
  );
}

export function allSites(db: Db): SiteRecord[] {
  return (prepared(db, 'SELECT * FROM sites ORDER BY created').all() as SiteRow[]).map(toSite);
}

/**
 * Resolves the site segment of a Graph URL. Graph accepts the composite id and, as the
 * `{hostname},{siteGuid},{webGuid}` parts are GUIDs, compares them case-insensitively.
 */
export function findSiteById(db: Db, siteId: string): SiteRecord | undefined {
  const wanted = siteId.toLowerCase();
  return allSites(db).find((s) => s.id.toLowerCase() === wanted);
}

export function findSiteByGroup(db: Db, groupId: string): SiteRecord | undefined {
  const wanted = groupId.toLowerCase();
  return allSites(db).find((s) => s.groupId.toLowerCase() === wanted);
}

export function findSiteByPath(db: Db, urlPath: string): SiteRecord | undefined {
  const wanted = urlPath.replace(/^\/+|\/+$/g, '').toLowerCase();
  return allSites(db).find((s) => s.urlPath.toLowerCase() === wanted);
}

type UserRow = { id: number; title: string; email: string; login_name: string; oid: string };

export function upsertSiteUser(db: Db, siteId: string, user: SiteUser): void {
  prepared(
    db,
    `INSERT INTO site_users (site_id, id, title, email, login_name, oid) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT(site_id, id) DO UPDATE SET title = excluded.title, email = excluded.email,
       login_name = excluded.login_name, oid = excluded.oid`,
  ).run(siteId, user.id, user.title, user.email, user.loginName, user.oid);
}

export function findSiteUser(db: Db, siteId: string, id: number): SiteUser | undefined {
  const row = prepared(
    db,
    'SELECT id, title, email, login_name, oid FROM site_users WHERE site_id = ? AND id = ?',
  ).get(siteId, id) as UserRow | undefined;
  return row === undefined
    ? undefined
    : { id: row.id, title: row.title, email: row.email, loginName: row.login_name, oid: row.oid };
}

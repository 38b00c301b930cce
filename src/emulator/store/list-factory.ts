import { LISTS_MANIFEST } from '../../../manifest/manifest';
import type { ColumnDefinition, ListDefinition } from '../../../manifest/manifest.schema';
import { roleAssignmentsFromManifest } from '../auth/permissions';
import type { Db } from './db';
import { findList, getListById, insertColumn, insertList, stableGuid } from './lists-store';
import type { ListRecord, SiteRecord } from './model';

/** The manifest list a title or name stands for ("lists created via either API are the same"). */
export function manifestListFor(nameOrTitle: string): ListDefinition | undefined {
  const wanted = nameOrTitle.toLowerCase();
  return LISTS_MANIFEST.lists.find(
    (l) => l.name.toLowerCase() === wanted || l.displayName.toLowerCase() === wanted,
  );
}

/** The Title column every genericList has (m365-platform-facts §1.2). */
function titleColumn(description: string): ColumnDefinition {
  return {
    name: 'Title',
    displayName: 'Title',
    description,
    type: 'text',
    maxLength: 255,
    required: true,
    indexed: false,
    enforceUniqueValues: false,
  };
}

/** SharePoint derives a list's URL name from its title; the emulator drops what a URL can't hold. */
function urlNameFromTitle(title: string): string {
  const cleaned = title.replace(/[^A-Za-z0-9_-]/g, '');
  return cleaned === '' ? 'List' : cleaned;
}

/**
 * A list as provisioning leaves it: the manifest's columns, versioning and unique role
 * assignments (owners/members/visitors per `permissions`), with the app's write grant.
 */
export function createProvisionedList(
  db: Db,
  site: SiteRecord,
  definition: ListDefinition,
  at: string,
  authorId: number,
): ListRecord {
  const id = stableGuid(`${site.id}/list/${definition.name}`);
  insertList(db, {
    id,
    siteId: site.id,
    name: definition.name,
    displayName: definition.displayName,
    description: definition.description,
    template: 'genericList',
    created: at,
    modified: at,
    authorId,
    version: 1,
    versioningEnabled: definition.versioning.enabled,
    majorVersionLimit: definition.versioning.majorVersionLimit,
    inheritsRoles: false,
    roleAssignments: roleAssignmentsFromManifest(definition),
    appWrite: definition.permissions.write.includes('app'),
    nextItemId: 1,
  });
  insertColumn(db, id, titleColumn(definition.titleHolds));
  for (const column of definition.columns) insertColumn(db, id, column);
  const list = getListById(db, id);
  if (list === undefined) throw new Error(`list ${definition.name} was not stored`);
  return list;
}

export type NewListRequest = {
  readonly title: string;
  readonly description: string;
  readonly template: string;
  readonly columns: readonly ColumnDefinition[];
};

/**
 * A list created through Graph or SharePoint REST. Like a new SharePoint list it inherits the
 * site's permissions and has versioning on (major versions, limit 50) until provisioning changes
 * that. When the title names a manifest list it takes the manifest's internal name, and the app's
 * Sites.Selected write grant (granted out of band, m365-platform-facts §4.3) follows the manifest.
 */
export function createListFromApi(
  db: Db,
  site: SiteRecord,
  request: NewListRequest,
  at: string,
  authorId: number,
): ListRecord {
  const manifest = manifestListFor(request.title);
  const wanted = manifest?.name ?? urlNameFromTitle(request.title);
  // SharePoint keeps URL names unique by appending a number.
  let name = wanted;
  for (let n = 1; findList(db, site.id, name)?.name.toLowerCase() === name.toLowerCase(); n++) {
    name = `${wanted}${n}`;
  }
  const id = stableGuid(`${site.id}/list/${name}`);
  insertList(db, {
    id,
    siteId: site.id,
    name,
    displayName: request.title,
    description: request.description,
    template: request.template,
    created: at,
    modified: at,
    authorId,
    version: 1,
    versioningEnabled: true,
    majorVersionLimit: 50,
    inheritsRoles: true,
    roleAssignments: [],
    appWrite: manifest?.permissions.write.includes('app') ?? false,
    nextItemId: 1,
  });
  if (request.template === 'genericList') {
    insertColumn(db, id, titleColumn(manifest?.titleHolds ?? ''));
  }
  for (const column of request.columns) {
    if (column.name !== 'Title') insertColumn(db, id, column);
  }
  const list = getListById(db, id);
  if (list === undefined) throw new Error(`list ${name} was not stored`);
  return list;
}

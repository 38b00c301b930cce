import { ROLE_DEFINITIONS, SITE_GROUPS } from '../auth/permissions';
import {
  canManageItem,
  effectiveItemAssignments,
  effectiveItemPermissions,
} from '../graph/item-access';
import {
  itemRoleAssignments,
  resetItemRoleAssignments,
  setItemRoleAssignments,
} from '../store/item-permissions-store';
import { getItem } from '../store/items-store';
import type { ItemRecord, ListRecord, RoleAssignment } from '../store/model';
import { findSiteUser } from '../store/sites-store';
import { roleDefinitionEntity } from './entities';
import type { SpScope } from './sp-scope';
import { namedArgs, numberArg, type RestSegment } from './rest-path';
import { SpRestError, spAccessDenied, spNotFound } from './sp-errors';
import { spCollectionResponse, spEntityResponse, spVoid, type SpEntity } from './sp-format';

/*
 * The item security calls PnPjs makes (`@pnp/sp/security/item`, 4.21):
 *   GET  items(5)?$select=HasUniqueRoleAssignments,EffectiveBasePermissions
 *   POST items(5)/breakroleinheritance(copyroleassignments=false, clearsubscopes=true)
 *   POST items(5)/resetroleinheritance
 *   GET  items(5)/roleassignments
 *   POST items(5)/roleassignments/addroleassignment(principalid=3, roledefid=1073741826)
 *   POST items(5)/roleassignments/removeroleassignment(principalid=7, roledefid=1073741829)
 *   GET  items(5)/effectivebasepermissions
 * Item fields go through Graph in this project; the REST item surface stops here.
 */

const FULL_CONTROL = 1073741829;

function unsupported(scope: SpScope, what: string): SpRestError {
  return new SpRestError(
    501,
    '-1, Microsoft.SharePoint.Client.NotImplementedException',
    `The local emulator does not implement ${scope.method} ${what}.`,
  );
}

function itemUri(scope: SpScope, list: ListRecord, item: ItemRecord): string {
  return `${scope.siteUrl}/_api/Web/Lists(guid'${list.id}')/Items(${item.id})`;
}

function requireManageItem(scope: SpScope, list: ListRecord, item: ItemRecord): void {
  if (!canManageItem(scope.ctx.db, list, item.id, scope.identity)) throw spAccessDenied();
}

function itemEntity(scope: SpScope, list: ListRecord, item: ItemRecord): SpEntity {
  const title = item.fields.Title;
  return {
    type: `SP.Data.${list.name}ListItem`,
    uri: itemUri(scope, list, item),
    props: {
      Id: item.id,
      ID: item.id,
      GUID: item.uniqueId,
      Title: typeof title === 'string' ? title : null,
      Created: item.created,
      Modified: item.modified,
      AuthorId: item.authorId,
      EditorId: item.editorId,
      HasUniqueRoleAssignments: itemRoleAssignments(scope.ctx.db, list.id, item.id) !== undefined,
      EffectiveBasePermissions: effectiveItemPermissions(
        scope.ctx.db,
        list,
        item.id,
        scope.identity,
      ),
    },
  };
}

function assignmentEntity(
  scope: SpScope,
  list: ListRecord,
  item: ItemRecord,
  assignment: RoleAssignment,
): SpEntity {
  const group = Object.values(SITE_GROUPS).find((g) => g.id === assignment.principalId);
  const user =
    group === undefined
      ? findSiteUser(scope.ctx.db, scope.site.id, assignment.principalId)
      : undefined;
  const role = ROLE_DEFINITIONS.find((r) => r.id === assignment.roleDefId);
  return {
    type: 'SP.RoleAssignment',
    uri: `${itemUri(scope, list, item)}/RoleAssignments/GetByPrincipalId(${assignment.principalId})`,
    props: {
      PrincipalId: assignment.principalId,
      Member: {
        Id: assignment.principalId,
        Title:
          group !== undefined ? `${scope.site.displayName} ${group.suffix}` : (user?.title ?? ''),
        PrincipalType: group !== undefined ? 8 : 1,
      },
      RoleDefinitionBindings:
        role === undefined ? [] : [roleDefinitionEntity(scope.siteUrl, role).props],
    },
  };
}

/**
 * `breakroleinheritance(copyRoleAssignments, clearSubscopes)` on an item. Without copying,
 * SharePoint leaves the calling user with Full Control so they are not locked out; an item that
 * already has unique assignments is left as it is.
 */
function breakInheritance(
  scope: SpScope,
  list: ListRecord,
  item: ItemRecord,
  segment: RestSegment,
): void {
  requireManageItem(scope, list, item);
  const { db } = scope.ctx;
  if (itemRoleAssignments(db, list.id, item.id) !== undefined) return;
  const copy = (namedArgs(segment.args).copyroleassignments ?? 'false').toLowerCase() === 'true';
  const caller: RoleAssignment[] = scope.identity.appOnly
    ? []
    : [{ principalId: scope.identity.profile.siteUserId, roleDefId: FULL_CONTROL }];
  setItemRoleAssignments(
    db,
    list.id,
    item.id,
    copy ? [...effectiveItemAssignments(db, list, item.id)] : caller,
  );
}

function changeAssignment(
  scope: SpScope,
  list: ListRecord,
  item: ItemRecord,
  segment: RestSegment,
): void {
  requireManageItem(scope, list, item);
  const { db } = scope.ctx;
  const args = namedArgs(segment.args);
  const principalId = Number(args.principalid);
  const roleDefId = Number(args.roledefid);
  if (!ROLE_DEFINITIONS.some((r) => r.id === roleDefId)) {
    throw spNotFound(`The role definition ${args.roledefid ?? ''} does not exist.`);
  }
  const isGroup = Object.values(SITE_GROUPS).some((g) => g.id === principalId);
  if (!isGroup && findSiteUser(db, scope.site.id, principalId) === undefined) {
    throw spNotFound(`Principal ${args.principalid ?? ''} was not found.`);
  }
  const own = itemRoleAssignments(db, list.id, item.id);
  if (own === undefined) {
    // SharePoint refuses to edit assignments of an object that still inherits them.
    throw new SpRestError(
      400,
      '-2147024891, System.UnauthorizedAccessException',
      'This operation is not allowed on an object that inherits permissions.',
    );
  }
  const others = own.filter((a) => !(a.principalId === principalId && a.roleDefId === roleDefId));
  setItemRoleAssignments(
    db,
    list.id,
    item.id,
    segment.name === 'addroleassignment' ? [...others, { principalId, roleDefId }] : others,
  );
}

/** `_api/web/lists(…)/items(5)/…` (also `items/getbyid(5)/…`). */
export function itemResource(
  scope: SpScope,
  list: ListRecord,
  segments: readonly RestSegment[],
): ReturnType<typeof spVoid> {
  const [items, ...afterItems] = segments;
  let idArgs = items?.args;
  let rest = afterItems;
  if (idArgs === undefined && afterItems[0]?.name === 'getbyid') {
    idArgs = afterItems[0].args;
    rest = afterItems.slice(1);
  }
  if (idArgs === undefined) throw unsupported(scope, 'the items collection over REST');
  const item = getItem(scope.ctx.db, list.id, numberArg(idArgs));
  if (item === undefined) {
    throw spNotFound('Item does not exist. It may have been deleted by another user.');
  }
  const { req, method } = scope;
  const [first, second] = rest;
  if (first === undefined && method === 'GET') {
    return spEntityResponse(req, itemEntity(scope, list, item));
  }
  switch (first?.name) {
    case 'breakroleinheritance':
      if (method !== 'POST') break;
      breakInheritance(scope, list, item, first);
      return spVoid(req);
    case 'resetroleinheritance':
      if (method !== 'POST') break;
      requireManageItem(scope, list, item);
      resetItemRoleAssignments(scope.ctx.db, list.id, item.id);
      return spVoid(req);
    case 'hasuniqueroleassignments':
      return spEntityResponse(req, {
        type: 'Edm.Boolean',
        uri: '',
        props: { value: itemRoleAssignments(scope.ctx.db, list.id, item.id) !== undefined },
      });
    case 'effectivebasepermissions':
      return spEntityResponse(req, {
        type: 'SP.BasePermissions',
        uri: '',
        props: effectiveItemPermissions(scope.ctx.db, list, item.id, scope.identity),
      });
    case 'roleassignments':
      if (second === undefined && method === 'GET') {
        // Reading assignments needs EnumeratePermissions, which Read does not include.
        requireManageItem(scope, list, item);
        return spCollectionResponse(
          req,
          'SP.RoleAssignment',
          effectiveItemAssignments(scope.ctx.db, list, item.id).map((a) =>
            assignmentEntity(scope, list, item, a),
          ),
        );
      }
      if (
        (second?.name === 'addroleassignment' || second?.name === 'removeroleassignment') &&
        method === 'POST'
      ) {
        changeAssignment(scope, list, item, second);
        return spVoid(req);
      }
      break;
    default:
      break;
  }
  throw unsupported(scope, `items(${item.id})/${rest.map((s) => s.name).join('/')}`);
}

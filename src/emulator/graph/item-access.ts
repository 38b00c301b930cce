import {
  ROLE_DEFINITIONS,
  SITE_GROUPS,
  SITE_ROLE_ASSIGNMENTS,
  accessTo,
  canManageSite,
  type Access,
  type RoleDefinition,
} from '../auth/permissions';
import type { Identity } from '../auth/tokens';
import type { Db } from '../store/db';
import { itemRoleAssignments } from '../store/item-permissions-store';
import type { ListRecord, RoleAssignment } from '../store/model';
import { accessDenied } from './errors';

/*
 * Item-level permissions (an item whose role inheritance is broken, e.g. a sealed measurement).
 * Delegated callers get what their group or their own user is granted on the item. The app-only
 * identity is governed by its Sites.Selected grants alone: item-level permissions do not restrict
 * it (m365-platform-facts §4.3), so its list grant decides.
 */

/** The assignments that apply to an item: its own, else its list's, else the site's. */
export function effectiveItemAssignments(
  db: Db,
  list: ListRecord,
  itemId: number,
): readonly RoleAssignment[] {
  return (
    itemRoleAssignments(db, list.id, itemId) ??
    (list.inheritsRoles ? SITE_ROLE_ASSIGNMENTS : list.roleAssignments)
  );
}

function rolesOf(assignments: readonly RoleAssignment[], identity: Identity): RoleDefinition[] {
  const principal = identity.profile.principal;
  const groupId = principal === 'app' ? undefined : SITE_GROUPS[principal].id;
  return assignments
    .filter((a) => a.principalId === groupId || a.principalId === identity.profile.siteUserId)
    .flatMap((a) => ROLE_DEFINITIONS.filter((r) => r.id === a.roleDefId));
}

type BasePermissions = { readonly High: string; readonly Low: string };

/** SP.PermissionKind values the item checks read (bit = kind - 1, Low then High). */
const VIEW_LIST_ITEMS = 2;
const EDIT_LIST_ITEMS = 3;
const MANAGE_PERMISSIONS = 26;

function has(mask: BasePermissions, kind: number): boolean {
  const bit = kind - 1;
  const word = bit < 32 ? Number(mask.Low) : Number(mask.High);
  return ((word >>> (bit % 32)) & 1) === 1;
}

function unionOf(roles: readonly RoleDefinition[]): BasePermissions {
  let high = 0;
  let low = 0;
  for (const role of roles) {
    high = (high | Number(role.basePermissions.High)) >>> 0;
    low = (low | Number(role.basePermissions.Low)) >>> 0;
  }
  return { High: String(high), Low: String(low) };
}

function roleNamed(name: string): RoleDefinition {
  const role = ROLE_DEFINITIONS.find((r) => r.name === name);
  if (role === undefined) throw new Error(`No role definition ${name}`);
  return role;
}

/**
 * The one rule for a caller on an item: its SP.BasePermissions. SharePoint REST answers it as
 * `EffectiveBasePermissions`, and Graph's item writes (`requireItemWrite`) are decided from the
 * same mask, so an item REST reports read-only is never written through Graph, at any step of
 * sealing, and the app-only caller is not told Full Control where Graph refuses it. (Graph also
 * checks the list first, so an item granting more than its list is still refused there; sealing
 * only ever narrows.) Delegated callers: the union of the roles their group or their own user
 * holds on the item's assignments (its own, else its list's, else the site's). App-only: its
 * Sites.Selected grant on the list alone, Edit where the manifest lets the app write, Read
 * elsewhere; item permissions do not restrict it (m365-platform-facts §4.3).
 */
export function itemPermissionMask(
  db: Db,
  list: ListRecord,
  itemId: number,
  identity: Identity,
): BasePermissions {
  if (identity.appOnly) {
    return { ...roleNamed(accessTo(list, identity).write ? 'Edit' : 'Read').basePermissions };
  }
  return unionOf(rolesOf(effectiveItemAssignments(db, list, itemId), identity));
}

/** What the caller may do on one item: ViewListItems and EditListItems of its mask. */
export function accessToItem(db: Db, list: ListRecord, itemId: number, identity: Identity): Access {
  const mask = itemPermissionMask(db, list, itemId, identity);
  return { read: has(mask, VIEW_LIST_ITEMS), write: has(mask, EDIT_LIST_ITEMS) };
}

/** A Graph write to an item the caller may not edit: 403 accessDenied, Graph's envelope. */
export function requireItemWrite(
  db: Db,
  list: ListRecord,
  itemId: number,
  identity: Identity,
): void {
  if (!accessToItem(db, list, itemId, identity).write) throw accessDenied();
}

/**
 * Changing an item's permissions needs ManagePermissions on it (Full Control). The app-only
 * identity manages permissions by its site-level grant (`canManageSite`), which item masks do not
 * express; the tab seals with the signed-in owner's token, never app-only.
 */
export function canManageItem(
  db: Db,
  list: ListRecord,
  itemId: number,
  identity: Identity,
): boolean {
  if (identity.appOnly) return canManageSite(identity);
  return has(itemPermissionMask(db, list, itemId, identity), MANAGE_PERMISSIONS);
}

/** SP.BasePermissions of the caller on the item, as SharePoint REST reports them. */
export function effectiveItemPermissions(
  db: Db,
  list: ListRecord,
  itemId: number,
  identity: Identity,
): BasePermissions {
  return itemPermissionMask(db, list, itemId, identity);
}

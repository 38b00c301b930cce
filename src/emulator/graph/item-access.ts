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

/** What the caller may do on one item. */
export function accessToItem(db: Db, list: ListRecord, itemId: number, identity: Identity): Access {
  const own = itemRoleAssignments(db, list.id, itemId);
  if (own === undefined || identity.appOnly) return accessTo(list, identity);
  const roles = rolesOf(own, identity).filter((r) => r.roleTypeKind !== 1);
  return { read: roles.length > 0, write: roles.some((r) => r.grantsWrite) };
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

/** Changing an item's permissions needs Full Control on it (ManagePermissions); the app may. */
export function canManageItem(
  db: Db,
  list: ListRecord,
  itemId: number,
  identity: Identity,
): boolean {
  if (identity.appOnly) return canManageSite(identity);
  return rolesOf(effectiveItemAssignments(db, list, itemId), identity).some(
    (r) => r.roleTypeKind === 5,
  );
}

const FULL_MASK = { High: '2147483647', Low: '4294967295' } as const;

/** SP.BasePermissions of the caller on the item: the union of the masks of its roles. */
export function effectiveItemPermissions(
  db: Db,
  list: ListRecord,
  itemId: number,
  identity: Identity,
): { readonly High: string; readonly Low: string } {
  if (identity.appOnly) return FULL_MASK;
  let high = 0;
  let low = 0;
  for (const role of rolesOf(effectiveItemAssignments(db, list, itemId), identity)) {
    high = (high | Number(role.basePermissions.High)) >>> 0;
    low = (low | Number(role.basePermissions.Low)) >>> 0;
  }
  return { High: String(high), Low: String(low) };
}

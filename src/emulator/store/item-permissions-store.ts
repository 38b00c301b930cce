import { prepared, type Db } from './db';
import type { RoleAssignment } from './model';

/*
 * Unique role assignments of single items (SharePoint's item-level permissions). An item without a
 * row inherits its list's; a row, even an empty one, means the item's inheritance is broken.
 */

/** The item's own role assignments, or undefined while it inherits the list's. */
export function itemRoleAssignments(
  db: Db,
  listId: string,
  itemId: number,
): readonly RoleAssignment[] | undefined {
  const row = prepared(
    db,
    'SELECT role_assignments FROM item_permissions WHERE list_id = ? AND item_id = ?',
  ).get(listId, itemId) as { role_assignments: string } | undefined;
  return row === undefined ? undefined : (JSON.parse(row.role_assignments) as RoleAssignment[]);
}

/** Gives the item its own role assignments (breaking inheritance if it still inherited). */
export function setItemRoleAssignments(
  db: Db,
  listId: string,
  itemId: number,
  assignments: readonly RoleAssignment[],
): void {
  prepared(
    db,
    `INSERT INTO item_permissions (list_id, item_id, role_assignments) VALUES (?, ?, ?)
     ON CONFLICT(list_id, item_id) DO UPDATE SET role_assignments = excluded.role_assignments`,
  ).run(listId, itemId, JSON.stringify(assignments));
}

/** `resetroleinheritance`: the item inherits its list's assignments again. */
export function resetItemRoleAssignments(db: Db, listId: string, itemId: number): void {
  prepared(db, 'DELETE FROM item_permissions WHERE list_id = ? AND item_id = ?').run(
    listId,
    itemId,
  );
}

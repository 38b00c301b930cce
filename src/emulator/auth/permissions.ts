import type { ListDefinition, Principal } from '../../../manifest/manifest.schema';
import type { ListRecord, RoleAssignment } from '../store/model';
import type { Identity } from './tokens';

/**
 * The site's SharePoint groups and role definitions, with SharePoint Online's well-known ids
 * (a team site's Owners/Visitors/Members groups are 3/4/5; role definition ids are fixed).
 */
export const SITE_GROUPS = {
  owners: { id: 3, suffix: 'Owners' },
  visitors: { id: 4, suffix: 'Visitors' },
  members: { id: 5, suffix: 'Members' },
} as const;

export type SiteGroupKey = keyof typeof SITE_GROUPS;

export type RoleDefinition = {
  readonly id: number;
  readonly name: string;
  /** SP.RoleType: Guest=1, Reader=2, Contributor=3, WebDesigner=4, Administrator=5, Editor=6. */
  readonly roleTypeKind: number;
  readonly order: number;
  readonly grantsWrite: boolean;
  readonly basePermissions: { readonly High: string; readonly Low: string };
};

export const ROLE_DEFINITIONS: readonly RoleDefinition[] = [
  {
    id: 1073741829,
    name: 'Full Control',
    roleTypeKind: 5,
    order: 1,
    grantsWrite: true,
    basePermissions: { High: '2147483647', Low: '4294967295' },
  },
  {
    id: 1073741828,
    name: 'Design',
    roleTypeKind: 4,
    order: 32,
    grantsWrite: true,
    basePermissions: { High: '432', Low: '1012866047' },
  },
  {
    id: 1073741830,
    name: 'Edit',
    roleTypeKind: 6,
    order: 48,
    grantsWrite: true,
    basePermissions: { High: '432', Low: '1011030767' },
  },
  {
    id: 1073741827,
    name: 'Contribute',
    roleTypeKind: 3,
    order: 64,
    grantsWrite: true,
    basePermissions: { High: '432', Low: '1011028719' },
  },
  {
    id: 1073741826,
    name: 'Read',
    roleTypeKind: 2,
    order: 128,
    grantsWrite: false,
    basePermissions: { High: '176', Low: '138612833' },
  },
  {
    id: 1073741825,
    name: 'Limited Access',
    roleTypeKind: 1,
    order: 160,
    grantsWrite: false,
    basePermissions: { High: '16', Low: '134283296' },
  },
];

const FULL_CONTROL = 1073741829;
const EDIT = 1073741830;
const READ = 1073741826;

/** A modern team site: owners Full Control, members Edit, visitors Read. */
export const SITE_ROLE_ASSIGNMENTS: readonly RoleAssignment[] = [
  { principalId: SITE_GROUPS.owners.id, roleDefId: FULL_CONTROL },
  { principalId: SITE_GROUPS.members.id, roleDefId: EDIT },
  { principalId: SITE_GROUPS.visitors.id, roleDefId: READ },
];

/** The unique role assignments a provisioned list gets from its manifest permissions. */
export function roleAssignmentsFromManifest(list: ListDefinition): RoleAssignment[] {
  const assignments: RoleAssignment[] = [];
  for (const key of ['owners', 'members', 'visitors'] as const) {
    const principalId = SITE_GROUPS[key].id;
    if (list.permissions.write.includes(key)) {
      assignments.push({ principalId, roleDefId: key === 'owners' ? FULL_CONTROL : EDIT });
    } else if (list.permissions.read.includes(key)) {
      assignments.push({ principalId, roleDefId: READ });
    }
  }
  return assignments;
}

function groupIdOf(principal: Principal): number | undefined {
  return principal === 'app' ? undefined : SITE_GROUPS[principal].id;
}

export type Access = { readonly read: boolean; readonly write: boolean };

/**
 * What the caller may do on a list. Delegated callers get what their SharePoint group is granted
 * (the list's own role assignments, or the site's while it inherits). The app-only identity is
 * governed by its Sites.Selected grants alone (m365-platform-facts §4.3: "Application: app grant
 * only"): read on the site, write on the lists whose manifest names `app` as a writer.
 */
export function accessTo(list: ListRecord, identity: Identity): Access {
  if (identity.appOnly) return { read: true, write: list.appWrite };
  const groupId = groupIdOf(identity.profile.principal);
  const assignments = list.inheritsRoles ? SITE_ROLE_ASSIGNMENTS : list.roleAssignments;
  let read = false;
  let write = false;
  for (const assignment of assignments) {
    if (
      assignment.principalId !== groupId &&
      assignment.principalId !== identity.profile.siteUserId
    )
      continue;
    const role = ROLE_DEFINITIONS.find((r) => r.id === assignment.roleDefId);
    if (role === undefined || role.roleTypeKind === 1) continue;
    read = true;
    if (role.grantsWrite) write = true;
  }
  return { read, write };
}

/** Site-level management (create lists, columns, permissions): owners and the app. */
export function canManageSite(identity: Identity): boolean {
  return identity.appOnly || identity.profile.principal === 'owners';
}

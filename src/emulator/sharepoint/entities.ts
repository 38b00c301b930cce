import { SITE_GROUPS, type RoleDefinition, type SiteGroupKey } from '../auth/permissions';
import { countItems } from '../store/items-store';
import type { Db } from '../store/db';
import type { ListRecord, SiteRecord, SiteUser } from '../store/model';
import type { SpEntity } from './sp-format';

/** Entities of the few SharePoint REST resources provisioning touches, shaped as SPO returns them. */

export function webEntity(siteUrl: string, site: SiteRecord): SpEntity {
  return {
    type: 'SP.Web',
    uri: `${siteUrl}/_api/Web`,
    props: {
      Id: site.webGuid,
      Title: site.displayName,
      Description: site.description,
      Url: siteUrl,
      ServerRelativeUrl: `/${site.urlPath}`,
      Created: site.created,
      WebTemplate: 'GROUP',
      Language: 1043,
    },
  };
}

export function listEntity(db: Db, siteUrl: string, site: SiteRecord, list: ListRecord): SpEntity {
  const isLibrary = list.template === 'documentLibrary';
  return {
    type: 'SP.List',
    uri: `${siteUrl}/_api/Web/Lists(guid'${list.id}')`,
    props: {
      Id: list.id,
      Title: list.displayName,
      Description: list.description,
      BaseTemplate: isLibrary ? 101 : 100,
      BaseType: isLibrary ? 1 : 0,
      Created: list.created,
      LastItemModifiedDate: list.modified,
      ItemCount: countItems(db, list.id),
      EnableVersioning: list.versioningEnabled,
      MajorVersionLimit: list.majorVersionLimit,
      EnableMinorVersions: false,
      HasUniqueRoleAssignments: !list.inheritsRoles,
      Hidden: false,
      ContentTypesEnabled: false,
      AllowContentTypes: true,
      EnableAttachments: true,
      ReadSecurity: 1,
      WriteSecurity: 1,
      EntityTypeName: `${list.name}List`,
      ListItemEntityTypeFullName: `SP.Data.${list.name}ListItem`,
      ParentWebUrl: `/${site.urlPath}`,
      DefaultViewUrl: `/${site.urlPath}/Lists/${list.name}/AllItems.aspx`,
    },
  };
}

export function groupEntity(siteUrl: string, site: SiteRecord, key: SiteGroupKey): SpEntity {
  const group = SITE_GROUPS[key];
  const title = `${site.displayName} ${group.suffix}`;
  return {
    type: 'SP.Group',
    uri: `${siteUrl}/_api/Web/SiteGroups/GetById(${group.id})`,
    props: {
      Id: group.id,
      Title: title,
      LoginName: title,
      Description: '',
      PrincipalType: 8,
      IsHiddenInUI: false,
      OwnerTitle: `${site.displayName} Owners`,
      AllowMembersEditMembership: false,
      OnlyAllowMembersViewMembership: false,
    },
  };
}

export function roleDefinitionEntity(siteUrl: string, role: RoleDefinition): SpEntity {
  return {
    type: 'SP.RoleDefinition',
    uri: `${siteUrl}/_api/Web/RoleDefinitions(${role.id})`,
    props: {
      Id: role.id,
      Name: role.name,
      Description: '',
      Hidden: role.roleTypeKind === 1,
      Order: role.order,
      RoleTypeKind: role.roleTypeKind,
      BasePermissions: role.basePermissions,
    },
  };
}

export function userEntity(siteUrl: string, user: SiteUser): SpEntity {
  return {
    type: 'SP.User',
    uri: `${siteUrl}/_api/Web/GetUserById(${user.id})`,
    props: {
      Id: user.id,
      Title: user.title,
      Email: user.email,
      LoginName: user.loginName,
      UserPrincipalName: user.email === '' ? null : user.email,
      PrincipalType: 1,
      IsSiteAdmin: false,
    },
  };
}

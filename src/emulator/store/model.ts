import type { ColumnDefinition } from '../../../manifest/manifest.schema';

/** Raw field values of an item as stored: JSON values keyed by internal column name. */
export type FieldValues = Record<string, unknown>;

export type SiteRecord = {
  /** Graph's composite id `{hostname},{siteCollectionGuid},{webGuid}`. */
  readonly id: string;
  readonly hostname: string;
  readonly siteGuid: string;
  readonly webGuid: string;
  /** The Microsoft 365 group (Team) the site belongs to. */
  readonly groupId: string;
  readonly name: string;
  readonly displayName: string;
  readonly description: string;
  /** Server-relative path without leading slash, e.g. `sites/pz-demo`. */
  readonly urlPath: string;
  /** The site's regional time zone (IANA); date-only values are midnight in this zone. */
  readonly timeZone: string;
  readonly created: string;
};

export type SiteUser = {
  readonly id: number;
  readonly title: string;
  readonly email: string;
  readonly loginName: string;
  /** Entra object id, or the app id for the app principal. */
  readonly oid: string;
};

/** A SharePoint role assignment: a principal (group or user id) bound to a role definition id. */
export type RoleAssignment = { readonly principalId: number; readonly roleDefId: number };

export type ListRecord = {
  readonly id: string;
  readonly siteId: string;
  /** Internal (URL) name; the manifest's `name`. */
  readonly name: string;
  /** Title; the manifest's `displayName`. */
  readonly displayName: string;
  readonly description: string;
  readonly template: string;
  readonly created: string;
  readonly modified: string;
  readonly authorId: number;
  /** The list's own eTag counter (lists have unquoted eTags `{guid},{n}`). */
  readonly version: number;
  readonly versioningEnabled: boolean;
  readonly majorVersionLimit: number;
  /** True while the list inherits the site's role assignments. */
  readonly inheritsRoles: boolean;
  /** Unique role assignments, used only when `inheritsRoles` is false. */
  readonly roleAssignments: readonly RoleAssignment[];
  /** Whether the app's Sites.Selected grant includes write on this list. */
  readonly appWrite: boolean;
  readonly nextItemId: number;
};

export type StoredColumn = {
  readonly listId: string;
  readonly name: string;
  readonly position: number;
  readonly columnId: string;
  readonly definition: ColumnDefinition;
};

export type ItemRecord = {
  readonly listId: string;
  readonly id: number;
  readonly uniqueId: string;
  /** Increments on every write; the number in the eTag. */
  readonly version: number;
  /** Major version number shown as `_UIVersionString` (`3.0`). */
  readonly uiVersion: number;
  readonly fields: FieldValues;
  readonly created: string;
  readonly modified: string;
  readonly authorId: number;
  readonly editorId: number;
};

export type ItemVersionRecord = {
  readonly listId: string;
  readonly itemId: number;
  readonly uiVersion: number;
  readonly fields: FieldValues;
  readonly modified: string;
  readonly editorId: number;
};

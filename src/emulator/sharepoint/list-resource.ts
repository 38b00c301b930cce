import {
  ROLE_DEFINITIONS,
  SITE_GROUPS,
  SITE_ROLE_ASSIGNMENTS,
  canManageSite,
} from '../auth/permissions';
import { isoSeconds } from '../context';
import {
  evaluateFilter,
  parseFilter,
  FilterSyntaxError,
  type ValueType,
} from '../graph/odata-filter';
import type { EmuRequest, EmuResponse } from '../http/router';
import {
  columnsOfList,
  findList,
  getListById,
  insertColumn,
  updateColumn,
  updateList,
} from '../store/lists-store';
import type { ListRecord, RoleAssignment, StoredColumn } from '../store/model';
import { findSiteUser } from '../store/sites-store';
import { listEntity, roleDefinitionEntity } from './entities';
import { itemResource } from './item-resource';
import { namedArgs, stringArg, type RestSegment } from './rest-path';
import { SpRestError, spAccessDenied, spBadRequest, spNotFound } from './sp-errors';
import {
  columnFromProps,
  columnFromXml,
  encodeInternalName,
  fieldOdataType,
  fieldProps,
} from './sp-fields';
import {
  spCollectionResponse,
  spEntityResponse,
  spNoContent,
  spVoid,
  type SpEntity,
} from './sp-format';
import type { SpScope } from './sp-scope';

export type { SpScope } from './sp-scope';

function requireManage(scope: SpScope): void {
  if (!canManageSite(scope.identity)) throw spAccessDenied();
}

function bodyObject(req: EmuRequest): Record<string, unknown> {
  const body = req.body;
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw spBadRequest('The request body must be a JSON object.');
  }
  return body as Record<string, unknown>;
}

function unsupported(scope: SpScope, what: string): SpRestError {
  return new SpRestError(
    501,
    '-1, Microsoft.SharePoint.Client.NotImplementedException',
    `The local emulator does not implement ${scope.method} ${what}.`,
  );
}

function fieldEntity(scope: SpScope, list: ListRecord, column: StoredColumn): SpEntity {
  const listIdOf = (name: string): string => findList(scope.ctx.db, scope.site.id, name)?.id ?? '';
  return {
    type: fieldOdataType(column.definition),
    uri: `${scope.siteUrl}/_api/Web/Lists(guid'${list.id}')/Fields(guid'${column.columnId}')`,
    props: fieldProps(column, listIdOf),
  };
}

function findColumn(scope: SpScope, list: ListRecord, segment: RestSegment): StoredColumn {
  const columns = columnsOfList(scope.ctx.db, list.id);
  const wanted = stringArg(segment.args);
  const column =
    segment.name === 'getbyid'
      ? columns.find((c) => c.columnId.toLowerCase() === wanted.toLowerCase())
      : segment.name === 'getbytitle'
        ? columns.find((c) => c.definition.displayName === wanted)
        : (columns.find((c) => c.name === wanted) ??
          columns.find((c) => c.definition.displayName === wanted));
  if (column === undefined) {
    throw spNotFound(
      `Column '${wanted}' does not exist. It may have been deleted by another user.`,
    );
  }
  return column;
}

/** `$filter` on the fields collection (e.g. `Hidden eq false`), over the entity properties. */
function filterFields(req: EmuRequest, entities: SpEntity[]): SpEntity[] {
  const text = req.url.searchParams.get('$filter');
  if (text === null || text.trim() === '') return entities;
  let expr;
  try {
    expr = parseFilter(text);
  } catch (error) {
    if (error instanceof FilterSyntaxError) throw spBadRequest(`Invalid $filter: ${error.message}`);
    throw error;
  }
  return entities.filter((entity) =>
    evaluateFilter(expr, (path) => {
      const key = Object.keys(entity.props).find((k) => k.toLowerCase() === path.toLowerCase());
      const value = key === undefined ? undefined : entity.props[key];
      const type: ValueType =
        typeof value === 'number' ? 'number' : typeof value === 'boolean' ? 'boolean' : 'text';
      return { value, type };
    }),
  );
}

function addColumn(
  scope: SpScope,
  list: ListRecord,
  column: ReturnType<typeof columnFromProps>,
): EmuResponse {
  const existing = columnsOfList(scope.ctx.db, list.id);
  let name = column.name;
  // SharePoint appends a digit when the internal name is taken (Title → Title0).
  for (let n = 0; existing.some((c) => c.name.toLowerCase() === name.toLowerCase()); n++) {
    name = `${column.name.slice(0, 31)}${n}`;
  }
  const stored = insertColumn(scope.ctx.db, list.id, { ...column, name });
  updateList(scope.ctx.db, list.id, { modified: isoSeconds(scope.ctx.now()) });
  return spEntityResponse(scope.req, fieldEntity(scope, list, stored), 201);
}

function fieldsResource(
  scope: SpScope,
  list: ListRecord,
  rest: readonly RestSegment[],
): EmuResponse {
  const { ctx, req, method } = scope;
  const listNameById = (id: string): string | undefined => getListById(ctx.db, id)?.name;
  const [first, ...more] = rest;
  if (first === undefined) {
    if (method === 'GET') {
      const entities = columnsOfList(ctx.db, list.id).map((c) => fieldEntity(scope, list, c));
      return spCollectionResponse(req, 'SP.Field', filterFields(req, entities));
    }
    if (method === 'POST') {
      requireManage(scope);
      const body = bodyObject(req);
      const title = typeof body.Title === 'string' ? body.Title : '';
      if (title === '') throw spBadRequest('A field needs a Title.');
      // fields.add: the internal name comes from the Title.
      return addColumn(scope, list, columnFromProps(body, encodeInternalName(title), listNameById));
    }
    throw unsupported(scope, 'fields');
  }
  if (first.name === 'addfield' && method === 'POST') {
    requireManage(scope);
    const parameters = (bodyObject(req).parameters ?? {}) as Record<string, unknown>;
    const title = typeof parameters.Title === 'string' ? parameters.Title : '';
    if (title === '') throw spBadRequest('A field needs a Title.');
    return addColumn(
      scope,
      list,
      columnFromProps(parameters, encodeInternalName(title), listNameById),
    );
  }
  if (first.name === 'createfieldasxml' && method === 'POST') {
    requireManage(scope);
    const parameters = (bodyObject(req).parameters ?? {}) as {
      SchemaXml?: unknown;
      Options?: unknown;
    };
    if (typeof parameters.SchemaXml !== 'string')
      throw spBadRequest('parameters.SchemaXml is required.');
    const options = typeof parameters.Options === 'number' ? parameters.Options : 0;
    return addColumn(scope, list, columnFromXml(parameters.SchemaXml, options, listNameById));
  }
  if (
    ['getbyinternalnameortitle', 'getbytitle', 'getbyid'].includes(first.name) &&
    more.length === 0
  ) {
    const column = findColumn(scope, list, first);
    if (method === 'GET') return spEntityResponse(req, fieldEntity(scope, list, column));
    if (method === 'MERGE' || method === 'PATCH') {
      requireManage(scope);
      const body = bodyObject(req);
      const current = column.definition;
      const next = {
        ...current,
        ...(typeof body.Title === 'string' ? { displayName: body.Title } : {}),
        ...(typeof body.Description === 'string' ? { description: body.Description } : {}),
        ...(typeof body.Indexed === 'boolean' ? { indexed: body.Indexed } : {}),
        ...(typeof body.Required === 'boolean' ? { required: body.Required } : {}),
        ...(typeof body.EnforceUniqueValues === 'boolean'
          ? { enforceUniqueValues: body.EnforceUniqueValues }
          : {}),
        ...(typeof body.MaxLength === 'number' &&
        (current.type === 'text' || current.type === 'note')
          ? { maxLength: body.MaxLength }
          : {}),
      };
      updateColumn(ctx.db, list.id, next);
      return spNoContent();
    }
  }
  throw unsupported(scope, `fields/${rest.map((s) => s.name).join('/')}`);
}

const LIST_UPDATABLE = new Set([
  'Title',
  'Description',
  'EnableVersioning',
  'MajorVersionLimit',
  'EnableMinorVersions',
  'Hidden',
  'ContentTypesEnabled',
  'ReadSecurity',
  'WriteSecurity',
  'EnableAttachments',
  'NoCrawl',
  'OnQuickLaunch',
]);

/** `list.update({ EnableVersioning, MajorVersionLimit })` = POST with `X-HTTP-Method: MERGE` → 204. */
function mergeList(scope: SpScope, list: ListRecord): EmuResponse {
  requireManage(scope);
  const body = bodyObject(scope.req);
  for (const key of Object.keys(body)) {
    if (key === '__metadata' || key.startsWith('@odata') || key.startsWith('odata.')) continue;
    if (!LIST_UPDATABLE.has(key)) {
      throw spBadRequest(
        `The property '${key}' does not exist on type 'SP.List'. Make sure to only use property names that are defined by the type.`,
      );
    }
  }
  const limit = body.MajorVersionLimit;
  if (
    limit !== undefined &&
    (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1 || limit > 50000)
  ) {
    throw spBadRequest('MajorVersionLimit must be a whole number between 1 and 50000.');
  }
  if (body.EnableMinorVersions === true) throw unsupported(scope, 'minor versions');
  updateList(scope.ctx.db, list.id, {
    modified: isoSeconds(scope.ctx.now()),
    ...(typeof body.Title === 'string' ? { displayName: body.Title } : {}),
    ...(typeof body.Description === 'string' ? { description: body.Description } : {}),
    ...(typeof body.EnableVersioning === 'boolean'
      ? { versioningEnabled: body.EnableVersioning }
      : {}),
    ...(typeof limit === 'number' ? { majorVersionLimit: limit } : {}),
  });
  return spNoContent();
}

function roleAssignmentsResource(
  scope: SpScope,
  list: ListRecord,
  rest: readonly RestSegment[],
): EmuResponse {
  const { ctx, req, method } = scope;
  const [first] = rest;
  const assignments = list.inheritsRoles ? SITE_ROLE_ASSIGNMENTS : list.roleAssignments;
  if (first === undefined && method === 'GET') {
    return spCollectionResponse(
      req,
      'SP.RoleAssignment',
      assignments.map((a) => roleAssignmentEntity(scope, list, a)),
    );
  }
  if (
    (first?.name === 'addroleassignment' || first?.name === 'removeroleassignment') &&
    method === 'POST'
  ) {
    requireManage(scope);
    const args = namedArgs(first.args);
    const principalId = Number(args.principalid);
    const roleDefId = Number(args.roledefid);
    if (!ROLE_DEFINITIONS.some((r) => r.id === roleDefId)) {
      throw spNotFound(`The role definition ${args.roledefid ?? ''} does not exist.`);
    }
    const isGroup = Object.values(SITE_GROUPS).some((g) => g.id === principalId);
    if (!isGroup && findSiteUser(ctx.db, scope.site.id, principalId) === undefined) {
      throw spNotFound(`Principal ${args.principalid ?? ''} was not found.`);
    }
    if (list.inheritsRoles) {
      // SharePoint refuses to edit assignments of an object that still inherits them.
      throw new SpRestError(
        400,
        '-2147024891, System.UnauthorizedAccessException',
        'This operation is not allowed on an object that inherits permissions.',
      );
    }
    const others = list.roleAssignments.filter(
      (a) => !(a.principalId === principalId && a.roleDefId === roleDefId),
    );
    const next =
      first.name === 'addroleassignment' ? [...others, { principalId, roleDefId }] : others;
    updateList(ctx.db, list.id, { roleAssignments: next });
    return spVoid(req);
  }
  throw unsupported(scope, `roleassignments/${rest.map((s) => s.name).join('/')}`);
}

function roleAssignmentEntity(
  scope: SpScope,
  list: ListRecord,
  assignment: RoleAssignment,
): SpEntity {
  const group = Object.entries(SITE_GROUPS).find(([, g]) => g.id === assignment.principalId);
  const user =
    group === undefined
      ? findSiteUser(scope.ctx.db, scope.site.id, assignment.principalId)
      : undefined;
  const role = ROLE_DEFINITIONS.find((r) => r.id === assignment.roleDefId);
  return {
    type: 'SP.RoleAssignment',
    uri: `${scope.siteUrl}/_api/Web/Lists(guid'${list.id}')/RoleAssignments/GetByPrincipalId(${assignment.principalId})`,
    props: {
      PrincipalId: assignment.principalId,
      Member: {
        Id: assignment.principalId,
        Title:
          group !== undefined
            ? `${scope.site.displayName} ${group[1].suffix}`
            : (user?.title ?? ''),
        PrincipalType: group !== undefined ? 8 : 1,
      },
      RoleDefinitionBindings:
        role === undefined ? [] : [roleDefinitionEntity(scope.siteUrl, role).props],
    },
  };
}

/**
 * `breakroleinheritance(copyRoleAssignments, clearSubscopes)`. Without copying, SharePoint leaves
 * the calling user with Full Control so they are not locked out; a list that already has unique
 * assignments is left as it is.
 */
function breakInheritance(scope: SpScope, list: ListRecord, segment: RestSegment): EmuResponse {
  requireManage(scope);
  if (!list.inheritsRoles) return spVoid(scope.req);
  const args = namedArgs(segment.args);
  const copy = (args.copyroleassignments ?? 'false').toLowerCase() === 'true';
  const caller: RoleAssignment[] = scope.identity.appOnly
    ? []
    : [{ principalId: scope.identity.profile.siteUserId, roleDefId: 1073741829 }];
  updateList(scope.ctx.db, list.id, {
    inheritsRoles: false,
    roleAssignments: copy ? [...SITE_ROLE_ASSIGNMENTS] : caller,
  });
  return spVoid(scope.req);
}

/** Everything under `_api/web/lists/getByTitle('X')` (or `lists('guid')` / `getById('guid')`). */
export function listResource(
  scope: SpScope,
  list: ListRecord,
  rest: readonly RestSegment[],
): EmuResponse {
  const { ctx, req, method } = scope;
  const [first, ...more] = rest;
  if (first === undefined) {
    if (method === 'GET')
      return spEntityResponse(req, listEntity(ctx.db, scope.siteUrl, scope.site, list));
    if (method === 'MERGE' || method === 'PATCH') return mergeList(scope, list);
    throw unsupported(scope, 'this list operation');
  }
  switch (first.name) {
    case 'fields':
      return fieldsResource(scope, list, more);
    case 'items':
      return itemResource(scope, list, rest);
    case 'breakroleinheritance':
      if (method !== 'POST') break;
      return breakInheritance(scope, list, first);
    case 'resetroleinheritance':
      if (method !== 'POST') break;
      requireManage(scope);
      updateList(ctx.db, list.id, { inheritsRoles: true, roleAssignments: [] });
      return spVoid(req);
    case 'roleassignments':
      return roleAssignmentsResource(scope, list, more);
    case 'hasuniqueroleassignments':
      return spEntityResponse(req, {
        type: 'Edm.Boolean',
        uri: '',
        props: { value: !list.inheritsRoles },
      });
    case 'rootfolder':
      return spEntityResponse(req, {
        type: 'SP.Folder',
        uri: `${scope.siteUrl}/_api/Web/Lists(guid'${list.id}')/RootFolder`,
        props: { Name: list.name, ServerRelativeUrl: `/${scope.site.urlPath}/Lists/${list.name}` },
      });
    default:
      break;
  }
  // Item fields go through Graph in this project; over REST only item security is emulated.
  throw unsupported(scope, `lists/…/${rest.map((s) => s.name).join('/')}`);
}

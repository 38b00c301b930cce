import { randomBytes } from 'node:crypto';
import { PERSONA_PROFILES, PERSONAS } from '../auth/personas';
import {
  ROLE_DEFINITIONS,
  SITE_GROUPS,
  SITE_ROLE_ASSIGNMENTS,
  accessTo,
  canManageSite,
  type SiteGroupKey,
} from '../auth/permissions';
import { isoSeconds, type EmulatorContext } from '../context';
import type { EmuRequest, EmuResponse, RouteOptions } from '../http/router';
import { createListFromApi } from '../store/list-factory';
import { findList, findListByTitle, listsOfSite } from '../store/lists-store';
import type { ListRecord } from '../store/model';
import { findSiteByPath, findSiteUser } from '../store/sites-store';
import { groupEntity, listEntity, roleDefinitionEntity, userEntity, webEntity } from './entities';
import { listResource, type SpScope } from './list-resource';
import { numberArg, parseRestPath, stringArg, type RestSegment } from './rest-path';
import { SpRestError, spAccessDenied, spBadRequest, spNotFound } from './sp-errors';
import { spCollectionResponse, spEntityResponse, spValueResponse } from './sp-format';

const SHAREPOINT_ROUTE: RouteOptions = {
  kind: 'sharepoint.rest',
  auth: 'sharepoint',
  errors: 'sharepoint',
  faultable: true,
};

const GROUP_MEMBERS: Readonly<Record<SiteGroupKey, readonly number[]>> = {
  owners: PERSONAS.filter((p) => PERSONA_PROFILES[p].principal === 'owners').map(
    (p) => PERSONA_PROFILES[p].siteUserId,
  ),
  members: PERSONAS.filter((p) => PERSONA_PROFILES[p].principal === 'members').map(
    (p) => PERSONA_PROFILES[p].siteUserId,
  ),
  visitors: PERSONAS.filter((p) => PERSONA_PROFILES[p].principal === 'visitors').map(
    (p) => PERSONA_PROFILES[p].siteUserId,
  ),
};

function notImplemented(what: string): SpRestError {
  return new SpRestError(
    501,
    '-1, Microsoft.SharePoint.Client.NotImplementedException',
    `The local emulator does not implement ${what}.`,
  );
}

function listNotFound(scope: SpScope, title: string): SpRestError {
  return spNotFound(`List '${title}' does not exist at site with URL '${scope.siteUrl}'.`);
}

/** Resolves `lists/getByTitle('X')`, `lists('guid')` or `lists/getById('guid')`; unreadable = absent. */
function resolveList(
  scope: SpScope,
  segments: readonly RestSegment[],
): { list: ListRecord; rest: readonly RestSegment[] } | undefined {
  const [lists, second, ...rest] = segments;
  if (lists?.name !== 'lists') return undefined;
  let list: ListRecord | undefined;
  let remaining: readonly RestSegment[];
  let label: string;
  if (lists.args !== undefined) {
    label = stringArg(lists.args);
    list = findList(scope.ctx.db, scope.site.id, label);
    remaining = second === undefined ? [] : [second, ...rest];
  } else if (second?.name === 'getbytitle') {
    label = stringArg(second.args);
    list = findListByTitle(scope.ctx.db, scope.site.id, label);
    remaining = rest;
  } else if (second?.name === 'getbyid') {
    label = stringArg(second.args);
    list = findList(scope.ctx.db, scope.site.id, label);
    remaining = rest;
  } else {
    return undefined;
  }
  if (list === undefined || !accessTo(list, scope.identity).read) throw listNotFound(scope, label);
  return { list, rest: remaining };
}

/** `POST _api/web/lists` (PnPjs `lists.add`): Title, Description, BaseTemplate 100 → 201 SP.List. */
function createList(scope: SpScope): EmuResponse {
  if (!canManageSite(scope.identity)) throw spAccessDenied();
  const body = scope.req.body as Record<string, unknown> | undefined;
  const title = typeof body?.Title === 'string' ? body.Title.trim() : '';
  if (title === '') throw spBadRequest('A list needs a Title.');
  if (findListByTitle(scope.ctx.db, scope.site.id, title) !== undefined) {
    // SPO answers a duplicate title with an SPException (HTTP 500).
    throw new SpRestError(
      500,
      '-2130575342, Microsoft.SharePoint.SPException',
      'A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.',
    );
  }
  const template = body?.BaseTemplate === 101 ? 'documentLibrary' : 'genericList';
  if (body?.BaseTemplate !== undefined && body.BaseTemplate !== 100 && body.BaseTemplate !== 101) {
    throw notImplemented(`list template ${JSON.stringify(body.BaseTemplate)}`);
  }
  const list = createListFromApi(
    scope.ctx.db,
    scope.site,
    {
      title,
      description: typeof body?.Description === 'string' ? body.Description : '',
      template,
      columns: [],
    },
    isoSeconds(scope.ctx.now()),
    scope.identity.profile.siteUserId,
  );
  return spEntityResponse(
    scope.req,
    listEntity(scope.ctx.db, scope.siteUrl, scope.site, list),
    201,
  );
}

function groupKeyById(id: number): SiteGroupKey | undefined {
  return (Object.keys(SITE_GROUPS) as SiteGroupKey[]).find((k) => SITE_GROUPS[k].id === id);
}

function webResource(scope: SpScope, segments: readonly RestSegment[]): EmuResponse {
  const { ctx, req, method, site, siteUrl } = scope;
  const [first, second, third] = segments;
  if (first === undefined) {
    if (method === 'GET') return spEntityResponse(req, webEntity(siteUrl, site));
    throw notImplemented(`${method} _api/web`);
  }
  const resolved = resolveList(scope, segments);
  if (resolved !== undefined) return listResource(scope, resolved.list, resolved.rest);
  switch (first.name) {
    case 'lists':
      if (second !== undefined) break;
      if (method === 'GET') {
        const visible = listsOfSite(ctx.db, site.id).filter(
          (l) => accessTo(l, scope.identity).read,
        );
        return spCollectionResponse(
          req,
          'SP.List',
          visible.map((l) => listEntity(ctx.db, siteUrl, site, l)),
        );
      }
      if (method === 'POST') return createList(scope);
      break;
    case 'associatedownergroup':
      return spEntityResponse(req, groupEntity(siteUrl, site, 'owners'));
    case 'associatedmembergroup':
      return spEntityResponse(req, groupEntity(siteUrl, site, 'members'));
    case 'associatedvisitorgroup':
      return spEntityResponse(req, groupEntity(siteUrl, site, 'visitors'));
    case 'sitegroups': {
      if (second === undefined) {
        const keys = Object.keys(SITE_GROUPS) as SiteGroupKey[];
        return spCollectionResponse(
          req,
          'SP.Group',
          keys.map((k) => groupEntity(siteUrl, site, k)),
        );
      }
      const key = second.name === 'getbyid' ? groupKeyById(numberArg(second.args)) : undefined;
      if (key === undefined) throw spNotFound('Group cannot be found.');
      if (third === undefined) return spEntityResponse(req, groupEntity(siteUrl, site, key));
      if (third.name === 'users') {
        const users = GROUP_MEMBERS[key].flatMap((id) => {
          const user = findSiteUser(ctx.db, site.id, id);
          return user === undefined ? [] : [userEntity(siteUrl, user)];
        });
        return spCollectionResponse(req, 'SP.User', users);
      }
      break;
    }
    case 'roledefinitions': {
      if (second === undefined) {
        return spCollectionResponse(
          req,
          'SP.RoleDefinition',
          ROLE_DEFINITIONS.map((r) => roleDefinitionEntity(siteUrl, r)),
        );
      }
      const role =
        second.name === 'getbytype'
          ? ROLE_DEFINITIONS.find((r) => r.roleTypeKind === numberArg(second.args))
          : second.name === 'getbyname'
            ? ROLE_DEFINITIONS.find(
                (r) => r.name.toLowerCase() === stringArg(second.args).toLowerCase(),
              )
            : second.name === 'getbyid'
              ? ROLE_DEFINITIONS.find((r) => r.id === numberArg(second.args))
              : undefined;
      if (role === undefined) throw spNotFound('The role definition cannot be found.');
      return spEntityResponse(req, roleDefinitionEntity(siteUrl, role));
    }
    case 'roleassignments':
      if (second === undefined && method === 'GET') {
        return spCollectionResponse(
          req,
          'SP.RoleAssignment',
          SITE_ROLE_ASSIGNMENTS.map((a) => ({
            type: 'SP.RoleAssignment',
            uri: `${siteUrl}/_api/Web/RoleAssignments/GetByPrincipalId(${a.principalId})`,
            props: { PrincipalId: a.principalId },
          })),
        );
      }
      break;
    case 'currentuser': {
      const user = findSiteUser(ctx.db, site.id, scope.identity.profile.siteUserId);
      if (user === undefined) throw spNotFound('User cannot be found.');
      return spEntityResponse(req, userEntity(siteUrl, user));
    }
    case 'getuserbyid': {
      const user = findSiteUser(ctx.db, site.id, numberArg(first.args));
      if (user === undefined) throw spNotFound('User cannot be found.');
      return spEntityResponse(req, userEntity(siteUrl, user));
    }
    case 'regionalsettings':
      if (second?.name === 'timezone') {
        return spEntityResponse(req, {
          type: 'SP.TimeZone',
          uri: `${siteUrl}/_api/Web/RegionalSettings/TimeZone`,
          props: {
            Description: site.timeZone,
            Id: site.timeZone === 'UTC' ? 93 : 3,
            IanaName: site.timeZone,
          },
        });
      }
      break;
    default:
      break;
  }
  throw notImplemented(`${method} _api/web/${segments.map((s) => s.name).join('/')}`);
}

/**
 * The SharePoint REST calls provisioning makes through PnPjs (`@pnp/sp` 4.21): `contextinfo`,
 * lists (get by title, create, MERGE update), fields (add, addfield, createfieldasxml, update),
 * role inheritance and assignments, associated groups, role definitions. Everything else answers
 * 501 so a gap shows instead of passing silently.
 */
export function registerSharePointRestRoutes(ctx: EmulatorContext): void {
  ctx.router.add(
    '*',
    '/sites/:site/_api/*rest',
    (req: EmuRequest) => {
      const site = findSiteByPath(ctx.db, `sites/${req.params.site ?? ''}`);
      if (site === undefined) throw spNotFound('The site does not exist.');
      if (req.identity === null) throw new Error('SharePoint routes need an identity');
      const override = req.headers['x-http-method']?.toUpperCase();
      const scope: SpScope = {
        ctx,
        req,
        site,
        siteUrl: `${ctx.baseUrl()}/${site.urlPath}`,
        identity: req.identity,
        method: req.method === 'POST' && override !== undefined ? override : req.method,
      };
      const segments = parseRestPath(req.params.rest ?? '');
      const [first, ...rest] = segments;
      if (first?.name === 'contextinfo' && scope.method === 'POST') {
        // With an OAuth bearer token the digest is not needed, but PnPjs may still ask for one.
        return spValueResponse(req, 'GetContextWebInformation', {
          FormDigestTimeoutSeconds: 1800,
          FormDigestValue: `0x${randomBytes(64).toString('hex').toUpperCase()},${new Date(ctx.now()).toUTCString()}`,
          LibraryVersion: '16.0.25000.12000',
          SiteFullUrl: scope.siteUrl,
          SupportedSchemaVersions: ['14.0.0.0', '15.0.0.0'],
          WebFullUrl: scope.siteUrl,
        });
      }
      if (first?.name === 'web') return webResource(scope, rest);
      throw notImplemented(`${scope.method} _api/${segments.map((s) => s.name).join('/')}`);
    },
    SHAREPOINT_ROUTE,
  );
}

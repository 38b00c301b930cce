import { ROLE_DEFINITIONS } from '../auth/permissions';
import type { Identity } from '../auth/tokens';
import type { EmulatorContext } from '../context';
import type { EmuRequest, EmuResponse, RouteOptions } from '../http/router';
import { findSiteByPath } from '../store/sites-store';
import { isVerbose, spNotFound } from './sp-errors';

const ROUTE: RouteOptions = {
  kind: 'sharepoint.rest',
  auth: 'sharepoint',
  errors: 'sharepoint',
  faultable: true,
};

/**
 * The role a caller holds on the site itself: a team site gives its Owners group Full Control,
 * Members Edit, Visitors Read. The app-only identity holds its Sites.Selected `write` grant.
 */
function siteRole(identity: Identity): string {
  if (identity.appOnly) return 'Edit';
  switch (identity.profile.principal) {
    case 'owners':
      return 'Full Control';
    case 'members':
      return 'Edit';
    default:
      return 'Read';
  }
}

function answer(req: EmuRequest, permissions: { High: string; Low: string }): EmuResponse {
  const accept = req.headers.accept;
  if (isVerbose(accept)) {
    return {
      status: 200,
      headers: { 'content-type': 'application/json;odata=verbose;charset=utf-8' },
      body: {
        d: {
          EffectiveBasePermissions: { __metadata: { type: 'SP.BasePermissions' }, ...permissions },
        },
      },
    };
  }
  const minimal = accept === undefined || !/odata=nometadata/i.test(accept);
  return {
    status: 200,
    headers: {
      'content-type': `application/json;odata=${minimal ? 'minimalmetadata' : 'nometadata'};streaming=true;charset=utf-8`,
    },
    body: minimal
      ? { 'odata.metadata': `${req.url.origin}/_api/$metadata#SP.BasePermissions`, ...permissions }
      : permissions,
  };
}

/**
 * `GET /sites/{site}/_api/web/EffectiveBasePermissions`: the caller's permission mask on the site
 * (SP.BasePermissions, the `High`/`Low` halves as strings). The set-up wizard reads it to tell an
 * owner (ManageLists, ManagePermissions) from a member. Registered before the REST subset, which
 * answers 501 for paths it does not know.
 */
export function registerEffectivePermissionsRoute(ctx: EmulatorContext): void {
  ctx.router.add(
    'GET',
    '/sites/:site/_api/web/effectivebasepermissions',
    (req) => {
      const site = findSiteByPath(ctx.db, `sites/${req.params.site ?? ''}`);
      if (site === undefined) throw spNotFound('The site does not exist.');
      if (req.identity === null) throw new Error('SharePoint routes need an identity');
      const name = siteRole(req.identity);
      const role = ROLE_DEFINITIONS.find((r) => r.name === name);
      if (role === undefined) throw new Error(`No role definition ${name}`);
      return answer(req, { ...role.basePermissions });
    },
    ROUTE,
  );
}

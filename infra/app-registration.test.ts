import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TENANT_SCOPES } from '../src/web/composition/tenant-services';

// Admin consent covers only what the tab's app registration declares. The tab asks for its scopes
// at run time (TENANT_SCOPES, incremental consent), the registration declares them in
// aad.manifest.json (toolkit) and in the `az ad app permission add` rows of infra/README.md (by
// hand). These tests fail as soon as the three differ, in either direction.

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const read = (relative: string): string => readFileSync(path.join(ROOT, relative), 'utf8');

const GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';
const SHAREPOINT_APP_ID = '00000003-0000-0ff1-ce00-000000000000';

/** The names the Agents Toolkit accepts for `resourceAppId` (learn.microsoft.com, toolkit/aad-manifest-customization). */
const RESOURCE_NAMES: Readonly<Record<string, Resource>> = {
  'Microsoft Graph': 'graph',
  [GRAPH_APP_ID]: 'graph',
  'Office 365 SharePoint Online': 'sharepoint',
  [SHAREPOINT_APP_ID]: 'sharepoint',
};

/**
 * Microsoft Graph's delegated permission ids (the same in every tenant; Graph's permissions
 * reference). A scope the tab starts asking for needs its id here before the test can pass.
 */
const GRAPH_DELEGATED_IDS: Readonly<Record<string, string>> = {
  'f89c84ef-20d0-4b54-87e9-02e856d66d53': 'Sites.Selected',
  '9d8982ae-4365-4f57-95e9-d6032a4c0b87': 'Channel.ReadBasic.All',
  '0f4595f7-64b1-4e13-81bc-11a249df07a9': 'TeamsAppInstallation.ReadWriteSelfForTeam',
};

type Resource = 'graph' | 'sharepoint';

/** `graph:Sites.Selected`, `sharepoint:Sites.Selected`: one delegated permission of one resource. */
function key(resource: Resource, permission: string): string {
  return `${resource}:${permission}`;
}

/** A scope as MSAL is asked for it: `https://graph.microsoft.com/X` or `https://{host}.sharepoint.com/X`. */
function keyOfScope(scope: string): string {
  const url = new URL(scope);
  const permission = url.pathname.replace(/^\//, '');
  if (url.origin === 'https://graph.microsoft.com') return key('graph', permission);
  if (/^[a-z0-9-]+\.sharepoint\.com$/.test(url.hostname)) return key('sharepoint', permission);
  throw new Error(`a scope of an unknown resource: ${scope}`);
}

function permissionName(resource: Resource, id: string): string {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return id; // the toolkit's name form
  const name = resource === 'graph' ? GRAPH_DELEGATED_IDS[id.toLowerCase()] : undefined;
  if (name === undefined) throw new Error(`no known ${resource} delegated permission has id ${id}`);
  return name;
}

/**
 * Every scope the tab can request, from every entry of TENANT_SCOPES (a new entry is included
 * without touching this test): lists of scopes, or functions of the site's URL (SharePoint REST).
 */
const requested = Object.values(TENANT_SCOPES as Record<string, unknown>)
  .flatMap((entry) =>
    typeof entry === 'function'
      ? (entry as (siteUrl: string) => readonly string[])(
          'https://contoso.sharepoint.com/sites/pz-example',
        )
      : (entry as readonly string[]),
  )
  .map(keyOfScope)
  .sort();

type RequiredResourceAccess = {
  resourceAppId: string;
  resourceAccess: { id: string; type: string }[];
};

describe('the tab app registration (aad.manifest.json)', () => {
  const manifest = JSON.parse(read('aad.manifest.json')) as {
    requiredResourceAccess: RequiredResourceAccess[];
  };
  const entries = manifest.requiredResourceAccess.flatMap((r) =>
    r.resourceAccess.map((access) => ({ resourceAppId: r.resourceAppId, ...access })),
  );

  it('reads the scopes the code requests, SharePoint REST among them', () => {
    expect(requested).toContain('graph:Sites.Selected');
    expect(requested).toContain('sharepoint:Sites.Selected');
  });

  it('declares delegated permissions only, no application permission', () => {
    expect(entries.filter((e) => e.type !== 'Scope')).toEqual([]);
  });

  it('declares exactly the scopes the tab requests', () => {
    const declared = entries.map((e) => {
      const resource = RESOURCE_NAMES[e.resourceAppId];
      if (resource === undefined) throw new Error(`unexpected resource ${e.resourceAppId}`);
      return key(resource, permissionName(resource, e.id));
    });
    expect(declared.sort()).toEqual(requested);
  });
});

describe('the app registration without the toolkit (infra/README.md)', () => {
  const readme = read('infra/README.md');

  /** `NAME=$(az ad sp show --id <app> --query "oauth2PermissionScopes[?value=='X'].id" …)` → X. */
  const lookups = new Map(
    [
      ...readme.matchAll(
        /(\w+)=\$\(az ad sp show --id ([0-9a-f-]{36}) --query "oauth2PermissionScopes\[\?value=='([\w.]+)'\]\.id"/g,
      ),
    ].map(([, variable = '', appId = '', permission = '']) => [
      `$${variable}`,
      { appId, permission },
    ]),
  );

  it('adds exactly the scopes the tab requests with `az ad app permission add`', () => {
    const adds = [
      ...readme.matchAll(
        /az ad app permission add --id \$AAD_APP_CLIENT_ID --api ([0-9a-f-]{36}) --api-permissions ((?:\S+=\w+ ?)+)/g,
      ),
    ];
    expect(adds.length).toBeGreaterThan(0);
    const declared = adds.flatMap(([, appId = '', list = '']) => {
      const resource = RESOURCE_NAMES[appId];
      if (resource === undefined) throw new Error(`unexpected resource ${appId}`);
      return list
        .trim()
        .split(' ')
        .map((pair) => {
          const [id = '', type = ''] = pair.split('=');
          expect(type).toBe('Scope');
          const lookup = lookups.get(id);
          if (lookup !== undefined) {
            expect(lookup.appId).toBe(appId);
            return key(resource, lookup.permission);
          }
          return key(resource, permissionName(resource, id));
        });
    });
    expect(declared.sort()).toEqual(requested);
  });
});

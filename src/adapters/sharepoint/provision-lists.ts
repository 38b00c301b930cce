import '@pnp/sp/lists';
import '@pnp/sp/security';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/webs';
import { SPBrowser, spfi, type SPFI } from '@pnp/sp';
import { LISTS_MANIFEST } from '../../../manifest/manifest';
import type { ListDefinition, Principal } from '../../../manifest/manifest.schema';
import type { AccessTokenProvider } from '../../ports/access-token-provider';
import { graphError } from '../graph/graph-errors';
import { createGraphHttp, type GraphHttp, type GraphResponse } from '../graph/graph-http';
import { TokenFromPort } from './behaviors/token-from-port';
import { toGraphColumn } from './graph-columns';

export type ProvisionStatus = 'created' | 'updated' | 'unchanged';

/** One step of provisioning, reported as it completes. */
export type ProvisionStep = {
  readonly step: 'list' | 'columns' | 'versioning' | 'permissions';
  readonly list: string;
  readonly status: ProvisionStatus;
  /** What was done, e.g. the columns added. */
  readonly detail?: string;
};

export type ProvisionOptions = {
  readonly graphBaseUrl: string;
  readonly siteId: string;
  /** The site's URL, for the SharePoint REST calls Graph cannot make. */
  readonly siteUrl: string;
  /** A token for Graph and one for SharePoint (different audiences in a tenant). */
  readonly graphTokens: AccessTokenProvider;
  readonly sharePointTokens: AccessTokenProvider;
  readonly onProgress?: (step: ProvisionStep) => void;
  /** Defaults to every list of the manifest. */
  readonly lists?: readonly ListDefinition[];
};

export type ProvisionReport = {
  readonly steps: readonly ProvisionStep[];
  /** Whether anything changed; false on a re-run over a provisioned site. */
  readonly changed: boolean;
  /** List GUIDs by manifest name, for the store's `listIds`. */
  readonly listIds: Readonly<Record<string, string>>;
};

/** SharePoint role types (SP.RoleType): writers contribute, readers read. */
const CONTRIBUTOR = 3;
const READER = 2;

class ProvisioningError extends Error {
  override readonly name = 'ProvisioningError';
}

async function expectOk(response: Promise<GraphResponse>, what: string): Promise<unknown> {
  const answer = await response;
  if (answer.status >= 200 && answer.status < 300) return answer.body;
  const { code, message } = graphError(answer.body);
  throw new ProvisioningError(`${what}: Graph answered ${answer.status} ${code} ${message}`);
}

/**
 * Creates the manifest's lists and columns through Graph, then does through SharePoint REST
 * (PnPjs) what Graph cannot (platform facts §1.9): versioning with the manifest's limit, the
 * display title, and unique permissions (owners write, members and visitors read). Idempotent: a
 * second run finds everything in place and reports every step `unchanged`. The app's own write
 * access is a Sites.Selected grant (§4.3), given out of band, not a SharePoint group.
 */
export async function provisionLists(options: ProvisionOptions): Promise<ProvisionReport> {
  const http = createGraphHttp({ graphBaseUrl: options.graphBaseUrl, tokens: options.graphTokens });
  const sp = spfi(options.siteUrl).using(
    SPBrowser({ baseUrl: options.siteUrl }),
    TokenFromPort(options.sharePointTokens),
  );
  const steps: ProvisionStep[] = [];
  const report = (step: ProvisionStep): void => {
    steps.push(step);
    options.onProgress?.(step);
  };
  const sitePath = `/sites/${options.siteId}`;
  const existing = (await expectOk(
    http.send({ method: 'GET', path: `${sitePath}/lists?$select=id,name,displayName` }),
    'listing lists',
  )) as { value?: { id: string; name: string }[] };
  const principals = await sitePrincipals(sp);
  const listIds: Record<string, string> = {};

  for (const definition of options.lists ?? LISTS_MANIFEST.lists) {
    const found = existing.value?.find((l) => l.name === definition.name);
    const listId = found?.id ?? (await createList(http, sitePath, definition));
    listIds[definition.name] = listId;
    report({
      step: 'list',
      list: definition.name,
      status: found === undefined ? 'created' : 'unchanged',
    });
    if (found !== undefined)
      report(await ensureColumns(http, `${sitePath}/lists/${listId}`, definition));
    report(await ensureVersioning(sp, listId, definition));
    report(await ensurePermissions(sp, listId, definition, principals));
  }
  return { steps, changed: steps.some((s) => s.status !== 'unchanged'), listIds };
}

/**
 * Graph names the list's URL after `displayName` at creation, so the list is created under its
 * internal name (`Lists/IntegrityPlans`) and gets its display title afterwards.
 */
async function createList(
  http: GraphHttp,
  sitePath: string,
  definition: ListDefinition,
): Promise<string> {
  const created = (await expectOk(
    http.send({
      method: 'POST',
      path: `${sitePath}/lists`,
      headers: { 'Content-Type': 'application/json' },
      body: {
        displayName: definition.name,
        description: definition.description,
        columns: definition.columns.map(toGraphColumn),
        list: { template: 'genericList' },
      },
    }),
    `creating ${definition.name}`,
  )) as { id: string };
  return created.id;
}

async function ensureColumns(
  http: GraphHttp,
  listPath: string,
  definition: ListDefinition,
): Promise<ProvisionStep> {
  const columns = (await expectOk(
    http.send({ method: 'GET', path: `${listPath}/columns?$select=name` }),
    `reading columns of ${definition.name}`,
  )) as { value?: { name: string }[] };
  const have = new Set((columns.value ?? []).map((c) => c.name));
  const missing = definition.columns.filter((c) => !have.has(c.name));
  for (const column of missing) {
    await expectOk(
      http.send({
        method: 'POST',
        path: `${listPath}/columns`,
        headers: { 'Content-Type': 'application/json' },
        body: toGraphColumn(column),
      }),
      `adding ${definition.name}.${column.name}`,
    );
  }
  return missing.length === 0
    ? { step: 'columns', list: definition.name, status: 'unchanged' }
    : {
        step: 'columns',
        list: definition.name,
        status: 'updated',
        detail: missing.map((c) => c.name).join(', '),
      };
}

async function ensureVersioning(
  sp: SPFI,
  listId: string,
  definition: ListDefinition,
): Promise<ProvisionStep> {
  const list = sp.web.lists.getById(listId);
  const info = await list.select('Title', 'EnableVersioning', 'MajorVersionLimit')();
  const wanted = {
    Title: definition.displayName,
    EnableVersioning: definition.versioning.enabled,
    MajorVersionLimit: definition.versioning.majorVersionLimit,
  };
  const differs = (Object.keys(wanted) as (keyof typeof wanted)[]).filter(
    (k) => info[k] !== wanted[k],
  );
  if (differs.length === 0)
    return { step: 'versioning', list: definition.name, status: 'unchanged' };
  await list.update(wanted);
  return {
    step: 'versioning',
    list: definition.name,
    status: 'updated',
    detail: differs.join(', '),
  };
}

type SitePrincipals = {
  readonly groups: Readonly<Record<Exclude<Principal, 'app'>, number>>;
  readonly roles: { readonly contribute: number; readonly read: number };
};

async function sitePrincipals(sp: SPFI): Promise<SitePrincipals> {
  const [owners, members, visitors, contribute, read] = await Promise.all([
    sp.web.associatedOwnerGroup.select('Id')(),
    sp.web.associatedMemberGroup.select('Id')(),
    sp.web.associatedVisitorGroup.select('Id')(),
    sp.web.roleDefinitions.getByType(CONTRIBUTOR).select('Id')(),
    sp.web.roleDefinitions.getByType(READER).select('Id')(),
  ]);
  return {
    groups: { owners: owners.Id, members: members.Id, visitors: visitors.Id },
    roles: { contribute: contribute.Id, read: read.Id },
  };
}

async function ensurePermissions(
  sp: SPFI,
  listId: string,
  definition: ListDefinition,
  principals: SitePrincipals,
): Promise<ProvisionStep> {
  const list = sp.web.lists.getById(listId);
  const wanted: { principalId: number; roleDefId: number }[] = [];
  for (const principal of ['owners', 'members', 'visitors'] as const) {
    const principalId = principals.groups[principal];
    if (definition.permissions.write.includes(principal)) {
      wanted.push({ principalId, roleDefId: principals.roles.contribute });
    } else if (definition.permissions.read.includes(principal)) {
      wanted.push({ principalId, roleDefId: principals.roles.read });
    }
  }
  const { HasUniqueRoleAssignments: unique } = await list.select('HasUniqueRoleAssignments')<{
    HasUniqueRoleAssignments?: boolean;
  }>();
  // PnPjs: (copyRoleAssignments, clearSubscopes); SharePoint keeps the caller as full control.
  if (unique !== true) await list.breakRoleInheritance(false, true);
  const assignments =
    await list.roleAssignments.expand('RoleDefinitionBindings')<
      { PrincipalId: number; RoleDefinitionBindings?: { Id: number }[] }[]
    >();
  const has = (w: { principalId: number; roleDefId: number }) =>
    assignments.some(
      (a) =>
        a.PrincipalId === w.principalId &&
        (a.RoleDefinitionBindings ?? []).some((r) => r.Id === w.roleDefId),
    );
  const missing = wanted.filter((w) => !has(w));
  for (const w of missing) await list.roleAssignments.add(w.principalId, w.roleDefId);
  const changed = unique !== true || missing.length > 0;
  return { step: 'permissions', list: definition.name, status: changed ? 'updated' : 'unchanged' };
}

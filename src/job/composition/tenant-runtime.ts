import { managedIdentityGraphTokens } from '../../adapters/azure/credential-token-provider';
import type { BotLog } from '../../adapters/bot/safe-logger';
import type { AccessTokenProvider } from '../../ports/access-token-provider';
import { isJobList, JOB_LIST_NAMES } from './job-lists';
import { createReminderRuntime, type ReminderRuntime, type ReminderSite } from './reminder-runtime';

/** The SDK's default Bot Connector (teams.ts `App`), for a team whose install was never seen. */
const DEFAULT_SERVICE_URL = 'https://smba.trafficmanager.net/teams';

/** What App Service leaves in a setting whose Key Vault reference it could not resolve. */
const UNRESOLVED_KEY_VAULT_REFERENCE = /^@Microsoft\.KeyVault\(/i;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function required(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name]?.trim();
  if (value === undefined || value === '') throw new Error(`app setting ${name} is missing`);
  return value;
}

/** Entries of a multi-value setting: separated by `;` or new lines, blanks ignored. */
function entries(value: string): string[] {
  return value
    .split(/[;\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/**
 * The sites the job reminds, from `INTEGRITY_SITE_IDS`. Graph's composite site ids contain commas
 * (`host,siteGuid,webGuid`), so entries are separated by `;` or new lines.
 */
export function parseSiteIds(value: string): ReminderSite[] {
  return entries(value).map((siteId) => ({ siteId }));
}

/**
 * `INTEGRITY_LIST_IDS`: the GUID of every list the job uses, per site, as entries
 * `<site id>/<list name>=<list id>` separated by `;` or new lines (infra/README.md, step 3, prints
 * them). The job's identity holds per-list grants only, which cover neither the site nor its list
 * collection, so it cannot rely on resolving a list by name; with these ids it addresses each list
 * directly. Once the setting is given it must be complete — every site of `INTEGRITY_SITE_IDS`,
 * every list of `JOB_LISTS` — so a site added later without its ids stops the job at start rather
 * than failing on every run.
 */
export function parseListIds(
  value: string,
  siteIds: readonly string[],
): ReadonlyMap<string, Readonly<Record<string, string>>> {
  const bySite = new Map<string, Record<string, string>>(siteIds.map((id) => [id, {}]));
  for (const entry of entries(value)) {
    const match = /^([^/=]+)\/([^/=]+)=([^/=]+)$/.exec(entry);
    const [, siteId = '', name = '', listId = ''] = match ?? [];
    if (match === null) {
      throw new Error(
        `app setting INTEGRITY_LIST_IDS: "${entry}" is not <site id>/<list name>=<list id>`,
      );
    }
    const lists = bySite.get(siteId.trim());
    if (lists === undefined) {
      throw new Error(
        `app setting INTEGRITY_LIST_IDS names a site not in INTEGRITY_SITE_IDS: ${siteId}`,
      );
    }
    if (!isJobList(name.trim())) {
      throw new Error(
        `app setting INTEGRITY_LIST_IDS names ${name}, which the job does not use (it uses ${JOB_LIST_NAMES.join(', ')})`,
      );
    }
    if (!GUID.test(listId.trim())) {
      throw new Error(`app setting INTEGRITY_LIST_IDS: the id of ${name} is not a GUID: ${listId}`);
    }
    const known = lists[name.trim()];
    if (known !== undefined && known.toLowerCase() !== listId.trim().toLowerCase()) {
      throw new Error(`app setting INTEGRITY_LIST_IDS gives two ids for ${name} on ${siteId}`);
    }
    lists[name.trim()] = listId.trim();
  }
  for (const [siteId, lists] of bySite) {
    const missing = JOB_LIST_NAMES.filter((name) => lists[name] === undefined);
    if (missing.length > 0) {
      throw new Error(
        `app setting INTEGRITY_LIST_IDS has no id for ${missing.join(', ')} on site ${siteId}`,
      );
    }
  }
  return bySite;
}

/** Whose app-only Graph token reads and writes the lists. */
export type GraphIdentity = 'managed-identity' | 'bot';

/**
 * `GRAPH_IDENTITY`: `managed-identity` in Azure (function-app.bicep sets it: no secret, and the
 * identity the per-list grants name); `bot` (the default) when an admin runs `npm run job` from a
 * workstation, where no managed identity exists and the bot's registration must hold the grants.
 */
export function graphIdentity(env: NodeJS.ProcessEnv): GraphIdentity {
  const value = env.GRAPH_IDENTITY?.trim() ?? '';
  if (value === '' || value === 'bot') return 'bot';
  if (value === 'managed-identity') return 'managed-identity';
  throw new Error(`app setting GRAPH_IDENTITY must be "managed-identity" or "bot", not "${value}"`);
}

/** The Function App's settings, checked: everything the tenant runtime is built from. */
export type TenantSettings = {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly tenantId: string;
  readonly teamsAppId: string;
  readonly serviceUrl: string;
  readonly graphBaseUrl: string;
  readonly identity: GraphIdentity;
  readonly sites: readonly ReminderSite[];
};

/**
 * Reads and checks the settings (infra/modules/function-app.bicep): `CLIENT_ID`, `CLIENT_SECRET`,
 * `TENANT_ID`, `TEAMS_APP_ID`, `INTEGRITY_SITE_IDS`, optionally `INTEGRITY_LIST_IDS`,
 * `GRAPH_BASE_URL`, `SERVICE_URL` and `GRAPH_IDENTITY`. `CLIENT_SECRET` is required: without it
 * the Teams SDK would fall back to a managed identity as the bot's identity, which works only for
 * a bot registered as `UserAssignedMSI` with that identity — ours is a single-tenant app
 * registration (bot.bicep), so every post would fail at the Bot Connector instead of here.
 */
export function tenantSettings(env: NodeJS.ProcessEnv): TenantSettings {
  const clientId = required(env, 'CLIENT_ID');
  const clientSecret = required(env, 'CLIENT_SECRET');
  if (UNRESOLVED_KEY_VAULT_REFERENCE.test(clientSecret)) {
    throw new Error(
      'app setting CLIENT_SECRET is an unresolved Key Vault reference: the Function App’s identity ' +
        'cannot read the bot secret (Key Vault Secrets User on it), or the secret does not exist',
    );
  }
  const tenantId = required(env, 'TENANT_ID');
  const teamsAppId = required(env, 'TEAMS_APP_ID');
  const siteIds = parseSiteIds(required(env, 'INTEGRITY_SITE_IDS')).map((s) => s.siteId);
  const listIdSetting = env.INTEGRITY_LIST_IDS?.trim() ?? '';
  const listIds = listIdSetting === '' ? null : parseListIds(listIdSetting, siteIds);
  return {
    clientId,
    clientSecret,
    tenantId,
    teamsAppId,
    serviceUrl: env.SERVICE_URL?.trim() || DEFAULT_SERVICE_URL,
    graphBaseUrl: env.GRAPH_BASE_URL?.trim() || 'https://graph.microsoft.com/v1.0',
    identity: graphIdentity(env),
    sites: siteIds.map((siteId) => {
      const lists = listIds?.get(siteId);
      return lists === undefined ? { siteId } : { siteId, listIds: lists };
    }),
  };
}

/**
 * The runtime in Azure Functions, from the Function App's settings ({@link tenantSettings}).
 * Inbound activities are validated (tenant mode).
 */
export async function createTenantRuntime(
  env: NodeJS.ProcessEnv,
  log: BotLog,
): Promise<ReminderRuntime> {
  const settings = tenantSettings(env);
  const graphTokens: AccessTokenProvider | undefined =
    settings.identity === 'managed-identity' ? managedIdentityGraphTokens() : undefined;
  log.info(
    `Graph is called as the ${settings.identity === 'bot' ? "bot's app registration" : 'managed identity'}`,
  );
  if (settings.sites.some((site) => site.listIds === undefined)) {
    // Per-list grants cover neither the site nor its list collection: a name may not resolve.
    log.warn(
      'INTEGRITY_LIST_IDS is not set: lists are addressed by name, which per-list grants may not ' +
        'resolve; set it (infra/README.md, step 3)',
    );
  }
  return await createReminderRuntime({
    ...(graphTokens === undefined ? {} : { graphTokens }),
    mode: 'tenant',
    clientId: settings.clientId,
    tenantId: settings.tenantId,
    clientSecret: settings.clientSecret,
    serviceUrl: settings.serviceUrl,
    graphBaseUrl: settings.graphBaseUrl,
    teamsAppId: settings.teamsAppId,
    sites: settings.sites,
    log,
  });
}

let shared: Promise<ReminderRuntime> | null = null;

/** One runtime per Functions worker: the bot, its limiter and token caches live across calls. */
export function sharedTenantRuntime(log: BotLog): Promise<ReminderRuntime> {
  shared ??= createTenantRuntime(process.env, log).catch((error: unknown) => {
    shared = null;
    throw error;
  });
  return shared;
}

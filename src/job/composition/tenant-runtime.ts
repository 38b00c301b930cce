import type { BotLog } from '../../adapters/bot/safe-logger';
import { createReminderRuntime, type ReminderRuntime, type ReminderSite } from './reminder-runtime';

/** The SDK's default Bot Connector (teams.ts `App`), for a team whose install was never seen. */
const DEFAULT_SERVICE_URL = 'https://smba.trafficmanager.net/teams';

function required(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name]?.trim();
  if (value === undefined || value === '') throw new Error(`app setting ${name} is missing`);
  return value;
}

/**
 * The sites the job reminds, from `INTEGRITY_SITE_IDS`. Graph's composite site ids contain commas
 * (`host,siteGuid,webGuid`), so entries are separated by `;` or new lines.
 */
export function parseSiteIds(value: string): ReminderSite[] {
  return value
    .split(/[;\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map((siteId) => ({ siteId }));
}

/**
 * The runtime in Azure Functions, from the Function App's settings (infra/modules/function-app.bicep):
 * `CLIENT_ID`, `CLIENT_SECRET` (a Key Vault reference; without it the SDK uses the managed identity),
 * `TENANT_ID`, `TEAMS_APP_ID`, `GRAPH_BASE_URL`, `INTEGRITY_SITE_IDS`, optionally `SERVICE_URL`.
 * Inbound activities are validated (tenant mode).
 */
export async function createTenantRuntime(
  env: NodeJS.ProcessEnv,
  log: BotLog,
): Promise<ReminderRuntime> {
  const secret = env.CLIENT_SECRET?.trim();
  return await createReminderRuntime({
    mode: 'tenant',
    clientId: required(env, 'CLIENT_ID'),
    tenantId: required(env, 'TENANT_ID'),
    ...(secret === undefined || secret === '' ? {} : { clientSecret: secret }),
    serviceUrl: env.SERVICE_URL?.trim() || DEFAULT_SERVICE_URL,
    graphBaseUrl: env.GRAPH_BASE_URL?.trim() || 'https://graph.microsoft.com/v1.0',
    teamsAppId: required(env, 'TEAMS_APP_ID'),
    sites: parseSiteIds(required(env, 'INTEGRITY_SITE_IDS')),
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

import { managedIdentityGraphTokens } from '../../adapters/azure/credential-token-provider';
import type { BotLog } from '../../adapters/bot/safe-logger';
import type { AccessTokenProvider } from '../../ports/access-token-provider';
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

/**
 * The runtime in Azure Functions, from the Function App's settings (infra/modules/function-app.bicep):
 * `CLIENT_ID`, `CLIENT_SECRET` (a Key Vault reference; without it the SDK uses the managed identity),
 * `TENANT_ID`, `TEAMS_APP_ID`, `GRAPH_BASE_URL`, `INTEGRITY_SITE_IDS`, optionally `SERVICE_URL` and
 * `GRAPH_IDENTITY`.
 * Inbound activities are validated (tenant mode).
 */
export async function createTenantRuntime(
  env: NodeJS.ProcessEnv,
  log: BotLog,
): Promise<ReminderRuntime> {
  const secret = env.CLIENT_SECRET?.trim();
  const identity = graphIdentity(env);
  const graphTokens: AccessTokenProvider | undefined =
    identity === 'managed-identity' ? managedIdentityGraphTokens() : undefined;
  log.info(
    `Graph is called as the ${identity === 'bot' ? "bot's app registration" : 'managed identity'}`,
  );
  return await createReminderRuntime({
    ...(graphTokens === undefined ? {} : { graphTokens }),
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

import {
  createLocalTokenProvider,
  type LocalTokenProvider,
} from '../../adapters/auth/local-token-provider';
import { err, ok, type Result } from '../../core/shared/result';
import type { HostContext, HostPort } from '../../ports/host-context';
import {
  PERSONAS,
  type PersonaId,
  type PersonaSignIn,
  type SignedInUser,
  type SignInError,
  type TabData,
  type TabDataError,
  type TabServices,
} from '../providers/tab-services';
import { resolveEntityId } from './resolve-entity';
import type { TabConfig } from './tab-config';

export type CreateServicesInput = {
  readonly config: TabConfig;
  readonly host: HostPort;
  readonly hostContext: HostContext;
  readonly now?: () => Date;
  /** Local mode: how the token provider reaches the emulator (tests pass their own). */
  readonly fetch?: (input: string, init: RequestInit) => Promise<Response>;
};

function isPersona(value: string): value is PersonaId {
  return (PERSONAS as readonly string[]).includes(value);
}

type Fetch = (input: string, init: RequestInit) => Promise<Response>;

/** The persona whose e-mail is `loginHint`, from the emulator's `GET /_local/personas`. */
async function personaFor(
  origin: string,
  fetcher: Fetch,
  loginHint: string,
): Promise<PersonaId | null> {
  try {
    const response = await fetcher(new URL('/_local/personas', origin).href, { method: 'GET' });
    if (!response.ok) return null;
    const body = (await response.json()) as { value?: unknown };
    const list = Array.isArray(body.value) ? (body.value as unknown[]) : [];
    const hint = loginHint.trim().toLowerCase();
    for (const entry of list) {
      const { persona, email } = (entry ?? {}) as { persona?: unknown; email?: unknown };
      if (
        typeof email === 'string' &&
        email.toLowerCase() === hint &&
        typeof persona === 'string'
      ) {
        return isPersona(persona) ? persona : null;
      }
    }
    return null;
  } catch {
    // No answer means no automatic sign-in: the persona picker is still there.
    return null;
  }
}

function personaSignIn(tokens: LocalTokenProvider, origin: string, fetcher: Fetch): PersonaSignIn {
  return {
    kind: 'persona',
    personas: PERSONAS,
    personaFor: (loginHint) => personaFor(origin, fetcher, loginHint),
    async signIn(persona: PersonaId): Promise<Result<SignedInUser, SignInError>> {
      const result = await tokens.signIn(persona);
      if (!result.ok) return result;
      const { displayName, email } = result.value;
      // The emulator echoes the persona; one the tab does not know is an answer it cannot trust.
      if (!isPersona(result.value.persona)) {
        tokens.signOut();
        return err('SIGN_IN.INVALID_RESPONSE');
      }
      return ok({ displayName, email: email === '' ? null : email, persona: result.value.persona });
    },
    signOut(): void {
      tokens.signOut();
    },
  };
}

/**
 * Builds the services for the tab's mode. The token provider stays here: the Graph stores
 * (`config.graphBaseUrl` + `tokens`) are created next to it and only their use-cases go into
 * TabServices.
 */
export function createTabServices(input: CreateServicesInput): TabServices {
  const { config, host, hostContext } = input;
  const now = input.now ?? ((): Date => new Date());
  if (config.mode === 'local') {
    const tokens = createLocalTokenProvider({
      origin: config.emulatorOrigin,
      ...(input.fetch === undefined ? {} : { fetch: input.fetch }),
    });
    const data = localData({
      graphBaseUrl: config.graphBaseUrl,
      tokens,
      groupId: hostContext.team?.groupId ?? null,
      ...(input.fetch === undefined ? {} : { fetch: input.fetch }),
    });
    const fetcher: Fetch = input.fetch ?? ((url, init) => fetch(url, init));
    return {
      mode: 'local',
      host,
      hostContext,
      now,
      signIn: personaSignIn(tokens, config.emulatorOrigin, fetcher),
      data,
    };
  }
  // Tenant mode: MSAL nested app authentication (config.clientId, config.tenantId) lands here.
  return {
    mode: 'tenant',
    host,
    hostContext,
    now,
    signIn: { kind: 'not-built' },
    data: () => Promise.resolve(err('DATA.NOT_SIGNED_IN')),
  };
}

/** The entity the local emulator seeds: shown when the site's settings name no single entity. */
export const LOCAL_DEMO_ENTITY = 'pz-demo';

type LocalDataInput = {
  readonly graphBaseUrl: string;
  readonly tokens: LocalTokenProvider;
  /** The Microsoft 365 group of the team the tab is open in; null outside a team. */
  readonly groupId: string | null;
  readonly fetch?: (input: string, init: RequestInit) => Promise<Response>;
};

/**
 * Local mode's data: the emulator's team site, read through the same Graph store as in a tenant.
 * The store module is imported on first use so the Graph client is not part of the first paint;
 * the site id (`GET /sites/root`) and the entity (one read of the IntegritySettings list, see
 * `resolveEntityId`) are resolved once per session, like a tenant resolves the team's site.
 */
function localData(input: LocalDataInput): () => Promise<Result<TabData, TabDataError>> {
  let pending: Promise<Result<TabData, TabDataError>> | null = null;
  const load = async (): Promise<Result<TabData, TabDataError>> => {
    if (input.tokens.account() === null) return err('DATA.NOT_SIGNED_IN');
    const fetcher = input.fetch ?? ((url: string, init: RequestInit) => fetch(url, init));
    let siteId: string;
    try {
      const response = await fetcher(`${input.graphBaseUrl}/sites/root?$select=id`, {
        headers: { Authorization: `Bearer ${await input.tokens.getToken()}` },
      });
      if (!response.ok) return err('DATA.SITE_UNREACHABLE', { status: response.status });
      siteId = ((await response.json()) as { id: string }).id;
    } catch {
      // A network failure here is the expected "emulator not reachable" outcome, shown translated.
      return err('DATA.SITE_UNREACHABLE', { status: 0 });
    }
    const [{ createGraphStore }, { listEntityTeams }] = await Promise.all([
      import('../../adapters/graph/graph-store'),
      import('../../adapters/graph/graph-entity-lookup'),
    ]);
    const store = createGraphStore({
      graphBaseUrl: input.graphBaseUrl,
      siteId,
      tokens: input.tokens,
    });
    const entities = await listEntityTeams({
      graphBaseUrl: input.graphBaseUrl,
      siteId,
      tokens: input.tokens,
    });
    // Unreadable settings leave the demo entity: the dashboard load then says what is wrong.
    const entityId = resolveEntityId(
      entities.ok ? entities.value : [],
      input.groupId,
      LOCAL_DEMO_ENTITY,
    );
    return ok({ entityId, store });
  };
  return () => {
    pending ??= load().then((result) => {
      // A failure is not cached: signing in (again) or a reachable emulator lets the next call succeed.
      if (!result.ok) pending = null;
      return result;
    });
    return pending;
  };
}

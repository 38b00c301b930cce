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

function personaSignIn(tokens: LocalTokenProvider): PersonaSignIn {
  return {
    kind: 'persona',
    personas: PERSONAS,
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
      entityId: hostContext.entityId ?? LOCAL_DEMO_ENTITY,
      ...(input.fetch === undefined ? {} : { fetch: input.fetch }),
    });
    return { mode: 'local', host, hostContext, now, signIn: personaSignIn(tokens), data };
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

/** The entity the local emulator seeds; the local Teams host passes its own through the context. */
export const LOCAL_DEMO_ENTITY = 'pz-demo';

type LocalDataInput = {
  readonly graphBaseUrl: string;
  readonly tokens: LocalTokenProvider;
  readonly entityId: string;
  readonly fetch?: (input: string, init: RequestInit) => Promise<Response>;
};

/**
 * Local mode's data: the emulator's team site, read through the same Graph store as in a tenant.
 * The store module is imported on first use so the Graph client is not part of the first paint;
 * the site id is resolved once (`GET /sites/root`), like a tenant resolves the team's site.
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
    const { createGraphStore } = await import('../../adapters/graph/graph-store');
    const store = createGraphStore({
      graphBaseUrl: input.graphBaseUrl,
      siteId,
      tokens: input.tokens,
    });
    return ok({ entityId: input.entityId, store });
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

import {
  createLocalTokenProvider,
  type LocalAccount,
  type LocalSignInError,
  type LocalTokenProvider,
} from '../../adapters/auth/local-token-provider';
// Types only: the modules themselves are imported on first use (preloadLocalData).
import type * as EntityLookupModule from '../../adapters/graph/graph-entity-lookup';
import type * as GraphStoreModule from '../../adapters/graph/graph-store';
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
import { recordPorts } from './record-ports';
import { localSetup } from './setup-services';
import { createTenantServices } from './tenant-services';
import type { TabConfig } from './tab-config';

export type CreateServicesInput = {
  readonly config: TabConfig;
  readonly host: HostPort;
  readonly hostContext: HostContext;
  readonly now?: () => Date;
  /** Local mode: how the token provider reaches the emulator (tests pass their own). */
  readonly fetch?: (input: string, init: RequestInit) => Promise<Response>;
  /**
   * Called after each sign-in with the services' `data`: the composition root starts the first
   * screen's own load here, before React has rendered the signed-in tab.
   */
  readonly afterSignIn?: (data: TabServices['data']) => void;
};

function isPersona(value: string): value is PersonaId {
  return (PERSONAS as readonly string[]).includes(value);
}

function personaSignIn(
  tokens: LocalTokenProvider,
  loginHint: string | null,
  onSignedIn: () => void,
): PersonaSignIn {
  const signedIn = (
    result: Result<LocalAccount, LocalSignInError>,
  ): Result<SignedInUser, SignInError> => {
    if (!result.ok) return result;
    const { displayName, email, persona } = result.value;
    // The emulator echoes the persona; one the tab does not know is an answer it cannot trust.
    if (!isPersona(persona)) {
      tokens.signOut();
      return err('SIGN_IN.INVALID_RESPONSE');
    }
    onSignedIn();
    return ok({ displayName, email: email === '' ? null : email, persona });
  };
  let fromHost: Promise<Result<SignedInUser, SignInError>> | null = null;
  return {
    kind: 'persona',
    personas: PERSONAS,
    fromHost:
      loginHint === null
        ? null
        : () => (fromHost ??= tokens.signInWithHint(loginHint).then(signedIn)),
    async signIn(persona: PersonaId): Promise<Result<SignedInUser, SignInError>> {
      return signedIn(await tokens.signIn(persona));
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
    // Every screen starts with `data()`: begin the site and entity lookups as soon as the token
    // is there rather than once React has rendered the signed-in shell and the screen's effect
    // runs. The screen's own call shares this load (and sees its outcome).
    const warmUp = (): void => {
      void data();
      input.afterSignIn?.(data);
    };
    return {
      mode: 'local',
      host,
      hostContext,
      now,
      signIn: personaSignIn(
        tokens,
        hostContext.mode === 'teams' ? (hostContext.user.loginHint ?? null) : null,
        warmUp,
      ),
      data,
      setup: localSetup(config, hostContext, tokens),
    };
  }
  // Tenant mode: MSAL nested app authentication, the team's site through Graph, the set-up ports.
  return createTenantServices({ config, host, hostContext, now });
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

let graphStoreModule: Promise<typeof GraphStoreModule> | null = null;
let entityLookupModule: Promise<typeof EntityLookupModule> | null = null;

// Each module is imported once; a failed download is tried again on the next call.
function loadGraphStore(): Promise<typeof GraphStoreModule> {
  graphStoreModule ??= import('../../adapters/graph/graph-store').catch((error: unknown) => {
    graphStoreModule = null;
    throw error;
  });
  return graphStoreModule;
}

function loadEntityLookup(): Promise<typeof EntityLookupModule> {
  entityLookupModule ??= import('../../adapters/graph/graph-entity-lookup').catch(
    (error: unknown) => {
      entityLookupModule = null;
      throw error;
    },
  );
  return entityLookupModule;
}

/**
 * The Graph modules behind local mode's data, imported on first use so that the Graph client is
 * not part of the first paint; main.tsx starts this download with the first screen. Each is kept
 * on its own: the entity lookup (small) goes out as soon as its module is there, without waiting
 * for the store's larger one, and once loaded, the lookups after sign-in start in the same task
 * as the site request instead of waiting behind React's render for a fresh `import()` to settle.
 */
export function preloadLocalData(): Promise<unknown> {
  return Promise.all([loadGraphStore(), loadEntityLookup()]);
}

/** The settings list lives on the team site, which `sites/root` is in the emulator. */
const ROOT_SITE = 'root';

type Settled<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly fault: unknown };

function settle<T>(promise: Promise<T>): Promise<Settled<T>> {
  return promise.then(
    (value) => ({ ok: true, value }),
    (fault: unknown) => ({ ok: false, fault }),
  );
}

/**
 * Local mode's data: the emulator's team site, read through the same Graph store as in a tenant.
 * The site id (`GET /sites/root`) and the entity (one read of the IntegritySettings list through
 * `sites/root/lists/…`, see `resolveEntityId`) are resolved once per session, like a tenant
 * resolves the team's site. Neither needs the other, so both requests (and the store's chunk)
 * are in flight at once: the first screen waits for one round trip before its own, not two.
 */
function localData(input: LocalDataInput): () => Promise<Result<TabData, TabDataError>> {
  let pending: Promise<Result<TabData, TabDataError>> | null = null;
  const load = async (): Promise<Result<TabData, TabDataError>> => {
    if (input.tokens.account() === null) return err('DATA.NOT_SIGNED_IN');
    const fetcher = input.fetch ?? ((url: string, init: RequestInit) => fetch(url, init));
    const store = loadGraphStore();
    // Settled, not awaited: when the site is unreachable that is the outcome to report, and a
    // fault of the lookup beside it is thrown only once the site answered (as it was before).
    const lookup = settle(
      loadEntityLookup().then(({ listEntityTeams }) =>
        listEntityTeams({
          graphBaseUrl: input.graphBaseUrl,
          siteId: ROOT_SITE,
          tokens: input.tokens,
        }),
      ),
    );
    let siteId: string;
    let siteUrl: string;
    try {
      const response = await fetcher(`${input.graphBaseUrl}/sites/root?$select=id,webUrl`, {
        headers: { Authorization: `Bearer ${await input.tokens.getToken()}` },
      });
      if (!response.ok) return err('DATA.SITE_UNREACHABLE', { status: response.status });
      ({ id: siteId, webUrl: siteUrl } = (await response.json()) as { id: string; webUrl: string });
    } catch {
      // A network failure here is the expected "emulator not reachable" outcome, shown translated.
      return err('DATA.SITE_UNREACHABLE', { status: 0 });
    }
    const [{ createGraphStore }, entities] = await Promise.all([store, lookup]);
    if (!entities.ok) throw entities.fault;
    const graphStore = createGraphStore({
      graphBaseUrl: input.graphBaseUrl,
      siteId,
      tokens: input.tokens,
    });
    // Unreadable settings leave the demo entity: the dashboard load then says what is wrong.
    const entityId = resolveEntityId(
      entities.value.ok ? entities.value.value : [],
      input.groupId,
      LOCAL_DEMO_ENTITY,
    );
    const record = recordPorts({
      graphBaseUrl: input.graphBaseUrl,
      siteId,
      siteUrl,
      graphTokens: input.tokens,
      sharePointTokens: input.tokens,
    });
    return ok({ entityId, store: graphStore, ...record });
  };
  return () => {
    pending ??= load().then(
      (result) => {
        // A failure is not cached: signing in (again) or a reachable emulator lets the next call succeed.
        if (!result.ok) pending = null;
        return result;
      },
      (fault: unknown) => {
        pending = null;
        throw fault;
      },
    );
    return pending;
  };
}

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
    return { mode: 'local', host, hostContext, now, signIn: personaSignIn(tokens) };
  }
  // Tenant mode: MSAL nested app authentication (config.clientId, config.tenantId) lands here.
  return { mode: 'tenant', host, hostContext, now, signIn: { kind: 'not-built' } };
}

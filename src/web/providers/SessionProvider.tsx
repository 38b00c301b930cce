import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type JSX,
  type ReactNode,
} from 'react';
import { useServices } from './ServicesProvider';
import type { PersonaId, SignedInUser, SignInError } from './tab-services';

export type SessionState =
  /** Tenant sign-in is not built yet. */
  | { readonly status: 'unavailable' }
  | { readonly status: 'signed-out' }
  | { readonly status: 'signing-in'; readonly persona: PersonaId }
  | { readonly status: 'failed'; readonly persona: PersonaId; readonly error: SignInError }
  | { readonly status: 'signed-in'; readonly user: SignedInUser };

export type Session = {
  readonly state: SessionState;
  readonly signInAs: (persona: PersonaId) => Promise<void>;
  readonly signOut: () => void;
};

const SessionContext = createContext<Session | null>(null);

export type SessionProviderProps = { readonly children: ReactNode };

/** Who is signed in, for the whole tab; the token itself stays in the token provider. */
export function SessionProvider({ children }: SessionProviderProps): JSX.Element {
  const { signIn, hostContext } = useServices();
  const [state, setState] = useState<SessionState>(
    signIn.kind === 'persona' ? { status: 'signed-out' } : { status: 'unavailable' },
  );
  // A slow answer to an earlier attempt must not overwrite a later one.
  const attempt = useRef(0);

  const signInAs = useCallback(
    async (persona: PersonaId): Promise<void> => {
      if (signIn.kind !== 'persona') return;
      const mine = ++attempt.current;
      setState({ status: 'signing-in', persona });
      const result = await signIn.signIn(persona);
      if (mine !== attempt.current) return;
      setState(
        result.ok
          ? { status: 'signed-in', user: result.value }
          : { status: 'failed', persona, error: result.error },
      );
    },
    [signIn],
  );

  // In a Teams host (the local one chooses a persona for its user), sign in as the persona whose
  // e-mail is the context's loginHint, once; a plain browser keeps the persona picker.
  const loginHint = hostContext.mode === 'teams' ? (hostContext.user.loginHint ?? null) : null;
  const tried = useRef(false);
  useEffect(() => {
    if (tried.current || loginHint === null || signIn.kind !== 'persona') return;
    tried.current = true;
    const before = attempt.current;
    void signIn.personaFor(loginHint).then((persona) => {
      // Someone who picked a persona meanwhile keeps their choice.
      if (persona !== null && attempt.current === before) void signInAs(persona);
    });
  }, [loginHint, signIn, signInAs]);

  const signOut = useCallback((): void => {
    if (signIn.kind !== 'persona') return;
    attempt.current++;
    signIn.signOut();
    setState({ status: 'signed-out' });
  }, [signIn]);

  const session = useMemo(() => ({ state, signInAs, signOut }), [state, signInAs, signOut]);
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (session === null) throw new Error('useSession needs a SessionProvider above it.');
  return session;
}

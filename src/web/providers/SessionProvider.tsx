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
  /** Local mode in a Teams host: signing in as the host's user (its loginHint), no click. */
  | { readonly status: 'host-signing-in' }
  | { readonly status: 'signing-in'; readonly persona: PersonaId }
  | { readonly status: 'failed'; readonly persona: PersonaId; readonly error: SignInError }
  | { readonly status: 'signed-in'; readonly user: SignedInUser }
  /** Tenant mode: MSAL is signing in (silently at start, or in its window after a click). */
  | { readonly status: 'account-signing-in' }
  /** Tenant mode: a click on "Sign in" is needed; `error` says why the last attempt failed. */
  | { readonly status: 'account-needed'; readonly error: SignInError | null };

export type Session = {
  readonly state: SessionState;
  readonly signInAs: (persona: PersonaId) => Promise<void>;
  readonly signOut: () => void;
  /** Tenant mode: signs in with the Microsoft 365 account (opens a window; call from a click). */
  readonly signInWithAccount: () => Promise<void>;
};

const SessionContext = createContext<Session | null>(null);

export type SessionProviderProps = { readonly children: ReactNode };

/** Who is signed in, for the whole tab; the token itself stays in the token provider. */
export function SessionProvider({ children }: SessionProviderProps): JSX.Element {
  const { signIn } = useServices();
  const [state, setState] = useState<SessionState>(
    signIn.kind === 'persona'
      ? signIn.fromHost === null
        ? { status: 'signed-out' }
        : { status: 'host-signing-in' }
      : signIn.kind === 'account'
        ? { status: 'account-signing-in' }
        : { status: 'unavailable' },
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

  // In a Teams host (the local one chooses a persona for its user), sign in as the host's user
  // without a click; the composition root usually started it before the first render. When no
  // persona has the host's login hint, or the emulator does not answer, the picker is shown: its
  // own sign-in then reports what is wrong.
  const triedHost = useRef(false);
  useEffect(() => {
    if (triedHost.current || signIn.kind !== 'persona' || signIn.fromHost === null) return;
    triedHost.current = true;
    const mine = ++attempt.current;
    signIn.fromHost().then(
      (result) => {
        if (mine !== attempt.current) return;
        if (!result.ok)
          console.warn(`Signing in as the host's user failed (${result.error.code}).`);
        setState(
          result.ok ? { status: 'signed-in', user: result.value } : { status: 'signed-out' },
        );
      },
      (fault: unknown) => {
        console.error("Signing in as the host's user failed.", fault);
        if (mine === attempt.current) setState({ status: 'signed-out' });
      },
    );
  }, [signIn]);

  // Tenant mode: try the host's account silently once; a click is asked only when that fails.
  const triedAccount = useRef(false);
  useEffect(() => {
    if (triedAccount.current || signIn.kind !== 'account') return;
    triedAccount.current = true;
    const mine = ++attempt.current;
    signIn.signInSilently().then(
      (result) => {
        if (mine !== attempt.current) return;
        setState(
          result.ok
            ? { status: 'signed-in', user: result.value }
            : {
                status: 'account-needed',
                error: result.error.code === 'SIGN_IN.INTERACTION_REQUIRED' ? null : result.error,
              },
        );
      },
      (fault: unknown) => {
        // A fault (MSAL could not even start) is logged and leaves the Sign in button.
        console.error('Silent sign-in failed.', fault);
        if (mine === attempt.current) setState({ status: 'account-needed', error: null });
      },
    );
  }, [signIn]);

  const signInWithAccount = useCallback(async (): Promise<void> => {
    if (signIn.kind !== 'account') return;
    const mine = ++attempt.current;
    setState({ status: 'account-signing-in' });
    let result: Awaited<ReturnType<typeof signIn.signIn>>;
    try {
      result = await signIn.signIn();
    } catch (fault: unknown) {
      console.error('Sign-in failed.', fault);
      result = { ok: false, error: { code: 'SIGN_IN.REJECTED', details: { reason: 'fault' } } };
    }
    if (mine !== attempt.current) return;
    setState(
      result.ok
        ? { status: 'signed-in', user: result.value }
        : { status: 'account-needed', error: result.error },
    );
  }, [signIn]);

  const signOut = useCallback((): void => {
    if (signIn.kind === 'account') {
      attempt.current++;
      signIn.signOut();
      setState({ status: 'account-needed', error: null });
      return;
    }
    if (signIn.kind !== 'persona') return;
    attempt.current++;
    signIn.signOut();
    setState({ status: 'signed-out' });
  }, [signIn]);

  const session = useMemo(
    () => ({ state, signInAs, signOut, signInWithAccount }),
    [state, signInAs, signOut, signInWithAccount],
  );
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (session === null) throw new Error('useSession needs a SessionProvider above it.');
  return session;
}

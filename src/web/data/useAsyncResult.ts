import { useCallback, useEffect, useState } from 'react';
import type { DomainError, Result } from '../../core/shared/result';

/** Where an async read stands; `value` and `error` are null outside their own status. */
export type AsyncState<T> =
  | { readonly status: 'loading'; readonly value: null; readonly error: null }
  | { readonly status: 'ready'; readonly value: T; readonly error: null }
  | { readonly status: 'error'; readonly value: null; readonly error: DomainError };

export type AsyncResource<T> = AsyncState<T> & {
  /** Loads again (e.g. after a failure, or after someone else's change). */
  readonly reload: () => void;
};

const LOADING = { status: 'loading', value: null, error: null } as const;

/**
 * Runs `load` on mount and on `reload`, keeping the latest outcome. `load` must be stable
 * (useCallback): a new function starts a new load. Answers to earlier loads are ignored.
 */
export function useAsyncResult<T>(
  load: () => Promise<Result<T, DomainError>>,
): AsyncResource<T> {
  const [state, setState] = useState<AsyncState<T>>(LOADING);
  const [round, setRound] = useState(0);

  useEffect(() => {
    let current = true;
    load().then(
      (result) => {
        if (!current) return;
        setState(
          result.ok
            ? { status: 'ready', value: result.value, error: null }
            : { status: 'error', value: null, error: result.error },
        );
      },
      (error: unknown) => {
        // A fault (a bug, not a business outcome) still ends the spinner with a message.
        if (current) setState({ status: 'error', value: null, error: { code: 'DATA.FAULT' } });
        console.error(error);
      },
    );
    return () => {
      current = false;
    };
  }, [load, round]);

  const reload = useCallback((): void => {
    setState(LOADING);
    setRound((n) => n + 1);
  }, []);

  return { ...state, reload };
}

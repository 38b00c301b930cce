import { useSession } from '../../providers/SessionProvider';
import type { PersonRef } from '../../../core/shared/person';

/** What the signed-in person may do on a screen of owners' data. */
export type WriteAccess =
  { readonly kind: 'write'; readonly person: PersonRef } | { readonly kind: 'read' };

// The team's owners write (mandate holder, integrity officer); members and the AIG reviewer read.
// A real account (tenant mode) carries no persona: the store's permissions decide, and a refusal
// comes back as STORE.FORBIDDEN.
const WRITERS = new Set(['commander', 'integrity-officer']);

export function useWriteAccess(): WriteAccess {
  const { state } = useSession();
  if (state.status !== 'signed-in') return { kind: 'read' };
  const { user } = state;
  if (user.persona !== null && !WRITERS.has(user.persona)) return { kind: 'read' };
  const person: PersonRef =
    user.email === null
      ? { displayName: user.displayName }
      : { displayName: user.displayName, email: user.email };
  return { kind: 'write', person };
}

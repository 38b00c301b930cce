import { useSession } from '../providers/SessionProvider';

/**
 * What the signed-in person may do: owners (mandate holder, integrity officer) edit; members and
 * AIG reviewers read. The store refuses writes anyway; this only keeps edit controls out of sight.
 * A tenant account (no persona) is treated as an editor until Graph says otherwise (STORE.FORBIDDEN).
 */
export type Access =
  | { readonly kind: 'edit' }
  | { readonly kind: 'read'; readonly reason: 'member' | 'aig-reviewer' };

export function useAccess(): Access {
  const { state } = useSession();
  if (state.status !== 'signed-in') return { kind: 'read', reason: 'member' };
  const { persona } = state.user;
  if (persona === 'member' || persona === 'aig-reviewer') return { kind: 'read', reason: persona };
  return { kind: 'edit' };
}

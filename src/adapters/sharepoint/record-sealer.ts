import '@pnp/sp/items';
import '@pnp/sp/lists';
import '@pnp/sp/security';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/site-users/web';
import '@pnp/sp/webs';
import { SPBrowser, spfi } from '@pnp/sp';
import type { IItem } from '@pnp/sp/items';
import type { IList } from '@pnp/sp/lists';
import { listDefinition } from '../../../manifest/manifest';
import type { AccessTokenProvider } from '../../ports/access-token-provider';
import type {
  RecordSealer,
  SealFailure,
  SealFailureReason,
  SealReport,
} from '../../ports/record-sealer';
import type { StoreError } from '../../ports/store.types';
import type { GraphStoreContext } from '../graph/graph-context';
import { createGraphHttp } from '../graph/graph-http';
import { collectPages, getOne, itemPath, listQueryPath } from '../graph/graph-reads';
import { DEFAULT_RETRY_POLICY } from '../graph/graph-retry';
import { whitelist } from '../graph/mappers/list-schema';
import { TokenFromPort } from './behaviors/token-from-port';

export type RecordSealerOptions = {
  readonly graphBaseUrl: string;
  readonly siteId: string;
  /** The site's URL, for the SharePoint REST calls (Graph cannot change item permissions). */
  readonly siteUrl: string;
  /** A token for Graph and one for SharePoint (different audiences in a tenant). */
  readonly graphTokens: AccessTokenProvider;
  readonly sharePointTokens: AccessTokenProvider;
  /** List GUIDs by manifest name (from provisioning); a list without one is found by title. */
  readonly listIds?: Readonly<Record<string, string>>;
  /** Items sealed at the same time; SharePoint throttles bursts (PnPjs retries 429/503). */
  readonly concurrency?: number;
};

/** SP.RoleType (RoleTypeKind): Reader = 2, Administrator (Full Control) = 5. */
const READER = 2;
const ADMINISTRATOR = 5;
/** SP.PermissionKind: EditListItems = 3, ManagePermissions = 26 (bit = kind - 1). */
const EDIT_LIST_ITEMS = 3;
const MANAGE_PERMISSIONS = 26;

type BasePermissions = { readonly High: string | number; readonly Low: string | number };

/** The bit test of PnPjs' `hasPermissions` (security/funcs.ts), without an item instance. */
function has(mask: BasePermissions | undefined, kind: number): boolean {
  if (mask === undefined) return false;
  const bit = kind - 1;
  const word = bit < 32 ? Number(mask.Low) : Number(mask.High);
  return ((word >>> (bit % 32)) & 1) === 1;
}

type Target = { readonly listName: string; readonly id: number };

type Principals = {
  readonly groups: readonly number[];
  readonly read: number;
  readonly fullControl: number;
  readonly me: number;
};

class SealStop extends Error {
  override readonly name = 'SealStop';
  constructor(readonly reason: SealFailureReason) {
    super(reason);
  }
}

/** An HTTP failure PnPjs threw, as a reason to stop; anything else is a fault, rethrown. */
function reasonOf(error: unknown): SealFailureReason {
  if (error instanceof SealStop) return error.reason;
  const status = (error as { status?: unknown } | null)?.status;
  if (status === 401 || status === 403) return 'forbidden';
  if (status === 429 || status === 503 || status === 504) return 'unavailable';
  // fetch rejects with a TypeError when the connection fails.
  if (error instanceof TypeError) return 'unavailable';
  throw error;
}

function reasonOfStore(error: StoreError): SealFailureReason {
  switch (error.code) {
    case 'STORE.NOT_FOUND':
      return 'not-found';
    case 'STORE.FORBIDDEN':
      return 'forbidden';
    case 'STORE.THROTTLED':
    case 'STORE.NETWORK':
      return 'unavailable';
    default:
      throw new Error(`reading the measurement to seal failed: ${error.code}`);
  }
}

/**
 * Seals a locked measurement's items through SharePoint REST (PnPjs), item by item:
 * 1. the item's `HasUniqueRoleAssignments` and the caller's `EffectiveBasePermissions` tell whether
 *    it is sealed already (own permissions, and nobody — the caller included — may edit or
 *    re-permission it): then nothing is sent;
 * 2. otherwise `breakRoleInheritance(false, true)` (SharePoint keeps the caller as Full Control so
 *    the next calls are allowed), the Read role for the owners, members and visitors groups, then
 *    every other binding is removed, the caller's own Full Control last.
 * Items are found through Graph (the indexed `MeasurementRef`), invalid hand-edited ones included.
 * A failure stops the run and is returned with how far it got; a second run resumes.
 */
export function createSharePointRecordSealer(options: RecordSealerOptions): RecordSealer {
  const ctx: GraphStoreContext = {
    http: createGraphHttp({ graphBaseUrl: options.graphBaseUrl, tokens: options.graphTokens }),
    siteId: options.siteId,
    listSegment: (name) => options.listIds?.[name] ?? name,
    policy: DEFAULT_RETRY_POLICY,
    pageSize: 500,
    newToken: () => crypto.randomUUID(),
  };
  const sp = spfi(options.siteUrl).using(
    SPBrowser({ baseUrl: options.siteUrl }),
    TokenFromPort(options.sharePointTokens),
  );
  const concurrency = Math.max(1, options.concurrency ?? 4);

  const listOf = (name: string): IList => {
    const id = options.listIds?.[name];
    return id === undefined
      ? sp.web.lists.getByTitle(listDefinition(name).displayName)
      : sp.web.lists.getById(id);
  };

  async function targetsOf(measurementId: string): Promise<Target[]> {
    const read = await getOne(
      ctx,
      itemPath(ctx, 'IntegrityMeasurements', measurementId),
      'measurement',
      measurementId,
    );
    if (!read.ok) throw new SealStop(reasonOfStore(read.error));
    const fields = whitelist(
      'IntegrityMeasurements',
      (read.value.body as { fields?: unknown } | null)?.fields,
    );
    if (fields.MeasurementStatus !== 'locked') throw new SealStop('not-locked');
    const targets: Target[] = [{ listName: 'IntegrityMeasurements', id: Number(measurementId) }];
    for (const listName of ['IntegrityRatings', 'IntegrityIndividualRatings']) {
      const first = await getOne(
        ctx,
        listQueryPath(ctx, listName, 'MeasurementRef', measurementId),
        null,
      );
      if (!first.ok) throw new SealStop(reasonOfStore(first.error));
      const items = await collectPages(ctx, first.value.body, null);
      if (!items.ok) throw new SealStop(reasonOfStore(items.error));
      for (const item of items.value) {
        targets.push({ listName, id: Number((item as { id?: unknown }).id) });
      }
    }
    return targets;
  }

  async function principals(): Promise<Principals> {
    const [owners, members, visitors, read, fullControl, me] = await Promise.all([
      sp.web.associatedOwnerGroup.select('Id')(),
      sp.web.associatedMemberGroup.select('Id')(),
      sp.web.associatedVisitorGroup.select('Id')(),
      sp.web.roleDefinitions.getByType(READER).select('Id')(),
      sp.web.roleDefinitions.getByType(ADMINISTRATOR).select('Id')(),
      sp.web.currentUser.select('Id')(),
    ]);
    return {
      groups: [owners.Id, members.Id, visitors.Id],
      read: read.Id,
      fullControl: fullControl.Id,
      me: me.Id,
    };
  }

  /** Seals one item; 'already' when it was sealed before this call. */
  async function sealItem(item: IItem, who: Principals): Promise<'now' | 'already' | 'gone'> {
    let state: { HasUniqueRoleAssignments?: boolean; EffectiveBasePermissions?: BasePermissions };
    try {
      state = await item.select('Id', 'HasUniqueRoleAssignments', 'EffectiveBasePermissions')();
    } catch (error: unknown) {
      // Deleted since it was listed: nothing left to seal.
      if ((error as { status?: unknown } | null)?.status === 404) return 'gone';
      throw error;
    }
    const mask = state.EffectiveBasePermissions;
    const canEdit = has(mask, EDIT_LIST_ITEMS);
    const canManage = has(mask, MANAGE_PERMISSIONS);
    if (state.HasUniqueRoleAssignments === true && !canEdit && !canManage) return 'already';
    if (!canManage) throw new SealStop('forbidden');
    if (state.HasUniqueRoleAssignments !== true) await item.breakRoleInheritance(false, true);
    for (const group of who.groups) await item.roleAssignments.add(group, who.read);
    const assignments =
      await item.roleAssignments.expand('RoleDefinitionBindings')<
        { PrincipalId: number; RoleDefinitionBindings?: { Id: number }[] }[]
      >();
    const extra = assignments.flatMap((a) =>
      (a.RoleDefinitionBindings ?? [])
        .filter((r) => !(who.groups.includes(a.PrincipalId) && r.Id === who.read))
        .map((r) => ({ principalId: a.PrincipalId, roleDefId: r.Id })),
    );
    // The caller's own Full Control goes last: it is what allows the removals before it.
    const mine = (e: { principalId: number; roleDefId: number }) =>
      e.principalId === who.me && e.roleDefId === who.fullControl;
    for (const e of [...extra.filter((e) => !mine(e)), ...extra.filter(mine)]) {
      await item.roleAssignments.remove(e.principalId, e.roleDefId);
    }
    return 'now';
  }

  /** Seals targets, `concurrency` at a time; the first failure stops the rest. */
  async function sealEach(
    targets: readonly Target[],
    who: Principals,
    tally: (outcome: 'now' | 'already' | 'gone') => void,
  ): Promise<SealFailureReason | null> {
    const queue = [...targets];
    let stop: SealFailureReason | null = null;
    const worker = async (): Promise<void> => {
      for (let next = queue.shift(); next !== undefined && stop === null; next = queue.shift()) {
        try {
          tally(await sealItem(listOf(next.listName).items.getById(next.id), who));
        } catch (error: unknown) {
          // reasonOf rethrows faults (a malformed call is a bug, not an outage).
          stop ??= reasonOf(error);
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, queue.length) }, worker));
    return stop;
  }

  return {
    async sealMeasurement(measurementId) {
      let total = 0;
      let sealedNow = 0;
      let alreadySealed = 0;
      const tally = (outcome: 'now' | 'already' | 'gone'): void => {
        if (outcome === 'now') sealedNow += 1;
        else if (outcome === 'already') alreadySealed += 1;
        else total -= 1;
      };
      const failure = (reason: SealFailureReason): { ok: false; error: SealFailure } => {
        const sealed = sealedNow + alreadySealed;
        return {
          ok: false,
          error: {
            code: 'SEAL.FAILED',
            details: { reason, sealed, total, measurementId },
            measurementId,
            reason,
            sealed,
            total,
          },
        };
      };
      let stop: SealFailureReason | null;
      try {
        const [measurement, ...ratings] = await targetsOf(measurementId);
        total = ratings.length + 1;
        const who = await principals();
        // The ratings first, the measurement's own item last: a sealed measurement item then
        // means everything under it was sealed too.
        stop = await sealEach(ratings, who, tally);
        if (stop === null && measurement !== undefined) {
          stop = await sealEach([measurement], who, tally);
        }
      } catch (error: unknown) {
        stop = reasonOf(error);
      }
      if (stop !== null) return failure(stop);
      const report: SealReport = { measurementId, total, sealedNow, alreadySealed };
      return { ok: true, value: report };
    },
  };
}

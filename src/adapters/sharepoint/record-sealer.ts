import '@pnp/sp/batching';
import '@pnp/sp/items';
import '@pnp/sp/lists';
import '@pnp/sp/security';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/site-users/web';
import '@pnp/sp/webs';
import { SPBrowser, spfi } from '@pnp/sp';
import type { IItem } from '@pnp/sp/items';
import type { IList } from '@pnp/sp/lists';
import type { IWeb } from '@pnp/sp/webs';
import { listDefinition } from '../../../manifest/manifest';
import type { AccessTokenProvider } from '../../ports/access-token-provider';
import type {
  RecordSealer,
  SealCheckFailure,
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

/**
 * SharePoint REST `$batch` takes at most 100 requests (pnp/pnpcore BatchClient.cs
 * `MaxRequestsInSharePointRestBatch => 100`, pnp/pnpcore#284); PnPjs' own default is 20
 * (`@pnp/sp/batching` `maxRequests`).
 */
export const SHAREPOINT_BATCH_LIMIT = 100;

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
  /** Requests per `$batch` (at most, and by default, SharePoint's 100). */
  readonly maxBatchRequests?: number;
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

type ItemState = {
  HasUniqueRoleAssignments?: boolean;
  EffectiveBasePermissions?: BasePermissions;
};
/** Own permissions that nobody, the caller included, may edit or re-permission. */
function isSealed(state: ItemState): boolean {
  const mask = state.EffectiveBasePermissions;
  return (
    state.HasUniqueRoleAssignments === true &&
    !has(mask, EDIT_LIST_ITEMS) &&
    !has(mask, MANAGE_PERMISSIONS)
  );
}

type Assignment = { PrincipalId: number; RoleDefinitionBindings?: { Id: number }[] };
type Binding = { readonly principalId: number; readonly roleDefId: number };

/** How one item ended: sealed now, found sealed, deleted meanwhile, or left for the next run. */
type Outcome = 'now' | 'already' | 'gone' | { readonly failed: SealFailureReason };

/** A batched request's result, caught at once so a failed part is never an unhandled rejection. */
type Settled<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; error: unknown };

function settle<T>(promise: Promise<T>): Promise<Settled<T>> {
  return promise.then(
    (value) => ({ ok: true, value }),
    (error: unknown) => ({ ok: false, error }),
  );
}

class SealStop extends Error {
  override readonly name = 'SealStop';
  constructor(readonly reason: SealFailureReason) {
    super(reason);
  }
}

/** An HTTP failure PnPjs threw, as a reason to stop; anything else is a fault, rethrown. */
function reasonOf(error: unknown): SealFailureReason {
  if (error instanceof SealStop) return error.reason;
  return httpReasonOf(error);
}

/** Refused or unreachable; anything else (a malformed call is a bug) is rethrown. */
function httpReasonOf(error: unknown): 'forbidden' | 'unavailable' {
  const status = (error as { status?: unknown } | null)?.status;
  if (status === 401 || status === 403) return 'forbidden';
  if (status === 429 || status === 503 || status === 504) return 'unavailable';
  // fetch rejects with a TypeError when the connection fails.
  if (error instanceof TypeError) return 'unavailable';
  throw error;
}

/** A failed part of an item's requests: gone when the item was deleted meanwhile. */
function outcomeOf(error: unknown): Outcome {
  if ((error as { status?: unknown } | null)?.status === 404) return 'gone';
  return { failed: reasonOf(error) };
}

/** The first failed request of an item's sequence decides; the ones after it failed because of it. */
function firstFailure(results: readonly Settled<unknown>[]): Outcome | undefined {
  for (const result of results) if (!result.ok) return outcomeOf(result.error);
  return undefined;
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

/** Splits work into batches of at most `max` requests, never splitting one item's requests. */
function packed<T>(work: readonly T[], cost: (w: T) => number, max: number): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let used = 0;
  for (const w of work) {
    const c = cost(w);
    if (current.length > 0 && used + c > max) {
      batches.push(current);
      current = [];
      used = 0;
    }
    current.push(w);
    used += c;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/**
 * Seals a locked measurement's items through SharePoint REST (PnPjs), in `$batch` requests of up
 * to 100 (`web.batched()`, @pnp/sp/batching; the wire format of sp-dev-docs "Make batch requests
 * with the REST APIs"). A 104-item measurement takes 14 `$batch` requests (plus 3 Graph reads)
 * instead of ~730 single requests:
 * 1. one batch reads the site's groups, role definitions and the caller;
 * 2. batches read each item's `HasUniqueRoleAssignments` and the caller's
 *    `EffectiveBasePermissions`: an item with its own permissions that nobody — the caller
 *    included — may edit or re-permission is sealed already, and nothing is sent for it;
 * 3. batches, per item still open: `breakRoleInheritance(false, true)` (SharePoint keeps the caller
 *    as Full Control so the next calls are allowed), the Read role for the owners, members and
 *    visitors groups, then its role assignments read back;
 * 4. batches remove every other binding, the caller's own Full Control last.
 * An item's requests stay in one batch and in order: SharePoint runs a batch's requests one after
 * the other, and its changesets are not transactional ("If any of the child operations fails, the
 * others still complete and aren't rolled back"), so a failed part leaves only its own item
 * unsealed. Every other item is still sealed; the failure is reported with how far it got, and a
 * second run resumes. The ratings go first and the measurement's own item last, and only when
 * every rating was sealed: a sealed measurement item means everything under it is sealed too.
 * Items are found through Graph (the indexed `MeasurementRef`), invalid hand-edited ones included.
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
  const maxRequests = Math.min(
    SHAREPOINT_BATCH_LIMIT,
    Math.max(1, options.maxBatchRequests ?? SHAREPOINT_BATCH_LIMIT),
  );

  const itemOf = (web: IWeb, target: Target): IItem => {
    const id = options.listIds?.[target.listName];
    const list: IList =
      id === undefined
        ? web.lists.getByTitle(listDefinition(target.listName).displayName)
        : web.lists.getById(id);
    return list.items.getById(target.id);
  };

  /**
   * One `$batch`: `build` queues requests on a batched web, settled as they are queued. When the
   * batch itself fails (throttled past PnPjs' retries, offline) it throws and nothing is read
   * from its requests, which PnPjs then never settles.
   */
  async function inBatch<T>(build: (web: IWeb) => T): Promise<T> {
    const [web, execute] = sp.web.batched({ maxRequests });
    const queued = build(web);
    await execute();
    return queued;
  }

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
    const reads = await inBatch((web) =>
      [
        web.associatedOwnerGroup,
        web.associatedMemberGroup,
        web.associatedVisitorGroup,
        web.roleDefinitions.getByType(READER),
        web.roleDefinitions.getByType(ADMINISTRATOR),
        web.currentUser,
      ].map((q) => settle(q.select('Id')<{ Id: number }>())),
    );
    const ids = (await Promise.all(reads)).map((r) => {
      if (!r.ok) throw r.error;
      return r.value.Id;
    });
    const [owners, members, visitors, read, fullControl, me] = ids as [
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    return { groups: [owners, members, visitors], read, fullControl, me };
  }

  /** Step 2: each target's state; those still to seal come back with whether they inherit. */
  async function readStates(
    targets: readonly Target[],
    record: (target: Target, outcome: Outcome) => void,
  ): Promise<{ target: Target; unique: boolean }[]> {
    const open: { target: Target; unique: boolean }[] = [];
    for (const batch of packed(targets, () => 1, maxRequests)) {
      const states = await inBatch((web) =>
        batch.map((target) =>
          settle(
            itemOf(web, target).select(
              'Id',
              'HasUniqueRoleAssignments',
              'EffectiveBasePermissions',
            )<ItemState>(),
          ),
        ),
      );
      for (const [i, settled] of (await Promise.all(states)).entries()) {
        const target = batch[i];
        if (target === undefined) continue;
        if (!settled.ok) {
          record(target, outcomeOf(settled.error));
          continue;
        }
        const mask = settled.value.EffectiveBasePermissions;
        const unique = settled.value.HasUniqueRoleAssignments === true;
        if (isSealed(settled.value)) {
          record(target, 'already');
        } else if (!has(mask, MANAGE_PERMISSIONS)) {
          record(target, { failed: 'forbidden' });
        } else {
          open.push({ target, unique });
        }
      }
    }
    return open;
  }

  /** Step 3: own permissions with Read for the groups; each item's assignments read back. */
  async function grantRead(
    open: readonly { target: Target; unique: boolean }[],
    who: Principals,
    record: (target: Target, outcome: Outcome) => void,
  ): Promise<{ target: Target; extra: Binding[] }[]> {
    const granted: { target: Target; extra: Binding[] }[] = [];
    const cost = (o: { unique: boolean }): number => (o.unique ? 0 : 1) + who.groups.length + 1;
    for (const batch of packed(open, cost, maxRequests)) {
      const queued = await inBatch((web) =>
        batch.map(({ target, unique }) => {
          const writes: Promise<Settled<unknown>>[] = [];
          if (!unique) writes.push(settle(itemOf(web, target).breakRoleInheritance(false, true)));
          for (const group of who.groups) {
            writes.push(settle(itemOf(web, target).roleAssignments.add(group, who.read)));
          }
          const assignments = settle(
            itemOf(web, target).roleAssignments.expand('RoleDefinitionBindings')<Assignment[]>(),
          );
          return { target, writes, assignments };
        }),
      );
      for (const { target, writes, assignments } of queued) {
        const read = await assignments;
        const failure = firstFailure([...(await Promise.all(writes)), read]);
        if (failure !== undefined || !read.ok) {
          record(target, failure ?? 'gone');
          continue;
        }
        const extra = read.value.flatMap((a) =>
          (a.RoleDefinitionBindings ?? [])
            .filter((r) => !(who.groups.includes(a.PrincipalId) && r.Id === who.read))
            .map((r) => ({ principalId: a.PrincipalId, roleDefId: r.Id })),
        );
        granted.push({ target, extra });
      }
    }
    return granted;
  }

  /** Step 4: every other binding removed, the caller's own Full Control last. */
  async function stripOthers(
    granted: readonly { target: Target; extra: Binding[] }[],
    who: Principals,
    record: (target: Target, outcome: Outcome) => void,
  ): Promise<void> {
    // The caller's own Full Control goes last: it is what allows the removals before it.
    const mine = (e: Binding): boolean =>
      e.principalId === who.me && e.roleDefId === who.fullControl;
    const ordered = granted.map(({ target, extra }) => ({
      target,
      removals: [...extra.filter((e) => !mine(e)), ...extra.filter(mine)],
    }));
    for (const done of ordered.filter((o) => o.removals.length === 0)) record(done.target, 'now');
    const work = ordered.filter((o) => o.removals.length > 0);
    for (const batch of packed(work, (o) => o.removals.length, maxRequests)) {
      const queued = await inBatch((web) =>
        batch.map(({ target, removals }) => ({
          target,
          results: removals.map((e) =>
            settle(itemOf(web, target).roleAssignments.remove(e.principalId, e.roleDefId)),
          ),
        })),
      );
      for (const { target, results } of queued) {
        record(target, firstFailure(await Promise.all(results)) ?? 'now');
      }
    }
  }

  /** Steps 2–4 for some targets; the failures, in target order, come back. */
  async function sealAll(
    targets: readonly Target[],
    who: Principals,
    tally: (outcome: Outcome) => void,
  ): Promise<{ target: Target; reason: SealFailureReason }[]> {
    const failures = new Map<Target, SealFailureReason>();
    const record = (target: Target, outcome: Outcome): void => {
      if (typeof outcome === 'object') failures.set(target, outcome.failed);
      tally(outcome);
    };
    const open = await readStates(targets, record);
    const granted = await grantRead(open, who, record);
    await stripOthers(granted, who, record);
    return targets.flatMap((target) => {
      const reason = failures.get(target);
      return reason === undefined ? [] : [{ target, reason }];
    });
  }

  return {
    async sealState(measurementId) {
      // One REST read of the measurement's item: it is sealed last, only once every rating
      // under it is, so a sealed measurement item means the whole measurement is sealed.
      const item = itemOf(sp.web, { listName: 'IntegrityMeasurements', id: Number(measurementId) });
      try {
        const state = await item.select(
          'Id',
          'HasUniqueRoleAssignments',
          'EffectiveBasePermissions',
        )<ItemState>();
        return { ok: true, value: isSealed(state) ? 'sealed' : 'not-sealed' };
      } catch (error: unknown) {
        const reason: SealCheckFailure['reason'] =
          (error as { status?: unknown } | null)?.status === 404
            ? 'not-found'
            : httpReasonOf(error);
        return {
          ok: false,
          error: {
            code: 'SEAL.CHECK_FAILED',
            details: { reason, measurementId },
            measurementId,
            reason,
          },
        };
      }
    },
    async sealMeasurement(measurementId) {
      let total = 0;
      let sealedNow = 0;
      let alreadySealed = 0;
      const tally = (outcome: Outcome): void => {
        if (outcome === 'now') sealedNow += 1;
        else if (outcome === 'already') alreadySealed += 1;
        else if (outcome === 'gone') total -= 1;
      };
      const failure = (
        reason: SealFailureReason,
        failed: readonly Target[],
      ): { ok: false; error: SealFailure } => {
        const sealed = sealedNow + alreadySealed;
        const failedItems = failed.map((t) => `${t.listName}#${t.id}`).join(',');
        return {
          ok: false,
          error: {
            code: 'SEAL.FAILED',
            details: {
              reason,
              sealed,
              total,
              measurementId,
              ...(failedItems === '' ? {} : { failedItems }),
            },
            measurementId,
            reason,
            sealed,
            total,
          },
        };
      };
      let failed: { target: Target; reason: SealFailureReason }[];
      try {
        const [measurement, ...ratings] = await targetsOf(measurementId);
        total = ratings.length + 1;
        const who = await principals();
        failed = await sealAll(ratings, who, tally);
        if (failed.length === 0 && measurement !== undefined) {
          failed = await sealAll([measurement], who, tally);
        }
      } catch (error: unknown) {
        // A batch that failed as a whole, or a read before any: stop here; reasonOf rethrows
        // faults (a malformed call is a bug, not an outage).
        return failure(reasonOf(error), []);
      }
      const first = failed[0];
      if (first !== undefined) {
        return failure(
          first.reason,
          failed.map((f) => f.target),
        );
      }
      const report: SealReport = { measurementId, total, sealedNow, alreadySealed };
      return { ok: true, value: report };
    },
  };
}

import type { Stored, StoreError } from '../../ports/store.types';
import { isInvalidRecord } from '../../ports/store.types';
import type { GraphStoreContext } from './graph-context';
import { GraphRequestError, storeErrorOf } from './graph-errors';
import { GraphNetworkError, type GraphResponse } from './graph-http';
import { checkLanding, conflict, conflictWithCurrent } from './graph-landing';
import { BATCH_LIMIT, innerResponses } from './graph-reads';
import { retryAfterSeconds, retryDelayMs, THROTTLE_STATUSES } from './graph-retry';
import { decodeItem } from './item-decoder';
import { checkFields } from './mappers/list-schema';
import {
  fail,
  fieldsFor,
  location,
  planWrites,
  request,
  succeed,
  type WriteResult,
  type WriteSpec,
  type WriteState,
} from './graph-writes';

export type WriteReport = {
  /** One result per spec, in the order of the specs. */
  readonly results: readonly WriteResult[];
  readonly createdIds: Readonly<Record<string, string>>;
};

/**
 * Applies writes through Graph `$batch` (≤ 20 per request):
 * - a write whose reference needs the id of a create waits for a later batch (`dependsOn` cannot
 *   pass ids); other orderings go into one batch made fully sequential with `dependsOn`, as the
 *   json-batching docs require ("either fully sequential or fully parallel"); a 424 there means
 *   "not executed" and the write is sent again unless what it waits for failed;
 * - only throttled inner requests are retried, after the largest `Retry-After`, at most
 *   `policy.maxAttempts` times each, then THROTTLED;
 * - an unanswered write (dropped connection, 504) is re-read before it is sent again
 *   (graph-landing.ts), so it is stored exactly once;
 * - 412 becomes a conflict with the server's current version, re-read.
 * Inputs are never mutated: fields are built fresh for every send.
 */
export async function applyWrites(
  ctx: GraphStoreContext,
  specs: readonly WriteSpec[],
  entityId: string | null,
  refused: ReadonlyMap<number, StoreError> = new Map(),
): Promise<WriteReport> {
  const states = planWrites(ctx, specs);
  // Refused before sending (a locked measurement, graph-lock-guard.ts); what waits for them fails
  // as DEPENDENCY_FAILED below.
  for (const state of states) {
    const error = refused.get(state.index);
    if (error !== undefined) fail(state, error);
  }
  const maxRounds = specs.length * (ctx.policy.maxAttempts + 2) * 2 + 10;
  for (let round = 0; states.some((s) => s.status === 'pending'); round += 1) {
    if (round > maxRounds) throw new Error('applyWrites did not converge');
    failOrphans(states);
    await settleUncertain(ctx, states);
    const chunk = nextChunk(states);
    if (chunk.length === 0) continue;
    for (const state of chunk) {
      state.sent = fieldsFor(state, states, entityId);
      const issues =
        state.sent === null
          ? []
          : checkFields(
              state.spec.codec.listName,
              state.sent,
              state.spec.op === 'create' ? 'create' : 'update',
            );
      if (issues.length > 0) {
        const reason = issues.map((i) => `${i.field}: ${i.message}`).join('; ');
        fail(state, {
          code: 'STORE.VALIDATION',
          details: { ...location(state), id: state.spec.id ?? '', reason },
          ...location(state),
          issues,
        });
      }
    }
    const sendable = chunk.filter((s) => s.status === 'pending');
    if (sendable.length > 0) await sendChunk(ctx, sendable);
  }
  const results = new Array<WriteResult>(specs.length);
  const createdIds: Record<string, string> = {};
  for (const state of states) {
    if (state.result === null) throw new Error(`write ${state.spec.key} ended without a result`);
    results[state.index] = state.result;
    if (state.createdId !== null) createdIds[state.spec.key] = state.createdId;
  }
  return { results, createdIds };
}

/** Writes waiting for one that failed fail too, naming it. */
function failOrphans(states: readonly WriteState[]): void {
  let changed = true;
  while (changed) {
    changed = false;
    for (const state of states) {
      if (state.status !== 'pending') continue;
      const failed = [...state.deps]
        .map((d) => states.find((s) => s.index === d))
        .find((s) => s?.status === 'failed');
      if (failed !== undefined) {
        fail(state, {
          code: 'STORE.DEPENDENCY_FAILED',
          details: { kind: state.spec.codec.kind, id: state.spec.id ?? '' },
          ...location(state),
          dependsOn: failed.spec.key,
        });
        changed = true;
      }
    }
  }
}

async function settleUncertain(
  ctx: GraphStoreContext,
  states: readonly WriteState[],
): Promise<void> {
  for (const state of states) {
    if (
      state.status !== 'pending' ||
      !state.uncertain ||
      (state.sent === null && state.spec.op !== 'delete')
    )
      continue;
    const landing = await checkLanding(
      ctx,
      state.spec.codec,
      state.spec.op,
      state.spec,
      state.sent ?? {},
    );
    state.uncertain = false;
    if (landing.type === 'landed') succeed(state, landing.stored);
    else if (landing.type === 'failed') fail(state, landing.error);
    else if (state.dropped >= ctx.policy.maxAttempts) {
      fail(state, {
        code: 'STORE.NETWORK',
        details: { kind: state.spec.codec.kind, id: state.spec.id ?? '', attempts: state.dropped },
        ...location(state),
        attempts: state.dropped,
      });
    }
  }
}

/** Up to 20 pending writes whose dependencies are done or travel (in order) in the same batch. */
function nextChunk(states: readonly WriteState[]): WriteState[] {
  const chunk: WriteState[] = [];
  const inChunk = new Set<number>();
  for (const state of states) {
    if (chunk.length >= BATCH_LIMIT) break;
    if (state.status !== 'pending') continue;
    const ready = [...state.deps].every((d) => {
      const dep = states.find((s) => s.index === d);
      return dep?.status === 'done' || (inChunk.has(d) && !state.feeds.has(d));
    });
    if (!ready) continue;
    chunk.push(state);
    inChunk.add(state.index);
  }
  return chunk;
}

async function sendChunk(ctx: GraphStoreContext, chunk: readonly WriteState[]): Promise<void> {
  const inChunk = new Set(chunk.map((s) => s.index));
  const sequential = chunk.some((s) => [...s.deps].some((d) => inChunk.has(d)));
  const requests = chunk.map((state, i) => {
    const previous = chunk[i - 1];
    const base = request(ctx, state);
    return sequential && previous !== undefined
      ? { ...base, dependsOn: [String(previous.index)] }
      : base;
  });
  let response: GraphResponse;
  try {
    response = await ctx.http.send({ method: 'POST', path: '/$batch', body: { requests } });
  } catch (error: unknown) {
    if (!(error instanceof GraphNetworkError)) throw error;
    await unanswered(ctx, chunk);
    return;
  }
  if (response.status === 504) return unanswered(ctx, chunk);
  if (THROTTLE_STATUSES.has(response.status)) {
    await throttled(
      ctx,
      chunk.map((state) => ({ state, response })),
    );
    return;
  }
  if (response.status !== 200) {
    throw new GraphRequestError(
      response.status,
      'batchRefused',
      `$batch answered ${response.status}`,
    );
  }
  const inner = innerResponses(response.body);
  const retry: { state: WriteState; response: GraphResponse }[] = [];
  const unsure: WriteState[] = [];
  for (const state of chunk) {
    const answer = inner.get(String(state.index));
    if (answer === undefined)
      throw new GraphRequestError(200, 'invalidBatch', `no answer for ${state.spec.key}`);
    if (answer.status === 424) continue;
    if (answer.status === 504) unsure.push(state);
    else if (THROTTLE_STATUSES.has(answer.status)) retry.push({ state, response: answer });
    else await settle(ctx, state, answer);
  }
  if (unsure.length > 0) await unanswered(ctx, unsure);
  if (retry.length > 0) await throttled(ctx, retry);
}

async function unanswered(ctx: GraphStoreContext, states: readonly WriteState[]): Promise<void> {
  let wait = 0;
  for (const state of states) {
    state.dropped += 1;
    state.uncertain = true;
    wait = Math.max(wait, retryDelayMs(ctx.policy, state.dropped, null));
  }
  await ctx.policy.sleep(wait);
}

async function throttled(
  ctx: GraphStoreContext,
  answers: readonly { state: WriteState; response: GraphResponse }[],
): Promise<void> {
  let wait = 0;
  for (const { state, response } of answers) {
    state.throttled += 1;
    if (state.throttled >= ctx.policy.maxAttempts) {
      fail(state, storeErrorOf(response, location(state), state.throttled));
    } else {
      wait = Math.max(
        wait,
        retryDelayMs(ctx.policy, state.throttled, retryAfterSeconds(response.headers)),
      );
    }
  }
  if (answers.some(({ state }) => state.status === 'pending')) await ctx.policy.sleep(wait);
}

/** A final inner answer: the stored record, or the business failure it means. */
async function settle(
  ctx: GraphStoreContext,
  state: WriteState,
  answer: GraphResponse,
): Promise<void> {
  const { spec } = state;
  if (answer.status >= 200 && answer.status < 300) {
    if (spec.op === 'delete') {
      succeed(state, null);
      return;
    }
    if (spec.op === 'create') {
      settleRead(state, decodeItem(spec.codec, answer.body));
      return;
    }
    succeed(state, await updatedRecord(ctx, state, answer));
    return;
  }
  if ((answer.status === 412 || answer.status === 409) && spec.id !== null) {
    fail(state, await conflictWithCurrent(ctx, spec.codec, spec.id));
    return;
  }
  if (answer.status === 409 && spec.op === 'create') {
    // A unique column (settings' EntityId, the reminder log's key) already holds this value.
    const landing = await checkLanding(ctx, spec.codec, 'create', spec, state.sent ?? {});
    if (landing.type === 'failed') {
      fail(state, landing.error);
      return;
    }
    if (landing.type === 'landed' && landing.stored !== null) {
      // The row holds our values. It is ours only if the landing key is our own random token, or
      // an earlier attempt of this very write went unanswered (its answer was lost). Otherwise
      // another writer created the same key, perhaps with the same values: a real conflict, which
      // the caller must see rather than take someone else's row as its own.
      if (state.token !== null || state.dropped > 0) succeed(state, landing.stored);
      else fail(state, conflict(spec.codec.kind, landing.stored.id, landing.stored));
      return;
    }
  }
  fail(state, storeErrorOf(answer, location(state), state.throttled + 1));
}

function settleRead(state: WriteState, read: ReturnType<typeof decodeItem>): void {
  if (!isInvalidRecord(read)) {
    succeed(state, read);
    return;
  }
  state.createdId = read.id;
  const error: StoreError = {
    code: 'STORE.INVALID_RECORD',
    details: { kind: read.kind, id: read.id, reason: read.reason },
    kind: read.kind,
    id: read.id,
    record: read,
  };
  fail(state, error);
}

/**
 * PATCH …/fields answers with the item's fieldValueSet; the docs' example echoes only some
 * columns, so the record is the value we sent with the new eTag (re-read if the answer has none).
 */
async function updatedRecord(
  ctx: GraphStoreContext,
  state: WriteState,
  answer: GraphResponse,
): Promise<Stored<unknown>> {
  const fields = (answer.body ?? {}) as Record<string, unknown>;
  const etag =
    typeof fields['@odata.etag'] === 'string' ? fields['@odata.etag'] : answer.headers.etag;
  const id = state.spec.id ?? '';
  const modifiedAt = typeof fields.Modified === 'string' ? fields.Modified : null;
  const keepsTime = state.spec.codec.kind !== 'settings' && state.spec.codec.kind !== 'reminderLog';
  const value =
    keepsTime && modifiedAt !== null
      ? { ...state.spec.value, updatedAt: modifiedAt }
      : { ...state.spec.value };
  if (etag !== undefined) {
    const version = typeof fields._UIVersionString === 'string' ? fields._UIVersionString : null;
    return { id, value, etag, version, modifiedAt, modifiedBy: null };
  }
  const landing = await checkLanding(
    ctx,
    state.spec.codec,
    'update',
    { id, etag: null },
    state.sent ?? {},
  );
  if (landing.type === 'landed' && landing.stored !== null) return landing.stored;
  throw new GraphRequestError(answer.status, 'noEtag', `update of ${id} answered without an eTag`);
}

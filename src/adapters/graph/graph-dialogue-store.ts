import { listDefinition } from '../../../manifest/manifest';
import type { DialogueCount, DialogueStore } from '../../ports/dialogue-store';
import type { StoreError, Stored, StoreResult } from '../../ports/store.types';
import type { GraphStoreContext } from './graph-context';
import { storeErrorOf } from './graph-errors';
import { GraphNetworkError, type GraphRequestSpec, type GraphResponse } from './graph-http';
import { collectPages, getOne, listQueryPath } from './graph-reads';
import { retryAfterSeconds, retryDelayMs } from './graph-retry';
import { etagOf } from './item-decoder';
import { countKey, customPromptRow, decodeCount, encodeCount } from './mappers/dialogue.mapper';
import { ownColumns } from './mappers/list-schema';
import { expandFields, itemsPath } from './odata';

const PROMPTS = 'IntegrityDialoguePrompts';
const COUNTS = 'IntegrityDialogueCounts';

/*
 * The counts list is not one of the store's record kinds (they name the plan and measurement
 * records), so failures carry `kind: null` and read as "the item" in messages.
 */
const LOCATION = { kind: null, id: null } as const;

/**
 * Throttling (429/503) means the write was not applied: retried after `Retry-After`. A dropped
 * connection or a 504 may have applied it: not retried, reported as a network failure, so a count
 * is never incremented twice for one press.
 */
const NOT_APPLIED = new Set([429, 503]);

type Item = {
  readonly id?: unknown;
  readonly fields?: unknown;
  readonly lastModifiedDateTime?: unknown;
};

async function sendWrite(
  ctx: GraphStoreContext,
  request: GraphRequestSpec,
): Promise<{ ok: true; value: GraphResponse } | { ok: false; error: StoreError }> {
  for (let attempt = 1; ; attempt += 1) {
    let response: GraphResponse;
    try {
      response = await ctx.http.send(request);
    } catch (error: unknown) {
      if (!(error instanceof GraphNetworkError)) throw error;
      return {
        ok: false,
        error: {
          code: 'STORE.NETWORK',
          details: { kind: 'item', id: '', attempts: attempt },
          ...LOCATION,
          attempts: attempt,
        },
      };
    }
    if (response.status >= 200 && response.status < 300) return { ok: true, value: response };
    if (!NOT_APPLIED.has(response.status) || attempt >= ctx.policy.maxAttempts) {
      return { ok: false, error: storeErrorOf(response, LOCATION, attempt) };
    }
    await ctx.policy.sleep(retryDelayMs(ctx.policy, attempt, retryAfterSeconds(response.headers)));
  }
}

function storedCount(item: Item): StoreResult<Stored<DialogueCount>> {
  const fields = (item.fields ?? {}) as Record<string, unknown>;
  const id = typeof item.id === 'string' ? item.id : typeof fields.id === 'string' ? fields.id : '';
  const decoded = decodeCount(fields);
  if (!decoded.ok) {
    // A hand-edited count the model cannot read. It is not one of the record kinds an
    // `InvalidRecord` names, so it travels as the values SharePoint holds being unusable.
    return {
      ok: false,
      error: {
        code: 'STORE.VALIDATION',
        details: { kind: 'item', id, reason: decoded.reason },
        kind: null,
        id,
        issues: [{ field: '', message: decoded.reason }],
      },
    };
  }
  const modifiedAt =
    typeof item.lastModifiedDateTime === 'string' ? item.lastModifiedDateTime : null;
  return {
    ok: true,
    value: {
      id,
      value: decoded.value,
      etag: etagOf(item),
      version: typeof fields._UIVersionString === 'string' ? fields._UIVersionString : null,
      modifiedAt,
      modifiedBy: null,
    },
  };
}

/** Dialogue prompts added by the entity or the AIG, and the "discussed" counts, over Graph. */
export function createGraphDialogueStore(ctx: GraphStoreContext): DialogueStore {
  const countsBase = (): string => itemsPath(ctx.siteId, ctx.listSegment(COUNTS));
  const select = expandFields(ownColumns(listDefinition(COUNTS)));

  return {
    async listCustomPrompts() {
      const columns = expandFields(ownColumns(listDefinition(PROMPTS)));
      const path = `${itemsPath(ctx.siteId, ctx.listSegment(PROMPTS))}?${columns}&$top=${ctx.pageSize}`;
      const first = await getOne(ctx, path, null);
      if (!first.ok) return first;
      const items = await collectPages(ctx, first.value.body, null);
      if (!items.ok) return items;
      return {
        ok: true,
        value: items.value.map((item) =>
          customPromptRow(((item as Item).fields ?? {}) as Record<string, unknown>),
        ),
      };
    },

    async findDiscussedCount(entityId, promptKey) {
      const path = listQueryPath(ctx, COUNTS, 'CountKey', countKey(entityId, promptKey));
      const first = await getOne(ctx, path, null);
      if (!first.ok) return first;
      const items = await collectPages(ctx, first.value.body, null);
      if (!items.ok) return items;
      const item = items.value[0] as Item | undefined;
      return item === undefined ? { ok: true, value: null } : storedCount(item);
    },

    async createDiscussedCount(count) {
      // The count key is unique in the list: a second create for the same pair answers 409.
      const sent = await sendWrite(ctx, {
        method: 'POST',
        path: countsBase(),
        headers: { 'Content-Type': 'application/json' },
        body: { fields: encodeCount(count) },
      });
      if (!sent.ok) return sent;
      return storedCount(sent.value.body as Item);
    },

    async updateDiscussedCount(id, count, etag) {
      // If-Match: a press counted by someone else since the read gives 412, never a lost update.
      const sent = await sendWrite(ctx, {
        method: 'PATCH',
        path: `${countsBase()}/${encodeURIComponent(id)}/fields`,
        headers: { 'Content-Type': 'application/json', 'If-Match': etag },
        body: encodeCount(count),
      });
      if (!sent.ok) return sent;
      const reread = await getOne(
        ctx,
        `${countsBase()}/${encodeURIComponent(id)}?${select}`,
        null,
        id,
      );
      if (!reread.ok) return reread;
      return storedCount(reread.value.body as Item);
    },
  };
}

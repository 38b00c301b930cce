import { listDefinition } from '../../../manifest/manifest';
import type { ReminderTarget, ReminderTargetStore } from '../../ports/reminder-target-store';
import type { InvalidRecord, StoreResult, Stored } from '../../ports/store.types';
import type { GraphStoreContext } from './graph-context';
import { collectPages, getOne, itemPath } from './graph-reads';
import { applyWrites } from './graph-write-engine';
import { decodeAll } from './graph-loads';
import { REMINDER_TARGET_CODEC } from './mappers/reminder-target.mapper';
import { ownColumns } from './mappers/list-schema';
import { expandFields, itemsPath } from './odata';

/**
 * The settings items of the site with the bot's columns. A site holds one settings item per
 * entity (EntityId is unique), a handful at most, so the list is read whole, unfiltered: no
 * indexed column is needed, and the 5,000-item threshold is far away.
 */
export function createGraphReminderTargets(ctx: GraphStoreContext): ReminderTargetStore {
  const codec = REMINDER_TARGET_CODEC;
  return {
    async listReminderTargets() {
      const select = expandFields(ownColumns(listDefinition(codec.listName)));
      const path = `${itemsPath(ctx.siteId, ctx.listSegment(codec.listName))}?${select}&$top=${ctx.pageSize}`;
      const first = await getOne(ctx, path, codec.kind);
      if (!first.ok) return first;
      const items = await collectPages(ctx, first.value.body, codec.kind);
      if (!items.ok) return items;
      const invalid: InvalidRecord[] = [];
      const records = decodeAll(codec, items.value, invalid);
      return { ok: true, value: { records, invalid } };
    },

    async saveBotInstallation(id, bot, etag) {
      const report = await applyWrites(
        ctx,
        [
          {
            key: 'bot',
            op: 'update',
            codec,
            id,
            etag,
            value: { bot },
            after: [],
          },
        ],
        null,
      );
      const result = report.results[0];
      if (result === undefined) throw new Error('bot installation write without result');
      if (!result.ok) return result as StoreResult<Stored<ReminderTarget>, ReminderTarget>;
      // The write engine answers an update with the value sent; the settings part is re-read.
      const fresh = await getOne(ctx, itemPath(ctx, codec.listName, id), codec.kind, id);
      // A read failure carries no conflicting version, so it fits any record type.
      if (!fresh.ok) return fresh as StoreResult<Stored<ReminderTarget>, ReminderTarget>;
      const invalid: InvalidRecord[] = [];
      const [record] = decodeAll(codec, [fresh.value.body], invalid);
      if (record !== undefined) return { ok: true, value: record };
      const bad = invalid[0];
      if (bad === undefined) throw new Error(`settings item ${id} read back as nothing`);
      return {
        ok: false,
        error: {
          code: 'STORE.INVALID_RECORD',
          details: { kind: bad.kind, id: bad.id, reason: bad.reason },
          kind: bad.kind,
          id: bad.id,
          record: bad,
        },
      };
    },
  };
}

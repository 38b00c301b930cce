import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  body,
  startTestEmulator,
  type GraphItem,
  type TestEmulator,
} from '../../emulator/test-support/emulator-harness';
import { createGraphStore, type GraphStore } from './graph-store';

/*
 * The stores the job and the bot add (reminder targets, dialogue prompts and counts) against the
 * seeded emulator, as the app identity, through the real Graph client.
 */

let emulator: TestEmulator;
let store: GraphStore;

beforeAll(async () => {
  emulator = await startTestEmulator();
  store = createGraphStore({
    graphBaseUrl: emulator.graphBaseUrl,
    siteId: emulator.siteId,
    tokens: { getToken: () => Promise.resolve(emulator.tokenFor('app')) },
    retry: { sleep: () => Promise.resolve() },
  });
});

afterAll(async () => {
  await emulator.close();
});

const REFERENCE = {
  serviceUrl: 'https://smba.trafficmanager.net/emea/',
  tenantId: 'b6c4e2a0-1d3f-4a5b-9c7d-0e1f2a3b4c5d',
  teamId: '19:7c2f4a9e1b3d4f6a8c0e2b4d6f8a0c1e@thread.tacv2',
  aadGroupId: null,
  channelId: '19:7c2f4a9e1b3d4f6a8c0e2b4d6f8a0c1e@thread.tacv2',
};

describe('reminder targets', () => {
  it('lists the seeded entity with its settings and the bot state unknown', async () => {
    const listed = await store.listReminderTargets();
    expect(listed.ok).toBe(true);
    if (!listed.ok) return;
    expect(listed.value.invalid).toEqual([]);
    const [target] = listed.value.records;
    expect(target?.value.settings.entityId).toBe('pz-demo');
    expect(target?.value.settings.reminderChannel?.channelName).toBe('General');
    expect(target?.value.bot).toEqual({ state: 'unknown', conversation: null });
  });

  it('writes only the bot columns, with If-Match', async () => {
    const listed = await store.listReminderTargets();
    if (!listed.ok) throw new Error('list failed');
    const target = listed.value.records[0]!;
    const saved = await store.saveBotInstallation(
      target.id,
      { state: 'installed', conversation: REFERENCE },
      target.etag,
    );
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    expect(saved.value.value.bot).toEqual({ state: 'installed', conversation: REFERENCE });
    expect(saved.value.value.settings).toEqual(target.value.settings);
    expect(saved.value.etag).not.toBe(target.etag);

    const stale = await store.saveBotInstallation(
      target.id,
      { state: 'removed', conversation: REFERENCE },
      target.etag,
    );
    expect(stale.ok).toBe(false);
    if (!stale.ok) expect(stale.error.code).toBe('STORE.CONFLICT');
  });

  it('flags a hand-edited conversation reference as invalid instead of guessing', async () => {
    const listed = await store.listReminderTargets();
    if (!listed.ok) throw new Error('list failed');
    const id = listed.value.records[0]!.id;
    await emulator.raw(`/_emulator/raw/IntegritySettings/${id}`, {
      method: 'PATCH',
      body: JSON.stringify({ ConversationReference: '{not json' }),
    });
    const again = await store.listReminderTargets();
    if (!again.ok) throw new Error('list failed');
    expect(again.value.records).toEqual([]);
    expect(again.value.invalid[0]?.issues[0]?.field).toBe('ConversationReference');
  });
});

describe('dialogue store', () => {
  it('maps added prompts for the core to validate', async () => {
    const rows = await store.listCustomPrompts();
    expect(rows.ok).toBe(true);
    if (!rows.ok) return;
    expect(rows.value).toHaveLength(1);
    expect(rows.value[0]).toMatchObject({
      key: 'pz-demo.privegebruik-databanken',
      function: 'determine',
      source: 'entity',
      status: 'active',
    });
  });

  it('reads, creates and updates counts with If-Match, storing no person', async () => {
    const seeded = await store.findDiscussedCount('pz-demo', 'pz-demo.privegebruik-databanken');
    expect(seeded.ok && seeded.value?.value.discussedCount).toBe(3);
    expect(await store.findDiscussedCount('pz-demo', 'never-discussed')).toEqual({
      ok: true,
      value: null,
    });

    const count = {
      entityId: 'pz-demo',
      promptKey: 'gift-at-the-desk',
      discussedCount: 1,
      lastDiscussedOn: '2027-01-12',
    };
    const created = await store.createDiscussedCount(count);
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    expect(created.value.value).toEqual(count);

    const twice = await store.createDiscussedCount(count);
    expect(!twice.ok && twice.error.code).toBe('STORE.CONFLICT');

    const updated = await store.updateDiscussedCount(
      created.value.id,
      { ...count, discussedCount: 2 },
      created.value.etag,
    );
    expect(updated.ok && updated.value.value.discussedCount).toBe(2);
    const stale = await store.updateDiscussedCount(
      created.value.id,
      { ...count, discussedCount: 2 },
      created.value.etag,
    );
    expect(!stale.ok && stale.error.code).toBe('STORE.CONFLICT');

    const item = await body<GraphItem>(
      await emulator.graph(
        'app',
        `${emulator.listPath('IntegrityDialogueCounts')}/items/${created.value.id}?expand=fields`,
      ),
    );
    // The list's own columns hold the pair and the count; who pressed is nowhere.
    const own = ['Title', 'CountKey', 'EntityId', 'PromptKey', 'DiscussedCount', 'LastDiscussedOn'];
    expect(Object.fromEntries(own.map((k) => [k, item.fields[k]]))).toEqual({
      Title: 'pz-demo:gift-at-the-desk',
      CountKey: 'pz-demo:gift-at-the-desk',
      EntityId: 'pz-demo',
      PromptKey: 'gift-at-the-desk',
      DiscussedCount: 2,
      LastDiscussedOn: '2027-01-12T00:00:00Z',
    });
    expect(item.lastModifiedBy.user?.displayName).toBe('SharePoint App');
  });

  it('keeps a hand-edited count from being incremented blindly', async () => {
    const found = await store.findDiscussedCount('pz-demo', 'gift-at-the-desk');
    if (!found.ok || found.value === null) throw new Error('count missing');
    await emulator.raw(`/_emulator/raw/IntegrityDialogueCounts/${found.value.id}`, {
      method: 'PATCH',
      body: JSON.stringify({ DiscussedCount: -4 }),
    });
    const read = await store.findDiscussedCount('pz-demo', 'gift-at-the-desk');
    expect(!read.ok && read.error.code).toBe('STORE.VALIDATION');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runMonthlyReminders } from '../../app/send-monthly-reminders';
import { tabDeepLink } from '../../app/tab-deep-link';
import { BUILT_IN_PROMPTS } from '../../core/dialogue/prompt-library';
import { choosePrompt } from '../../core/dialogue/prompt-rotation';
import { parseCustomPrompts } from '../../core/dialogue/prompt.validate';
import {
  body,
  startTestEmulator,
  type GraphItem,
  type TestEmulator,
} from '../../emulator/test-support/emulator-harness';
import { createGraphStore, type GraphStore } from './graph-store';

/** The prompt the demo zone added to its list (see the emulator's seed). */
const OWN_PROMPT = 'pz-demo-privegebruik-databanken';

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
  it('maps the seeded prompt to a valid one the rotation chooses when it is the only fresh one', async () => {
    const rows = await store.listCustomPrompts();
    expect(rows.ok).toBe(true);
    if (!rows.ok) return;
    expect(rows.value).toHaveLength(1);
    expect(rows.value[0]).toMatchObject({
      key: OWN_PROMPT,
      function: 'determine',
      vulnerableProcess: 'database-consultation',
      kind: 'dilemma',
      source: 'entity',
      status: 'active',
    });
    const parsed = parseCustomPrompts(
      rows.value,
      BUILT_IN_PROMPTS.map((p) => p.key),
    );
    expect(parsed.rejected).toEqual([]);
    expect(parsed.prompts[0]?.tips).toHaveLength(3);

    const choice = choosePrompt({
      prompts: BUILT_IN_PROMPTS,
      customPrompts: rows.value,
      // Every built-in prompt was posted last month: only the zone's own prompt is fresh.
      history: BUILT_IN_PROMPTS.map((p) => ({ key: p.key, period: '2026-12' })),
      period: '2027-01',
      teamSeed: 'pz-demo',
    });
    if (!choice.ok || choice.value.kind !== 'chosen') throw new Error('no prompt chosen');
    expect(choice.value.prompt.key).toBe(OWN_PROMPT);
    expect(choice.value.rejected).toEqual([]);
  });

  it('reads, creates and updates counts with If-Match, storing no person', async () => {
    const seeded = await store.findDiscussedCount('pz-demo', OWN_PROMPT);
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

describe('added prompts in a monthly run', () => {
  it('rejects a hand-edited row with its reasons and still posts the valid added prompt', async () => {
    // The tests above broke the settings on purpose; start again from the seed.
    await emulator.raw('/_emulator/reset', { method: 'POST' });
    // Typed in SharePoint's form: no French text, a tip line missing in German.
    const created = await emulator.raw('/_emulator/raw/IntegrityDialoguePrompts', {
      method: 'POST',
      body: JSON.stringify({
        Title: 'pz-demo-bodycam-uitzetten',
        PromptKey: 'pz-demo-bodycam-uitzetten',
        ImfFunction: 'monitor',
        VulnerableProcess: 'use-of-force',
        PromptKind: 'question',
        PromptSource: 'entity',
        TitleNl: 'De bodycam even uitzetten',
        TitleFr: 'Couper la bodycam un instant',
        TitleDe: 'Die Bodycam kurz ausschalten',
        TitleEn: 'Switching the bodycam off for a moment',
        QuestionNl: 'Wanneer zet je de bodycam uit, en wie beslist dat?',
        QuestionDe: 'Wann schaltest du die Bodycam aus, und wer entscheidet das?',
        QuestionEn: 'When do you switch the bodycam off, and who decides?',
        TipsNl: 'Vraag naar concrete situaties.\nVerwijs naar de dienstnota.',
        TipsFr: 'Demande des situations concrètes.\nRenvoie à la note de service.',
        TipsDe: 'Frag nach konkreten Situationen.',
        TipsEn: 'Ask for concrete situations.\nPoint to the service note.',
        PromptActive: true,
      }),
    });
    expect(created.status).toBe(201);

    const posted: string[] = [];
    const report = await runMonthlyReminders({
      // 13 months after the seeded October post: the zone's own prompt is fresh again.
      now: '2027-11-01T09:30:00+01:00',
      // An empty library, so the rotation can only choose among the list's rows.
      prompts: [],
      stores: { targets: store, dashboards: store, log: store, dialogue: store },
      poster: {
        postCard() {
          const activityId = `1:${String(posted.length + 1)}`;
          posted.push(activityId);
          return Promise.resolve({
            ok: true,
            value: { activityId, conversationId: `c;messageid=${activityId}`, attempts: 1 },
          });
        },
      },
      defaults: { serviceUrl: emulator.url, tenantId: 'tenant' },
      tabDeepLink: (settings) => tabDeepLink('app', settings),
      runId: 'run-added-prompts',
    });

    expect(report.faults).toEqual([]);
    expect(report.failed).toEqual([]);
    const prompt = report.sent.find((s) => s.kind === 'dialogue-prompt');
    expect(prompt?.promptKey).toBe(OWN_PROMPT);
    expect(report.rejectedPrompts).toHaveLength(1);
    const [rejected] = report.rejectedPrompts;
    expect(rejected?.key).toBe('pz-demo-bodycam-uitzetten');
    expect(rejected?.reasons).toEqual([
      { code: 'DIALOGUE.FIELD_REQUIRED', details: { field: 'text.fr' } },
      { code: 'DIALOGUE.FIELD_REQUIRED', details: { field: 'tips[1].de' } },
    ]);
  });
});

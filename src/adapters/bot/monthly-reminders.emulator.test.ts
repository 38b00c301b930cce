import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runMonthlyReminders } from '../../app/send-monthly-reminders';
import { tabDeepLink } from '../../app/tab-deep-link';
import { botConnector } from '../../emulator/bot-connector/bot-connector';
import {
  body,
  startTestEmulator,
  type GraphItem,
  type TestEmulator,
} from '../../emulator/test-support/emulator-harness';
import { createLocalRuntime, LOCAL_BOT_ENDPOINT } from '../../job/composition/local-runtime';
import type { ReminderRuntime } from '../../job/composition/reminder-runtime';
import type { ChannelPoster } from '../../ports/channel-poster';
import { createGraphStore } from '../graph/graph-store';
import { createBotPoster } from './bot-poster';
import { SlidingWindowLimiter } from './rate-limiter';

/*
 * The monthly job and the bot end to end against the emulator: Graph lists for the log and the
 * settings, the Bot Connector for the posts, the channel page's invoke for the buttons. The
 * emulator keeps real time (tokens, `Modified`); the job decides for the instants given.
 */

const DEMO_CHANNEL = '19:7c2f4a9e1b3d4f6a8c0e2b4d6f8a0c1e@thread.tacv2';
const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };

let emulator: TestEmulator;
let runtime: ReminderRuntime;

type Posted = {
  id: string;
  channelId: string;
  activity: { attachments?: { content: unknown }[] };
};

async function posts(channel = DEMO_CHANNEL): Promise<Posted[]> {
  const response = await emulator.raw(
    `/_emulator/bot/activities?channel=${encodeURIComponent(channel)}`,
  );
  return ((await response.json()) as { value: Posted[] }).value;
}

function kindOf(post: Posted): 'dialogue-prompt' | 'pdca-reminder' {
  return JSON.stringify(post.activity).includes('dialogue.discussed')
    ? 'dialogue-prompt'
    : 'pdca-reminder';
}

/** The first Action.Execute of a posted card. */
function executeAction(post: Posted): { verb: string; data: unknown } {
  const card = JSON.stringify(post.activity.attachments?.[0]?.content);
  const found = /"type":"Action\.Execute"[^}]*?"verb":"([^"]+)","data":(\{[^}]*\})/.exec(card);
  if (found?.[1] === undefined || found[2] === undefined)
    throw new Error(`no Action.Execute in ${card.slice(0, 200)}`);
  return { verb: found[1], data: JSON.parse(found[2]) as unknown };
}

async function press(post: Posted, persona = 'member') {
  const { verb, data } = executeAction(post);
  const response = await emulator.raw('/_local/channel/api/invoke', {
    method: 'POST',
    body: JSON.stringify({ activityId: post.id, verb, data, persona }),
  });
  return (await response.json()) as {
    botStatus: number;
    response: { statusCode: number; type: string; value: unknown };
  };
}

async function logRows(): Promise<Record<string, unknown>[]> {
  const items = await body<{ value: GraphItem[] }>(
    await emulator.graph(
      'app',
      `${emulator.listPath('IntegrityReminderLog')}/items?expand=fields&$top=999`,
    ),
  );
  return items.value.map((i) => i.fields);
}

async function settingsFields(): Promise<Record<string, unknown>> {
  const items = await body<{ value: GraphItem[] }>(
    await emulator.graph('app', `${emulator.listPath('IntegritySettings')}/items?expand=fields`),
  );
  const demo = items.value.find((i) => i.fields.EntityId === 'pz-demo');
  if (demo === undefined) throw new Error('no demo settings');
  return { ...demo.fields, id: demo.id };
}

beforeAll(async () => {
  emulator = await startTestEmulator({
    extraRoutes: [botConnector({ botEndpoint: LOCAL_BOT_ENDPOINT })],
  });
  runtime = await createLocalRuntime({
    emulatorUrl: emulator.url,
    siteId: emulator.siteId,
    log: silent,
    now: () => new Date('2027-01-12T14:00:00+01:00'),
  });
  emulator.context.router.add(
    'POST',
    LOCAL_BOT_ENDPOINT,
    (request) => runtime.handleMessage({ headers: request.headers, body: request.body }),
    { kind: 'bot', auth: 'none', errors: 'graph', faultable: false },
  );
});

afterAll(async () => {
  await emulator.close();
});

beforeEach(async () => {
  await emulator.raw('/_emulator/reset', { method: 'POST' });
  await emulator.raw('/_emulator/bot/reset', { method: 'POST' });
  await emulator.raw('/_emulator/bot/faults', { method: 'PUT', body: '{}' });
});

describe('the monthly job against the emulator', () => {
  it('posts the reminder and a fresh prompt once a month, in order, for three months', async () => {
    for (const month of ['2027-01', '2027-02', '2027-03']) {
      const [report] = await runtime.runOnce(new Date(`${month}-01T09:30:00+01:00`));
      expect(report?.sent.map((s) => s.kind)).toEqual(['pdca-reminder', 'dialogue-prompt']);
      expect(report?.failed).toEqual([]);
      expect(report?.faults).toEqual([]);
      // Re-running the month sends nothing twice.
      const [again] = await runtime.runOnce(new Date(`${month}-01T10:30:00+01:00`));
      expect(again?.sent).toEqual([]);
    }
    const channel = await posts();
    expect(channel.map(kindOf)).toEqual([
      'pdca-reminder',
      'dialogue-prompt',
      'pdca-reminder',
      'dialogue-prompt',
      'pdca-reminder',
      'dialogue-prompt',
    ]);
    const rows = (await logRows()).filter((r) => String(r.Period) >= '2027-01');
    expect(rows).toHaveLength(6);
    expect(rows.every((r) => r.DeliveryState === 'sent' && r.Attempts === 1)).toBe(true);
    // Each row holds the id of the post it made: one post per row, nothing else in the channel.
    expect(rows.map((r) => r.ActivityId).sort()).toEqual(channel.map((p) => p.id).sort());
    const prompts = rows
      .filter((r) => r.ReminderKind === 'dialogue-prompt')
      .map((r) => r.PostedPrompt);
    expect(new Set(prompts).size).toBe(3);
  });

  it('lets one of two runs at the same moment post each card, the other backs off', async () => {
    const [a, b] = await Promise.all([
      runtime.runOnce(new Date('2027-01-01T09:30:00+01:00')),
      runtime.runOnce(new Date('2027-01-01T09:30:00+01:00')),
    ]);
    const sent = [...(a[0]?.sent ?? []), ...(b[0]?.sent ?? [])];
    expect(sent.map((s) => s.kind).sort()).toEqual(['dialogue-prompt', 'pdca-reminder']);
    expect([...(a[0]?.failed ?? []), ...(b[0]?.failed ?? [])]).toEqual([]);
    expect((await posts()).map(kindOf)).toEqual(['pdca-reminder', 'dialogue-prompt']);
  });

  it('never posts twice after a crash between send and record, and reports the card', async () => {
    const store = createGraphStore({
      graphBaseUrl: emulator.graphBaseUrl,
      siteId: emulator.siteId,
      tokens: { getToken: () => Promise.resolve(emulator.tokenFor('app')) },
    });
    const real = createBotPoster({
      api: (serviceUrl) => runtime.bot.api(serviceUrl),
      limiter: new SlidingWindowLimiter(),
    });
    let crash = true;
    // The process dies right after the Bot Connector accepted the post.
    const crashing: ChannelPoster = {
      async postCard(target, card) {
        const result = await real.postCard(target, card);
        if (crash) throw new Error('killed after sending');
        return result;
      },
    };
    const run = (now: string, poster: ChannelPoster) =>
      runMonthlyReminders({
        now,
        stores: { targets: store, dashboards: store, log: store, dialogue: store },
        poster,
        defaults: { serviceUrl: emulator.url, tenantId: 'tenant' },
        tabDeepLink: (settings) => tabDeepLink('app', settings),
        runId: `run-${now}`,
        policy: { pendingTimeoutMinutes: 15 },
      });

    const crashed = await run('2027-01-01T09:30:00+01:00', crashing);
    expect(crashed.faults.map((f) => f.message)).toEqual(['Error: killed after sending']);
    expect(await posts()).toHaveLength(1);
    crash = false;
    // The emulator's clock is real time, months before the run's: the pending row is stale.
    const next = await run('2027-01-01T10:30:00+01:00', crashing);
    expect(next.failed.map((f) => [f.kind, f.reason])).toEqual([['pdca-reminder', 'unconfirmed']]);
    expect(next.sent.map((s) => s.kind)).toEqual(['dialogue-prompt']);
    const third = await run('2027-01-01T11:30:00+01:00', crashing);
    expect(third.sent).toEqual([]);
    expect(third.failed.map((f) => f.reason)).toEqual(['unconfirmed']);
    expect((await posts()).map(kindOf)).toEqual(['pdca-reminder', 'dialogue-prompt']);
    const pdca = (await logRows()).find(
      (r) => r.IdempotencyKey === 'pdca-reminder:pz-demo:2027-01',
    );
    expect(pdca).toMatchObject({ DeliveryState: 'failed' });
    expect(String(pdca?.LastError)).toMatch(/^UNCONFIRMED: left pending since/);
  });

  it('does not send again when the service posted but its answer was lost', async () => {
    await emulator.raw('/_emulator/bot/faults', {
      method: 'PUT',
      body: JSON.stringify({ afterPost: { status: 500, count: 1 } }),
    });
    const [first] = await runtime.runOnce(new Date('2027-01-01T09:30:00+01:00'));
    expect(first?.failed.map((f) => [f.kind, f.reason])).toEqual([
      ['pdca-reminder', 'unconfirmed'],
    ]);
    const [second] = await runtime.runOnce(new Date('2027-01-01T10:30:00+01:00'));
    expect(second?.sent).toEqual([]);
    expect((await posts()).map(kindOf)).toEqual(['pdca-reminder', 'dialogue-prompt']);
  });

  it('marks a team whose bot was removed, reports it and does not try again', async () => {
    const stats = async () =>
      ((await (await emulator.raw('/_emulator/bot/stats')).json()) as { accepted: number })
        .accepted;
    // Teams removes the bot and tells it: the bot records it.
    await emulator.raw(`/_emulator/bot/teams/${encodeURIComponent(DEMO_CHANNEL)}/remove`, {
      method: 'POST',
      body: '{}',
    });
    const settings = await settingsFields();
    expect(settings.BotState).toBe('removed');
    // Had the event been lost, the first post finds out (403) and records it just the same.
    await emulator.raw(`/_emulator/raw/IntegritySettings/${String(settings.id)}`, {
      method: 'PATCH',
      body: JSON.stringify({ BotState: 'unknown' }),
    });
    const [first] = await runtime.runOnce(new Date('2027-01-01T09:30:00+01:00'));
    expect(first?.failed.map((f) => [f.kind, f.reason])).toEqual([
      ['pdca-reminder', 'bot-removed'],
    ]);
    expect(first?.skipped.map((s) => [s.kind, s.reason])).toEqual([
      ['dialogue-prompt', 'bot-removed'],
    ]);
    expect((await settingsFields()).BotState).toBe('removed');
    expect(await posts()).toEqual([]);

    const before = await stats();
    const [next] = await runtime.runOnce(new Date('2027-02-01T09:30:00+01:00'));
    expect(next?.skipped.map((s) => s.reason)).toEqual(['bot-removed', 'bot-removed']);
    expect(await stats()).toBe(before);

    // Installed again: Teams sends the event, the bot records it, the next run posts.
    await emulator.raw(`/_emulator/bot/teams/${encodeURIComponent(DEMO_CHANNEL)}/install`, {
      method: 'POST',
      body: JSON.stringify({ aadGroupId: emulator.groupId, name: 'PZ Demo' }),
    });
    const installed = await settingsFields();
    expect(installed.BotState).toBe('installed');
    expect(JSON.parse(String(installed.ConversationReference))).toMatchObject({
      serviceUrl: emulator.url,
      teamId: DEMO_CHANNEL,
      aadGroupId: emulator.groupId,
    });
    const [back] = await runtime.runOnce(new Date('2027-02-01T10:30:00+01:00'));
    expect(back?.sent.map((s) => s.kind)).toEqual(['pdca-reminder', 'dialogue-prompt']);
  });

  it('counts "discussed" presses per team and prompt, storing no one’s id or name', async () => {
    await runtime.runOnce(new Date('2027-01-01T09:30:00+01:00'));
    const prompt = (await posts()).find((p) => kindOf(p) === 'dialogue-prompt');
    if (prompt === undefined) throw new Error('no prompt posted');
    const first = await press(prompt, 'member');
    expect(first.response).toMatchObject({
      statusCode: 200,
      type: 'application/vnd.microsoft.card.adaptive',
    });
    // Teams replaced the card for everyone: the answer has no button left.
    const replaced = (await posts()).find((p) => p.id === prompt.id);
    expect(JSON.stringify(replaced?.activity)).not.toContain('Action.Execute');
    // Another member presses on an older copy of the card.
    const second = await press(prompt, 'commander');
    expect(JSON.stringify(second.response.value)).toContain('2');

    const counts = await body<{ value: GraphItem[] }>(
      await emulator.graph(
        'app',
        `${emulator.listPath('IntegrityDialogueCounts')}/items?expand=fields`,
      ),
    );
    const { promptKey } = executeAction(prompt).data as { promptKey: string };
    const item = counts.value.find((i) => i.fields.PromptKey === promptKey);
    expect(item?.fields).toMatchObject({
      EntityId: 'pz-demo',
      DiscussedCount: 2,
      LastDiscussedOn: '2027-01-12T00:00:00Z',
    });
    const versions = await body<{
      value: { fields: Record<string, unknown>; lastModifiedBy: unknown }[];
    }>(
      await emulator.graph(
        'app',
        `${emulator.listPath('IntegrityDialogueCounts')}/items/${item?.id ?? ''}/versions?expand=fields`,
      ),
    );
    expect(versions.value).toHaveLength(2);
    const everything = JSON.stringify([item, versions.value]);
    for (const who of [
      'Tom Maes',
      'tom.maes',
      '9c3f0e4a',
      'Marc Janssens',
      'marc.janssens',
      '4a1f6c2e',
    ]) {
      expect(everything).not.toContain(who);
    }
  });

  it('snoozes from the reminder card: the next due month is skipped, the one after posts', async () => {
    await runtime.runOnce(new Date('2027-01-01T09:30:00+01:00'));
    const reminder = (await posts()).find((p) => kindOf(p) === 'pdca-reminder');
    if (reminder === undefined) throw new Error('no reminder posted');
    const answer = await press(reminder, 'commander');
    expect(answer.response).toMatchObject({
      statusCode: 200,
      type: 'application/vnd.microsoft.card.adaptive',
    });
    // Pressed on 12 January (the runtime's clock): paused until 1 March.
    expect((await settingsFields()).PauseUntil).toBe('2027-03-01T00:00:00Z');
    const [february] = await runtime.runOnce(new Date('2027-02-01T09:30:00+01:00'));
    expect(february?.skipped.map((s) => s.reason)).toEqual(['paused', 'paused']);
    const [march] = await runtime.runOnce(new Date('2027-03-01T09:30:00+01:00'));
    expect(march?.sent.map((s) => s.kind)).toEqual(['pdca-reminder', 'dialogue-prompt']);
  });

  it('refuses a press from a card of another team', async () => {
    await runtime.runOnce(new Date('2027-01-01T09:30:00+01:00'));
    const reminder = (await posts()).find((p) => kindOf(p) === 'pdca-reminder');
    if (reminder === undefined) throw new Error('no reminder posted');
    const { verb, data } = executeAction(reminder);
    const forged = await runtime.handleMessage({
      headers: {},
      body: {
        type: 'invoke',
        name: 'adaptiveCard/action',
        id: 'x',
        channelId: 'msteams',
        serviceUrl: emulator.url,
        from: { id: '29:x' },
        recipient: { id: '28:bot' },
        conversation: { id: '19:elsewhere@thread.tacv2;messageid=1', isGroup: true },
        channelData: {
          channel: { id: '19:elsewhere@thread.tacv2' },
          team: { id: '19:elsewhere@thread.tacv2' },
        },
        value: { action: { type: 'Action.Execute', verb, data } },
      },
    });
    expect(forged).toMatchObject({
      status: 200,
      body: { statusCode: 400, type: 'application/vnd.microsoft.error' },
    });
    expect((await settingsFields()).PauseUntil).toBeUndefined();
  });
});

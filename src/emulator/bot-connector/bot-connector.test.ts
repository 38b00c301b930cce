import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RouteModule } from '../context';
import { startTestEmulator, type TestEmulator } from '../test-support/emulator-harness';
import { botConnector } from './bot-connector';

const CHANNEL = '19:general0001@thread.tacv2';
const OTHER = '19:other0002@thread.tacv2';
const CARD = { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'Hello' }] };

let emulator: TestEmulator;
let clockMs = Date.UTC(2027, 0, 1, 8, 0, 0);
const botInbox: Record<string, unknown>[] = [];
let botAnswer: unknown = null;

/** A stand-in bot on the emulator's origin: records what Teams posts and answers as told. */
const fakeBot: RouteModule = (ctx) => {
  ctx.router.add(
    'POST',
    '/api/messages',
    (req) => {
      botInbox.push(req.body as Record<string, unknown>);
      return botAnswer === null ? { status: 200 } : { status: 200, body: botAnswer };
    },
    { kind: 'emulator', auth: 'none', errors: 'graph', faultable: false },
  );
};

beforeAll(async () => {
  emulator = await startTestEmulator({
    extraRoutes: [botConnector({ botEndpoint: '/api/messages', clock: () => clockMs }), fakeBot],
  });
});

afterAll(async () => {
  await emulator.close();
});

beforeEach(async () => {
  clockMs += 3_600_001;
  botInbox.length = 0;
  botAnswer = null;
  await emulator.raw('/_emulator/bot/reset', { method: 'POST' });
  await emulator.raw('/_emulator/bot/faults', { method: 'PUT', body: '{}' });
});

function connector(
  path: string,
  init: RequestInit = {},
  token: string | null = emulator.tokenFor('app'),
) {
  const headers = new Headers(init.headers);
  if (token !== null) headers.set('authorization', `Bearer ${token}`);
  headers.set('content-type', 'application/json');
  return fetch(`${emulator.url}${path}`, { ...init, headers });
}

function createPost(channel = CHANNEL, card: unknown = CARD, prefix = '') {
  return connector(`${prefix}/v3/conversations`, {
    method: 'POST',
    body: JSON.stringify({
      isGroup: true,
      tenantId: 'tenant',
      channelData: { channel: { id: channel } },
      activity: {
        type: 'message',
        attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }],
      },
    }),
  });
}

async function activities(
  channel?: string,
): Promise<{ id: string; replyToId: string | null; activity: Record<string, unknown> }[]> {
  const query = channel === undefined ? '' : `?channel=${encodeURIComponent(channel)}`;
  const response = await emulator.raw(`/_emulator/bot/activities${query}`);
  return ((await response.json()) as { value: never[] }).value;
}

describe('Bot Connector', () => {
  it('creates a new top-level post in a channel and answers its ids', async () => {
    const response = await createPost();
    expect(response.status).toBe(201);
    const body = (await response.json()) as { id: string; activityId: string };
    expect(body.id).toBe(`${CHANNEL};messageid=${body.activityId}`);
    const [stored] = await activities(CHANNEL);
    expect(stored?.id).toBe(body.activityId);
    expect(stored?.activity.attachments).toEqual([
      { contentType: 'application/vnd.microsoft.card.adaptive', content: CARD },
    ]);
  });

  it('ignores a regional prefix, decodes the conversation id, replies and updates in place', async () => {
    const created = (await (await createPost(CHANNEL, CARD, '/emea')).json()) as {
      id: string;
      activityId: string;
    };
    // Unencoded, as the SDKs send it, and percent-encoded: the same thread.
    const reply = await connector(`/amer/v3/conversations/${created.id}/activities`, {
      method: 'POST',
      body: JSON.stringify({ type: 'message', text: 'in the thread' }),
    });
    expect(reply.status).toBe(201);
    const replyTo = await connector(
      `/v3/conversations/${encodeURIComponent(CHANNEL)}/activities/${created.activityId}`,
      { method: 'POST', body: JSON.stringify({ type: 'message', text: 'a reply' }) },
    );
    expect(replyTo.status).toBe(201);
    const updated = await connector(
      `/v3/conversations/${encodeURIComponent(created.id)}/activities/${created.activityId}`,
      { method: 'PUT', body: JSON.stringify({ type: 'message', text: 'edited' }) },
    );
    expect(updated.status).toBe(200);
    const stored = await activities(CHANNEL);
    expect(stored.map((a) => a.replyToId)).toEqual([null, created.activityId, created.activityId]);
    expect(stored[0]?.activity.text).toBe('edited');
  });

  it('wants the app token', async () => {
    expect(
      (await connector('/v3/conversations', { method: 'POST', body: '{}' }, null)).status,
    ).toBe(401);
    const asUser = await connector(
      '/v3/conversations',
      {
        method: 'POST',
        body: JSON.stringify({
          channelData: { channel: { id: CHANNEL } },
          activity: { type: 'message' },
        }),
      },
      emulator.tokenFor('member'),
    );
    expect(asUser.status).toBe(401);
  });

  it('refuses a message over 28 KB and an activity without a type', async () => {
    const big = { ...CARD, body: [{ type: 'TextBlock', text: 'x'.repeat(29 * 1024) }] };
    const tooBig = await createPost(CHANNEL, big);
    expect(tooBig.status).toBe(413);
    const bad = await connector('/v3/conversations', {
      method: 'POST',
      body: JSON.stringify({ channelData: { channel: { id: CHANNEL } } }),
    });
    expect(bad.status).toBe(400);
  });

  it('limits one thread to 7 per second and answers 429 with Retry-After', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 8; i += 1) statuses.push((await createPost()).status);
    expect(statuses.slice(0, 7).every((s) => s === 201)).toBe(true);
    const refused = await createPost();
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('1');
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe(
      'TooManyRequests',
    );
    // Another thread is not held up; the same one is after its window.
    expect((await createPost(OTHER)).status).toBe(201);
    clockMs += 1_000;
    expect((await createPost()).status).toBe(201);
  });

  it('limits the app to 50 requests per second across threads', async () => {
    const statuses = await Promise.all(
      Array.from({ length: 51 }, (_, i) =>
        createPost(`19:c${i}@thread.tacv2`).then((r) => r.status),
      ),
    );
    expect(statuses.filter((s) => s === 201)).toHaveLength(50);
    expect(statuses.filter((s) => s === 429)).toHaveLength(1);
  });

  it('injects faults on its own requests only', async () => {
    await emulator.raw('/_emulator/bot/faults', {
      method: 'PUT',
      body: JSON.stringify({ rate: 1, statuses: [429], retryAfterSeconds: 2 }),
    });
    const refused = await createPost();
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('2');
    // Graph is not affected.
    expect((await emulator.graph('app', `/sites/${emulator.siteId}`)).status).toBe(200);
  });

  it('answers 403 once the bot is removed from the team, and tells the bot both ways', async () => {
    const remove = await emulator.raw(
      `/_emulator/bot/teams/${encodeURIComponent(CHANNEL)}/remove`,
      {
        method: 'POST',
        body: JSON.stringify({ aadGroupId: 'group-1', name: 'PZ Demo' }),
      },
    );
    expect(remove.status).toBe(200);
    const refused = await createPost();
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe(
      'BotNotInConversationRoster',
    );
    expect(botInbox[0]).toMatchObject({
      type: 'conversationUpdate',
      membersRemoved: [{ id: expect.stringMatching(/^28:/) as unknown }],
      channelData: { team: { id: CHANNEL, aadGroupId: 'group-1' }, eventType: 'teamMemberRemoved' },
    });

    await emulator.raw('/_emulator/bot/teams/group-1/install', { method: 'POST', body: '{}' });
    expect(botInbox[1]).toMatchObject({
      type: 'conversationUpdate',
      membersAdded: [{ id: expect.stringMatching(/^28:/) as unknown }],
    });
    expect((await createPost()).status).toBe(201);
  });
});

describe('channel page', () => {
  it('serves the page, its script and the renderer', async () => {
    const page = await emulator.raw('/_local/channel?team=x');
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('/_local/channel/channel-page.js');
    for (const asset of [
      'channel-page.js',
      'vendor/adaptivecards.js',
      'vendor/adaptivecards.css',
      'vendor/markdown-it.js',
    ]) {
      const response = await emulator.raw(`/_local/channel/${asset}`);
      expect(response.status, asset).toBe(200);
    }
  });

  it('lists a team’s posts and turns a button press into the invoke Teams sends', async () => {
    const created = (await (await createPost()).json()) as { activityId: string };
    const posts = (await (
      await emulator.raw(`/_local/channel/api/posts?team=${encodeURIComponent(CHANNEL)}`)
    ).json()) as {
      channels: { id: string; posts: { id: string }[] }[];
    };
    expect(posts.channels[0]?.posts.map((p) => p.id)).toEqual([created.activityId]);

    const updatedCard = { ...CARD, body: [{ type: 'TextBlock', text: 'Discussed ✓' }] };
    botAnswer = {
      statusCode: 200,
      type: 'application/vnd.microsoft.card.adaptive',
      value: updatedCard,
    };
    const pressed = await emulator.raw('/_local/channel/api/invoke', {
      method: 'POST',
      body: JSON.stringify({
        activityId: created.activityId,
        verb: 'dialogue.discussed',
        data: { a: 1 },
        persona: 'member',
      }),
    });
    expect(pressed.status).toBe(200);
    expect(botInbox[0]).toMatchObject({
      type: 'invoke',
      name: 'adaptiveCard/action',
      replyToId: created.activityId,
      conversation: { id: `${CHANNEL};messageid=${created.activityId}` },
      channelData: { channel: { id: CHANNEL } },
      value: { action: { type: 'Action.Execute', verb: 'dialogue.discussed', data: { a: 1 } } },
    });
    const [stored] = await activities(CHANNEL);
    expect(stored?.activity.attachments).toEqual([
      { contentType: 'application/vnd.microsoft.card.adaptive', content: updatedCard },
    ]);
  });
});

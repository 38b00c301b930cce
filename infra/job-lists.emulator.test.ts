import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { LISTS_MANIFEST } from '../manifest/manifest';
import { botConnector } from '../src/emulator/bot-connector/bot-connector';
import {
  body,
  startTestEmulator,
  type TestEmulator,
} from '../src/emulator/test-support/emulator-harness';
import { JOB_LIST_NAMES, JOB_LISTS } from '../src/job/composition/job-lists';
import { createLocalRuntime, LOCAL_BOT_ENDPOINT } from '../src/job/composition/local-runtime';
import type { ReminderRuntime } from '../src/job/composition/reminder-runtime';

/*
 * Which lists do the monthly job and the bot really touch? They run here against the emulator,
 * configured as in a tenant with INTEGRITY_LIST_IDS (every JOB_LISTS list by its GUID), while every
 * Graph request — and every request inside a `$batch` — is recorded. A list the code reaches by
 * name is one JOB_LISTS lacks: its grant would be missing in the tenant, and the dashboard's one
 * `$batch` would fail as a whole.
 */

const DEMO_CHANNEL = '19:7c2f4a9e1b3d4f6a8c0e2b4d6f8a0c1e@thread.tacv2';
const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };

type Touch = { readonly method: string; readonly list: string };

let emulator: TestEmulator;
let runtime: ReminderRuntime;
let listIds: Record<string, string>;
const touched: Touch[] = [];

/** `/lists/{ref}` segments of a Graph path, with the request's method. */
function touchesOf(method: string, path: string): Touch[] {
  return [...path.matchAll(/\/lists\/([^/?]+)/g)].map((m) => ({
    method: method.toUpperCase(),
    list: decodeURIComponent(m[1] ?? ''),
  }));
}

async function record(input: RequestInfo | URL, init?: RequestInit): Promise<void> {
  const request = input instanceof Request ? input : null;
  const url = new URL(request?.url ?? (input instanceof URL ? input.href : (input as string)));
  if (!url.pathname.startsWith('/v1.0/')) return;
  const method = init?.method ?? request?.method ?? 'GET';
  if (url.pathname === '/v1.0/$batch') {
    const text =
      typeof init?.body === 'string' ? init.body : ((await request?.clone().text()) ?? '{}');
    const { requests = [] } = JSON.parse(text) as {
      requests?: { method: string; url: string }[];
    };
    for (const inner of requests) touched.push(...touchesOf(inner.method, inner.url));
    return;
  }
  touched.push(...touchesOf(method, url.pathname));
}

async function posts(): Promise<{ id: string; activity: unknown }[]> {
  const response = await emulator.raw(
    `/_emulator/bot/activities?channel=${encodeURIComponent(DEMO_CHANNEL)}`,
  );
  return ((await response.json()) as { value: { id: string; activity: unknown }[] }).value;
}

/** Presses the first Action.Execute button of a posted card, as a channel member would. */
async function press(post: { id: string; activity: unknown }, persona: string): Promise<number> {
  const card = JSON.stringify(post.activity);
  const found = /"type":"Action\.Execute"[^}]*?"verb":"([^"]+)","data":(\{[^}]*\})/.exec(card);
  if (found?.[1] === undefined || found[2] === undefined) throw new Error('no button');
  const response = await emulator.raw('/_local/channel/api/invoke', {
    method: 'POST',
    body: JSON.stringify({
      activityId: post.id,
      verb: found[1],
      data: JSON.parse(found[2]) as unknown,
      persona,
    }),
  });
  return ((await response.json()) as { botStatus: number }).botStatus;
}

beforeAll(async () => {
  emulator = await startTestEmulator({
    extraRoutes: [botConnector({ botEndpoint: LOCAL_BOT_ENDPOINT })],
  });
  const lists = await body<{ value: { id: string; name: string }[] }>(
    await emulator.graph('app', `/sites/${emulator.siteId}/lists?$select=id,name`),
  );
  listIds = Object.fromEntries(
    lists.value
      .filter((l) => (JOB_LIST_NAMES as string[]).includes(l.name))
      .map((l) => [l.name, l.id]),
  );
  runtime = await createLocalRuntime({
    emulatorUrl: emulator.url,
    siteId: emulator.siteId,
    listIds,
    log: silent,
    now: () => new Date('2027-01-12T14:00:00+01:00'),
  });
  emulator.context.router.add(
    'POST',
    LOCAL_BOT_ENDPOINT,
    (request) => runtime.handleMessage({ headers: request.headers, body: request.body }),
    { kind: 'bot', auth: 'none', errors: 'graph', faultable: false },
  );

  const original = globalThis.fetch;
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    await record(input, init);
    return original(input, init);
  });
  // Everything the job and the bot do: a monthly pass that posts both cards, both buttons
  // (snooze writes the settings, "discussed" the counts), and an installation event.
  const [report] = await runtime.runOnce(new Date('2027-01-01T09:30:00+01:00'));
  expect(report?.sent.map((s) => s.kind)).toEqual(['pdca-reminder', 'dialogue-prompt']);
  for (const post of await posts()) expect(await press(post, 'commander')).toBe(200);
  const installed = await emulator.raw(
    `/_emulator/bot/teams/${encodeURIComponent(DEMO_CHANNEL)}/install`,
    { method: 'POST', body: JSON.stringify({ aadGroupId: emulator.groupId, name: 'PZ Demo' }) },
  );
  expect(installed.ok).toBe(true);
  vi.restoreAllMocks();
});

afterAll(async () => {
  await emulator.close();
});

describe('the lists the job and the bot use (JOB_LISTS)', () => {
  it('gives every list of JOB_LISTS an id in this emulator', () => {
    expect(Object.keys(listIds).sort()).toEqual([...JOB_LIST_NAMES].sort());
  });

  it('reaches every list by its configured id, none by name', () => {
    expect(touched.length).toBeGreaterThan(0);
    const ids = new Set(Object.values(listIds).map((id) => id.toLowerCase()));
    expect(touched.filter((t) => !ids.has(t.list.toLowerCase())).map((t) => t.list)).toEqual([]);
  });

  it('touches exactly the lists JOB_LISTS names', () => {
    const nameOf = new Map(Object.entries(listIds).map(([name, id]) => [id.toLowerCase(), name]));
    const used = new Set(touched.map((t) => nameOf.get(t.list.toLowerCase())));
    expect([...used].sort()).toEqual([...JOB_LIST_NAMES].sort());
  });

  it('writes exactly the lists JOB_LISTS grants write', () => {
    const nameOf = new Map(Object.entries(listIds).map(([name, id]) => [id.toLowerCase(), name]));
    const written = new Set(
      touched.filter((t) => t.method !== 'GET').map((t) => nameOf.get(t.list.toLowerCase())),
    );
    const granted = JOB_LIST_NAMES.filter((name) => JOB_LISTS[name] === 'write');
    expect([...written].sort()).toEqual([...granted].sort());
  });

  it('asks write only where manifest/lists.json lets the app write', () => {
    const appWritable = LISTS_MANIFEST.lists
      .filter((l) => l.permissions.write.includes('app'))
      .map((l) => l.name);
    const granted = JOB_LIST_NAMES.filter((name) => JOB_LISTS[name] === 'write');
    expect([...granted].sort()).toEqual([...appWritable].sort());
  });
});

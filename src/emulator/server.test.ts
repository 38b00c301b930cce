import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator } from './server';
import {
  body,
  startTestEmulator,
  type GraphError,
  type TestEmulator,
} from './test-support/emulator-harness';

let emu: TestEmulator;
const GUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

beforeAll(async () => {
  emu = await startTestEmulator({
    extraRoutes: [
      (ctx) => {
        ctx.router.add('GET', '/v3/ping', () => ({ status: 200, body: { pong: true } }), {
          kind: 'bot.ping',
          auth: 'none',
          errors: 'graph',
          faultable: true,
        });
      },
    ],
  });
});
afterAll(async () => {
  await emu.close();
});

describe('startEmulator', () => {
  it('reports its URLs and the composite site id', () => {
    expect(emu.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(emu.graphBaseUrl).toBe(`${emu.url}/v1.0`);
    expect(emu.siteId).toMatch(new RegExp(`^localhost,${GUID},${GUID}$`));
    expect(emu.siteUrl).toBe(`${emu.url}/sites/pz-demo`);
    expect(emu.groupId).toMatch(new RegExp(`^${GUID}$`));
  });

  it('serves the site by id, by group and by path', async () => {
    const byId = await body(await emu.graph('member', `/sites/${emu.siteId}`));
    expect(byId).toMatchObject({ id: emu.siteId, displayName: 'PZ Demo', webUrl: emu.siteUrl });
    const byGroup = await body(await emu.graph('member', `/groups/${emu.groupId}/sites/root`));
    expect(byGroup.id).toBe(emu.siteId);
    const byPath = await body(await emu.graph('member', '/sites/localhost:/sites/pz-demo'));
    expect(byPath.id).toBe(emu.siteId);
  });

  it('lists the site’s lists with unquoted list eTags', async () => {
    const lists = await body<{ value: { name: string; eTag: string }[] }>(
      await emu.graph('member', `/sites/${emu.siteId}/lists`),
    );
    expect(lists.value.map((l) => l.name)).toEqual(
      expect.arrayContaining(['IntegrityPlans', 'IntegrityReminderLog', 'IntegritySettings']),
    );
    expect(lists.value[0]?.eTag).toMatch(new RegExp(`^${GUID},\\d+$`));
  });

  it('answers unknown Graph paths with 400 BadRequest in the Graph envelope', async () => {
    const response = await emu.graph('member', '/me/drive');
    expect(response.status).toBe(400);
    expect((await body<GraphError>(response)).error.code).toBe('BadRequest');
  });

  it('accepts routes from other modules (extraRoutes)', async () => {
    expect(await body(await emu.raw('/v3/ping'))).toEqual({ pong: true });
  });

  it('counts requests by kind for benchmarks, with batch inner requests apart', async () => {
    await emu.raw('/_emulator/stats/reset', { method: 'POST' });
    await emu.graph('member', `${emu.listPath('IntegrityPlans')}/items`);
    await emu.graph('member', '/$batch', {
      method: 'POST',
      body: JSON.stringify({
        requests: [
          { id: '1', method: 'GET', url: `/sites/${emu.siteId}/lists/IntegrityPlans/items` },
          { id: '2', method: 'GET', url: `/sites/${emu.siteId}/lists/IntegrityActions/items` },
        ],
      }),
    });
    const stats = await body<{
      total: number;
      byKind: Record<string, number>;
      byMethodAndKind: Record<string, number>;
      batchInner: { total: number };
    }>(await emu.raw('/_emulator/stats'));
    expect(stats.total).toBe(2);
    expect(stats.byKind).toEqual({ 'graph.items': 1, 'graph.batch': 1 });
    expect(stats.byMethodAndKind['POST graph.batch']).toBe(1);
    expect(stats.batchInner.total).toBe(2);
  });

  it('answers CORS preflights from loopback origins only', async () => {
    const preflight = await emu.raw(`/v1.0/sites/${emu.siteId}`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:5173',
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'authorization',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    const foreign = await emu.raw('/_emulator/health', {
      headers: { origin: 'https://evil.example' },
    });
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('reports health', async () => {
    const health = await body(await emu.raw('/_emulator/health'));
    expect(health).toMatchObject({
      status: 'ok',
      siteId: emu.siteId,
      graphBaseUrl: emu.graphBaseUrl,
    });
  });

  it('refuses to listen beyond loopback', async () => {
    await expect(startEmulator({ host: '0.0.0.0', port: 0 })).rejects.toThrow(/loopback/);
  });

  it('keeps data in a SQLite file across restarts, and reseeds with reset', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'emulator-'));
    try {
      const dbPath = join(dir, 'data', 'emulator.sqlite');
      const first = await startEmulator({ dbPath, port: 0 });
      await fetch(`${first.url}/_emulator/raw/IntegrityPlans`, {
        method: 'POST',
        body: JSON.stringify({ Title: 'Blijft' }),
      });
      await first.close();
      const count = async (url: string, token: string): Promise<number> =>
        (
          await body<{ value: unknown[] }>(
            await fetch(`${url}/v1.0/sites/${emu.siteId}/lists/IntegrityPlans/items`, {
              headers: { authorization: `Bearer ${token}` },
            }),
          )
        ).value.length;
      const second = await startEmulator({ dbPath, port: 0 });
      expect(await count(second.url, second.tokenFor('member'))).toBe(2);
      await second.close();
      const third = await startEmulator({ dbPath, port: 0, reset: true });
      expect(await count(third.url, third.tokenFor('member'))).toBe(1);
      await third.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

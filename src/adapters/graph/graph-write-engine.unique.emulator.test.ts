import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../emulator/server';
import { errValue, okValue } from '../contract/expect-result';
import { settingsOf } from '../contract/fixtures';
import { freshEntityId } from '../contract/store-harness';
import type { GraphStoreContext } from './graph-context';
import { createGraphHttp, GraphNetworkError, type GraphHttp } from './graph-http';
import { DEFAULT_RETRY_POLICY } from './graph-retry';
import { applyWrites } from './graph-write-engine';
import type { WriteSpec } from './graph-writes';
import { SETTINGS_CODEC } from './mappers/settings.mapper';

/*
 * A create refused with 409 on a unique column (settings' EntityId) whose existing row holds the
 * same values: someone else's row unless this very write went unanswered before.
 */

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator({ dbPath: ':memory:', port: 0, seed: 'empty' });
});
afterAll(async () => {
  await emulator.close();
});

function contextWith(http: GraphHttp): GraphStoreContext {
  return {
    http,
    siteId: emulator.siteId,
    listSegment: (name) => name,
    policy: { ...DEFAULT_RETRY_POLICY, sleep: () => Promise.resolve(), random: () => 0.5 },
    pageSize: 100,
    newToken: () => crypto.randomUUID(),
  };
}

function realHttp(): GraphHttp {
  return createGraphHttp({
    graphBaseUrl: emulator.graphBaseUrl,
    tokens: { getToken: () => Promise.resolve(emulator.tokenFor('commander')) },
  });
}

function createSettings(entityId: string): WriteSpec {
  return {
    key: 'settings',
    op: 'create',
    codec: SETTINGS_CODEC,
    id: null,
    etag: null,
    value: settingsOf(entityId),
    after: [],
  };
}

describe('a 409 on a unique column', () => {
  it('is a conflict when another writer already created the same key, even with the same values', async () => {
    const entityId = freshEntityId('pz-unique');
    const ctx = contextWith(realHttp());
    const first = await applyWrites(ctx, [createSettings(entityId)], null);
    const mine = okValue(first.results[0]!);
    const second = await applyWrites(ctx, [createSettings(entityId)], null);
    expect(errValue(second.results[0]!)).toMatchObject({
      code: 'STORE.CONFLICT',
      kind: 'settings',
      id: mine!.id,
      current: { id: mine!.id, value: settingsOf(entityId) },
    });
  });

  it('is our own write when an earlier attempt of it went unanswered and landed late', async () => {
    const entityId = freshEntityId('pz-unique');
    const http = realHttp();
    // The first $batch is "lost": no answer, and it reaches the server only after the re-read
    // found nothing, just before the resend.
    let held: Parameters<GraphHttp['send']>[0] | null = null;
    const late: GraphHttp = {
      graphBaseUrl: http.graphBaseUrl,
      async send(request) {
        if (request.path === '/$batch' && held === null && request.method === 'POST') {
          held = request;
          throw new GraphNetworkError('dropped');
        }
        if (request.path === '/$batch' && held !== null) {
          const delayed = held;
          held = { method: 'GET', path: '/done' };
          if (delayed.path === '/$batch') await http.send(delayed);
        }
        return http.send(request);
      },
    };
    const report = await applyWrites(contextWith(late), [createSettings(entityId)], null);
    expect(okValue(report.results[0]!)).toMatchObject({ value: settingsOf(entityId) });
  });
});

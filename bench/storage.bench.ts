import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createGraphStore } from '../src/adapters/graph/graph-store';
import type { StatsSnapshot } from '../src/emulator/stats';
import { startEmulator } from '../src/emulator/server';
import type { Benchmark, Figure } from './bench.types';

// The storage figures of the issue: requests and estimated SharePoint resource units (RU) per
// dashboard load and per plan save, and the emulator's throughput and p95 latency under a mixed
// load from a second process on loopback.

const run = promisify(execFile);

/**
 * SharePoint's documented Graph costs: 1 RU for a single item read, 2 for a multi-item query or a
 * create/update/delete; a $batch is evaluated request by request (its envelope costs nothing).
 */
function resourceUnits(stats: StatsSnapshot): number {
  let units = 0;
  const all = [stats.byMethodAndKind, stats.batchInner.byMethodAndKind];
  for (const counts of all) {
    for (const [key, count] of Object.entries(counts)) {
      const [method, kind] = key.split(' ');
      if (kind === 'graph.batch') continue;
      units += (method === 'GET' && kind === 'graph.item' ? 1 : 2) * count;
    }
  }
  return units;
}

export const benchmark: Benchmark = {
  name: 'storage',
  async run() {
    const emulator = await startEmulator({ dbPath: ':memory:', port: 0, seed: 'demo' });
    try {
      const statsUrl = `${emulator.url}/_emulator/stats`;
      const stats = async (): Promise<StatsSnapshot> =>
        (await (await fetch(statsUrl)).json()) as StatsSnapshot;
      const reset = async (): Promise<void> => {
        await fetch(`${statsUrl}/reset`, { method: 'POST' });
      };
      const store = createGraphStore({
        graphBaseUrl: emulator.graphBaseUrl,
        siteId: emulator.siteId,
        tokens: { getToken: () => Promise.resolve(emulator.tokenFor('commander')) },
      });

      await reset();
      const loaded = await store.loadEntityDashboard('pz-demo');
      if (!loaded.ok) throw new Error(`dashboard load failed: ${loaded.error.code}`);
      const load = await stats();

      const bundle = loaded.value.plans.bundles[0];
      const objective = bundle?.objectives[0];
      const action = bundle?.actions[0];
      if (bundle === undefined || objective === undefined || action === undefined) {
        throw new Error('the demo seed has no plan to edit');
      }
      await reset();
      const report = await store.savePlanChanges('pz-demo', [
        {
          op: 'update',
          kind: 'objective',
          key: 'o',
          value: { ...objective.value, currentValue: 42 },
          etag: objective.etag,
        },
        {
          op: 'update',
          kind: 'action',
          key: 'a',
          value: { ...action.value, status: 'in-progress' },
          etag: action.etag,
        },
        {
          op: 'create',
          kind: 'action',
          key: 'n',
          draft: { ...action.value, title: 'Bench: a new action' },
        },
      ]);
      const save = await stats();

      const client = join(import.meta.dirname, 'support', 'load-client.mjs');
      const { stdout } = await run(
        process.execPath,
        [
          client,
          emulator.graphBaseUrl,
          emulator.siteId,
          emulator.tokenFor('commander'),
          '3000',
          '20',
          '8',
        ],
        { timeout: 60_000 },
      );
      const loadResult = JSON.parse(stdout) as {
        requests: number;
        errors: number;
        seconds: number;
        p50: number;
        p95: number;
      };

      const figures: Figure[] = [
        {
          name: 'HTTP requests to load an entity dashboard',
          value: load.total,
          unit: 'requests',
          better: 'lower',
          target: 1,
        },
        {
          name: 'requests inside that load',
          value: load.batchInner.total,
          unit: 'requests',
          better: 'lower',
          note: 'one $batch, ≤ 20',
        },
        {
          name: 'estimated SharePoint RU per dashboard load',
          value: resourceUnits(load),
          unit: 'RU',
          better: 'lower',
        },
        {
          name: 'HTTP requests to save a 3-item plan edit',
          value: save.total,
          unit: 'requests',
          better: 'lower',
          note: `${report.outcomes.filter((o) => o.result.ok).length} of 3 saved`,
        },
        {
          name: 'estimated SharePoint RU per 3-item plan save',
          value: resourceUnits(save),
          unit: 'RU',
          better: 'lower',
        },
        {
          name: 'emulator throughput, 80 % reads / 20 % If-Match writes, 8 concurrent',
          value: loadResult.requests / loadResult.seconds,
          unit: 'req/s',
          better: 'higher',
          note: `${loadResult.requests} requests, ${loadResult.errors} errors`,
        },
        {
          name: 'emulator latency p50 under that load',
          value: loadResult.p50,
          unit: 'ms',
          better: 'lower',
        },
        {
          name: 'emulator latency p95 under that load',
          value: loadResult.p95,
          unit: 'ms',
          better: 'lower',
        },
      ];
      return figures;
    } finally {
      await emulator.close();
    }
  },
};

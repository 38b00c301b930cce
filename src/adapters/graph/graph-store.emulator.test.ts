import { describeFaultContract } from '../contract/fault-session.contract';
import { describeLockedMeasurementContract } from '../contract/locked-measurement.contract';
import { describeMeasurementStoreContract } from '../contract/measurement-store.contract';
import { describePlanStoreContract } from '../contract/plan-store.contract';
import type { StoreHarness } from '../contract/store-harness';
import { startEmulator } from '../../emulator/server';
import { createGraphStore } from './graph-store';

/*
 * The store contracts against the local Microsoft 365 emulator over HTTP, through the real
 * Graph client. Retry sleeps are recorded, never waited.
 */

const MAX_ATTEMPTS = 5;

async function emulatorHarness(): Promise<StoreHarness> {
  const emulator = await startEmulator({ dbPath: ':memory:', port: 0, seed: 'empty' });
  const sleeps: number[] = [];
  const store = (persona: 'commander' | 'member' | 'app', pageSize = 100) =>
    createGraphStore({
      graphBaseUrl: emulator.graphBaseUrl,
      siteId: emulator.siteId,
      tokens: { getToken: () => Promise.resolve(emulator.tokenFor(persona)) },
      pageSize,
      retry: {
        maxAttempts: MAX_ATTEMPTS,
        sleep: (ms) => {
          sleeps.push(ms);
          return Promise.resolve();
        },
        random: () => 0.5,
      },
    });
  const raw = async (method: 'POST' | 'PATCH', path: string, fields: Record<string, unknown>) => {
    const response = await fetch(`${emulator.url}/_emulator/raw/${path}`, {
      method,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ fields }),
    });
    if (!response.ok)
      throw new Error(`raw ${method} ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as { id: string };
  };
  return {
    owner: store('commander'),
    member: store('member'),
    app: store('app'),
    withPageSize: (pageSize) => store('commander', pageSize),
    rawCreate: async (list, fields) => (await raw('POST', list, fields)).id,
    rawEdit: async (list, id, fields) => {
      await raw('PATCH', `${list}/${id}`, fields);
    },
    requestCount: async () => {
      const stats = (await (await fetch(`${emulator.url}/_emulator/stats`)).json()) as {
        total: number;
      };
      return stats.total;
    },
    setFaults: (faults) => {
      emulator.setFaults(faults);
      return Promise.resolve();
    },
    sleeps,
    maxAttempts: MAX_ATTEMPTS,
    close: () => emulator.close(),
  };
}

describePlanStoreContract('emulator', emulatorHarness);
describeMeasurementStoreContract('emulator', emulatorHarness);
describeLockedMeasurementContract('emulator', emulatorHarness);
describeFaultContract('emulator', emulatorHarness);

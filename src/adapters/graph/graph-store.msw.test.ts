import { setupServer } from 'msw/node';
import { afterAll, beforeAll } from 'vitest';
import { describeFaultContract } from '../contract/fault-session.contract';
import { describeLockedMeasurementContract } from '../contract/locked-measurement.contract';
import { describeMeasurementStoreContract } from '../contract/measurement-store.contract';
import { describePlanStoreContract } from '../contract/plan-store.contract';
import type { StoreHarness } from '../contract/store-harness';
import { createGraphStore } from './graph-store';
import { FAKE_GRAPH, FAKE_SITE, FakeGraphLists } from './test-support/fake-graph-lists';

const fake = new FakeGraphLists();
const server = setupServer(...fake.handlers());

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
});
afterAll(() => {
  server.close();
});

const MAX_ATTEMPTS = 5;

function harness(): Promise<StoreHarness> {
  const sleeps: number[] = [];
  const store = (token: string, pageSize = 100) =>
    createGraphStore({
      graphBaseUrl: FAKE_GRAPH,
      siteId: FAKE_SITE,
      tokens: { getToken: () => Promise.resolve(token) },
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
  return Promise.resolve({
    owner: store('owner'),
    member: store('member'),
    app: store('owner'),
    withPageSize: (pageSize) => store('owner', pageSize),
    rawCreate: (list, fields) => Promise.resolve(fake.rawCreate(list, fields)),
    rawEdit: (list, id, fields) => {
      fake.rawEdit(list, id, fields);
      return Promise.resolve();
    },
    requestCount: () => Promise.resolve(fake.outerRequests),
    setFaults: (faults) => {
      fake.setFaults(faults);
      return Promise.resolve();
    },
    sleeps,
    maxAttempts: MAX_ATTEMPTS,
    close: () => Promise.resolve(),
  });
}

describePlanStoreContract('msw fake Graph', harness);
describeMeasurementStoreContract('msw fake Graph', harness);
describeLockedMeasurementContract('msw fake Graph', harness);
describeFaultContract('msw fake Graph', harness);

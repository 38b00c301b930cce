import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FaultInjector } from './faults';
import {
  body,
  startTestEmulator,
  type GraphError,
  type TestEmulator,
} from './test-support/emulator-harness';

let emu: TestEmulator;

beforeAll(async () => {
  emu = await startTestEmulator();
});
afterAll(async () => {
  await emu.close();
});

const site = (headers: Record<string, string> = {}): Promise<Response> =>
  emu.graph('member', `/sites/${emu.siteId}`, { headers });

describe('fault injection', () => {
  it('answers x-emulator-fault: 429 with Retry-After and the SharePoint throttle body', async () => {
    const response = await site({ 'x-emulator-fault': '429', 'x-emulator-retry-after': '3' });
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('3');
    const error = await body<GraphError>(response);
    expect(error.error.code).toBe('activityLimitReached');
    expect(error.error.innerError).toMatchObject({
      code: 'throttledRequest',
      innerError: { code: 'quota' },
    });
    expect(error.error.innerError).toHaveProperty('request-id');
    expect(error.error.innerError).toHaveProperty('client-request-id');
  });

  it('answers 503 serviceNotAvailable the same way', async () => {
    const response = await site({ 'x-emulator-fault': '503' });
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('1');
    expect((await body<GraphError>(response)).error.code).toBe('serviceNotAvailable');
  });

  it('adds latency on request', async () => {
    const started = Date.now();
    expect((await site({ 'x-emulator-latency': '120' })).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(110);
  });

  it('drops the connection: fetch rejects without a status', async () => {
    await expect(site({ 'x-emulator-drop': '1' })).rejects.toThrow();
    expect((await site()).status).toBe(200);
  });

  it('drops connections at the configured dropRate', async () => {
    emu.setFaults({ dropRate: 1 });
    try {
      await expect(site()).rejects.toThrow();
    } finally {
      emu.setFaults(null);
    }
    expect((await site()).status).toBe(200);
  });

  it('draws configured faults from a seeded PRNG: the same seed gives the same sequence', async () => {
    const run = async (): Promise<number[]> => {
      emu.setFaults({ rate: 0.5, statuses: [429, 503], seed: 42, retryAfterSeconds: 1 });
      const statuses: number[] = [];
      for (let i = 0; i < 24; i++) statuses.push((await site()).status);
      emu.setFaults(null);
      return statuses;
    };
    const first = await run();
    const second = await run();
    expect(second).toEqual(first);
    const faulted = first.filter((s) => s !== 200);
    expect(faulted.length).toBeGreaterThan(4);
    expect(faulted.length).toBeLessThan(20);
    expect(new Set(faulted)).toEqual(new Set([429, 503]));
    const stats = await body<{ faults: Record<string, number> }>(await emu.raw('/_emulator/stats'));
    expect((stats.faults['429'] ?? 0) + (stats.faults['503'] ?? 0)).toBeGreaterThanOrEqual(
      faulted.length * 2,
    );
  });

  it('never faults the test endpoints, and refuses a rate outside 0..1', async () => {
    emu.setFaults({ rate: 1 });
    try {
      expect((await emu.raw('/_emulator/health')).status).toBe(200);
      expect(
        (await emu.raw('/_local/token', { method: 'POST', body: '{"persona":"member"}' })).status,
      ).toBe(200);
    } finally {
      emu.setFaults(null);
    }
    expect(() => new FaultInjector({ rate: 2 })).toThrow();
  });

  it('can switch faults over HTTP for tests in another process', async () => {
    const on = await emu.raw('/_emulator/faults', {
      method: 'PUT',
      body: JSON.stringify({ faults: { rate: 1, statuses: [503] } }),
    });
    expect(on.status).toBe(200);
    expect((await site()).status).toBe(503);
    await emu.raw('/_emulator/faults', { method: 'PUT', body: JSON.stringify({ faults: null }) });
    expect((await site()).status).toBe(200);
  });
});

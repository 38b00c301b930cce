import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  body,
  startTestEmulator,
  type GraphError,
  type TestEmulator,
} from '../test-support/emulator-harness';

let emu: TestEmulator;

type BatchResponse = {
  responses: {
    id: string;
    status: number;
    headers: Record<string, string>;
    body?: Record<string, unknown>;
  }[];
};

beforeAll(async () => {
  emu = await startTestEmulator();
});
afterAll(async () => {
  await emu.close();
});

function batch(
  requests: unknown[],
  persona: 'commander' | 'member' = 'commander',
): Promise<Response> {
  return emu.graph(persona, '/$batch', { method: 'POST', body: JSON.stringify({ requests }) });
}

const get = (id: string, list: string): Record<string, unknown> => ({
  id,
  method: 'GET',
  url: `/sites/${emu.siteId}/lists/${list}/items?expand=fields&$top=1`,
});

describe('Graph $batch', () => {
  it('runs 20 requests and answers 200 with each inner status', async () => {
    const requests = Array.from({ length: 20 }, (_, i) => get(String(i + 1), 'IntegrityActions'));
    requests[19] = { id: '20', method: 'GET', url: `/sites/${emu.siteId}/lists/Missing/items` };
    const response = await batch(requests);
    expect(response.status).toBe(200);
    const result = await body<BatchResponse>(response);
    expect(result.responses).toHaveLength(20);
    expect(result.responses.filter((r) => r.status === 200)).toHaveLength(19);
    const missing = result.responses.find((r) => r.id === '20');
    expect(missing?.status).toBe(404);
    expect((missing?.body as GraphError | undefined)?.error.code).toBe('itemNotFound');
  });

  it('refuses 21 requests, duplicate ids and unknown dependencies with 400', async () => {
    const tooMany = await batch(
      Array.from({ length: 21 }, (_, i) => get(String(i), 'IntegrityActions')),
    );
    expect(tooMany.status).toBe(400);
    expect((await body<GraphError>(tooMany)).error).toHaveProperty('innerError');
    const duplicate = await batch([get('a', 'IntegrityActions'), get('A', 'IntegrityPlans')]);
    expect(duplicate.status).toBe(400);
    const unknownDep = await batch([{ ...get('1', 'IntegrityActions'), dependsOn: ['9'] }]);
    expect(unknownDep.status).toBe(400);
  });

  it('orders by dependsOn and answers 424 when a dependency failed', async () => {
    const create = {
      id: '1',
      method: 'POST',
      url: `/sites/${emu.siteId}/lists/IntegrityActions/items`,
      headers: { 'Content-Type': 'application/json' },
      body: {
        fields: {
          Title: 'Via batch',
          EntityId: 'pz-demo',
          PlanRef: '1',
          ObjectiveRef: '3',
          ActionStatus: 'planned',
        },
      },
    };
    const ok = await body<BatchResponse>(
      await batch([{ ...get('2', 'IntegrityActions'), dependsOn: ['1'] }, create]),
    );
    expect(ok.responses.find((r) => r.id === '1')?.status).toBe(201);
    expect(ok.responses.find((r) => r.id === '2')?.status).toBe(200);

    const failing = await body<BatchResponse>(
      await batch([
        { ...create, body: { fields: { Title: 'Kapot', Bogus: 1 } } },
        { ...get('2', 'IntegrityActions'), dependsOn: ['1'] },
        { ...get('3', 'IntegrityPlans'), dependsOn: ['2'] },
      ]),
    );
    expect(failing.responses.map((r) => [r.id, r.status])).toEqual([
      ['1', 400],
      ['2', 424],
      ['3', 424],
    ]);
  });

  it('applies the caller’s rights to inner requests (member write → 403 inside a 200 batch)', async () => {
    const result = await batch(
      [
        {
          id: '1',
          method: 'PATCH',
          url: `/sites/${emu.siteId}/lists/IntegrityActions/items/1/fields`,
          headers: { 'Content-Type': 'application/json' },
          body: { Hours: 3 },
        },
      ],
      'member',
    );
    expect(result.status).toBe(200);
    expect((await body<BatchResponse>(result)).responses[0]?.status).toBe(403);
  });

  it('throttles inner requests individually, each 429 with its own Retry-After', async () => {
    const result = await body<BatchResponse>(
      await batch([
        get('1', 'IntegrityActions'),
        {
          ...get('2', 'IntegrityPlans'),
          headers: { 'x-emulator-fault': '429', 'x-emulator-retry-after': '7' },
        },
      ]),
    );
    const throttled = result.responses.find((r) => r.id === '2');
    expect(result.responses.find((r) => r.id === '1')?.status).toBe(200);
    expect(throttled?.status).toBe(429);
    expect(throttled?.headers['Retry-After']).toBe('7');
    expect((throttled?.body as GraphError | undefined)?.error.code).toBe('activityLimitReached');
  });

  it('draws configured faults per inner request, not for the envelope', async () => {
    emu.setFaults({ rate: 1, statuses: [503], retryAfterSeconds: 2, seed: 3 });
    try {
      const response = await batch([get('1', 'IntegrityActions'), get('2', 'IntegrityPlans')]);
      expect(response.status).toBe(200);
      const result = await body<BatchResponse>(response);
      expect(result.responses.map((r) => r.status)).toEqual([503, 503]);
      expect(result.responses[0]?.headers['Retry-After']).toBe('2');
    } finally {
      emu.setFaults(null);
    }
  });
});

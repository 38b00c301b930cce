import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LISTS_MANIFEST } from '../../../manifest/manifest';
import { startEmulator } from '../../emulator/server';
import { provisionLists, type ProvisionStep } from './provision-lists';

type Emulator = Awaited<ReturnType<typeof startEmulator>>;
let emulator: Emulator;

beforeAll(async () => {
  emulator = await startEmulator({
    dbPath: ':memory:',
    port: 0,
    seed: 'empty',
    provisionLists: false,
  });
});
afterAll(async () => {
  await emulator.close();
});

function run(onProgress?: (step: ProvisionStep) => void) {
  const tokens = { getToken: () => Promise.resolve(emulator.tokenFor('commander')) };
  return provisionLists({
    graphBaseUrl: emulator.graphBaseUrl,
    siteId: emulator.siteId,
    siteUrl: emulator.siteUrl,
    graphTokens: tokens,
    sharePointTokens: tokens,
    ...(onProgress === undefined ? {} : { onProgress }),
  });
}

describe('provisioning against the emulator (empty site)', () => {
  it('creates every list on the first run and changes nothing on the second', async () => {
    const progress: ProvisionStep[] = [];
    const first = await run((step) => progress.push(step));
    expect(first.changed).toBe(true);
    expect(progress).toEqual(first.steps);
    const names = LISTS_MANIFEST.lists.map((l) => l.name);
    expect(
      first.steps.filter((s) => s.step === 'list' && s.status === 'created').map((s) => s.list),
    ).toEqual(names);
    expect(Object.keys(first.listIds)).toEqual(names);
    // Every list keeps version history (the record auditors rely on), with the manifest's limit.
    for (const definition of LISTS_MANIFEST.lists) {
      const response = await fetch(
        `${emulator.siteUrl}/_api/web/lists/getById('${first.listIds[definition.name] ?? ''}')?$select=EnableVersioning,MajorVersionLimit`,
        {
          headers: {
            Authorization: `Bearer ${emulator.tokenFor('commander')}`,
            Accept: 'application/json;odata=nometadata',
          },
        },
      );
      expect(await response.json(), definition.name).toEqual({
        EnableVersioning: true,
        MajorVersionLimit: definition.versioning.majorVersionLimit,
      });
    }

    const second = await run();
    expect(second.changed).toBe(false);
    expect(second.steps.every((s) => s.status === 'unchanged')).toBe(true);
    expect(second.listIds).toEqual(first.listIds);
  });
});

import { createGraphStore, type GraphStore } from '../../src/adapters/graph/graph-store';
import type { Persona, RunningEmulator } from '../../src/emulator/server';

/**
 * The tab's own Graph store, used from the test process as `persona`: to read back what the
 * browser stored, or to record what a test does not need to click through, with the same
 * mappers, eTags and rights checks as the tab.
 */
export function graphStoreAs(
  emulator: Pick<RunningEmulator, 'graphBaseUrl' | 'siteId' | 'tokenFor'>,
  persona: Persona,
): GraphStore {
  return createGraphStore({
    graphBaseUrl: emulator.graphBaseUrl,
    siteId: emulator.siteId,
    tokens: { getToken: () => Promise.resolve(emulator.tokenFor(persona)) },
  });
}

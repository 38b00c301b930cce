import { render, type RenderResult } from '@testing-library/react';
import { userEvent, type UserEvent } from '@testing-library/user-event';
import type { HostContext } from '../../ports/host-context';
import { startEmulator, type RunningEmulator } from '../../emulator/server';
import { App } from '../app/App';
import { createTabServices, preloadLocalData } from '../composition/create-services';
import { readTabConfig } from '../composition/tab-config';
import type { TabServices, TabStore } from '../providers/tab-services';
import { createFakeHost, TEAMS_CONTEXT } from './fake-host';

// As in render-tab.tsx: the Graph modules the tab imports after sign-in are loaded before any test,
// so none is left importing into the environment's teardown.
await preloadLocalData();

/** The local emulator in this process, seeded with PZ Demo, on a free loopback port. */
export function startDemoEmulator(): Promise<RunningEmulator> {
  return startEmulator({ dbPath: ':memory:', port: 0, seed: 'demo' });
}

export type EmulatorTabOptions = {
  /** Wednesday 15 April 2026 in Brussels by default: inside PZ Demo's plan period. */
  readonly now?: Date;
  readonly context?: Partial<HostContext>;
  /** Replaces the store the tab writes through (e.g. one with instant retries). */
  readonly store?: (store: TabStore) => TabStore;
};

export type EmulatorTab = RenderResult & {
  readonly user: UserEvent;
  readonly services: TabServices;
};

/** The whole tab against the running emulator: real sign-in, real Graph store over HTTP. */
export function renderEmulatorTab(
  emulator: RunningEmulator,
  options: EmulatorTabOptions = {},
): EmulatorTab {
  const context: HostContext = { ...TEAMS_CONTEXT, entityId: 'pz-demo', ...options.context };
  const now = options.now ?? new Date('2026-04-15T08:00:00Z');
  const config = readTabConfig('local', emulator.url, { VITE_AAD_CLIENT_ID: 'client-id' });
  const base = createTabServices({
    config,
    host: createFakeHost(context),
    hostContext: context,
    now: () => now,
  });
  const wrap = options.store;
  const services: TabServices =
    wrap === undefined
      ? base
      : {
          ...base,
          data: async () => {
            const data = await base.data();
            return data.ok
              ? { ok: true, value: { ...data.value, store: wrap(data.value.store) } }
              : data;
          },
        };
  const user = userEvent.setup();
  return { ...render(<App services={services} />), user, services };
}

/** A hand edit in "SharePoint" (bypasses the store, adds a version, changes the eTag). */
export async function rawEdit(
  emulator: RunningEmulator,
  list: string,
  id: string,
  fields: Readonly<Record<string, unknown>>,
): Promise<void> {
  const response = await fetch(`${emulator.url}/_emulator/raw/${list}/${id}`, {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ fields }),
  });
  if (!response.ok) throw new Error(`raw PATCH ${list}/${id}: ${response.status}`);
}

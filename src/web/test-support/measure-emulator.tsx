import { render, screen, type RenderResult } from '@testing-library/react';
import { userEvent, type UserEvent } from '@testing-library/user-event';
import { startEmulator, type RunningEmulator } from '../../emulator/server';
import type { HostContext } from '../../ports/host-context';
import { App } from '../app/App';
import { createTabServices, preloadLocalData } from '../composition/create-services';
import { readTabConfig } from '../composition/tab-config';
import type { PersonaId, TabServices } from '../providers/tab-services';
import { createFakeHost, TEAMS_CONTEXT, type FakeHost } from './fake-host';

// As in render-tab.tsx: the Graph modules the tab imports after sign-in are loaded before any test,
// so none is left importing into the environment's teardown.
await preloadLocalData();

/*
 * Test support of the Measurements, History, My actions and Settings screens: the whole tab on
 * the in-process emulator, opened at a route, plus reads and hand edits of list items.
 */

/** The demo entity the emulator seeds ("PZ Demo"). */
export const DEMO_ENTITY = 'pz-demo';

/** A fresh in-memory emulator seeded with the demo, on a free loopback port. */
export function startSeededEmulator(): Promise<RunningEmulator> {
  return startEmulator({ dbPath: ':memory:', port: 0, seed: 'demo' });
}

export type TabAtOptions = {
  /** The route to open, e.g. `measurements` or `measurement/12` (no `#/`). */
  readonly path?: string;
  readonly context?: Partial<HostContext>;
  /** The clock; 1 December 2026, 10:00 in Brussels by default (after the seeded measurements). */
  readonly now?: Date;
};

export type TabAt = RenderResult & {
  readonly host: FakeHost;
  readonly user: UserEvent;
  readonly services: TabServices;
};

/**
 * The whole tab as the composition root builds it, in local mode against a running emulator, in
 * a fake Teams host configured for the demo entity, opened at `path`.
 */
export function renderTabAt(
  emulator: Pick<RunningEmulator, 'url'>,
  options: TabAtOptions = {},
): TabAt {
  const context: HostContext = { ...TEAMS_CONTEXT, entityId: DEMO_ENTITY, ...options.context };
  const host = createFakeHost(context);
  const now = options.now ?? new Date('2026-12-01T09:00:00Z');
  const config = readTabConfig('local', emulator.url, { VITE_AAD_CLIENT_ID: 'client-id' });
  const services = createTabServices({ config, host, hostContext: context, now: () => now });
  window.location.hash = options.path === undefined ? '' : `#/${options.path}`;
  const user = userEvent.setup();
  return { ...render(<App services={services} />), host, user, services };
}

const PERSONA_NAMES: Readonly<Record<PersonaId, RegExp>> = {
  commander: /mandate holder/i,
  'integrity-officer': /integrity officer/i,
  member: /team member/i,
  'aig-reviewer': /aig reviewer/i,
};

/** Signs in through the persona picker and waits for the tab's navigation. */
export async function signInPersona(user: UserEvent, persona: PersonaId): Promise<void> {
  await user.click(await screen.findByRole('radio', { name: PERSONA_NAMES[persona] }));
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
  await screen.findByRole('navigation', { name: 'Sections' }, { timeout: 10_000 });
}

/** A list item as the emulator's Graph returns it, fields by internal name. */
export type EmulatorItem = { readonly id: string; readonly fields: Record<string, unknown> };

/** Every item of a list, read as the commander (for finding ids and checking what was saved). */
export async function listItems(
  emulator: Pick<RunningEmulator, 'graphBaseUrl' | 'siteId' | 'tokenFor'>,
  list: string,
): Promise<readonly EmulatorItem[]> {
  const response = await fetch(
    `${emulator.graphBaseUrl}/sites/${emulator.siteId}/lists/${list}/items?expand=fields&$top=999`,
    { headers: { authorization: `Bearer ${emulator.tokenFor('commander')}` } },
  );
  const body = (await response.json()) as { value: EmulatorItem[] };
  return body.value;
}

/** Edits an item as a person in SharePoint's own UI would ("SharePoint UI (hand edit)"). */
export async function handEdit(
  emulator: Pick<RunningEmulator, 'url'>,
  list: string,
  id: string,
  fields: Record<string, unknown>,
): Promise<void> {
  const response = await fetch(`${emulator.url}/_emulator/raw/${list}/${id}`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(fields),
  });
  if (!response.ok) throw new Error(`Hand edit of ${list}/${id} failed: ${response.status}`);
}

/** Creates an item as a hand edit in SharePoint's UI would. */
export async function handCreate(
  emulator: Pick<RunningEmulator, 'url'>,
  list: string,
  fields: Record<string, unknown>,
): Promise<void> {
  const response = await fetch(`${emulator.url}/_emulator/raw/${list}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(fields),
  });
  if (!response.ok) throw new Error(`Hand create in ${list} failed: ${response.status}`);
}

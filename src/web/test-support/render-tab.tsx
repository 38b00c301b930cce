import { render, type RenderResult } from '@testing-library/react';
import { userEvent, type UserEvent } from '@testing-library/user-event';
import type { HostContext } from '../../ports/host-context';
import { App } from '../app/App';
import { createTabServices, preloadLocalData } from '../composition/create-services';
import { readTabConfig } from '../composition/tab-config';
import type { TabMode } from '../providers/tab-services';
import { createFakeHost, TEAMS_CONTEXT, type FakeHost } from './fake-host';

// The tab imports the Graph modules on first use, after sign-in. A test that ends right after
// signing in would leave that import running into the environment's teardown (vitest reports it as
// an unhandled error): loaded once here, the tab's own import finds them in the module cache.
await preloadLocalData();

export type RenderTabOptions = {
  readonly mode?: TabMode;
  readonly context?: Partial<HostContext>;
  /** The clock; Wednesday 1 October 2025, 10:00 in Brussels by default. */
  readonly now?: Date;
};

export type RenderedTab = RenderResult & { readonly host: FakeHost; readonly user: UserEvent };

/**
 * The whole tab as the composition root builds it (real services, real providers), in a fake
 * host. Local mode signs in against `personaTokenHandler` on the page's origin.
 */
export function renderTab(options: RenderTabOptions = {}): RenderedTab {
  const context: HostContext = { ...TEAMS_CONTEXT, ...options.context };
  const host = createFakeHost(context);
  const now = options.now ?? new Date('2025-10-01T08:00:00Z');
  const config = readTabConfig(options.mode ?? 'local', window.location.origin, {
    VITE_AAD_CLIENT_ID: 'client-id',
  });
  const services = createTabServices({ config, host, hostContext: context, now: () => now });
  const user = userEvent.setup();
  return { ...render(<App services={services} />), host, user };
}

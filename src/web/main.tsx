import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserHost } from '../adapters/teams/browser-host';
import { connectHost } from '../adapters/teams/teams-host';
import type { HostContext, HostPort } from '../ports/host-context';
import { App } from './app/App';
import { loadSetupNotice, loadSignInPage, SCREEN_CHUNKS } from './app/screen-chunks';
import { createTabServices, preloadLocalData } from './composition/create-services';
import { readPageMode, readTabConfig, type TabConfig } from './composition/tab-config';
import { currentPath, parseRoute } from './navigation/routes';
import type { TabServices } from './providers/tab-services';

// The tab's only composition root: it reads the mode the page was built for, connects to the
// host (Teams, or the plain browser when no host answers in time) and hands the services to App.

async function hostAndContext(
  timeoutMs: number,
  appId: string | null,
): Promise<{ host: HostPort; hostContext: HostContext }> {
  const host = await connectHost({ timeoutMs, ...(appId === null ? {} : { appId }) });
  try {
    return { host, hostContext: await host.getContext() };
  } catch (error) {
    // A host that completed the handshake but cannot give its context: carry on as a browser.
    console.warn('The host gave no context; running as a plain browser page.', error);
    const browser = createBrowserHost();
    return { host: browser, hostContext: await browser.getContext() };
  }
}

/** Runs `next` once the browser has painted: a frame callback precedes the paint, its task follows. */
function afterNextPaint(next: () => void): void {
  requestAnimationFrame(() => {
    setTimeout(next, 0);
  });
}

/**
 * Starts downloading what the first screen needs while the host handshake and the first render
 * run, instead of one chunk after the other as React reaches each lazy component. Locally the
 * persona picker comes first (index.html preloads it; it is what the user sees), and the screen
 * the URL names and the Graph store behind it follow once the picker is painted, so that their
 * evaluation does not hold the picker back. A failed download is only a lost head start: the lazy
 * component asks again and shows the error where it is rendered.
 */
function startFirstScreen(config: TabConfig): Promise<void> {
  const route = parseRoute(currentPath(window.location.hash, null));
  const rest = (): void => {
    Promise.all([
      route === null ? null : SCREEN_CHUNKS[route.name](),
      loadSetupNotice(),
      config.mode === 'local' ? preloadLocalData() : null,
    ]).catch(() => undefined);
  };
  if (config.mode !== 'local') {
    rest();
    return Promise.resolve();
  }
  const later = (): void => {
    afterNextPaint(rest);
  };
  return loadSignInPage().then(later, later);
}

/**
 * After sign-in, the data of the screen the tab shows is requested at once, while React renders
 * the signed-in shell and the screen; the screen takes that load over. Only the dashboard (the
 * screen a channel tab opens on, and the slowest to fill) does this so far.
 */
function prefetchScreenData(hostContext: HostContext, data: TabServices['data']): void {
  const route = parseRoute(currentPath(window.location.hash, hostContext.subPageId));
  if (route?.name !== 'dashboard') return;
  SCREEN_CHUNKS.dashboard().then(
    (page) => {
      page.prefetchDashboardData(data);
    },
    // The page shows the failed download itself when it renders.
    () => undefined,
  );
}

async function start(): Promise<void> {
  const config = readTabConfig(readPageMode(document), window.location.origin, import.meta.env);
  // The first render waits for the persona picker's chunk (preloaded beside the entry, so this is
  // rarely a wait): a lazy screen that suspends shows its spinner and React then holds the
  // content back for up to 300 ms after it arrives, to avoid flicker.
  const [{ host, hostContext }] = await Promise.all([
    hostAndContext(config.hostTimeoutMs, config.teamsAppId),
    startFirstScreen(config),
  ]);
  const services = createTabServices({
    config,
    host,
    hostContext,
    afterSignIn: (data) => {
      prefetchScreenData(hostContext, data);
    },
  });
  const container = document.getElementById('root');
  if (container === null) throw new Error('index.html has no #root element.');
  createRoot(container).render(
    <StrictMode>
      <App services={services} />
    </StrictMode>,
  );
}

start().catch((error: unknown) => {
  console.error('The Integrity Dashboard tab could not start.', error);
});

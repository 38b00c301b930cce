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
 * Starts downloading what the first screen needs (its chunk, the set-up notice and, locally, the
 * Graph store) while the first render runs, instead of one chunk after the other as React reaches
 * each lazy component. A failed download is only a lost head start: the lazy component asks again
 * and shows the error where it is rendered.
 */
function startFirstScreen(config: TabConfig): void {
  const route = parseRoute(currentPath(window.location.hash, null));
  Promise.all([
    route === null ? null : SCREEN_CHUNKS[route.name](),
    loadSetupNotice(),
    config.mode === 'local' ? preloadLocalData() : null,
  ]).catch(() => undefined);
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
  // Locally the persona picker may be the first screen: its chunk (preloaded by index.html) loads
  // during the host handshake, and the first render waits for it, because a lazy screen that
  // suspends shows its spinner and React then holds the content back for up to 300 ms after it
  // arrives, to avoid flicker.
  const signInPage = config.mode === 'local' ? loadSignInPage().catch(() => undefined) : null;
  const { host, hostContext } = await hostAndContext(config.hostTimeoutMs, config.teamsAppId);
  const services = createTabServices({
    config,
    host,
    hostContext,
    afterSignIn: (data) => {
      prefetchScreenData(hostContext, data);
    },
  });
  const { signIn } = services;
  if (signIn.kind === 'persona' && signIn.fromHost === null) {
    // A plain browser shows the picker first: the screen and the store follow once it is painted,
    // so that their evaluation does not hold the picker back.
    void signInPage?.then(() => {
      afterNextPaint(() => {
        startFirstScreen(config);
      });
    });
  } else {
    // Signed in without a click, so the screen downloads now. Locally in a Teams host, the host's
    // user's token request leaves now too, before React renders; in a tenant, MSAL's silent
    // sign-in starts when the session provider mounts.
    if (signIn.kind === 'persona') void signIn.fromHost?.();
    startFirstScreen(config);
  }
  await signInPage;
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

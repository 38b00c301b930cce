import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserHost } from '../adapters/teams/browser-host';
import { connectHost } from '../adapters/teams/teams-host';
import type { HostContext, HostPort } from '../ports/host-context';
import { App } from './app/App';
import { createTabServices } from './composition/create-services';
import { readPageMode, readTabConfig } from './composition/tab-config';

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

async function start(): Promise<void> {
  const config = readTabConfig(readPageMode(document), window.location.origin, import.meta.env);
  const { host, hostContext } = await hostAndContext(config.hostTimeoutMs, config.teamsAppId);
  const services = createTabServices({ config, host, hostContext });
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

import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** Debian's Chromium: the only browser the e2e tests and the bench drive. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

// Flags from the stack study (shared/reference/stack-feasibility.md §4): no sandbox in the
// container, no GPU, and nothing that phones home (QUIC, component updates, sync).
// Only the loopback origin is reachable: every other request goes to a proxy on the discard port,
// where nothing listens, so it fails at once (teams-js' CDN fetch included); Chromium never sends
// loopback through a proxy. Host names other than loopback do not even resolve. This is done in the
// browser's network stack rather than by Playwright routing, which would pause every request of
// the page (the tab's own chunks and API calls too) for a round trip through the test process.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--proxy-server=http://127.0.0.1:9',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

/**
 * Fails loudly when Chromium is missing: a skipped browser suite reads as green in CI and hides
 * that nothing was tested.
 */
export function requireChromium(): void {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `The browser tests need Chromium at ${CHROMIUM_PATH}. Install it with: ` +
        '`apt-get update && apt-get install -y chromium` (as root), then run the tests again.',
    );
  }
}

export type Browser = {
  readonly context: BrowserContext;
  close(): Promise<void>;
};

/**
 * A fresh, hermetic Chromium profile (its own temporary user-data dir, which Playwright requires
 * as a parameter rather than a `--user-data-dir` flag).
 */
export async function launchChromium(options: { locale?: string } = {}): Promise<Browser> {
  requireChromium();
  const userDataDir = mkdtempSync(join(tmpdir(), 'integrity-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    locale: options.locale ?? 'en-GB',
    timezoneId: 'Europe/Brussels',
    viewport: { width: 1280, height: 900 },
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { startEmulator, type RunningEmulator } from '../../src/emulator/server';
import { staticFiles } from '../../src/emulator/static-files';
import { VERIFIED_TEAMS_JS_VERSION } from '../../src/emulator/teams-host/protocol';
import { teamsHostRoutes } from '../../src/emulator/teams-host/routes';
import { ROOT } from '../support/tab-server';

/** A call the host page recorded (`window.__hostCalls`). */
export type HostCall = {
  readonly frame: string;
  readonly func: string;
  readonly args: readonly unknown[];
  readonly handled: boolean;
  readonly reply: readonly unknown[] | null;
};

/** The teams-js version installed; the host protocol is verified for one version only. */
export function installedTeamsJsVersion(): string {
  const manifest = JSON.parse(
    readFileSync(join(ROOT, 'node_modules', '@microsoft', 'teams-js', 'package.json'), 'utf8'),
  ) as { version: string };
  return manifest.version;
}

export function assertVerifiedTeamsJs(): void {
  const version = installedTeamsJsVersion();
  if (version !== VERIFIED_TEAMS_JS_VERSION) {
    throw new Error(
      `@microsoft/teams-js is ${version}, but the local Teams host protocol was verified against ` +
        `${VERIFIED_TEAMS_JS_VERSION}. Re-verify the protocol (shared/reference/teams-host-protocol.md, ` +
        'src/emulator/teams-host/protocol.ts), then update VERIFIED_TEAMS_JS_VERSION.',
    );
  }
}

/** The emulator with the Teams host page and the built tab on one loopback origin. */
export function startHost(distDir: string): Promise<RunningEmulator> {
  return startEmulator({
    port: 0,
    dbPath: ':memory:',
    seed: 'demo',
    extraRoutes: [teamsHostRoutes(), staticFiles(distDir)],
  });
}

/** Opens `/teams` (query: team, channel, view, theme, locale, persona) and waits for its teams. */
export async function openHost(
  page: Page,
  origin: string,
  query: Readonly<Record<string, string>> = {},
): Promise<void> {
  const search = new URLSearchParams(query).toString();
  await page.goto(`${origin}/teams${search === '' ? '' : `?${search}`}`);
  await page.locator('body[data-ready="true"]').waitFor();
}

export function hostCalls(page: Page): Promise<HostCall[]> {
  return page.evaluate(() => (window as unknown as { __hostCalls: HostCall[] }).__hostCalls);
}

/** Waits until the framed page `frame` has sent `func` at least `count` times; returns the last. */
export async function waitForCall(
  page: Page,
  frame: string,
  func: string,
  count = 1,
): Promise<HostCall> {
  await page.waitForFunction(
    ([f, name, n]) =>
      (window as unknown as { __hostCalls: HostCall[] }).__hostCalls.filter(
        (call) => call.frame === f && call.func === name,
      ).length >= n,
    [frame, func, count] as const,
    { timeout: 20_000 },
  );
  const calls = (await hostCalls(page)).filter(
    (call) => call.frame === frame && call.func === func,
  );
  const last = calls.at(-1);
  if (last === undefined) throw new Error(`no ${func} from ${frame}`);
  return last;
}

/** The context the host answered the framed page's last `getContext` with. */
export async function lastContext(
  page: Page,
  frame: string,
  count = 1,
): Promise<Record<string, unknown>> {
  const call = await waitForCall(page, frame, 'getContext', count);
  return call.reply?.[0] as Record<string, unknown>;
}

/** The frame of the tab's content (the channel or personal tab on the stage). */
export async function contentFrame(page: Page): Promise<Frame> {
  const handle = await page.locator('#stage iframe').elementHandle({ timeout: 20_000 });
  const frame = await handle.contentFrame();
  if (frame === null) throw new Error('The host shows no tab frame.');
  await frame.waitForLoadState('domcontentloaded');
  return frame;
}

/**
 * Waits until the tab has signed itself in: in the host it takes the persona from the context's
 * loginHint (the host's "Signed in as"), as a tab in Teams takes the user's account.
 */
export async function signInInTab(frame: Frame): Promise<void> {
  await frame.getByRole('navigation').first().waitFor({ timeout: 20_000 });
}

/** The tab's screen is ready when its heading is there and no spinner is left. */
export async function tabSettled(frame: Frame): Promise<void> {
  await frame.locator('h1').first().waitFor({ timeout: 20_000 });
  await frame.waitForFunction(() => document.querySelectorAll('.fui-Spinner').length === 0, null, {
    timeout: 20_000,
  });
}

/** The `data-theme` the tab's ThemeProvider sets and the background it paints. */
export function tabTheme(frame: Frame): Promise<{ theme: string | null; background: string }> {
  return frame.evaluate(() => {
    const root = document.querySelector('[data-theme]');
    return {
      theme: root?.getAttribute('data-theme') ?? null,
      background: root === null ? '' : getComputedStyle(root).backgroundColor,
    };
  });
}

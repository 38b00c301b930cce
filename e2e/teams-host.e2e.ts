import { statSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../src/emulator/server';
import { entityDeepLink } from '../src/emulator/teams-host/protocol';
import { LOCAL_TEAMS_APP_ID } from '../src/emulator/teams-host/routes';
import { launchChromium, type Browser } from './support/chromium';
import { ROOT, buildTabOnce } from './support/tab-server';
import {
  assertVerifiedTeamsJs,
  contentFrame,
  hostCalls,
  lastContext,
  openHost,
  signInInTab,
  startHost,
  tabSettled,
  tabTheme,
  waitForCall,
} from './teams-host-support/host';

// The local Teams host (src/emulator/teams-host) framing the production build of the tab: every
// check goes through the real teams-js 2.58 calls, not the tab's "not in Teams" fallback.

let emulator: RunningEmulator;
let browser: Browser;
let page: Page;

/** Set TEAMS_HOST_SCREENSHOT=1 to refresh docs/local-teams-host.png from the dashboard test. */
const SCREENSHOT = join(ROOT, 'docs', 'local-teams-host.png');

const SEED_CHANNEL = '19:7c2f4a9e1b3d4f6a8c0e2b4d6f8a0c1e@thread.tacv2';

beforeAll(async () => {
  assertVerifiedTeamsJs();
  const dist = await buildTabOnce();
  emulator = await startHost(dist);
  browser = await launchChromium();
  page = await browser.context.newPage();
});

afterAll(async () => {
  await browser.close();
  await emulator.close();
});

/**
 * The screens below start from a tab already configured as the configuration page saves it (the
 * entity's code as `entityId`, the tab's page as `contentUrl`), without replaying the dialog.
 */
async function configureEntityTab(): Promise<void> {
  const response = await fetch(`${emulator.url}/_local/teams-host/tabs/${emulator.groupId}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      contentUrl: `${emulator.url}/index.html`,
      entityId: 'pz-demo',
      suggestedDisplayName: 'Integrity',
    }),
  });
  expect(response.status).toBe(200);
}

async function annualMeasurementId(): Promise<string> {
  const response = await fetch(
    `${emulator.graphBaseUrl}/sites/${emulator.siteId}/lists/IntegrityMeasurements/items?expand=fields`,
    { headers: { authorization: `Bearer ${emulator.tokenFor('commander')}` } },
  );
  const items = (await response.json()) as {
    value: { id: string; fields: Record<string, unknown> }[];
  };
  const annual = items.value.find((item) => item.fields.MeasurementKind === 'annual');
  if (annual === undefined) throw new Error('The demo seed has no annual measurement.');
  return annual.id;
}

describe('the local Teams host', () => {
  it('is verified against the installed teams-js', () => {
    // beforeAll already failed the file with the re-verify message when this does not hold.
    expect(() => {
      assertVerifiedTeamsJs();
    }).not.toThrow();
  });

  it('adds the tab to a team through its configuration page, then opens it', async () => {
    await openHost(page, emulator.url);
    // The host's own chrome (the tab in its frame has its own accessibility tests).
    const axe = await new AxeBuilder({ page }).exclude('#stage iframe').analyze();
    expect(axe.violations.map((violation) => violation.id)).toEqual([]);
    await page.getByRole('button', { name: '+ Add a tab' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    const save = dialog.getByRole('button', { name: 'Save' });
    // Atomically: Save stays disabled as long as the page has not declared itself valid.
    const before = await page.evaluate(() => ({
      disabled: (document.getElementById('config-save') as HTMLButtonElement).disabled,
      valid: (window as unknown as { __hostCalls: { func: string }[] }).__hostCalls.some(
        (call) => call.func === 'settings.setValidityState',
      ),
    }));
    expect(before).toEqual({ disabled: true, valid: false });

    const validity = await waitForCall(page, 'settings', 'settings.setValidityState');
    expect(validity.args).toEqual([true]);
    await expect.poll(() => save.isEnabled()).toBe(true);
    const settingsContext = await lastContext(page, 'settings');
    expect(settingsContext).toMatchObject({
      frameContext: 'settings',
      groupId: emulator.groupId,
      channelId: SEED_CHANNEL,
      locale: 'nl-BE',
    });
    expect(settingsContext).not.toHaveProperty('entityId');

    await save.click();
    await dialog.waitFor({ state: 'hidden' });
    const setSettings = await waitForCall(page, 'settings', 'settings.setSettings');
    expect(setSettings.reply).toEqual([true]);
    const funcs = (await hostCalls(page)).map((call) => call.func);
    expect(funcs.indexOf('settings.setSettings')).toBeLessThan(
      funcs.indexOf('settings.save.success'),
    );

    const tabs = (await (await fetch(`${emulator.url}/_local/teams-host/tabs`)).json()) as {
      value: Record<string, { contentUrl: string; entityId: string }>;
    };
    const saved = tabs.value[emulator.groupId];
    expect(saved).toMatchObject({
      // The page saves the team's entity (suggested from the team) and no hash: an empty route is
      // Home, so a deep link's subPageId is not overridden.
      contentUrl: `${emulator.url}/index.html`,
      entityId: 'pz-demo',
    });

    const context = await lastContext(page, 'content');
    expect(context).toMatchObject({
      frameContext: 'content',
      entityId: saved?.entityId,
      groupId: emulator.groupId,
      channelId: SEED_CHANNEL,
      channelName: 'General',
      loginHint: 'marc.janssens@pz-demo.example',
    });
    await expect(
      page.getByRole('button', { name: 'Integriteit' }).getAttribute('aria-current'),
    ).resolves.toBe('page');
    const frame = await contentFrame(page);
    // Signed in from the host's loginHint, in the host's language: Home greets the commander.
    await expect
      .poll(() => frame.locator('h1').first().textContent(), { timeout: 20_000 })
      .toBe('Welkom, Marc Janssens');
  });

  it('switches the open dashboard to dark and high contrast without a reload', async () => {
    await configureEntityTab();
    await page.setViewportSize({ width: 1280, height: 800 });
    await openHost(page, emulator.url, { locale: 'en-US', view: 'tab' });
    const frame = await contentFrame(page);
    await signInInTab(frame);
    await frame.evaluate(() => {
      window.location.hash = '#/dashboard';
    });
    await frame.getByRole('table', { name: 'Maturity matrix' }).waitFor({ timeout: 30_000 });
    await tabSettled(frame);
    const light = await tabTheme(frame);
    expect(light.theme).toBe('default');
    if (process.env.TEAMS_HOST_SCREENSHOT === '1') {
      await page.screenshot({ path: SCREENSHOT });
      expect(statSync(SCREENSHOT).size).toBeLessThanOrEqual(200 * 1024);
    }

    // A mark in the tab's document: it survives only if the tab is not reloaded.
    await frame.evaluate(() => {
      (window as unknown as { __sameDocument: boolean }).__sameDocument = true;
    });
    await page.getByLabel('Theme').selectOption('dark');
    await frame.waitForFunction(
      () => document.querySelector('[data-theme]')?.getAttribute('data-theme') === 'dark',
    );
    const dark = await tabTheme(frame);
    expect(dark.background).not.toBe(light.background);

    await page.getByLabel('Theme').selectOption('contrast');
    await frame.waitForFunction(
      () => document.querySelector('[data-theme]')?.getAttribute('data-theme') === 'contrast',
    );
    const contrast = await tabTheme(frame);
    expect(contrast.background).toBe('rgb(0, 0, 0)');
    await expect(
      frame.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument),
    ).resolves.toBe(true);
    await frame.getByRole('table', { name: 'Maturity matrix' }).waitFor();
  });

  it('opens the tab in French and German when the host’s language says so', async () => {
    const expected = [
      ['fr-BE', 'fr', 'Bienvenue, Marc Janssens'],
      ['de-DE', 'de', 'Willkommen, Marc Janssens'],
    ] as const;
    for (const [locale, lang, heading] of expected) {
      const before = (await hostCalls(page)).filter(
        (call) => call.frame === 'content' && call.func === 'getContext',
      ).length;
      await page.getByLabel('Language').selectOption(locale);
      await expect(lastContext(page, 'content', before + 1)).resolves.toMatchObject({ locale });
      const frame = await contentFrame(page);
      await frame.waitForFunction((l) => document.documentElement.lang === l, lang);
      await expect
        .poll(() => frame.locator('h1').first().textContent(), { timeout: 20_000 })
        .toBe(heading);
      // No language was picked in the tab: the host's is the one in use.
      await expect(
        frame.evaluate(() => Object.keys(window.localStorage).filter((k) => /lang/i.test(k))),
      ).resolves.toEqual([]);
    }
  });

  it('opens the measurement a deep link names, as a reminder card’s button does', async () => {
    const measurementId = await annualMeasurementId();
    await page.getByLabel('Language').selectOption('en-US');
    const frame = await contentFrame(page);
    await frame.locator('h1').first().waitFor();
    const before = (await hostCalls(page)).filter(
      (call) => call.frame === 'content' && call.func === 'getContext',
    ).length;
    const link = entityDeepLink(
      LOCAL_TEAMS_APP_ID,
      'pz-demo',
      `measurement/${measurementId}`,
      SEED_CHANNEL,
    );
    // What `app.openLink(link)` sends from inside the tab (teams-js' executeDeepLink request).
    await frame.evaluate((url) => {
      window.parent.postMessage(
        { id: 9001, uuidAsString: 'e2e-deep-link', func: 'executeDeepLink', args: [url] },
        window.location.origin,
      );
    }, link);
    const call = await waitForCall(page, 'content', 'executeDeepLink');
    expect(call.reply).toEqual([true]);
    await expect(lastContext(page, 'content', before + 1)).resolves.toMatchObject({
      subEntityId: `measurement/${measurementId}`,
      entityId: 'pz-demo',
    });
    const opened = await contentFrame(page);
    await signInInTab(opened);
    await tabSettled(opened);
    await expect(opened.locator('h1').first().textContent()).resolves.toMatch(
      /^Annual measurement of .*2026$/,
    );
  });
});

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../src/emulator/server';
import { launchChromium, type Browser } from './support/chromium';
import { goTo, openSignedIn } from './support/tab-page';
import { buildTabOnce, requestStats, resetRequestStats, startTab } from './support/tab-server';

let emulator: RunningEmulator;
let browser: Browser;

beforeAll(async () => {
  const dist = await buildTabOnce();
  emulator = await startTab(dist);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser.close();
  await emulator.close();
});

async function newPage(): Promise<Page> {
  return browser.context.newPage();
}

describe('the dashboard in Chromium', () => {
  it('shows a commander the seeded maturity, its evolution and the balance', async () => {
    const page = await newPage();
    await openSignedIn(page, emulator.url, 'commander');
    await resetRequestStats(emulator);
    const started = Date.now();
    await goTo(page, 'dashboard');
    const heatmap = page.getByRole('table', { name: 'Maturity matrix' });
    await heatmap.waitFor();
    const readyMs = Date.now() - started;
    const stats = await requestStats(emulator);
    console.info(
      `dashboard ready in ${readyMs} ms after sign-in; ${stats.total} request(s)`,
      stats.byMethodAndKind,
    );

    await expect(heatmap.getByRole('columnheader').nth(1).textContent()).resolves.toMatch(
      /^Baseline of .*\(locked\)$/,
    );
    expect(await heatmap.getByRole('rowheader').count()).toBeGreaterThan(90);
    await page.getByRole('table', { name: /Median level per pillar/ }).waitFor();
    await page.getByRole('region', { name: 'Balance of the plan' }).waitFor();
    // The lazily loaded chart chunk renders its SVG beside the tables.
    await page.locator('svg').first().waitFor();
    // One $batch for the whole screen. The site lookup (`GET /sites/root`) is the session's first
    // data access, made once whichever screen comes first, so it is not a dashboard request.
    expect(stats.byMethodAndKind['POST graph.batch']).toBe(1);
    expect(stats.total - (stats.byMethodAndKind['GET graph.site'] ?? 0)).toBe(1);
    await page.close();
  });

  it('shows French labels after switching the language', async () => {
    const page = await newPage();
    await openSignedIn(page, emulator.url, 'commander', 'dashboard');
    await page.getByRole('combobox', { name: 'Language' }).selectOption('fr');
    await page.getByRole('heading', { level: 1, name: 'Tableau de bord' }).waitFor();
    await page.getByRole('table', { name: 'Matrice de maturité' }).waitFor();
    await expect(
      page.getByRole('heading', { name: 'Équilibre du plan' }).isVisible(),
    ).resolves.toBe(true);
    await page.close();
  });

  it('gives a team member no edit controls on the plan and the measurements', async () => {
    const page = await newPage();
    await openSignedIn(page, emulator.url, 'member', 'plan');
    for (const path of ['plan', 'measurements', 'dashboard']) {
      await goTo(page, path);
      const editable = page.locator(
        'main input:not([type="radio"]):not([readonly]):not([disabled]), main textarea:not([readonly]):not([disabled])',
      );
      expect(await editable.count(), `editable fields on ${path}`).toBe(0);
      const editButtons = page
        .locator('main')
        .getByRole('button', { name: /^(save|add|edit|new|create|delete|lock)\b/i });
      expect(await editButtons.count(), `edit buttons on ${path}`).toBe(0);
    }
    await page.close();
  });
});

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphStore } from '../src/adapters/graph/graph-store';
import { loadEntityDashboard } from '../src/app/load-entity-dashboard';
import type { RunningEmulator } from '../src/emulator/server';
import { launchChromium, type Browser } from './support/chromium';
import {
  goTo,
  openSignedIn,
  screenshot,
  seriousViolations,
  useTheme,
  type Theme,
} from './support/tab-page';
import { buildTabOnce, startTab } from './support/tab-server';

// Every screen, in the light and the dark theme: a screenshot for review (screenshots/) and
// axe-core's WCAG 2.1 AA rules, of which no serious or critical finding may remain.

let emulator: RunningEmulator;
let browser: Browser;
let page: Page;
let screens: readonly { readonly name: string; readonly path: string }[] = [];

const THEMES: readonly Theme[] = ['light', 'dark'];

/** Ids of a seeded objective and measurement, read straight from the emulator. */
async function seededIds(): Promise<{ objectiveId: string; measurementId: string }> {
  const store = createGraphStore({
    graphBaseUrl: emulator.graphBaseUrl,
    siteId: emulator.siteId,
    tokens: { getToken: () => Promise.resolve(emulator.tokenFor('commander')) },
  });
  const loaded = await loadEntityDashboard(store, 'pz-demo');
  if (!loaded.ok) throw new Error(`the demo could not be read: ${loaded.error.code}`);
  const objective = loaded.value.currentPlan?.objectives[0];
  const measurement = loaded.value.measurements[0];
  if (objective === undefined || measurement === undefined) throw new Error('no demo data');
  return { objectiveId: objective.id, measurementId: measurement.id };
}

beforeAll(async () => {
  const dist = await buildTabOnce();
  emulator = await startTab(dist);
  const { objectiveId, measurementId } = await seededIds();
  screens = [
    { name: 'home', path: '' },
    { name: 'plan', path: 'plan' },
    { name: 'objective', path: `plan/objective/${objectiveId}` },
    { name: 'measurements', path: 'measurements' },
    { name: 'measurement', path: `measurement/${measurementId}` },
    { name: 'dashboard', path: 'dashboard' },
    { name: 'history', path: `history/objective/${objectiveId}` },
    { name: 'my-actions', path: 'my-actions' },
    { name: 'settings', path: 'settings' },
    { name: 'exports', path: 'exports' },
    { name: 'setup', path: 'setup' },
  ];
  browser = await launchChromium();
  page = await browser.context.newPage();
  await openSignedIn(page, emulator.url, 'commander');
});

afterAll(async () => {
  await browser.close();
  await emulator.close();
});

describe('every screen, light and dark', () => {
  for (const theme of THEMES) {
    it(`has no serious or critical axe finding in the ${theme} theme`, async () => {
      await useTheme(page, theme);
      const findings: string[] = [];
      for (const screen of screens) {
        await goTo(page, screen.path);
        await screenshot(page, screen.name, theme);
        for (const v of await seriousViolations(page)) {
          findings.push(`${screen.name} (${theme}): ${v.impact} ${v.id} at ${v.nodes.join(', ')}`);
        }
      }
      expect(findings, findings.join('\n')).toEqual([]);
    });
  }
});

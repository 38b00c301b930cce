import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { ROOT } from './tab-server';

export type Persona = 'commander' | 'integrity-officer' | 'member' | 'aig-reviewer';
export type Theme = 'light' | 'dark';

const PERSONA_LABELS: Readonly<Record<Persona, RegExp>> = {
  commander: /mandate holder/i,
  'integrity-officer': /integrity officer/i,
  member: /team member/i,
  'aig-reviewer': /aig reviewer/i,
};

/** Screenshots of every screen in both themes; git-ignored, kept for review. */
export const SCREENSHOT_DIR = join(ROOT, 'screenshots');

/** Opens the tab at a route (`dashboard`, `plan/objective/3`, …) and signs in as `persona`. */
export async function openSignedIn(
  page: Page,
  origin: string,
  persona: Persona,
  path = '',
): Promise<void> {
  // Pages of one persistent context share localStorage (e.g. a language picked by an earlier
  // test): start every sign-in from a clean slate.
  await page.goto(`${origin}/#/${path}`);
  await page.evaluate(() => {
    localStorage.clear();
    sessionStorage.clear();
  });
  await page.reload();
  await signIn(page, persona);
}

/**
 * Reloads the page: the tab then reads everything from the emulator again. The local sign-in
 * lives in memory only, so the persona signs in again; what the page kept in localStorage (edits
 * not yet saved) stays.
 */
export async function reloadSignedIn(page: Page, persona: Persona): Promise<void> {
  await page.reload();
  await signIn(page, persona);
}

async function signIn(page: Page, persona: Persona): Promise<void> {
  await page.getByRole('radio', { name: PERSONA_LABELS[persona] }).check();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('navigation').first().waitFor();
  await settled(page);
}

/** Goes to a route of the signed-in tab and waits until its data is shown. */
export async function goTo(page: Page, path: string): Promise<void> {
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, `#/${path}`);
  await settled(page);
}

/**
 * A screen is settled when its heading is there and no spinner is left (screens, lazy chunks and
 * charts all show a Fluent Spinner while they load).
 */
export async function settled(page: Page): Promise<void> {
  await page.locator('h1').first().waitFor();
  await page.waitForFunction(() => document.querySelectorAll('.fui-Spinner').length === 0, null, {
    timeout: 20_000,
  });
}

/** The host theme a plain browser reports comes from `prefers-color-scheme`; the tab follows it. */
export async function useTheme(page: Page, theme: Theme): Promise<void> {
  await page.emulateMedia({ colorScheme: theme });
  await page.waitForFunction(
    (expected) => document.querySelector('[data-theme]')?.getAttribute('data-theme') === expected,
    theme === 'dark' ? 'dark' : 'default',
  );
}

export async function screenshot(page: Page, name: string, theme: Theme): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}-${theme}.png`), fullPage: true });
}

export type AxeFinding = { readonly id: string; readonly impact: string; readonly nodes: string[] };

/** axe-core's WCAG 2.1 A/AA rules on the page; only serious and critical findings are returned. */
export async function seriousViolations(page: Page): Promise<AxeFinding[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    // Fluent's focus manager (tabster) puts invisible `<i tabindex="0" aria-hidden>` sentinels
    // around focus groups to steer Tab; they forward focus at once and never hold it, so axe's
    // aria-hidden-focus finding on them is a false positive. Only these are left out.
    .exclude('[data-tabster-dummy]')
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact ?? '',
      nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    }));
}

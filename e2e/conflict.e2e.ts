import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OperationalObjective } from '../src/core/plan/plan.types';
import type { RunningEmulator } from '../src/emulator/server';
import type { Stored } from '../src/ports/store.types';
import { launchChromium, type Browser } from './support/chromium';
import { graphStoreAs } from './support/graph-store';
import { openSignedIn, reloadSignedIn, type Persona } from './support/tab-page';
import { buildTabOnce, startTab } from './support/tab-server';

// Two people edit the same operational objective of PZ Demo at once, each in their own browser
// (own localStorage, own sign-in). The second save carries a stale eTag: the emulator answers 412
// and the tab must show both versions and store what the person chose, losing nothing.

let emulator: RunningEmulator;
const browsers: Browser[] = [];

beforeAll(async () => {
  const dist = await buildTabOnce();
  emulator = await startTab(dist);
});

afterAll(async () => {
  for (const browser of browsers) await browser.close();
  await emulator.close();
});

const ENTITY = 'pz-demo';

async function pageAs(persona: Persona, path: string): Promise<Page> {
  const browser = await launchChromium();
  browsers.push(browser);
  const page = await browser.context.newPage();
  await openSignedIn(page, emulator.url, persona, path);
  return page;
}

async function storedObjective(id: string): Promise<Stored<OperationalObjective>> {
  const loaded = await graphStoreAs(emulator, 'commander').loadPlans(ENTITY);
  if (!loaded.ok) throw new Error(loaded.error.code);
  const found = loaded.value.bundles.flatMap((b) => b.objectives).find((o) => o.id === id);
  if (found === undefined) throw new Error(`Objective ${id} is not stored`);
  return found;
}

async function firstObjective(): Promise<Stored<OperationalObjective>> {
  const loaded = await graphStoreAs(emulator, 'commander').loadPlans(ENTITY);
  if (!loaded.ok) throw new Error(loaded.error.code);
  const objective = loaded.value.bundles[0]?.objectives[0];
  if (objective === undefined) throw new Error('The demo plan has no operational objective');
  return objective;
}

/** The radios' accessible names (their labels), in order. */
async function radioNames(group: Locator): Promise<string[]> {
  return group
    .getByRole('radio')
    .evaluateAll((radios) =>
      radios.map((radio) => (radio as HTMLInputElement).labels?.[0]?.textContent ?? ''),
    );
}

const field = (page: Page, label: string) =>
  page.getByRole('textbox', { name: label, exact: true });

describe('two people editing one objective, in Chromium', () => {
  it('shows a stale save as a conflict field by field and stores both people’s edits', async () => {
    const original = await firstObjective();
    const path = `plan/objective/${original.id}`;
    // A: the commander; B: the integrity officer, both on the version as it is now.
    const a = await pageAs('commander', path);
    const b = await pageAs('integrity-officer', path);
    await field(b, 'Specific description').waitFor();

    // A rewrites the specific description (X) and the unit (Z), and it is stored.
    const mineA = {
      specific: 'Versie van de korpschef: elke consultatie met een opdrachtnummer',
      unit: 'procent',
    };
    await field(a, 'Specific description').fill(mineA.specific);
    await field(a, 'Unit').fill(mineA.unit);
    await expect
      .poll(async () => {
        const now = (await storedObjective(original.id)).value;
        return { specific: now.specific, unit: now.unit };
      })
      .toEqual(mineA);

    // B, still on the old version, rewrites X too and the indicator (Y): the save gets a 412.
    const mineB = {
      specific: 'Versie van de integriteitscoördinator: steekproef op elke consultatie',
      indicator: 'Aantal consultaties zonder opdrachtnummer',
    };
    await field(b, 'Specific description').fill(mineB.specific);
    await field(b, 'Indicator').fill(mineB.indicator);
    const dialog = b.getByRole('alertdialog', {
      name: 'Someone else changed this in the meantime',
    });
    await dialog.waitFor();

    // Both versions, field by field: only the fields B changed are offered.
    const x = dialog.getByRole('radiogroup', { name: 'Specific description' });
    const y = dialog.getByRole('radiogroup', { name: 'Indicator' });
    const theirsY = original.value.indicator === '' ? '(empty)' : original.value.indicator;
    expect(await radioNames(x)).toEqual([
      `Keep mine: ${mineB.specific}`,
      `Keep theirs: ${mineA.specific}`,
    ]);
    expect(await radioNames(y)).toEqual([
      `Keep mine: ${mineB.indicator}`,
      `Keep theirs: ${theirsY}`,
    ]);
    // A's unit is not up for a vote: B never touched it, so keeping "mine" cannot undo it.
    await expect(dialog.getByRole('radiogroup').count()).resolves.toBe(2);

    // B keeps A's text for X and their own indicator for Y.
    await x.getByRole('radio', { name: /^Keep theirs:/ }).check();
    await y.getByRole('radio', { name: /^Keep mine:/ }).check();
    await dialog.getByRole('button', { name: 'Save the merged version' }).click();
    await dialog.waitFor({ state: 'detached' });

    // The stored item holds both people's intended edits; nothing else changed.
    const expected = {
      ...original.value,
      specific: mineA.specific,
      unit: mineA.unit,
      indicator: mineB.indicator,
    };
    const { updatedAt: _ignored, ...expectedFields } = expected;
    await expect
      .poll(async () => {
        const { updatedAt: _at, ...fields } = (await storedObjective(original.id)).value;
        return fields;
      })
      .toEqual(expectedFields);

    // And every screen that reads it again shows the merged version, B's included.
    for (const [page, persona] of [
      [a, 'commander'],
      [b, 'integrity-officer'],
    ] as const) {
      await reloadSignedIn(page, persona);
      await expect(field(page, 'Specific description').inputValue()).resolves.toBe(mineA.specific);
      await expect(field(page, 'Indicator').inputValue()).resolves.toBe(mineB.indicator);
      await expect(field(page, 'Unit').inputValue()).resolves.toBe(mineA.unit);
      await expect(page.getByRole('alertdialog').count()).resolves.toBe(0);
    }
  });

  it('gives a team member the objective to read only, and the lists refuse their write', async () => {
    const objective = await firstObjective();
    const page = await pageAs('member', `plan/objective/${objective.id}`);
    await page.getByRole('heading', { level: 2, name: objective.value.title }).waitFor();
    const main = page.locator('main');
    await expect(main.getByRole('textbox').count()).resolves.toBe(0);
    await expect(main.getByRole('checkbox').count()).resolves.toBe(0);
    await expect(
      main.getByRole('button', { name: /^(add|delete|choose)\b/i }).count(),
    ).resolves.toBe(0);
    // The page shows the values as text instead.
    await expect(main.getByText(objective.value.indicator, { exact: true }).count()).resolves.toBe(
      1,
    );

    // The rights are the lists', not the screen's: the member's own Graph call is refused.
    const result = await graphStoreAs(emulator, 'member').updatePlanRecord(
      'objective',
      { ...objective.value, indicator: 'Door een lid gewijzigd' },
      objective.etag,
    );
    expect(result.ok ? 'stored' : result.error.code).toBe('STORE.FORBIDDEN');
    expect((await storedObjective(objective.id)).value.indicator).toBe(objective.value.indicator);
  });
});

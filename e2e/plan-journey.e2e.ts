import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUE, findElement } from '../src/core/catalogue/catalogue';
import { PILLARS, type ElementId, type Pillar } from '../src/core/catalogue/catalogue.types';
import type { MaturityLevel, Measurement, Rating } from '../src/core/maturity/maturity.types';
import { median, minimum } from '../src/core/maturity/statistics';
import { PERSONA_PROFILES } from '../src/emulator/auth/personas';
import type { RunningEmulator } from '../src/emulator/server';
import type { MeasurementChange } from '../src/ports/measurement-store';
import type { Stored } from '../src/ports/store.types';
import { launchChromium, type Browser } from './support/chromium';
import { graphStoreAs } from './support/graph-store';
import { goTo, openSignedIn, reloadSignedIn, settled } from './support/tab-page';
import { buildTabOnce, startTab } from './support/tab-server';

// A commander of a team that has just added the tab writes a plan from nothing, measures twice and
// reads the evolution on the dashboard. The emulator is seeded `fresh`: PZ Demo's settings, no plan.

let emulator: RunningEmulator;
let browser: Browser;

beforeAll(async () => {
  const dist = await buildTabOnce();
  emulator = await startTab(dist, { seed: 'fresh' });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser.close();
  await emulator.close();
});

const ENTITY = 'pz-demo';

const PLAN = {
  title: 'Integriteitsbeleidsplan PZ Demo 2026–2029',
  periodStart: '2026-01-01',
  periodEnd: '2029-12-31',
  holder: { lastName: 'Janssens', firstName: 'Marc', grade: 'Hoofdcommissaris' },
  strategic: 'Een korps dat databanken enkel voor de opdracht consulteert',
  operational: ['Iedereen kent de regels voor databankconsultatie', 'Misbruik wordt vroeg ontdekt'],
} as const;

/** Three actions, each linked to instruments picked in the catalogue picker by pillar and function. */
const ACTIONS: readonly {
  readonly title: string;
  readonly objective: 0 | 1;
  readonly elements: readonly ElementId[];
}[] = [
  {
    title: 'Dilemmatraining databanken',
    objective: 0,
    elements: ['ins.guide.training.dilemma-training', 'ins.guide.training.awareness-campaigns'],
  },
  {
    title: 'Dienstnota consultatie',
    objective: 0,
    elements: ['ins.determine.written.resource-notes'],
  },
  {
    title: 'Risicoanalyse loggings',
    objective: 1,
    elements: ['ins.determine.needs.risk-analysis'],
  },
];

/**
 * What the commander rates on screen, per measurement: elements of every pillar, different
 * levels, improving from the baseline to the annual measurement. The dashboard's figures are
 * computed from these below, the way the product defines them (median and minimum per pillar).
 */
const BASELINE: Readonly<Record<ElementId, MaturityLevel>> = {
  'ins.determine.needs.risk-analysis': 2,
  'ins.guide.training.dilemma-training': 1,
  'ins.determine.written.resource-notes': 3,
  [elementOf('processes', 0)]: 2,
  [elementOf('processes', 1)]: 1,
  [elementOf('structures', 0)]: 3,
};
// No process is rated yet in the annual measurement: that pillar shows "None rated".
const ANNUAL: Readonly<Record<ElementId, MaturityLevel>> = {
  'ins.determine.needs.risk-analysis': 3,
  'ins.guide.training.dilemma-training': 3,
  'ins.determine.written.resource-notes': 4,
  [elementOf('structures', 0)]: 4,
  [elementOf('structures', 1)]: 2,
};

function elementOf(pillar: Pillar, index: number): ElementId {
  const element = CATALOGUE.filter((e) => e.pillar === pillar)[index];
  if (element === undefined) throw new Error(`The catalogue has no ${pillar} element ${index}`);
  return element.id;
}

function labelOf(id: ElementId): string {
  const element = findElement(id);
  if (element === undefined) throw new Error(`${id} is not in the catalogue`);
  return element.label.en;
}

/** The evolution table's cell for a pillar: "median (minimum m)"; the tab formats for Belgium. */
function expectedCell(ratings: Readonly<Record<ElementId, MaturityLevel>>, pillar: Pillar): string {
  const levels = Object.entries(ratings)
    .filter(([id]) => findElement(id)?.pillar === pillar)
    .map(([, level]) => level);
  const med = median(levels);
  const min = minimum(levels);
  if (med === null || min === null) return 'None rated';
  const number = (n: number): string =>
    new Intl.NumberFormat('en-BE', { maximumFractionDigits: 1 }).format(n);
  return `${number(med)} (minimum ${number(min)})`;
}

const store = (): ReturnType<typeof graphStoreAs> => graphStoreAs(emulator, 'commander');

async function storedBundle(): Promise<
  Awaited<ReturnType<ReturnType<typeof graphStoreAs>['loadPlans']>>
> {
  return store().loadPlans(ENTITY);
}

async function addStrategic(page: Page, title: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Title of the new strategic objective' }).fill(title);
  await page.getByRole('button', { name: 'Add strategic objective' }).click();
  await page.getByRole('heading', { name: `Strategic objective 1: ${title}` }).waitFor();
}

async function addOperational(page: Page, title: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Title of the new operational objective' }).fill(title);
  await page.getByRole('button', { name: 'Add operational objective' }).click();
  await page.getByRole('link', { name: `Open “${title}”` }).waitFor();
}

async function addAction(page: Page, title: string, elements: readonly ElementId[]): Promise<void> {
  await page.getByRole('textbox', { name: 'Title of the new action' }).fill(title);
  await page.getByRole('button', { name: 'Add action' }).click();
  await page.getByRole('group', { name: `Action: ${title}` }).waitFor();
  await page
    .getByRole('button', { name: `Choose instruments, processes and structures (${title})` })
    .click();
  const picker = page.getByRole('group', {
    name: `Instruments, processes and structures (${title})`,
  });
  for (const id of elements) {
    const element = findElement(id);
    if (element?.pillar !== 'instruments') throw new Error(`${id} is not an instrument`);
    // Narrow the catalogue as a commander would: the pillar, then the instrument's function.
    await picker.getByRole('combobox', { name: 'Pillar' }).selectOption('instruments');
    await picker.getByRole('combobox', { name: 'Function' }).selectOption(element.function);
    await picker.getByRole('checkbox', { name: labelOf(id), exact: true }).check();
  }
}

async function startMeasurement(page: Page, kind: 'Baseline' | 'Annual measurement', date: string) {
  await goTo(page, 'measurements');
  await page.getByRole('combobox', { name: 'Kind' }).selectOption({ label: kind });
  await page.getByRole('textbox', { name: 'Date' }).fill(date);
  await page.getByRole('button', { name: 'Start measurement' }).click();
  await page.getByRole('button', { name: 'Lock measurement' }).waitFor();
  await settled(page);
}

async function rateOnScreen(
  page: Page,
  ratings: Readonly<Record<ElementId, MaturityLevel>>,
): Promise<void> {
  for (const [id, level] of Object.entries(ratings)) {
    const row = page.getByRole('group', { name: labelOf(id), exact: true });
    await row.getByRole('combobox', { name: 'Rating' }).selectOption(String(level));
    await row.getByText('Saved', { exact: true }).waitFor();
  }
}

async function measurementOf(kind: Measurement['kind']): Promise<Stored<Measurement>> {
  const loaded = await store().loadMeasurements(ENTITY);
  if (!loaded.ok) throw new Error(loaded.error.code);
  const found = loaded.value.measurements.find((m) => m.value.kind === kind);
  if (found === undefined) throw new Error(`No ${kind} measurement stored`);
  return found;
}

/**
 * Locking needs a decision on all 102 elements. Clicking 100 selects through the rating grid
 * takes minutes on this machine (every save re-renders the whole grid), so the elements this
 * test does not rate are recorded "not applicable" through the tab's own Graph store, as the same
 * commander. "Not applicable" takes no part in the medians, so the figures stay those rated on
 * screen.
 */
async function markTheRestNotApplicable(measurement: Stored<Measurement>): Promise<void> {
  const rated = new Set(Object.keys(BASELINE));
  const changes: MeasurementChange[] = CATALOGUE.filter((e) => !rated.has(e.id)).map(
    (element): MeasurementChange => ({
      op: 'create',
      kind: 'rating',
      key: element.id,
      draft: {
        measurementId: measurement.id,
        elementId: element.id,
        value: 'not-applicable',
        target: null,
        evidenceNote: '',
        evidenceLinks: [],
        rater: {
          displayName: PERSONA_PROFILES.commander.displayName,
          email: PERSONA_PROFILES.commander.email,
        },
        dissent: '',
      } satisfies Omit<Rating, 'id'>,
    }),
  );
  const report = await store().saveMeasurementChanges(ENTITY, changes);
  const refused = report.outcomes.filter((o) => !o.result.ok);
  expect(refused, 'ratings refused by the store').toEqual([]);
}

/**
 * SharePoint itself refuses an edit of a sealed baseline rating, even to the owner who locked it:
 * a Graph PATCH with the commander's own token answers 403 and the rating keeps its value.
 */
async function expectSealedRating(elementId: ElementId): Promise<void> {
  const ratingOf = async (): Promise<Stored<Rating>> => {
    const baseline = await measurementOf('baseline');
    const loaded = await store().loadMeasurements(ENTITY);
    if (!loaded.ok) throw new Error(loaded.error.code);
    const found = loaded.value.ratings.find(
      (r) => r.value.measurementId === baseline.id && r.value.elementId === elementId,
    );
    if (found === undefined) throw new Error(`No baseline rating of ${elementId}`);
    return found;
  };
  const before = await ratingOf();
  const response = await fetch(
    `${emulator.graphBaseUrl}/sites/${emulator.siteId}/lists/IntegrityRatings/items/${before.id}/fields`,
    {
      method: 'PATCH',
      headers: {
        authorization: `Bearer ${emulator.tokenFor('commander')}`,
        'content-type': 'application/json',
        'if-match': before.etag,
      },
      body: JSON.stringify({ RatingValue: '5' }),
    },
  );
  expect(response.status, await response.text()).toBe(403);
  const after = await ratingOf();
  expect({ value: after.value.value, etag: after.etag }).toEqual({
    value: BASELINE[elementId],
    etag: before.etag,
  });
}

describe('a commander’s first plan and measurements, in Chromium', () => {
  it('starts a plan, fills it from the catalogue, measures twice and sees the evolution', async () => {
    const page = await browser.context.newPage();
    // How long each part takes, for whoever tunes the screens: the grid's saves dominate.
    const phases: Record<string, number> = {};
    let last = Date.now();
    const phase = (name: string): void => {
      phases[name] = Date.now() - last;
      last = Date.now();
    };
    await openSignedIn(page, emulator.url, 'commander', 'plan');

    // Section 1: the identification starts the plan.
    await page.getByRole('textbox', { name: 'Title of the plan' }).fill(PLAN.title);
    await page.getByRole('textbox', { name: 'Start of the period' }).fill(PLAN.periodStart);
    await page.getByRole('textbox', { name: 'End of the period' }).fill(PLAN.periodEnd);
    await page.getByRole('textbox', { name: 'Last name' }).fill(PLAN.holder.lastName);
    await page.getByRole('textbox', { name: 'First name' }).fill(PLAN.holder.firstName);
    await page.getByRole('textbox', { name: 'Grade / level' }).fill(PLAN.holder.grade);
    await page.getByRole('button', { name: 'Start a plan' }).click();

    phase('plan started');
    // Section 2: one strategic objective, two operational objectives under it.
    await addStrategic(page, PLAN.strategic);
    for (const title of PLAN.operational) await addOperational(page, title);

    // Section 3: actions per operational objective, linked to instruments.
    for (const [index, objective] of PLAN.operational.entries()) {
      await goTo(page, 'plan');
      await page.getByRole('link', { name: `Open “${objective}”` }).click();
      await page.getByRole('heading', { level: 2, name: objective }).waitFor();
      for (const action of ACTIONS.filter((a) => a.objective === index)) {
        await addAction(page, action.title, action.elements);
      }
    }

    phase('objectives and actions');
    // Every edit is in the emulator's lists: the plan, its objectives and the actions' links.
    await expect
      .poll(
        async () => {
          const loaded = await storedBundle();
          if (!loaded.ok) return loaded.error.code;
          const [bundle] = loaded.value.bundles;
          if (bundle === undefined) return 'no plan';
          const objectiveTitle = new Map(bundle.objectives.map((o) => [o.id, o.value.title]));
          return {
            plan: bundle.plan.value.title,
            status: bundle.plan.value.status,
            holder: bundle.plan.value.identification.mandateHolder,
            strategic: bundle.strategicObjectives.map((s) => s.value.title),
            operational: bundle.objectives
              .filter((o) => o.value.strategicObjectiveId === bundle.strategicObjectives[0]?.id)
              .map((o) => o.value.title)
              .sort(),
            actions: bundle.actions
              .map((a) => ({
                title: a.value.title,
                objective: objectiveTitle.get(a.value.objectiveId),
                elements: a.value.elementIds,
              }))
              .sort((a, b) => a.title.localeCompare(b.title)),
          };
        },
        { timeout: 10_000, interval: 250 },
      )
      .toEqual({
        plan: PLAN.title,
        status: 'draft',
        holder: PLAN.holder,
        strategic: [PLAN.strategic],
        operational: [...PLAN.operational].sort(),
        actions: ACTIONS.map((a) => ({
          title: a.title,
          objective: PLAN.operational[a.objective],
          // The picker keeps catalogue order, whatever order the boxes were ticked in.
          elements: CATALOGUE.map((e) => e.id).filter((id) => a.elements.includes(id)),
        })).sort((a, b) => a.title.localeCompare(b.title)),
      });

    phase('stored plan checked');
    // The baseline: rated on screen, the rest "not applicable", then locked on screen.
    await startMeasurement(page, 'Baseline', '2026-02-02');
    await rateOnScreen(page, BASELINE);
    await markTheRestNotApplicable(await measurementOf('baseline'));
    await reloadSignedIn(page, 'commander');
    await page.getByText(`${CATALOGUE.length} of ${CATALOGUE.length} rated`).waitFor();
    await page.getByRole('button', { name: 'Lock measurement' }).click();
    await page.getByText('The measurement is locked.').waitFor();

    phase('baseline locked');
    // Then sealed: the measurement's item and its 102 ratings are read-only in SharePoint.
    await page
      .getByRole('status')
      .getByText(
        `Sealed: its ${CATALOGUE.length + 1} items are read-only in SharePoint, for everyone.`,
      )
      .waitFor();
    await expectSealedRating('ins.determine.needs.risk-analysis');

    phase('baseline sealed');
    // The annual measurement: some elements, different levels.
    await startMeasurement(page, 'Annual measurement', '2026-11-02');
    await rateOnScreen(page, ANNUAL);

    phase('annual rated');
    // The dashboard's evolution table holds both measurements with the figures rated above.
    await goTo(page, 'dashboard');
    const evolution = page.getByRole('table', { name: /Median level per pillar/ });
    await evolution.waitFor();
    const headers = await evolution.getByRole('columnheader').allTextContents();
    expect(headers).toHaveLength(3);
    expect(headers[1]).toMatch(/^Baseline of /);
    expect(headers[2]).toMatch(/^Annual measurement of /);
    const rows: Record<string, string[]> = {};
    for (const row of await evolution.getByRole('row').all()) {
      const header = await row.getByRole('rowheader').allTextContents();
      if (header[0] === undefined) continue;
      rows[header[0]] = await row.getByRole('cell').allTextContents();
    }
    const pillarName = {
      instruments: 'Instruments',
      processes: 'Processes',
      structures: 'Structures',
    };
    expect(rows).toEqual(
      Object.fromEntries(
        PILLARS.map((p) => [pillarName[p], [expectedCell(BASELINE, p), expectedCell(ANNUAL, p)]]),
      ),
    );

    phase('dashboard checked');
    // A reload reads everything back from the emulator's SQLite: the plan items are still there.
    await goTo(page, 'plan');
    await reloadSignedIn(page, 'commander');
    await page.getByRole('heading', { name: `Strategic objective 1: ${PLAN.strategic}` }).waitFor();
    await expect(
      page.getByRole('textbox', { name: 'Title of the plan' }).inputValue(),
    ).resolves.toBe(PLAN.title);
    for (const title of PLAN.operational) {
      await expect(page.getByRole('link', { name: `Open “${title}”` }).count()).resolves.toBe(1);
    }
    await page.getByRole('link', { name: `Open “${PLAN.operational[0]}”` }).click();
    for (const action of ACTIONS.filter((a) => a.objective === 0)) {
      const group = page.getByRole('group', { name: `Action: ${action.title}` });
      await group.waitFor();
      await expect(group.getByText(/^Linked: /).textContent()).resolves.toBe(
        `Linked: ${CATALOGUE.filter((e) => action.elements.includes(e.id))
          .map((e) => e.label.en)
          .join(', ')}`,
      );
    }
    phase('reloaded plan checked');
    console.info('plan journey phases (ms):', phases);
    await page.close();
  });
});

// @vitest-environment happy-dom
import { screen } from '@testing-library/react';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { REPORT_LABELS, REPORT_SHEET_NAMES } from '../../../app/exports/export-labels';
import { parseCsv } from '../../../app/exports/test-support/document-readers';
import type { RunningEmulator } from '../../../emulator/server';
import type { TabStore } from '../../providers/tab-services';
import { renderEmulatorTab } from '../../test-support/emulator-tab';
import {
  handEdit,
  listItems,
  renderTabAt,
  signInPersona,
  startSeededEmulator,
} from '../../test-support/measure-emulator';

/*
 * The Exports screen on the whole tab against the in-process emulator: a click produces a file,
 * and the test opens that file with the parsers the export tests use (jszip for DOCX, exceljs for
 * XLSX), so a wrong document fails here, not only a wrong button.
 */

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startSeededEmulator();
});
afterAll(async () => {
  await emulator.close();
});

type Download = { readonly name: string; readonly blob: Blob };
let downloads: Download[];
let blobs: Map<string, Blob>;

beforeEach(() => {
  // The language a reader picks is remembered; each test starts from the host's.
  window.localStorage.clear();
  downloads = [];
  blobs = new Map();
  // The browser's download machinery, recorded: the object URL's Blob and the link's file name.
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const href = `blob:test/${blobs.size}`;
    blobs.set(href, blob as Blob);
    return href;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    const blob = blobs.get(this.getAttribute('href') ?? '');
    if (blob !== undefined) downloads.push({ name: this.download, blob });
  });
});
afterEach(() => {
  vi.restoreAllMocks();
});

async function bytesOf(download: Download): Promise<Uint8Array> {
  return new Uint8Array(await download.blob.arrayBuffer());
}

describe('ExportsPage (against the emulator)', { timeout: 120_000 }, () => {
  it('lets a member download the plan as Word, in the tab’s language', async () => {
    const { user } = renderTabAt(emulator, { path: 'exports' });
    await signInPersona(user, 'member');
    // The reader picks Dutch in the header: the files follow the tab's language, not the host's.
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'nl');

    const word = await screen.findByRole('button', { name: 'Plan (Word)' }, { timeout: 15_000 });
    await user.click(word);
    // While it runs the buttons are disabled and a labelled progress bar shows.
    expect(screen.getByRole('progressbar', { name: /Plan \(Word\)/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Plan (PDF)' })).toBeDisabled();

    await screen.findByText(/is klaar en gedownload/, {}, { timeout: 60_000 });
    expect(downloads).toHaveLength(1);
    const [download] = downloads;
    expect(download?.name).toBe('integrity-plan_pz-demo_2026-12-01.docx');
    expect(download?.blob.type).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    const zip = await JSZip.loadAsync(await bytesOf(download!));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const plans = await listItems(emulator, 'IntegrityPlans');
    const title = String(plans[0]?.fields.Title);
    expect(xml).toContain(title);
    // Dutch headings: the document follows the tab's language.
    expect(xml).toContain('Identificatie van de entiteit');
    expect(screen.getByRole('button', { name: 'Plan (PDF)' })).toBeEnabled();
  });

  it('puts a hand edit made in SharePoint into the measurement report’s change log, attributed', async () => {
    const measurements = await listItems(emulator, 'IntegrityMeasurements');
    const annual = measurements.find((m) => m.fields.MeasurementKind === 'annual');
    if (annual === undefined) throw new Error('no annual measurement seeded');
    const ratings = await listItems(emulator, 'IntegrityRatings');
    const rating = ratings.find((r) => String(r.fields.MeasurementRef) === annual.id);
    if (rating === undefined) throw new Error('the annual measurement has no rating');
    await handEdit(emulator, 'IntegrityRatings', rating.id, {
      EvidenceNote: 'Aangepast in SharePoint zelf.',
    });

    const { user } = renderTabAt(emulator, { path: 'exports' });
    await signInPersona(user, 'aig-reviewer');
    const select = await screen.findByRole(
      'combobox',
      { name: 'Measurement' },
      { timeout: 15_000 },
    );
    await user.selectOptions(select, annual.id);
    await user.click(screen.getByRole('button', { name: 'Measurement report (Excel)' }));
    await screen.findByText(/is ready and downloaded/, {}, { timeout: 90_000 });

    const [download] = downloads;
    expect(download?.name).toBe('measurement-report_pz-demo_2026-12-01.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await bytesOf(download!)).slice().buffer);
    const log = workbook.getWorksheet(REPORT_SHEET_NAMES.changeLog.en);
    if (log === undefined) throw new Error('no change log sheet');
    const rows: ExcelJS.CellValue[][] = [];
    log.eachRow((row) => rows.push((row.values as ExcelJS.CellValue[]).slice(1)));
    const edit = rows.find((r) => r[5] === 'Aangepast in SharePoint zelf.');
    expect(edit).toBeDefined();
    expect(edit?.[1]).toMatch(/^SharePoint UI \(hand edit\) </);
    expect(edit?.[2]).toBe(`IntegrityRatings/${rating.id}`);
    expect(edit?.[6]).toBe(REPORT_LABELS.originOutside.en);

    // The evidence index: every link of the measurement's ratings hashed, or its problem given.
    const evidence = workbook.getWorksheet(REPORT_SHEET_NAMES.evidence.en);
    if (evidence === undefined) throw new Error('no evidence sheet');
    const linked: ExcelJS.CellValue[][] = [];
    evidence.eachRow((row, index) => {
      const values = (row.values as ExcelJS.CellValue[]).slice(1);
      if (index > 1 && values[1] === annual.id && values[11] !== undefined) linked.push(values);
    });
    expect(linked.length).toBeGreaterThan(0);
    for (const row of linked) {
      const hashed = typeof row[12] === 'string' && /^[0-9a-f]{64}$/.test(row[12]);
      const problem = typeof row[14] === 'string' && row[14] !== '';
      expect(hashed || problem, JSON.stringify(row)).toBe(true);
    }
    expect(linked.some((row) => typeof row[12] === 'string' && row[12] !== '')).toBe(true);
  });

  it('zips every list as CSV, the raw record with who changed it', async () => {
    const { user } = renderTabAt(emulator, { path: 'exports' });
    await signInPersona(user, 'integrity-officer');
    await user.click(
      await screen.findByRole('button', { name: 'Lists (CSV)' }, { timeout: 15_000 }),
    );
    await screen.findByText(/is ready and downloaded/, {}, { timeout: 60_000 });

    const [download] = downloads;
    expect(download?.name).toBe('integrity-lists_pz-demo_2026-12-01.zip');
    const zip = await JSZip.loadAsync(await bytesOf(download!), { checkCRC32: true });
    expect(Object.keys(zip.files)).toEqual(
      expect.arrayContaining([
        'IntegrityPlans.csv',
        'IntegrityRatings.csv',
        'IntegrityActions.csv',
      ]),
    );
    const csv = parseCsv((await zip.file('IntegrityActions.csv')?.async('string')) ?? '');
    const [header = [], ...records] = csv.records;
    const actions = await listItems(emulator, 'IntegrityActions');
    expect(records.map((r) => r[0]).sort()).toEqual(actions.map((a) => a.id).sort());
    const title = header.indexOf('Title');
    const editor = header.indexOf('Editor');
    const first = records.find((r) => r[0] === actions[0]?.id);
    expect(first?.[title]).toBe(String(actions[0]?.fields.Title));
    expect(first?.[editor]).toMatch(/<.+@.+>$/);
  });

  it('shows a store failure translated, with a retry that then downloads the file', async () => {
    let failures = 1;
    const throttledOnce = (store: TabStore): TabStore =>
      new Proxy(store, {
        get(target, property, receiver) {
          if (property === 'listVersions' && failures > 0) {
            return () => {
              failures -= 1;
              return Promise.resolve({
                ok: false,
                error: {
                  code: 'STORE.THROTTLED',
                  kind: null,
                  id: null,
                  attempts: 4,
                  retryAfterSeconds: 30,
                },
              });
            };
          }
          return Reflect.get(target, property, receiver) as unknown;
        },
      });
    window.location.hash = '#/exports';
    const { user } = renderEmulatorTab(emulator, { store: throttledOnce });
    await signInPersona(user, 'member');
    await user.click(
      await screen.findByRole(
        'button',
        { name: 'Measurement report (Excel)' },
        { timeout: 15_000 },
      ),
    );
    const alert = await screen.findByRole('alert', {}, { timeout: 30_000 });
    expect(alert).toHaveTextContent('Measurement report (Excel) could not be made.');
    expect(alert).toHaveTextContent('SharePoint is busy right now');
    expect(downloads).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByText(/is ready and downloaded/, {}, { timeout: 90_000 });
    expect(downloads).toHaveLength(1);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await bytesOf(downloads[0]!)).slice().buffer);
    expect(workbook.getWorksheet(REPORT_SHEET_NAMES.evidence.en)).toBeDefined();
  });
});

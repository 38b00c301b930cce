import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { Rating } from '../../core/maturity/maturity.types';
import type { ItemVersion } from '../../ports/item-history';
import type { Stored } from '../../ports/store.types';
import { EVIDENCE_PROBLEM_LABELS, REPORT_LABELS, REPORT_SHEET_NAMES } from './export-labels';
import { sectionHeading } from './plan-content';
import {
  exportFileName,
  prepareExport,
  type ExportContext,
  type ExportFile,
  type ExportStepProgress,
} from './prepare-exports';
import { parseCsv, readDocx, readPdf } from './test-support/document-readers';
import { listsSnapshot } from './test-support/list-snapshot';
import {
  COMMANDER,
  DEMO_ANNUAL,
  DEMO_BUNDLE,
  DEMO_MEASUREMENTS,
  DEMO_PLAN_ID,
  DEMO_RATINGS,
  INTEGRITY_OFFICER,
} from './test-support/demo-fixture';
import {
  memoryExportPorts,
  THROTTLED,
  type MemoryExportState,
} from './test-support/memory-export-ports';

const NOW = new Date('2026-11-30T23:30:00Z'); // already 1 December in Brussels
const CONTEXT: ExportContext = { entityId: 'pz-demo', locale: 'nl', now: NOW };
const BASE: MemoryExportState = {
  bundles: [DEMO_BUNDLE],
  measurements: DEMO_MEASUREMENTS,
  ratings: DEMO_RATINGS,
};

function fileOf(result: Awaited<ReturnType<typeof prepareExport>>): ExportFile {
  if (!result.ok) throw new Error(`export failed: ${result.error.code}`);
  return result.value;
}

type Cell = ExcelJS.CellValue;

async function workbookRows(bytes: Uint8Array, sheetName: string): Promise<Cell[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.slice().buffer);
  const sheet = workbook.getWorksheet(sheetName);
  if (sheet === undefined) throw new Error(`No sheet ${sheetName}`);
  const out: Cell[][] = [];
  sheet.eachRow((row) => out.push((row.values as Cell[]).slice(1)));
  return out;
}

function version(
  versionId: string,
  modifiedAt: string,
  by: { displayName: string; email?: string },
  value: Rating,
): ItemVersion {
  const record: Stored<Rating> = {
    id: value.id,
    value,
    etag: `"${versionId}"`,
    version: versionId,
    modifiedAt,
    modifiedBy: by,
  };
  return { versionId, modifiedAt, modifiedBy: by, record };
}

describe('prepareExport: the plan document', () => {
  it('builds the Word document of the chosen plan in the reader’s language, named by entity and day', async () => {
    const steps: ExportStepProgress[] = [];
    const file = fileOf(
      await prepareExport(
        memoryExportPorts(BASE),
        { kind: 'plan-docx', planId: DEMO_PLAN_ID },
        CONTEXT,
        (p) => steps.push(p),
      ),
    );
    expect(file.fileName).toBe('integrity-plan_pz-demo_2026-12-01.docx');
    expect(file.mimeType).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    const docx = await readDocx(file.bytes);
    const headings = docx.paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text);
    expect(headings).toContain(sectionHeading('identification', 'nl'));
    expect(docx.paragraphs.map((p) => p.text)).toContain(DEMO_BUNDLE.plan.title);

    // Gathering, then building, then done; the bar never goes back.
    const order = steps.map((s) => s.step).filter((s, i, all) => s !== all[i - 1]);
    expect(order).toEqual(['gathering', 'building', 'done']);
    const fractions = steps.map((s) => s.fraction);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(steps.at(-1)).toEqual({ step: 'done', fraction: 1 });
  });

  it('builds the PDF in French', async () => {
    const file = fileOf(
      await prepareExport(
        memoryExportPorts(BASE),
        { kind: 'plan-pdf', planId: DEMO_PLAN_ID },
        { ...CONTEXT, locale: 'fr' },
      ),
    );
    expect(file.fileName).toBe('integrity-plan_pz-demo_2026-12-01.pdf');
    const pdf = readPdf(file.bytes);
    expect(pdf.text).toContain(sectionHeading('identification', 'fr'));
  });

  it('says the plan is gone rather than exporting another one', async () => {
    const result = await prepareExport(
      memoryExportPorts(BASE),
      { kind: 'plan-docx', planId: 'plan-deleted' },
      CONTEXT,
    );
    expect(result).toEqual({
      ok: false,
      error: { code: 'EXPORT.PLAN_NOT_FOUND', details: { id: 'plan-deleted' } },
    });
  });
});

describe('prepareExport: the measurement report', () => {
  const annualRatings = DEMO_RATINGS.filter((r) => r.measurementId === DEMO_ANNUAL.id);
  const withLinks = annualRatings.find((r) => r.evidenceLinks.length === 2)!;
  const [decision, registrations] = withLinks.evidenceLinks as [string, string];
  const edited: Rating = { ...withLinks, evidenceNote: 'Handmatig aangepast.' };
  // The first version had another target and note: two fields changed in version 2.0.
  const raised: Rating = {
    ...withLinks,
    evidenceNote: 'Eerste versie.',
    target: withLinks.target === 2 ? 3 : 2,
  };

  const state: MemoryExportState = {
    ...BASE,
    versions: {
      [`rating/${withLinks.id}`]: [
        version(
          '3.0',
          '2026-11-20T10:00:00Z',
          { displayName: 'SharePoint UI (hand edit)' },
          edited,
        ),
        version('2.0', '2026-11-18T09:00:00Z', INTEGRITY_OFFICER, withLinks),
        version('1.0', '2026-11-17T08:00:00Z', INTEGRITY_OFFICER, raised),
      ],
    },
    evidence: {
      [decision]: {
        status: 'found',
        file: {
          link: decision,
          fileName: 'beslissing-dc-2025-12.pdf',
          webUrl: decision,
          sha256: 'a'.repeat(64),
          modifiedAt: '2025-12-18T16:02:11Z',
          sizeBytes: 1234,
        },
      },
      [registrations]: { status: 'problem', link: registrations, problem: 'EVIDENCE.FORBIDDEN' },
    },
  };

  it('adds the change log from the versions, a hand edit in SharePoint attributed and marked', async () => {
    const file = fileOf(
      await prepareExport(
        memoryExportPorts(state),
        { kind: 'measurement-xlsx', measurementId: DEMO_ANNUAL.id },
        { ...CONTEXT, locale: 'en' },
      ),
    );
    expect(file.fileName).toBe('measurement-report_pz-demo_2026-12-01.xlsx');
    const log = (await workbookRows(file.bytes, REPORT_SHEET_NAMES.changeLog.en)).slice(1);
    const item = `IntegrityRatings/${withLinks.id}`;
    expect(log).toEqual([
      [
        '2026-11-18T09:00:00Z',
        'Sofie Claes <sofie.claes@pz-demo.example>',
        item,
        'target',
        raised.target,
        // An empty cell reads back as nothing.
        withLinks.target ?? undefined,
        REPORT_LABELS.originApp.en,
      ],
      [
        '2026-11-18T09:00:00Z',
        'Sofie Claes <sofie.claes@pz-demo.example>',
        item,
        'evidenceNote',
        'Eerste versie.',
        withLinks.evidenceNote,
        REPORT_LABELS.originApp.en,
      ],
      [
        '2026-11-20T10:00:00Z',
        'SharePoint UI (hand edit)',
        item,
        'evidenceNote',
        withLinks.evidenceNote,
        'Handmatig aangepast.',
        REPORT_LABELS.originOutside.en,
      ],
    ]);
  });

  it('lists each evidence file with its digest and each unresolvable link with its problem', async () => {
    const ports = memoryExportPorts(state);
    const file = fileOf(
      await prepareExport(
        ports,
        { kind: 'measurement-xlsx', measurementId: DEMO_ANNUAL.id },
        { ...CONTEXT, locale: 'nl' },
      ),
    );
    // Every distinct link of the measurement's ratings is asked once.
    const asked = ports.evidenceCalls.flat();
    expect(new Set(asked).size).toBe(asked.length);
    expect(new Set(asked)).toEqual(new Set(annualRatings.flatMap((r) => r.evidenceLinks)));

    const rows = (await workbookRows(file.bytes, REPORT_SHEET_NAMES.evidence.nl)).slice(1);
    const ofRating = rows.filter((r) => r[2] === withLinks.id);
    const hashed = ofRating.find((r) => r[12] === 'a'.repeat(64));
    expect(hashed?.[10]).toBe('beslissing-dc-2025-12.pdf');
    const forbidden = ofRating.find(
      (r) => r[14] === EVIDENCE_PROBLEM_LABELS['EVIDENCE.FORBIDDEN'].nl,
    );
    expect(forbidden).toBeDefined();
    expect(JSON.stringify(forbidden?.[11])).toContain(registrations);
  });

  it('still lists the links, without a digest, when no evidence store is wired', async () => {
    const file = fileOf(
      await prepareExport(
        memoryExportPorts({ ...state, evidence: null }),
        { kind: 'measurement-xlsx', measurementId: DEMO_ANNUAL.id },
        CONTEXT,
      ),
    );
    const rows = (await workbookRows(file.bytes, REPORT_SHEET_NAMES.evidence.nl)).slice(1);
    const ofRating = rows.filter((r) => r[2] === withLinks.id);
    expect(ofRating).toHaveLength(2);
    expect(ofRating.every((r) => r[12] === undefined || r[12] === '')).toBe(true);
  });

  it('returns the store’s failure, typed, and never reports done', async () => {
    const steps: ExportStepProgress[] = [];
    const result = await prepareExport(
      memoryExportPorts({ ...state, failing: { port: 'history', error: THROTTLED } }),
      { kind: 'measurement-xlsx', measurementId: DEMO_ANNUAL.id },
      CONTEXT,
      (p) => steps.push(p),
    );
    expect(result).toEqual({ ok: false, error: THROTTLED });
    expect(steps.some((s) => s.step === 'done')).toBe(false);
  });

  it('returns the evidence store’s failure too', async () => {
    const result = await prepareExport(
      memoryExportPorts({ ...state, failing: { port: 'evidence', error: THROTTLED } }),
      { kind: 'measurement-xlsx', measurementId: DEMO_ANNUAL.id },
      CONTEXT,
    );
    expect(result).toEqual({ ok: false, error: THROTTLED });
  });

  it('says the measurement is gone', async () => {
    const result = await prepareExport(
      memoryExportPorts(state),
      { kind: 'measurement-xlsx', measurementId: 'm-gone' },
      CONTEXT,
    );
    expect(result.ok ? null : result.error.code).toBe('EXPORT.MEASUREMENT_NOT_FOUND');
  });
});

describe('prepareExport: the lists', () => {
  it('zips one CSV per list of the manifest', async () => {
    const snapshot = listsSnapshot(DEMO_BUNDLE, DEMO_MEASUREMENTS, DEMO_RATINGS, {
      created: '2026-01-05T09:00:00Z',
      modified: '2026-01-12T10:05:00Z',
      by: COMMANDER,
    });
    const file = fileOf(
      await prepareExport(
        memoryExportPorts({ ...BASE, lists: snapshot }),
        { kind: 'lists-csv' },
        CONTEXT,
      ),
    );
    expect(file.fileName).toBe('integrity-lists_pz-demo_2026-12-01.zip');
    const zip = await JSZip.loadAsync(file.bytes, { checkCRC32: true });
    expect(Object.keys(zip.files)).toContain('IntegrityPlans.csv');
    const plans = parseCsv(await zip.file('IntegrityPlans.csv')!.async('string'));
    expect(plans.bom).toBe(true);
    expect(plans.records[1]?.[0]).toBe(DEMO_PLAN_ID);
  });

  it('says the CSV export is not available where no list reader is wired', async () => {
    const result = await prepareExport(
      memoryExportPorts({ ...BASE, lists: null }),
      { kind: 'lists-csv' },
      CONTEXT,
    );
    expect(result.ok ? null : result.error.code).toBe('EXPORT.NOT_AVAILABLE');
  });
});

describe('exportFileName', () => {
  it('keeps only letters, digits and dashes of the entity code', () => {
    expect(exportFileName('plan-pdf', 'PZ Zuiderkempen/Geel', NOW)).toBe(
      'integrity-plan_pz-zuiderkempen-geel_2026-12-01.pdf',
    );
  });
});

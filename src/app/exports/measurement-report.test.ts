import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../core/catalogue/catalogue';
import type { Rating } from '../../core/maturity/maturity.types';
import { isRated, UNRATED_LABELS } from '../../core/maturity/scale';
import { aggregateMeasurement } from '../../core/scoring/aggregates';
import { measurementDeltas } from '../../core/scoring/deltas';
import { LOCALES } from '../../core/shared/locale';
import type { Locale } from '../../core/shared/locale';
import {
  ACTION_STATUS_LABELS,
  PILLAR_LABELS,
  REPORT_LABELS,
  REPORT_SHEET_NAMES,
  REPORT_SHEETS,
} from './export-labels';
import type { ExportProgress } from './export-format';
import {
  AGGREGATE_COLUMNS,
  buildMeasurementXlsx,
  EXCEL_CELL_LIMIT,
  safeSheetName,
} from './measurement-report';
import type { ChangeLogEntry, MeasurementReportInput } from './measurement-report';
import {
  DEMO_ANNUAL,
  DEMO_BASELINE,
  DEMO_BUNDLE,
  DEMO_CHANGE_LOG,
  DEMO_EVIDENCE,
  DEMO_GENERATED_AT,
  DEMO_MEASUREMENTS,
  DEMO_RATINGS,
  INTEGRITY_OFFICER,
} from './test-support/demo-fixture';

/** Budgets of the fixture's actions that are not cancelled: 1500 + 3200.50 + 8500 + 900.25 + 0 + 250. */
const PLAN_BUDGET = 14_350.75;

function input(
  locale: Locale,
  overrides: Partial<MeasurementReportInput> = {},
): MeasurementReportInput {
  return {
    catalogue: CATALOGUE,
    measurements: DEMO_MEASUREMENTS,
    ratings: DEMO_RATINGS,
    plan: DEMO_BUNDLE,
    locale,
    evidenceIndex: DEMO_EVIDENCE,
    changeLog: DEMO_CHANGE_LOG,
    generatedAt: DEMO_GENERATED_AT,
    ...overrides,
  };
}

async function open(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // exceljs types its input as its own Buffer (an ArrayBuffer); an ArrayBuffer copy fits both.
  await workbook.xlsx.load(bytes.slice().buffer);
  return workbook;
}

type Cell = ExcelJS.CellValue;

/** A cell's text, or '' for a cell that holds no text. */
function text(cell: Cell): string {
  return typeof cell === 'string' ? cell : '';
}

/** The sheet's rows as arrays of cell values, first column at index 0. */
function rows(sheet: ExcelJS.Worksheet): Cell[][] {
  const out: Cell[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const values = row.values as Cell[];
    out.push(values.slice(1));
  });
  return out;
}

function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (found === undefined) throw new Error(`No sheet ${name}`);
  return found;
}

/** The median the hard way: sort the levels, take the middle (mean of the two middles). */
function medianOf(ratings: readonly Rating[], elementIds: ReadonlySet<string>): number {
  const levels = ratings
    .filter((r) => elementIds.has(r.elementId))
    .map((r) => r.value)
    .filter(isRated)
    .sort((a, b) => a - b);
  const mid = Math.floor(levels.length / 2);
  return levels.length % 2 === 1 ? levels[mid]! : (levels[mid - 1]! + levels[mid]!) / 2;
}

describe('sheet names', () => {
  it('are translated, unique, within 31 characters and free of forbidden characters', () => {
    for (const locale of LOCALES) {
      const names = REPORT_SHEETS.map((s) => REPORT_SHEET_NAMES[s][locale]);
      expect(new Set(names).size).toBe(names.length);
      for (const name of names) {
        expect(name.length).toBeLessThanOrEqual(31);
        expect(name).not.toMatch(/[\\/?*[\]:]|^'|'$/);
        expect(safeSheetName(name)).toBe(name);
      }
    }
  });

  it('are repaired when a translation would break the workbook', () => {
    expect(safeSheetName("'Matrix [2026]: a/b?*'")).toBe('Matrix  2026   a b');
    expect(safeSheetName('x'.repeat(40))).toHaveLength(31);
    expect(safeSheetName('///')).toBe('Sheet');
  });
});

describe.each(LOCALES)('measurement report in %s', (locale) => {
  it('holds the matrix, aggregates, balance, evidence and change log an auditor can verify', async () => {
    const steps: ExportProgress[] = [];
    const workbook = await open(
      await buildMeasurementXlsx({ ...input(locale), onProgress: (p) => steps.push(p) }),
    );
    expect(steps.at(-1)).toEqual({ step: 'pack', done: 7, total: 7 });
    expect(workbook.worksheets.map((w) => w.name)).toEqual(
      REPORT_SHEETS.map((s) => REPORT_SHEET_NAMES[s][locale]),
    );

    // Matrix: one row per catalogue element, baseline and annual in date order, levels as
    // numbers, unrated values as their label, the target level, the header row frozen.
    const matrixSheet = sheet(workbook, REPORT_SHEET_NAMES.matrix[locale]);
    expect(matrixSheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const matrix = rows(matrixSheet);
    const header = matrix[0]!;
    expect(header.slice(0, 3)).toEqual([
      REPORT_LABELS.elementId[locale],
      REPORT_LABELS.element[locale],
      REPORT_LABELS.pillar[locale],
    ]);
    const baselineColumn = header.findIndex((h) => text(h).includes(DEMO_BASELINE.date));
    const annualColumn = header.findIndex((h) => text(h).includes(DEMO_ANNUAL.date));
    expect(baselineColumn).toBeGreaterThan(2);
    expect(annualColumn).toBe(baselineColumn + 1);
    expect(header.at(-1)).toBe(REPORT_LABELS.targetLevel[locale]);
    expect(matrix).toHaveLength(1 + CATALOGUE.length);
    const rowOf = (id: string): Cell[] => matrix.find((r) => r[0] === id)!;
    const ratingOf = (measurementId: string, elementId: string): Rating | undefined =>
      DEMO_RATINGS.find((r) => r.measurementId === measurementId && r.elementId === elementId);
    for (const element of CATALOGUE) {
      const row = rowOf(element.id);
      for (const [column, measurementId] of [
        [baselineColumn, DEMO_BASELINE.id],
        [annualColumn, DEMO_ANNUAL.id],
      ] as const) {
        const value = ratingOf(measurementId, element.id)?.value ?? 'not-assessed';
        expect(row[column]).toEqual(isRated(value) ? value : UNRATED_LABELS[value][locale]);
      }
    }
    expect(rowOf('ins.guide.training.dilemma-training')[header.length - 1]).toBe(4);
    expect(rowOf('pro.planning-cycle.nvp')[baselineColumn]).toBe(
      UNRATED_LABELS['not-applicable'][locale],
    );

    // Aggregates: numbers equal to the core's figures and to a median computed by hand.
    const aggregates = rows(sheet(workbook, REPORT_SHEET_NAMES.aggregates[locale]));
    const col = (name: (typeof AGGREGATE_COLUMNS)[number]): number =>
      AGGREGATE_COLUMNS.indexOf(name);
    const figuresRow = (group: string, measurementId: string): Cell[] =>
      aggregates.find(
        (r) => r[col('group')] === group && r[col('measurementId')] === measurementId,
      )!;
    const instruments = figuresRow(PILLAR_LABELS.instruments[locale], DEMO_BASELINE.id);
    const core = aggregateMeasurement(CATALOGUE, DEMO_BASELINE.id, DEMO_RATINGS);
    expect(instruments[col('median')]).toBe(core.byPillar.instruments.median);
    expect(instruments[col('median')]).toBe(
      medianOf(
        DEMO_RATINGS.filter((r) => r.measurementId === DEMO_BASELINE.id),
        new Set(CATALOGUE.filter((e) => e.pillar === 'instruments').map((e) => e.id)),
      ),
    );
    expect(instruments[col('minimum')]).toBe(core.byPillar.instruments.minimum);
    expect(typeof instruments[col('shareImplemented')]).toBe('number');
    expect(instruments[col('shareImplemented')]).toBe(core.byPillar.instruments.shareImplemented);
    const overallAnnual = figuresRow(REPORT_LABELS.overall[locale], DEMO_ANNUAL.id);
    const deltas = measurementDeltas(CATALOGUE, DEMO_MEASUREMENTS, DEMO_RATINGS, DEMO_ANNUAL.id);
    expect(overallAnnual[col('medianVsBaseline')]).toBe(deltas.vsBaseline!.groups.overall.median);
    expect(overallAnnual[col('notAssessed')]).toBe(
      CATALOGUE.length - DEMO_RATINGS.filter((r) => r.measurementId === DEMO_ANNUAL.id).length,
    );

    // Balance: the plan's budget without the cancelled action, in the summary and per action.
    const balance = rows(sheet(workbook, REPORT_SHEET_NAMES.balance[locale]));
    const amountsTitle = balance.findIndex((r) => r[0] === REPORT_LABELS.amountsByApproach[locale]);
    const amountsTotal = balance
      .slice(amountsTitle)
      .find((r) => r[0] === REPORT_LABELS.total[locale])!;
    expect(amountsTotal[1]).toBe(PLAN_BUDGET);
    const actionRows = balance.filter(
      (r) => typeof r[0] === 'string' && r[0].startsWith('action-'),
    );
    expect(actionRows).toHaveLength(DEMO_BUNDLE.actions.length);
    const cancelled = ACTION_STATUS_LABELS.cancelled[locale];
    const budgetSum = actionRows
      .filter((r) => r[3] !== cancelled)
      .reduce((sum, r) => sum + (typeof r[7] === 'number' ? Math.round(r[7] * 100) : 0), 0);
    expect(budgetSum / 100).toBe(PLAN_BUDGET);
    expect(actionRows.find((r) => r[0] === 'action-10')?.slice(3)).toContain(cancelled);

    // Evidence: every file with its digest and modification time, and every rating.
    const evidence = rows(sheet(workbook, REPORT_SHEET_NAMES.evidence[locale])).slice(1);
    const files = evidence
      .filter((r) => typeof r[12] === 'string' && r[12] !== '')
      .map((r) => {
        const url = r[11] as { readonly hyperlink?: string } | string;
        return {
          ratingId: r[2],
          fileName: r[10],
          url: typeof url === 'string' ? url : url.hyperlink,
          sha256: r[12],
          modifiedAt: r[13],
        };
      });
    expect(files).toEqual(expect.arrayContaining([...DEMO_EVIDENCE]));
    expect(files).toHaveLength(DEMO_EVIDENCE.length);
    expect(new Set(evidence.map((r) => r[2]))).toEqual(new Set(DEMO_RATINGS.map((r) => r.id)));

    // Change log: chronological, raw values as recorded.
    const log = rows(sheet(workbook, REPORT_SHEET_NAMES.changeLog[locale])).slice(1);
    expect(log.map((r) => r[0])).toEqual([...DEMO_CHANGE_LOG].map((e) => e.at).sort());
    const described = log.find((r) => r[2] === 'IntegrityActions/action-10')!;
    expect(described[4]).toBe(
      'Een externe auditor controleert het databankgebruik, "steekproefsgewijs", 2 keer.',
    );
    const indicator = log.find((r) => r[3] === 'CurrentValue')!;
    expect(indicator.slice(4, 6)).toEqual([2, 3]);

    // Measurements: both, with who locked the baseline.
    const measurements = rows(sheet(workbook, REPORT_SHEET_NAMES.measurements[locale]));
    const baselineRow = measurements.find((r) => r[0] === DEMO_BASELINE.id)!;
    expect(baselineRow).toContain('Marc Janssens <marc.janssens@pz-demo.example>');
    expect(measurements.some((r) => r[0] === DEMO_ANNUAL.id)).toBe(true);
  });
});

describe('measurement report text from data', () => {
  it('continues a text longer than an Excel cell on the rows below instead of cutting it', async () => {
    const long = Array.from({ length: 9000 }, (_, i) => `n${i}`).join(' ');
    expect(long.length).toBeGreaterThan(EXCEL_CELL_LIMIT);
    const entry: ChangeLogEntry = {
      at: '2026-11-01T10:00:00Z',
      by: INTEGRITY_OFFICER,
      item: 'IntegrityRatings/r-annual-001',
      field: 'EvidenceNote',
      from: null,
      to: long,
    };
    const workbook = await open(await buildMeasurementXlsx(input('nl', { changeLog: [entry] })));
    const log = rows(sheet(workbook, REPORT_SHEET_NAMES.changeLog.nl)).slice(1);
    expect(log.length).toBeGreaterThan(1);
    expect(log.map((r) => text(r[5])).join('')).toBe(long);
    expect(log.slice(1).every((r) => r[0] === undefined || r[0] === null)).toBe(true);
  });

  it('writes formula-looking and control-character texts as plain text cells', async () => {
    const entries: ChangeLogEntry[] = [
      {
        at: '2026-11-01T10:00:00Z',
        by: null,
        item: 'IntegrityActions/action-01',
        field: 'Title',
        from: '=HYPERLINK("https://evil.example","klik")',
        to: 'bel\u0007 \uD800 ok',
      },
    ];
    const bytes = await buildMeasurementXlsx(input('en', { changeLog: entries }));
    const workbook = await open(bytes);
    const row = sheet(workbook, REPORT_SHEET_NAMES.changeLog.en).getRow(2);
    expect(row.getCell(5).type).toBe(ExcelJS.ValueType.String);
    expect(row.getCell(5).value).toBe('=HYPERLINK("https://evil.example","klik")');
    expect(row.getCell(6).value).toBe('bel\uFFFD \uFFFD ok');
  });

  it('reports only the plan’s measurements and leaves a corrected measurement out of the matrix', async () => {
    const correction = {
      ...DEMO_BASELINE,
      id: 'm-baseline-2026-c',
      correctsMeasurementId: DEMO_BASELINE.id,
    };
    const otherPlan = { ...DEMO_ANNUAL, id: 'm-other', planId: 'plan-other' };
    const workbook = await open(
      await buildMeasurementXlsx(
        input('en', { measurements: [...DEMO_MEASUREMENTS, correction, otherPlan] }),
      ),
    );
    const header = rows(sheet(workbook, REPORT_SHEET_NAMES.matrix.en))[0]!;
    expect(header.filter((h) => text(h).includes(DEMO_BASELINE.date))).toHaveLength(1);
    const listed = rows(sheet(workbook, REPORT_SHEET_NAMES.measurements.en));
    expect(listed.find((r) => r[0] === DEMO_BASELINE.id)?.at(-1)).toBe(REPORT_LABELS.no.en);
    expect(listed.find((r) => r[0] === correction.id)?.at(-1)).toBe(REPORT_LABELS.yes.en);
    expect(listed.map((r) => r[0])).not.toContain('m-other');
  });
});

import type * as ExcelJsModule from 'exceljs';
import { CATEGORIES } from '../../core/catalogue/catalogue';
import type {
  CatalogueElement,
  ElementId,
  Layer,
  Pillar,
} from '../../core/catalogue/catalogue.types';
import { IMF_FUNCTIONS, LAYERS, PILLARS } from '../../core/catalogue/catalogue.types';
import { computeBalance } from '../../core/diagnostics/balance';
import type { ElementCoverage } from '../../core/diagnostics/balance';
import { isEvidenceLink } from '../../core/maturity/measurement';
import type { Measurement, Rating, RatingValue } from '../../core/maturity/maturity.types';
import { effectiveMeasurements, orderMeasurements } from '../../core/maturity/measurement-history';
import {
  isRated,
  MATURITY_SCALE,
  MATURITY_SCALE_LEVELS,
  ratingValueLabel,
} from '../../core/maturity/scale';
import type { PlanBundle } from '../../core/plan/plan.types';
import { brusselsDay, parseInstant, requireInstant } from '../../core/schedule/brussels-time';
import { formatDay } from '../../core/schedule/calendar-day';
import { pdcaPhase } from '../../core/schedule/pdca-phase';
import { PHASE_LABELS } from '../../core/schedule/phase-labels';
import { aggregateMeasurement } from '../../core/scoring/aggregates';
import type { AggregateGroups, GroupFigures } from '../../core/scoring/aggregates';
import { measurementDeltas } from '../../core/scoring/deltas';
import type { GroupDelta } from '../../core/scoring/deltas';
import { buildMatrix } from '../../core/scoring/matrix';
import type { IsoDateTime } from '../../core/shared/dates';
import type { Locale, LocalizedText } from '../../core/shared/locale';
import type { PersonRef } from '../../core/shared/person';
import type { EvidenceLinkProblem } from '../../ports/evidence-store';
import {
  ACTION_STATUS_LABELS,
  APPROACH_LABELS,
  EVIDENCE_PROBLEM_LABELS,
  FUNCTION_LABELS,
  LAYER_LABELS,
  MEASUREMENT_KIND_LABELS,
  MEASUREMENT_STATUS_LABELS,
  PILLAR_LABELS,
  PLAN_DOCUMENT_LABELS,
  RATING_MODE_LABELS,
  REPORT_LABELS,
  REPORT_SHEET_NAMES,
  REPORT_SHEETS,
} from './export-labels';
import type { ReportSheet } from './export-labels';
import {
  formatDateTime,
  formatMessage,
  moduleDefault,
  personIdentity,
  reportProgress,
  xmlSafe,
} from './export-format';
import type { ProgressListener } from './export-format';

/** A file that backs a rating, as listed in the evidence library, with its digest. */
export type EvidenceFile = {
  readonly ratingId: string;
  readonly fileName: string;
  readonly url: string;
  /** Hex SHA-256 of the file's content, so an auditor can verify the file is unchanged. */
  readonly sha256: string;
  readonly modifiedAt: IsoDateTime;
};

/** An evidence link of a rating that could not be listed with a digest, and why. */
export type EvidenceProblem = {
  readonly ratingId: string;
  /** The link exactly as the rating stores it. */
  readonly url: string;
  readonly problem: EvidenceLinkProblem;
};

/** One row of the evidence index: a file with its digest, or a link with its problem. */
export type EvidenceIndexEntry = EvidenceFile | EvidenceProblem;

/** A raw field value as the record stores it. */
export type ChangeValue = string | number | boolean | null;

/**
 * Who made a change: through the app, or outside it (a hand edit in SharePoint, recognised as the
 * History screen does); the person is recorded either way.
 */
export type ChangeOrigin = 'app' | 'outside';

/** One attributable change of one field of one item (from the lists' version history). */
export type ChangeLogEntry = {
  readonly at: IsoDateTime;
  readonly by: PersonRef | null;
  /** The item, e.g. `IntegrityActions/action-01`. */
  readonly item: string;
  /** The field's internal name. */
  readonly field: string;
  readonly from: ChangeValue;
  readonly to: ChangeValue;
  /** Absent when the source does not tell (the column is then left empty). */
  readonly origin?: ChangeOrigin;
};

export type MeasurementReportInput = {
  readonly catalogue: readonly CatalogueElement[];
  /** Measurements of any plan; only those of `plan` are reported. */
  readonly measurements: readonly Measurement[];
  readonly ratings: readonly Rating[];
  readonly plan: PlanBundle;
  readonly locale: Locale;
  readonly evidenceIndex: readonly EvidenceIndexEntry[];
  readonly changeLog: readonly ChangeLogEntry[];
  readonly generatedAt: IsoDateTime;
  readonly onProgress?: ProgressListener;
};

/** Excel's limit for the text of one cell; longer texts continue on the rows below. */
export const EXCEL_CELL_LIMIT = 32_767;

const PRODUCER = 'Integrity Dashboard';
const HEADER_FILL = 'FFD9E2F3';
const SHARE_FORMAT = '0.0%';
const EUR_FORMAT = '#,##0.00';
const DELTA_FORMAT = '+0.0#;-0.0#;0';

/**
 * A sheet name Excel accepts: at most 31 characters, none of `\ / ? * [ ] :`, not starting or
 * ending with an apostrophe. Our translated names already comply (a test checks it); this guards
 * against a future translation breaking the workbook.
 */
export function safeSheetName(name: string): string {
  const cleaned = name
    .replace(/[\\/?*[\]:]/g, ' ')
    .replace(/^'+|'+$/g, '')
    .trim()
    .slice(0, 31)
    .trim();
  return cleaned === '' ? 'Sheet' : cleaned;
}

type Workbook = ExcelJsModule.Workbook;
type Worksheet = ExcelJsModule.Worksheet;
type CellValue = ExcelJsModule.CellValue;

/** A text for a cell: XML-safe (see `xmlSafe`); the caller splits it at the cell limit. */
function cellText(text: string): string {
  return xmlSafe(text);
}

/** A value with the number format its cell needs (a share, an amount of euro). */
class Formatted {
  constructor(
    readonly value: number | null,
    readonly numFmt: string,
  ) {}
}

function share(value: number | null): Formatted {
  return new Formatted(value, SHARE_FORMAT);
}

function eur(value: number | null): Formatted {
  return new Formatted(value, EUR_FORMAT);
}

type RowValue = CellValue | Formatted;

/**
 * Adds a row, continuing any text longer than Excel's cell limit on the rows below it (same
 * column, other cells empty), so nothing is cut off. Returns the rows written.
 */
function addRow(sheet: Worksheet, values: readonly RowValue[]): ExcelJsModule.Row[] {
  const chunks = values.map((value): CellValue[] => {
    if (value instanceof Formatted) return [value.value];
    if (typeof value !== 'string') return [value];
    const text = cellText(value);
    if (text.length <= EXCEL_CELL_LIMIT) return [text];
    const parts: string[] = [];
    for (let start = 0; start < text.length; start += EXCEL_CELL_LIMIT) {
      parts.push(text.slice(start, start + EXCEL_CELL_LIMIT));
    }
    return parts;
  });
  const height = Math.max(1, ...chunks.map((c) => c.length));
  const rows: ExcelJsModule.Row[] = [];
  for (let line = 0; line < height; line += 1) {
    rows.push(sheet.addRow(chunks.map((c) => (line < c.length ? c[line] : null))));
  }
  const first = rows[0];
  if (first !== undefined) {
    values.forEach((value, index) => {
      if (value instanceof Formatted) first.getCell(index + 1).numFmt = value.numFmt;
    });
  }
  return rows;
}

function styleHeader(row: ExcelJsModule.Row): void {
  row.font = { bold: true };
  row.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    cell.alignment = { vertical: 'top', wrapText: true };
  });
}

type Column = { readonly header: string; readonly width: number; readonly numFmt?: string };

/** A sheet that is one table: header row frozen and filtered, column widths and formats set. */
function tableSheet(
  workbook: Workbook,
  sheet: ReportSheet,
  locale: Locale,
  columns: readonly Column[],
  frozenColumns = 0,
): Worksheet {
  const worksheet = workbook.addWorksheet(safeSheetName(REPORT_SHEET_NAMES[sheet][locale]), {
    views: [{ state: 'frozen', xSplit: frozenColumns, ySplit: 1 }],
  });
  worksheet.columns = columns.map((c) => ({
    header: c.header,
    width: c.width,
    ...(c.numFmt === undefined ? {} : { style: { numFmt: c.numFmt } }),
  }));
  styleHeader(worksheet.getRow(1));
  worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return worksheet;
}

/** A free-form sheet's table: a bold title, a header row, the rows, then an empty row. */
function addTable(
  sheet: Worksheet,
  title: string,
  headers: readonly string[],
  rows: readonly (readonly RowValue[])[],
): void {
  addRow(sheet, [title]).forEach((row) => {
    row.font = { bold: true, size: 12 };
  });
  styleHeader(addRow(sheet, headers)[0] as ExcelJsModule.Row);
  for (const row of rows) addRow(sheet, row);
  addRow(sheet, []);
}

// ---------------------------------------------------------------------------------------------

type Context = {
  readonly input: MeasurementReportInput;
  readonly locale: Locale;
  /** Measurements of the plan, chronological. */
  readonly planMeasurements: readonly Measurement[];
  /** The record: the plan's measurements not replaced by a locked correction. */
  readonly effective: readonly Measurement[];
  readonly elements: ReadonlyMap<ElementId, CatalogueElement>;
};

function measurementLabel(m: Measurement, locale: Locale): string {
  return formatMessage(
    m.status === 'open' ? REPORT_LABELS.openMeasurementColumn : REPORT_LABELS.measurementColumn,
    locale,
    { kind: MEASUREMENT_KIND_LABELS[m.kind][locale], date: m.date },
  );
}

function groupLabel(element: CatalogueElement, locale: Locale): string {
  return element.pillar === 'instruments' ? FUNCTION_LABELS[element.function][locale] : '';
}

function categoryLabel(element: CatalogueElement, locale: Locale): string {
  return CATEGORIES.find((c) => c.id === element.category)?.label[locale] ?? element.category;
}

/** A rating value as a cell: the level as a number, or the label of "not assessed/applicable". */
function valueCell(value: RatingValue, locale: Locale): CellValue {
  return isRated(value) ? value : ratingValueLabel(value)[locale];
}

function elementName(id: ElementId, ctx: Context): string {
  return (
    ctx.elements.get(id)?.label[ctx.locale] ??
    formatMessage(PLAN_DOCUMENT_LABELS.unknownElement, ctx.locale, { id })
  );
}

function writeMatrix(workbook: Workbook, ctx: Context): void {
  const { locale } = ctx;
  const R = REPORT_LABELS;
  const sheet = tableSheet(
    workbook,
    'matrix',
    locale,
    [
      { header: R.elementId[locale], width: 34 },
      { header: R.element[locale], width: 44 },
      { header: R.pillar[locale], width: 14 },
      { header: R.function[locale], width: 30 },
      { header: R.layer[locale], width: 14 },
      { header: R.category[locale], width: 34 },
      { header: R.approach[locale], width: 14 },
      ...ctx.effective.map((m) => ({ header: measurementLabel(m, locale), width: 16 })),
      { header: R.targetLevel[locale], width: 12 },
    ],
    2,
  );
  const matrix = buildMatrix(ctx.input.catalogue, ctx.effective, ctx.input.ratings);
  for (const row of matrix.groups.flatMap((g) => g.rows)) {
    const { element } = row;
    addRow(sheet, [
      element.id,
      element.label[locale],
      PILLAR_LABELS[element.pillar][locale],
      groupLabel(element, locale),
      LAYER_LABELS[element.layer][locale],
      categoryLabel(element, locale),
      APPROACH_LABELS[element.approach][locale],
      ...row.cells.map((cell) => valueCell(cell.value, locale)),
      row.target,
    ]);
  }
  // Ratings of elements the catalogue no longer has are part of the record too: listed last.
  const known = new Set(ctx.input.catalogue.map((e) => e.id));
  const unknownIds = [
    ...new Set(
      ctx.input.ratings
        .filter(
          (r) => !known.has(r.elementId) && ctx.effective.some((m) => m.id === r.measurementId),
        )
        .map((r) => r.elementId),
    ),
  ];
  for (const id of unknownIds) {
    const cells = ctx.effective.map((m) => {
      const rating = ctx.input.ratings.find((r) => r.measurementId === m.id && r.elementId === id);
      return valueCell(rating?.value ?? 'not-assessed', locale);
    });
    addRow(sheet, [id, elementName(id, ctx), '', '', '', '', '', ...cells, null]);
  }
}

type Group = {
  readonly grouping: string;
  readonly name: string;
  readonly pick: <T>(g: AggregateGroups<T>) => T;
};

function aggregateGroups(locale: Locale): readonly Group[] {
  const R = REPORT_LABELS;
  return [
    { grouping: R.overall[locale], name: R.overall[locale], pick: (g) => g.overall },
    ...PILLARS.map((p): Group => ({
      grouping: R.pillar[locale],
      name: PILLAR_LABELS[p][locale],
      pick: (g) => g.byPillar[p],
    })),
    ...IMF_FUNCTIONS.map((f): Group => ({
      grouping: R.function[locale],
      name: FUNCTION_LABELS[f][locale],
      pick: (g) => g.byFunction[f],
    })),
    ...LAYERS.map((l): Group => ({
      grouping: R.layer[locale],
      name: LAYER_LABELS[l][locale],
      pick: (g) => g.byLayer[l],
    })),
    ...PILLARS.flatMap((p) =>
      LAYERS.map((l): Group => ({
        grouping: R.pillarLayer[locale],
        name: formatMessage(R.pillarLayerValue, locale, {
          pillar: PILLAR_LABELS[p][locale],
          layer: LAYER_LABELS[l][locale],
        }),
        pick: (g) => g.byPillarLayer[p][l],
      })),
    ),
  ];
}

/** The columns of the Aggregates sheet, in order (tests read cells by these positions). */
export const AGGREGATE_COLUMNS = [
  'grouping',
  'group',
  'measurement',
  'measurementId',
  'date',
  'elements',
  'rated',
  'notApplicable',
  'notAssessed',
  'median',
  'minimum',
  'shareImplemented',
  'medianVsBaseline',
  'minimumVsBaseline',
  'shareVsBaseline',
  'medianVsPrevious',
  'minimumVsPrevious',
  'shareVsPrevious',
] as const;
type AggregateColumn = (typeof AGGREGATE_COLUMNS)[number];

function aggregateColumns(locale: Locale): Readonly<Record<AggregateColumn, Column>> {
  const R = REPORT_LABELS;
  const delta = (template: LocalizedText, figure: LocalizedText, numFmt: string): Column => ({
    header: formatMessage(template, locale, { figure: figure[locale] }),
    width: 16,
    numFmt,
  });
  return {
    grouping: { header: R.grouping[locale], width: 16 },
    group: { header: R.group[locale], width: 34 },
    measurement: { header: R.measurement[locale], width: 26 },
    measurementId: { header: R.measurementId[locale], width: 18 },
    date: { header: R.date[locale], width: 12 },
    elements: { header: R.elements[locale], width: 10 },
    rated: { header: R.rated[locale], width: 10 },
    notApplicable: { header: ratingValueLabel('not-applicable')[locale], width: 12 },
    notAssessed: { header: ratingValueLabel('not-assessed')[locale], width: 12 },
    median: { header: R.median[locale], width: 10 },
    minimum: { header: R.minimum[locale], width: 10 },
    shareImplemented: { header: R.shareImplemented[locale], width: 14, numFmt: SHARE_FORMAT },
    medianVsBaseline: delta(R.deltaVsBaseline, R.median, DELTA_FORMAT),
    minimumVsBaseline: delta(R.deltaVsBaseline, R.minimum, DELTA_FORMAT),
    shareVsBaseline: delta(R.deltaVsBaseline, R.shareImplemented, SHARE_FORMAT),
    medianVsPrevious: delta(R.deltaVsPrevious, R.median, DELTA_FORMAT),
    minimumVsPrevious: delta(R.deltaVsPrevious, R.minimum, DELTA_FORMAT),
    shareVsPrevious: delta(R.deltaVsPrevious, R.shareImplemented, SHARE_FORMAT),
  };
}

function writeAggregates(workbook: Workbook, ctx: Context): void {
  const { locale, input } = ctx;
  const columns = aggregateColumns(locale);
  const sheet = tableSheet(
    workbook,
    'aggregates',
    locale,
    AGGREGATE_COLUMNS.map((c) => columns[c]),
    2,
  );
  const groups = aggregateGroups(locale);
  for (const m of ctx.effective) {
    const aggregates = aggregateMeasurement(input.catalogue, m.id, input.ratings);
    const deltas = measurementDeltas(input.catalogue, ctx.planMeasurements, input.ratings, m.id);
    for (const group of groups) {
      const f: GroupFigures = group.pick(aggregates);
      const vsBaseline: GroupDelta | null =
        deltas.vsBaseline === null ? null : group.pick(deltas.vsBaseline.groups);
      const vsPrevious: GroupDelta | null =
        deltas.vsPrevious === null ? null : group.pick(deltas.vsPrevious.groups);
      // Null stays an empty cell: "no maturity known" is not maturity zero.
      const values: Readonly<Record<AggregateColumn, CellValue>> = {
        grouping: group.grouping,
        group: group.name,
        measurement: measurementLabel(m, locale),
        measurementId: m.id,
        date: m.date,
        elements: f.elementCount,
        rated: f.ratedCount,
        notApplicable: f.notApplicableCount,
        notAssessed: f.notAssessedCount,
        median: f.median,
        minimum: f.minimum,
        shareImplemented: f.shareImplemented,
        medianVsBaseline: vsBaseline?.median ?? null,
        minimumVsBaseline: vsBaseline?.minimum ?? null,
        shareVsBaseline: vsBaseline?.shareImplemented ?? null,
        medianVsPrevious: vsPrevious?.median ?? null,
        minimumVsPrevious: vsPrevious?.minimum ?? null,
        shareVsPrevious: vsPrevious?.shareImplemented ?? null,
      };
      addRow(
        sheet,
        AGGREGATE_COLUMNS.map((c) => values[c]),
      );
    }
  }
}

function writeBalance(workbook: Workbook, ctx: Context): void {
  const { locale, input } = ctx;
  const R = REPORT_LABELS;
  const A = APPROACH_LABELS;
  const balance = computeBalance(input.plan, input.catalogue);
  const sheet = workbook.addWorksheet(safeSheetName(REPORT_SHEET_NAMES.balance[locale]));
  sheet.columns = [
    { width: 46 },
    { width: 18 },
    { width: 18 },
    { width: 18 },
    { width: 18 },
    { width: 60 },
  ];

  const { actions, budgetEur, hours } = balance.approach;
  addTable(
    sheet,
    R.approachOfActions[locale],
    [R.approach[locale], R.count[locale]],
    [
      [A.controlling[locale], actions.controlling],
      [A.stimulating[locale], actions.stimulating],
      [A.both[locale], actions.both],
      [A.unclassified[locale], actions.unclassified],
      [R.total[locale], actions.counted],
      [R.controllingShare[locale], share(actions.controllingShare)],
      [R.stimulatingShare[locale], share(actions.stimulatingShare)],
    ],
  );
  addTable(
    sheet,
    R.amountsByApproach[locale],
    [
      R.approach[locale],
      PLAN_DOCUMENT_LABELS.budgetEur[locale],
      PLAN_DOCUMENT_LABELS.hours[locale],
    ],
    [
      [A.controlling[locale], eur(budgetEur.controlling), hours.controlling],
      [A.stimulating[locale], eur(budgetEur.stimulating), hours.stimulating],
      [A.unclassified[locale], eur(budgetEur.unclassified), hours.unclassified],
      [R.total[locale], eur(budgetEur.total), hours.total],
      [
        R.controllingShare[locale],
        share(budgetEur.controllingShare),
        share(hours.controllingShare),
      ],
      [
        R.stimulatingShare[locale],
        share(budgetEur.stimulatingShare),
        share(hours.stimulatingShare),
      ],
    ],
  );
  const coverageRow = (label: string, c: ElementCoverage): RowValue[] => [
    label,
    c.linked,
    c.total,
    share(c.share),
    null,
    c.missingIds.map((id) => elementName(id, ctx)).join('; '),
  ];
  addTable(
    sheet,
    R.coverage[locale],
    [
      R.group[locale],
      R.linked[locale],
      R.total[locale],
      R.share[locale],
      '',
      R.missingElements[locale],
    ],
    [
      ...LAYERS.map((l: Layer) => coverageRow(LAYER_LABELS[l][locale], balance.layers[l])),
      ...PILLARS.flatMap((p: Pillar) =>
        LAYERS.map((l) =>
          coverageRow(
            formatMessage(R.pillarLayerValue, locale, {
              pillar: PILLAR_LABELS[p][locale],
              layer: LAYER_LABELS[l][locale],
            }),
            balance.pillarLayers[p][l],
          ),
        ),
      ),
    ],
  );
  addTable(
    sheet,
    R.functionCoverage[locale],
    [
      R.function[locale],
      R.status[locale],
      R.linkedInstruments[locale],
      R.instrumentsInCatalogue[locale],
      PLAN_DOCUMENT_LABELS.actions[locale],
    ],
    balance.functions.byFunction.map((f) => [
      FUNCTION_LABELS[f.function][locale],
      f.status === 'covered' ? R.covered[locale] : R.notCovered[locale],
      f.linkedInstrumentIds.length,
      f.instrumentCount,
      f.actionIds.length,
    ]),
  );
  const objectiveTitle = new Map(input.plan.objectives.map((o) => [o.id, o.title]));
  const actionTitle = new Map(input.plan.actions.map((a) => [a.id, a.title]));
  addTable(
    sheet,
    R.attentionPoints[locale],
    [R.finding[locale], R.itemId[locale], R.itemTitle[locale]],
    [
      ...balance.objectivesWithoutActions.map((id) => [
        R.objectiveWithoutActions[locale],
        id,
        objectiveTitle.get(id) ?? '',
      ]),
      ...balance.actionsWithoutOwner.map((id) => [
        R.actionWithoutOwner[locale],
        id,
        actionTitle.get(id) ?? '',
      ]),
      ...balance.actionsWithUnknownObjective.map((id) => [
        R.actionWithUnknownObjective[locale],
        id,
        actionTitle.get(id) ?? '',
      ]),
      ...balance.actionsWithInvalidAmount.map((id) => [
        R.actionWithInvalidAmount[locale],
        id,
        actionTitle.get(id) ?? '',
      ]),
      ...balance.unknownElementLinks.map((link) => [
        R.unknownElementLink[locale],
        `${link.sourceId} → ${link.elementId}`,
        '',
      ]),
      [R.cancelledActions[locale], balance.cancelledActionCount, ''],
    ],
  );

  // Per action, so the sums above can be checked by hand: every action, cancelled ones included
  // and marked by their status (they are left out of the sums above).
  const approachOf = new Map(balance.approach.byAction.map((a) => [a.actionId, a.approach]));
  const L = PLAN_DOCUMENT_LABELS;
  addTable(
    sheet,
    L.actions[locale],
    [
      R.actionId[locale],
      L.action[locale],
      L.objective[locale],
      L.actionStatus[locale],
      R.approach[locale],
      L.owner[locale],
      L.hours[locale],
      L.budgetEur[locale],
    ],
    input.plan.actions.map((a) => {
      const approach = approachOf.get(a.id);
      return [
        a.id,
        a.title,
        objectiveTitle.get(a.objectiveId) ?? a.objectiveId,
        ACTION_STATUS_LABELS[a.status][locale],
        approach === undefined ? '' : A[approach][locale],
        personIdentity(a.owner),
        a.hours,
        eur(a.budgetEur),
      ];
    }),
  );
}

function writeEvidence(workbook: Workbook, ctx: Context): void {
  const { locale, input } = ctx;
  const R = REPORT_LABELS;
  const sheet = tableSheet(
    workbook,
    'evidence',
    locale,
    [
      { header: R.measurement[locale], width: 26 },
      { header: R.measurementId[locale], width: 18 },
      { header: R.ratingId[locale], width: 16 },
      { header: R.elementId[locale], width: 34 },
      { header: R.element[locale], width: 40 },
      { header: R.level[locale], width: 10 },
      { header: R.minimumEvidence[locale], width: 34 },
      { header: R.rater[locale], width: 30 },
      { header: R.rationale[locale], width: 50 },
      { header: R.dissent[locale], width: 30 },
      { header: R.fileName[locale], width: 30 },
      { header: R.url[locale], width: 50 },
      { header: R.sha256[locale], width: 68 },
      { header: R.modifiedAt[locale], width: 22 },
      { header: R.problem[locale], width: 50 },
    ],
    3,
  );
  const filesByRating = new Map<string, EvidenceIndexEntry[]>();
  for (const file of input.evidenceIndex) {
    filesByRating.set(file.ratingId, [...(filesByRating.get(file.ratingId) ?? []), file]);
  }
  const fileCells = (file: EvidenceIndexEntry | { readonly url: string }): RowValue[] => {
    const url: CellValue = isEvidenceLink(file.url)
      ? { text: cellText(file.url), hyperlink: file.url }
      : file.url;
    if ('sha256' in file) return [file.fileName, url, file.sha256, file.modifiedAt];
    if ('problem' in file) {
      return ['', url, '', '', EVIDENCE_PROBLEM_LABELS[file.problem][locale]];
    }
    return ['', url, '', ''];
  };
  const order = new Map(input.catalogue.map((e, i) => [e.id, i]));
  const ratingIds = new Set<string>();
  for (const m of ctx.planMeasurements) {
    const ratings = input.ratings
      .filter((r) => r.measurementId === m.id)
      .sort((a, b) => (order.get(a.elementId) ?? Infinity) - (order.get(b.elementId) ?? Infinity));
    for (const rating of ratings) {
      ratingIds.add(rating.id);
      const ratingCells: RowValue[] = [
        measurementLabel(m, locale),
        m.id,
        rating.id,
        rating.elementId,
        elementName(rating.elementId, ctx),
        valueCell(rating.value, locale),
        isRated(rating.value) ? MATURITY_SCALE[rating.value].minimumEvidence[locale] : '',
        personIdentity(rating.rater),
        rating.evidenceNote,
        rating.dissent,
      ];
      const files = filesByRating.get(rating.id) ?? [];
      // Links on the rating that the evidence library does not list: shown without a digest, so
      // the gap is visible rather than hidden.
      const unlisted = rating.evidenceLinks.filter((link) => !files.some((f) => f.url === link));
      const evidence = [...files, ...unlisted.map((url) => ({ url }))];
      if (evidence.length === 0) addRow(sheet, ratingCells);
      for (const item of evidence) addRow(sheet, [...ratingCells, ...fileCells(item)]);
    }
  }
  // Files listed for a rating this report does not hold (another plan, a deleted rating).
  for (const file of input.evidenceIndex.filter((f) => !ratingIds.has(f.ratingId))) {
    addRow(sheet, ['', '', file.ratingId, '', '', null, '', '', '', '', ...fileCells(file)]);
  }
}

function writeChangeLog(workbook: Workbook, ctx: Context): void {
  const { locale, input } = ctx;
  const R = REPORT_LABELS;
  const sheet = tableSheet(workbook, 'changeLog', locale, [
    { header: R.at[locale], width: 26 },
    { header: R.by[locale], width: 40 },
    { header: R.item[locale], width: 40 },
    { header: R.field[locale], width: 24 },
    { header: R.from[locale], width: 50 },
    { header: R.to[locale], width: 50 },
    { header: R.origin[locale], width: 30 },
  ]);
  // Chronological; entries with an unreadable time keep their place after the readable ones.
  const timed = input.changeLog.map((entry, index) => ({
    entry,
    index,
    instant: parseInstant(entry.at),
  }));
  timed.sort((a, b) => {
    if (a.instant !== null && b.instant !== null && a.instant !== b.instant)
      return a.instant - b.instant;
    if (a.instant === null && b.instant !== null) return 1;
    if (a.instant !== null && b.instant === null) return -1;
    return a.index - b.index;
  });
  for (const { entry } of timed) {
    addRow(sheet, [
      entry.at,
      personIdentity(entry.by),
      entry.item,
      entry.field,
      entry.from,
      entry.to,
      entry.origin === undefined
        ? ''
        : entry.origin === 'outside'
          ? R.originOutside[locale]
          : R.originApp[locale],
    ]);
  }
}

function writeMeasurements(workbook: Workbook, ctx: Context): void {
  const { locale, input } = ctx;
  const R = REPORT_LABELS;
  const sheet = workbook.addWorksheet(safeSheetName(REPORT_SHEET_NAMES.measurements[locale]));
  sheet.columns = [
    { width: 22 },
    { width: 22 },
    { width: 40 },
    { width: 40 },
    { width: 18 },
    { width: 26 },
    { width: 34 },
    { width: 20 },
    { width: 14 },
  ];
  addRow(sheet, [`${R.title[locale]} – ${input.plan.plan.title}`]).forEach((row) => {
    row.font = { bold: true, size: 14 };
  });
  addRow(sheet, [
    formatMessage(PLAN_DOCUMENT_LABELS.generatedOn, locale, {
      date: formatDateTime(input.generatedAt, locale),
    }),
  ]);
  const today = formatDay(brusselsDay(requireInstant(input.generatedAt, 'generatedAt')));
  const phase = pdcaPhase({
    period: input.plan.plan.identification,
    on: today,
    measurements: ctx.planMeasurements,
  });
  addRow(sheet, [
    phase.ok
      ? formatMessage(R.phaseOn, locale, { date: today, phase: PHASE_LABELS[phase.value][locale] })
      : formatMessage(R.phaseUnknown, locale, { date: today }),
  ]);
  addRow(sheet, []);
  const effective = new Set(ctx.effective.map((m) => m.id));
  addTable(
    sheet,
    REPORT_SHEET_NAMES.measurements[locale],
    [
      R.measurementId[locale],
      R.kind[locale],
      R.date[locale],
      R.status[locale],
      R.ratingMode[locale],
      R.lockedOn[locale],
      R.lockedBy[locale],
      R.corrects[locale],
      R.inMatrix[locale],
    ],
    ctx.planMeasurements.map((m) => [
      m.id,
      MEASUREMENT_KIND_LABELS[m.kind][locale],
      m.date,
      MEASUREMENT_STATUS_LABELS[m.status][locale],
      RATING_MODE_LABELS[m.mode][locale],
      m.lockedOn ?? '',
      personIdentity(m.lockedBy),
      m.correctsMeasurementId ?? '',
      effective.has(m.id) ? R.yes[locale] : R.no[locale],
    ]),
  );
  addTable(
    sheet,
    R.scale[locale],
    [
      R.level[locale],
      R.levelName[locale],
      R.meaning[locale],
      R.minimumEvidence[locale],
      R.pdca[locale],
    ],
    MATURITY_SCALE_LEVELS.map((level) => [
      level.level,
      level.label[locale],
      level.meaning[locale],
      level.minimumEvidence[locale],
      level.pdca ?? '',
    ]),
  );
}

const SHEET_WRITERS: Readonly<Record<ReportSheet, (workbook: Workbook, ctx: Context) => void>> = {
  matrix: writeMatrix,
  aggregates: writeAggregates,
  balance: writeBalance,
  evidence: writeEvidence,
  changeLog: writeChangeLog,
  measurements: writeMeasurements,
};

/**
 * The measurement report as an Excel workbook in the reader's language, for auditors:
 * - Matrix: every catalogue element (with pillar, function, layer, category, approach) against the
 *   plan's measurements in chronological order (levels as numbers, "not assessed/applicable" as
 *   their label), and the target level; measurements replaced by a locked correction are left out.
 * - Aggregates: per group (overall, pillar, function, layer, pillar × layer) and measurement the
 *   counts, median, minimum and share at level 3 or higher, and the deltas against the baseline
 *   and the previous measurement: numbers, empty when there is nothing to compute.
 * - Balance: the balance diagnostics of the plan, and every action with its resources.
 * - Evidence: every rating with its rationale and each evidence file with its SHA-256 and
 *   modification date; a link that could not be listed appears with its problem, and a link the
 *   index does not mention at all without a digest.
 * - Change log: every change, chronologically, with whether it was made outside the app.
 * - Measurements: all measurements of the plan (corrections included), the PDCA phase on the
 *   generation day, and the maturity scale.
 *
 * Loads exceljs on first use.
 */
export async function buildMeasurementXlsx(input: MeasurementReportInput): Promise<Uint8Array> {
  const instant = requireInstant(input.generatedAt, 'generatedAt');
  const planId = input.plan.plan.id;
  const planMeasurements = orderMeasurements(input.measurements.filter((m) => m.planId === planId));
  const ctx: Context = {
    input,
    locale: input.locale,
    planMeasurements,
    effective: effectiveMeasurements(planMeasurements, planId),
    elements: new Map(input.catalogue.map((e) => [e.id, e])),
  };
  const total = REPORT_SHEETS.length + 1;
  const ExcelJS = moduleDefault(await import('exceljs'));
  const workbook = new ExcelJS.Workbook();
  workbook.creator = PRODUCER;
  workbook.lastModifiedBy = PRODUCER;
  workbook.title = xmlSafe(`${REPORT_LABELS.title[input.locale]} – ${input.plan.plan.title}`);
  workbook.created = new Date(instant);
  workbook.modified = new Date(instant);
  let done = 0;
  for (const sheet of REPORT_SHEETS) {
    SHEET_WRITERS[sheet](workbook, ctx);
    done += 1;
    await reportProgress(input.onProgress, { step: sheet, done, total });
  }
  const buffer = await workbook.xlsx.writeBuffer();
  await reportProgress(input.onProgress, { step: 'pack', done: total, total });
  // exceljs types its result as a Buffer (an ArrayBuffer in its own typings); at run time it is a
  // Node Buffer or, in the browser build, a Uint8Array-like buffer: normalise to a Uint8Array.
  return toUint8Array(buffer);
}

function toUint8Array(bytes: unknown): Uint8Array {
  if (bytes instanceof Uint8Array)
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes instanceof ArrayBuffer) return new Uint8Array(bytes);
  throw new TypeError('exceljs returned neither a Uint8Array nor an ArrayBuffer');
}

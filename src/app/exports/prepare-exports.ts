import { CATALOGUE } from '../../core/catalogue/catalogue';
import type { Measurement, Rating } from '../../core/maturity/maturity.types';
import { compareCurrentFirst, currentPlanOf } from '../../core/plan/plan-status';
import type { PlanBundle } from '../../core/plan/plan.types';
import { brusselsDay } from '../../core/schedule/brussels-time';
import { formatDay } from '../../core/schedule/calendar-day';
import type { IsoDateTime } from '../../core/shared/dates';
import type { Locale } from '../../core/shared/locale';
import { err, ok, type DomainError, type Result } from '../../core/shared/result';
import type { EvidenceStore } from '../../ports/evidence-store';
import type { ItemHistory } from '../../ports/item-history';
import type { ListsReader } from '../../ports/lists-reader';
import type { MeasurementStore } from '../../ports/measurement-store';
import type { PlanStore, StoredPlanBundle } from '../../ports/plan-store';
import type { RecordKind, Stored, StoreError, StoreResult } from '../../ports/store.types';
import { changeLogEntries } from './change-log';
import type { ExportProgress } from './export-format';
import type { ChangeLogEntry, EvidenceIndexEntry } from './measurement-report';

/** What the exports read through; the tab passes its store, tests an in-memory one. */
export type ExportPorts = {
  readonly plans: Pick<PlanStore, 'loadPlans'>;
  readonly measurements: Pick<MeasurementStore, 'loadMeasurements'>;
  readonly history: ItemHistory;
  /**
   * Resolves and hashes evidence files; null where none is wired yet: the report then lists each
   * rating's links without a digest (visibly so), rather than inventing one.
   */
  readonly evidence: EvidenceStore | null;
  /** The lists' raw items for the CSV export; null where none is wired (`EXPORT.NOT_AVAILABLE`). */
  readonly lists: ListsReader | null;
};

export type ExportRequest =
  | { readonly kind: 'plan-docx' | 'plan-pdf'; readonly planId: string }
  | { readonly kind: 'measurement-xlsx'; readonly measurementId: string }
  | { readonly kind: 'lists-csv' };
export type ExportKind = ExportRequest['kind'];

export type ExportContext = {
  readonly entityId: string;
  /** The reader's language: every label of the file is in it. */
  readonly locale: Locale;
  /** The moment of the export, printed in the file and used in its name. */
  readonly now: Date;
};

/** A finished file, ready to download. */
export type ExportFile = {
  readonly fileName: string;
  readonly mimeType: string;
  readonly bytes: Uint8Array;
};

export const EXPORT_STEPS = ['gathering', 'building', 'done'] as const;
export type ExportStep = (typeof EXPORT_STEPS)[number];

/** Where an export stands: the step and the share of the whole work done (0 to 1). */
export type ExportStepProgress = { readonly step: ExportStep; readonly fraction: number };

export type ExportErrorCode =
  'EXPORT.PLAN_NOT_FOUND' | 'EXPORT.MEASUREMENT_NOT_FOUND' | 'EXPORT.NOT_AVAILABLE';

/** Why an export could not be made: the store failed, or what was asked for is gone. */
export type ExportError = StoreError | DomainError<ExportErrorCode>;

/** A plan the tab can offer for export. */
export type PlanChoice = {
  readonly id: string;
  readonly title: string;
  readonly status: PlanBundle['plan']['status'];
  readonly periodStart: string;
};

/** A measurement the tab can offer for the measurement report. */
export type MeasurementChoice = {
  readonly id: string;
  readonly planId: string;
  readonly kind: Measurement['kind'];
  readonly date: string;
  readonly status: Measurement['status'];
};

export type ExportChoices = {
  readonly plans: readonly PlanChoice[];
  /** The plan offered first: adopted before draft, then the latest period; archived never. */
  readonly defaultPlanId: string | null;
  /** Newest first. */
  readonly measurements: readonly MeasurementChoice[];
};

/** The plans and measurements an export can be made of, for the tab's pickers. */
export async function loadExportChoices(
  ports: Pick<ExportPorts, 'plans' | 'measurements'>,
  entityId: string,
): Promise<Result<ExportChoices, StoreError>> {
  const [plans, measurements] = await Promise.all([
    ports.plans.loadPlans(entityId),
    ports.measurements.loadMeasurements(entityId),
  ]);
  if (!plans.ok) return plans;
  if (!measurements.ok) return measurements;
  const ordered = [...plans.value.bundles].sort((a, b) =>
    compareCurrentFirst(a.plan.value, b.plan.value),
  );
  const current = currentPlanOf(ordered, (b) => b.plan.value);
  return ok({
    plans: ordered.map((b) => ({
      id: b.plan.id,
      title: b.plan.value.title,
      status: b.plan.value.status,
      periodStart: b.plan.value.identification.periodStart,
    })),
    defaultPlanId: current?.plan.id ?? null,
    measurements: measurements.value.measurements
      .map((m) => m.value)
      .sort((a, b) => b.date.localeCompare(a.date) || b.id.localeCompare(a.id))
      .map((m) => ({ id: m.id, planId: m.planId, kind: m.kind, date: m.date, status: m.status })),
  });
}

function bundleOf(stored: StoredPlanBundle): PlanBundle {
  const values = <T>(records: readonly Stored<T>[]): T[] => records.map((r) => r.value);
  return {
    plan: stored.plan.value,
    strategicObjectives: values(stored.strategicObjectives),
    objectives: values(stored.objectives),
    actions: values(stored.actions),
    arrangements: values(stored.arrangements),
  };
}

/** Everything the measurement report needs besides the catalogue, language and time. */
export type MeasurementReportData = {
  readonly plan: PlanBundle;
  readonly measurement: Measurement;
  readonly measurements: readonly Measurement[];
  readonly ratings: readonly Rating[];
  readonly changeLog: readonly ChangeLogEntry[];
  readonly evidenceIndex: readonly EvidenceIndexEntry[];
};

// Version histories are read a few at a time: one request per item, and SharePoint throttles a
// burst long before it tires of a steady pace.
const HISTORY_CONCURRENCY = 6;

/**
 * The change log of a measurement: every field change of the measurement item and of each of its
 * ratings, from their version histories. A change made in SharePoint directly keeps its author
 * and is marked as made outside the app.
 */
export async function gatherChangeLog(
  history: ItemHistory,
  items: readonly { readonly kind: RecordKind; readonly id: string }[],
  onItem?: (done: number, total: number) => void,
): Promise<StoreResult<ChangeLogEntry[]>> {
  const entries: ChangeLogEntry[] = [];
  let done = 0;
  for (let start = 0; start < items.length; start += HISTORY_CONCURRENCY) {
    const slice = items.slice(start, start + HISTORY_CONCURRENCY);
    const results = await Promise.all(slice.map((i) => history.listVersions(i.kind, i.id)));
    for (const [index, result] of results.entries()) {
      if (!result.ok) return result;
      const item = slice[index];
      if (item !== undefined) entries.push(...changeLogEntries(item.kind, item.id, result.value));
    }
    done += slice.length;
    onItem?.(done, items.length);
  }
  return ok(entries);
}

/**
 * The evidence index of ratings: each evidence link resolved to its library file with its
 * SHA-256, once per link even when several ratings cite it, and one row per rating and link. A
 * link the store cannot resolve is a row with its problem, never dropped.
 */
export async function gatherEvidenceIndex(
  evidence: EvidenceStore,
  entityId: string,
  ratings: readonly Rating[],
  onProgress?: (done: number, total: number) => void,
): Promise<StoreResult<EvidenceIndexEntry[]>> {
  const links = [...new Set(ratings.flatMap((r) => r.evidenceLinks))];
  if (links.length === 0) return ok([]);
  const described = await evidence.describeEvidence(entityId, links, onProgress);
  if (!described.ok) return described;
  const byLink = new Map(links.map((link, index) => [link, described.value[index]]));
  return ok(
    ratings.flatMap((rating) =>
      rating.evidenceLinks.map((link): EvidenceIndexEntry => {
        const lookup = byLink.get(link);
        if (lookup === undefined) {
          // The port promises one answer per link; fewer is an adapter bug, not a missing file.
          throw new Error(`The evidence store gave no answer for ${link}`);
        }
        return lookup.status === 'found'
          ? {
              ratingId: rating.id,
              fileName: lookup.file.fileName,
              url: link,
              sha256: lookup.file.sha256,
              modifiedAt: lookup.file.modifiedAt,
            }
          : { ratingId: rating.id, url: link, problem: lookup.problem };
      }),
    ),
  );
}

/**
 * Reads what the measurement report of `measurementId` needs: its plan, every measurement and
 * rating of the entity (the report keeps the plan's), and the change log and evidence index of
 * the chosen measurement's ratings.
 */
export async function gatherMeasurementReport(
  ports: Pick<ExportPorts, 'plans' | 'measurements' | 'history' | 'evidence'>,
  entityId: string,
  measurementId: string,
  onProgress?: (fraction: number) => void,
): Promise<Result<MeasurementReportData, ExportError>> {
  const [plans, loaded] = await Promise.all([
    ports.plans.loadPlans(entityId),
    ports.measurements.loadMeasurements(entityId),
  ]);
  if (!plans.ok) return plans;
  if (!loaded.ok) return loaded;
  const measurements = loaded.value.measurements.map((m) => m.value);
  const measurement = measurements.find((m) => m.id === measurementId);
  if (measurement === undefined) return err('EXPORT.MEASUREMENT_NOT_FOUND', { id: measurementId });
  const stored = plans.value.bundles.find((b) => b.plan.id === measurement.planId);
  if (stored === undefined) return err('EXPORT.PLAN_NOT_FOUND', { id: measurement.planId });
  const ratings = loaded.value.ratings.map((r) => r.value);
  const own = ratings.filter((r) => r.measurementId === measurementId);
  const items = [
    { kind: 'measurement' as const, id: measurement.id },
    ...own.map((r) => ({ kind: 'rating' as const, id: r.id })),
  ];
  // The histories take most of the time (one request per item); the evidence the rest.
  const changeLog = await gatherChangeLog(ports.history, items, (done, total) =>
    onProgress?.((0.7 * done) / total),
  );
  if (!changeLog.ok) return changeLog;
  const evidenceIndex =
    ports.evidence === null
      ? ok([])
      : await gatherEvidenceIndex(ports.evidence, entityId, own, (done, total) =>
          onProgress?.(0.7 + (0.3 * done) / Math.max(total, 1)),
        );
  if (!evidenceIndex.ok) return evidenceIndex;
  return ok({
    plan: bundleOf(stored),
    measurement,
    measurements,
    ratings,
    changeLog: changeLog.value,
    evidenceIndex: evidenceIndex.value,
  });
}

/** The plan bundle of `planId`, for the plan document. */
export async function gatherPlan(
  ports: Pick<ExportPorts, 'plans'>,
  entityId: string,
  planId: string,
): Promise<Result<PlanBundle, ExportError>> {
  const plans = await ports.plans.loadPlans(entityId);
  if (!plans.ok) return plans;
  const stored = plans.value.bundles.find((b) => b.plan.id === planId);
  if (stored === undefined) return err('EXPORT.PLAN_NOT_FOUND', { id: planId });
  return ok(bundleOf(stored));
}

/** A file name part: letters, digits and dashes only, so every system accepts it. */
function namePart(text: string): string {
  const cleaned = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return cleaned === '' ? 'entity' : cleaned.toLowerCase();
}

const FILE_STEMS: Readonly<Record<ExportKind, string>> = {
  'plan-docx': 'integrity-plan',
  'plan-pdf': 'integrity-plan',
  'measurement-xlsx': 'measurement-report',
  'lists-csv': 'integrity-lists',
};

const FILE_TYPES: Readonly<Record<ExportKind, { readonly ext: string; readonly mime: string }>> = {
  'plan-docx': {
    ext: 'docx',
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  },
  'plan-pdf': { ext: 'pdf', mime: 'application/pdf' },
  'measurement-xlsx': {
    ext: 'xlsx',
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  },
  'lists-csv': { ext: 'zip', mime: 'application/zip' },
};

/**
 * The download's name: what it is, the entity's code, and the Brussels day of the export, e.g.
 * `integrity-plan_pz-demo_2026-12-01.docx`.
 */
export function exportFileName(kind: ExportKind, entityId: string, now: Date): string {
  const day = formatDay(brusselsDay(now.getTime()));
  return `${FILE_STEMS[kind]}_${namePart(entityId)}_${day}.${FILE_TYPES[kind].ext}`;
}

/**
 * Makes one export file: gathers its inputs from the stores (`gathering`), loads the builder it
 * needs and builds the document in the reader's language (`building`), then reports `done`. The
 * builders and their libraries (docx, pdfmake, exceljs) are loaded on first use only. A store
 * failure or a plan or measurement that is gone is the error result; nothing is half-written.
 */
export async function prepareExport(
  ports: ExportPorts,
  request: ExportRequest,
  context: ExportContext,
  onProgress?: (progress: ExportStepProgress) => void,
): Promise<Result<ExportFile, ExportError>> {
  const report = (step: ExportStep, fraction: number): void => {
    onProgress?.({ step, fraction: Math.min(1, Math.max(0, fraction)) });
  };
  // Gathering is the first half of the bar, building the second.
  const gathering = (fraction: number): void => {
    report('gathering', fraction / 2);
  };
  const building = (progress: ExportProgress): void => {
    report('building', 0.5 + progress.done / progress.total / 2);
  };
  const { entityId, locale, now } = context;
  const generatedAt: IsoDateTime = now.toISOString();
  gathering(0);
  const bytes = await buildBytes();
  if (!bytes.ok) return bytes;
  report('done', 1);
  const type = FILE_TYPES[request.kind];
  return ok({
    fileName: exportFileName(request.kind, entityId, now),
    mimeType: type.mime,
    bytes: bytes.value,
  });

  async function buildBytes(): Promise<Result<Uint8Array, ExportError>> {
    switch (request.kind) {
      case 'plan-docx':
      case 'plan-pdf': {
        const bundle = await gatherPlan(ports, entityId, request.planId);
        if (!bundle.ok) return bundle;
        gathering(1);
        report('building', 0.5);
        const { buildPlanDocx, buildPlanPdf } = await import('./plan-document');
        const input = { bundle: bundle.value, locale, catalogue: CATALOGUE, generatedAt };
        const build = request.kind === 'plan-docx' ? buildPlanDocx : buildPlanPdf;
        return ok(await build({ ...input, onProgress: building }));
      }
      case 'measurement-xlsx': {
        const data = await gatherMeasurementReport(
          ports,
          entityId,
          request.measurementId,
          gathering,
        );
        if (!data.ok) return data;
        gathering(1);
        report('building', 0.5);
        const { buildMeasurementXlsx } = await import('./measurement-report');
        return ok(
          await buildMeasurementXlsx({
            catalogue: CATALOGUE,
            measurements: data.value.measurements,
            ratings: data.value.ratings,
            plan: data.value.plan,
            locale,
            evidenceIndex: data.value.evidenceIndex,
            changeLog: data.value.changeLog,
            generatedAt,
            onProgress: building,
          }),
        );
      }
      case 'lists-csv': {
        if (ports.lists === null) return err('EXPORT.NOT_AVAILABLE', { kind: request.kind });
        const snapshot = await ports.lists.readLists(entityId);
        if (!snapshot.ok) return snapshot;
        gathering(1);
        report('building', 0.5);
        const [{ buildListCsvs }, { zipFiles }] = await Promise.all([
          import('./list-csv'),
          import('./zip-files'),
        ]);
        const files = buildListCsvs(snapshot.value);
        const encoder = new TextEncoder();
        return ok(
          await zipFiles(
            files.map((f) => ({ name: f.fileName, bytes: encoder.encode(f.content) })),
            now,
          ),
        );
      }
    }
  }
}

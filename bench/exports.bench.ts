import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { buildListCsvs } from '../src/app/exports/list-csv';
import { buildMeasurementXlsx } from '../src/app/exports/measurement-report';
import { buildPlanDocx, buildPlanPdf } from '../src/app/exports/plan-document';
import { bigFixture } from '../src/app/exports/test-support/big-fixture';
import { readPdf } from '../src/app/exports/test-support/document-readers';
import { CATALOGUE } from '../src/core/catalogue/catalogue';
import type { Benchmark, Figure } from './bench.types';

// How long the exports take, and how much memory they need, for a large entity: five years of
// data (5 measurements × 80 ratings, 200 actions, 2,000 changes). The tab runs them on its main
// thread, so both matter there. "first" includes loading the library (and, for the PDF,
// registering the fonts), as the first export in a session does; "median" is of later runs.

const GENERATED_AT = '2029-12-01T10:00:00+01:00';
const RUNS = 3;
const SAMPLE_MS = 5;

/** V8's collector, made callable without `--expose-gc`, so every export starts from a clean heap. */
function collector(): () => void {
  setFlagsFromString('--expose_gc');
  const gc: unknown = runInNewContext('gc');
  if (typeof gc !== 'function') throw new Error('Could not expose the garbage collector');
  return gc as () => void;
}

type Measured = { readonly ms: number; readonly peakHeapMb: number; readonly peakRssMb: number };

/**
 * Runs an export once while sampling memory: on a timer, and at each progress report (the heavy
 * steps are synchronous, so the timer alone would miss their peaks). Deltas are against the
 * collected heap just before the run.
 */
async function measure(
  gc: () => void,
  run: (sample: () => void) => Promise<unknown>,
): Promise<Measured> {
  gc();
  const base = process.memoryUsage();
  let heap = base.heapUsed;
  let rss = base.rss;
  const sample = (): void => {
    const now = process.memoryUsage();
    heap = Math.max(heap, now.heapUsed);
    rss = Math.max(rss, now.rss);
  };
  const timer = setInterval(sample, SAMPLE_MS);
  const started = performance.now();
  try {
    await run(sample);
    sample();
  } finally {
    clearInterval(timer);
  }
  const ms = performance.now() - started;
  const mb = (bytes: number): number => Math.round((bytes / 2 ** 20) * 10) / 10;
  return { ms, peakHeapMb: mb(heap - base.heapUsed), peakRssMb: mb(rss - base.rss) };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function figuresOf(
  gc: () => void,
  format: string,
  run: (sample: () => void) => Promise<unknown>,
  note: () => string,
): Promise<Figure[]> {
  const first = await measure(gc, run);
  const later: Measured[] = [];
  for (let i = 0; i < RUNS; i += 1) later.push(await measure(gc, run));
  return [
    {
      name: `${format}: first export of the session (cold)`,
      value: first.ms,
      unit: 'ms',
      better: 'lower',
    },
    {
      name: `${format}: export time (median of ${RUNS})`,
      value: median(later.map((m) => m.ms)),
      unit: 'ms',
      better: 'lower',
      note: note(),
    },
    {
      name: `${format}: peak heap growth`,
      value: Math.max(first.peakHeapMb, ...later.map((m) => m.peakHeapMb)),
      unit: 'MB',
      better: 'lower',
    },
    {
      name: `${format}: peak RSS growth`,
      value: Math.max(first.peakRssMb, ...later.map((m) => m.peakRssMb)),
      unit: 'MB',
      better: 'lower',
    },
  ];
}

export const benchmark: Benchmark = {
  name: 'exports',
  async run() {
    const gc = collector();
    const fixture = bigFixture();
    const planInput = {
      bundle: fixture.bundle,
      locale: 'nl' as const,
      catalogue: CATALOGUE,
      generatedAt: GENERATED_AT,
    };
    let docxBytes = 0;
    let pdf: Uint8Array = new Uint8Array();
    let xlsxBytes = 0;
    let csvChars = 0;
    const figures: Figure[] = [];
    figures.push(
      ...(await figuresOf(
        gc,
        'DOCX plan (200 actions)',
        async (sample) => {
          docxBytes = (await buildPlanDocx({ ...planInput, onProgress: sample })).byteLength;
        },
        () => `${Math.round(docxBytes / 1024)} KB`,
      )),
    );
    figures.push(
      ...(await figuresOf(
        gc,
        'PDF plan (200 actions)',
        async (sample) => {
          pdf = await buildPlanPdf({ ...planInput, onProgress: sample });
        },
        () => `${Math.round(pdf.byteLength / 1024)} KB, ${readPdf(pdf).pageCount} pages`,
      )),
    );
    figures.push(
      ...(await figuresOf(
        gc,
        'XLSX measurement report (5 × 80 ratings, 2,000 changes)',
        async (sample) => {
          const bytes = await buildMeasurementXlsx({
            catalogue: CATALOGUE,
            measurements: fixture.measurements,
            ratings: fixture.ratings,
            plan: fixture.bundle,
            locale: 'nl',
            evidenceIndex: fixture.evidenceIndex,
            changeLog: fixture.changeLog,
            generatedAt: GENERATED_AT,
            onProgress: sample,
          });
          xlsxBytes = bytes.byteLength;
        },
        () => `${Math.round(xlsxBytes / 1024)} KB`,
      )),
    );
    figures.push(
      ...(await figuresOf(
        gc,
        'CSV of every list',
        (sample) => {
          const files = buildListCsvs(fixture.snapshot);
          sample();
          csvChars = files.reduce((sum, f) => sum + f.content.length, 0);
          return Promise.resolve();
        },
        () =>
          `${Math.round(csvChars / 1024)} K characters in ${Object.keys(fixture.snapshot).length} non-empty lists`,
      )),
    );
    return figures;
  },
};

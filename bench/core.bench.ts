import { CATALOGUE } from '../src/core/catalogue/catalogue';
import type { Measurement, Rating, RatingValue } from '../src/core/maturity/maturity.types';
import { aggregateMeasurement } from '../src/core/scoring/aggregates';
import { measurementDeltas } from '../src/core/scoring/deltas';
import { buildMatrix } from '../src/core/scoring/matrix';
import type { Benchmark } from './bench.types';

// How long the dashboard's maturity figures take to compute in the tab for five years of
// measurements over the full catalogue: aggregates, deltas and the heatmap of the latest one.

const KINDS = ['baseline', 'annual', 'annual', 'annual', 'final'] as const;
const VALUES: readonly RatingValue[] = [1, 2, 3, 4, 5, 'not-applicable'];

function fiveYears(): { measurements: Measurement[]; ratings: Rating[] } {
  const measurements: Measurement[] = KINDS.map((kind, i) => ({
    id: `m${i}`,
    entityId: 'pz-bench',
    planId: 'plan-bench',
    kind,
    date: `${2026 + i}-03-01`,
    status: 'locked',
    mode: 'single',
    lockedOn: `${2026 + i}-03-15T10:00:00Z`,
    lockedBy: { displayName: 'Bench' },
    correctsMeasurementId: null,
  }));
  const ratings: Rating[] = measurements.flatMap((m, mi) =>
    CATALOGUE.map((element, ei) => ({
      id: `${m.id}-${element.id}`,
      measurementId: m.id,
      elementId: element.id,
      value: VALUES[(ei * 7 + mi * 3) % VALUES.length] ?? 1,
      target: 4,
      evidenceNote: '',
      evidenceLinks: [],
      rater: null,
      dissent: '',
    })),
  );
  return { measurements, ratings };
}

export const benchmark: Benchmark = {
  name: 'core-scoring',
  run() {
    const { measurements, ratings } = fiveYears();
    const last = measurements[measurements.length - 1]!;
    const compute = (): void => {
      for (const m of measurements) aggregateMeasurement(CATALOGUE, m.id, ratings);
      measurementDeltas(CATALOGUE, measurements, ratings, last.id);
      buildMatrix(CATALOGUE, measurements, ratings);
    };
    for (let i = 0; i < 5; i++) compute();
    const samples: number[] = [];
    for (let i = 0; i < 30; i++) {
      const started = performance.now();
      compute();
      samples.push(performance.now() - started);
    }
    samples.sort((a, b) => a - b);
    return Promise.resolve([
      {
        name: `dashboard maturity figures, 5 measurements × ${CATALOGUE.length} elements (median)`,
        value: samples[Math.floor(samples.length / 2)]!,
        unit: 'ms',
        better: 'lower',
        target: 50,
      },
      {
        name: 'same, p95',
        value: samples[Math.floor(samples.length * 0.95)]!,
        unit: 'ms',
        better: 'lower',
      },
    ]);
  },
};

import { GroupedVerticalBarChart, PolarChart } from '@fluentui/react-charts';
import type { JSX } from 'react';
import { SERIES_COLOURS, useDashboardChartsStyles } from './DashboardCharts.styles';

// This module is the dashboard's chart chunk: it is only ever reached through React.lazy, so
// @fluentui/react-charts (≈110 KB gzip) stays out of the first load (vite.config.ts enforces it).

export type ChartSeries = {
  readonly legend: string;
  /** One value per category; null is drawn as nothing (the table says "none rated"). */
  readonly values: readonly (number | null)[];
};

export type DashboardChartProps = {
  readonly title: string;
  readonly categories: readonly string[];
  readonly series: readonly ChartSeries[];
  readonly culture: string;
};

function colourOf(index: number): string {
  return SERIES_COLOURS[index % SERIES_COLOURS.length] ?? SERIES_COLOURS[0];
}

/** Grouped bars: one group per category (a measurement), one bar per series (a pillar). */
export function EvolutionChart({
  title,
  categories,
  series,
  culture,
}: DashboardChartProps): JSX.Element {
  const styles = useDashboardChartsStyles();
  const data = categories.map((name, c) => ({
    name,
    series: series.flatMap((s, i) => {
      const value = s.values[c];
      return value === null || value === undefined
        ? []
        : [{ key: `${c}-${i}`, legend: s.legend, data: value, color: colourOf(i) }];
    }),
  }));
  return (
    <div className={styles.root}>
      <GroupedVerticalBarChart
        chartTitle={title}
        data={data}
        width={560}
        height={280}
        yMaxValue={5}
        culture={culture}
      />
    </div>
  );
}

/**
 * A radar: react-charts' PolarChart with a polygon grid and one closed line per series (current,
 * target) over the categories (pillars and IMF functions).
 */
export function TargetRadar({
  title,
  categories,
  series,
  culture,
}: DashboardChartProps): JSX.Element {
  const styles = useDashboardChartsStyles();
  const data = series.map((s, i) => ({
    type: 'linepolar' as const,
    legend: s.legend,
    color: colourOf(i),
    data: categories.flatMap((theta, c) => {
      const r = s.values[c];
      return r === null || r === undefined ? [] : [{ theta, r }];
    }),
  }));
  return (
    <div className={styles.root}>
      <PolarChart
        chartTitle={title}
        data={data}
        width={420}
        height={340}
        shape="polygon"
        direction="clockwise"
        radialAxis={{ tickValues: [1, 2, 3, 4, 5] }}
        culture={culture}
      />
    </div>
  );
}

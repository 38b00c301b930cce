import { Spinner, Text } from '@fluentui/react-components';
import { lazy, Suspense, useEffect, useId, useState, type JSX, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import type { DashboardChartProps } from '../DashboardCharts/DashboardCharts';
import { useChartSectionStyles } from './ChartSection.styles';

// The charts load on first use, in their own chunk; the tables beside them are in the page.
const EvolutionChart = lazy(() =>
  import('../DashboardCharts/DashboardCharts').then((module) => ({
    default: module.EvolutionChart,
  })),
);
const TargetRadar = lazy(() =>
  import('../DashboardCharts/DashboardCharts').then((module) => ({ default: module.TargetRadar })),
);

export type ChartSectionProps = {
  readonly heading: string;
  readonly chart: 'evolution' | 'radar';
  readonly chartProps: DashboardChartProps;
  /** The same figures as a data table: the accessible alternative, always shown beside it. */
  readonly table: ReactNode;
};

/**
 * False until the browser has painted the page once: the charts' chunk is the heaviest part of
 * the dashboard to download, parse and render, and the tables (the same figures) come first.
 */
function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A frame callback runs just before the paint; the task it queues runs after it.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        setPainted(true);
      }, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, []);
  return painted;
}

/** A titled chart with its data table right under it. */
export function ChartSection({
  heading,
  chart,
  chartProps,
  table,
}: ChartSectionProps): JSX.Element {
  const styles = useChartSectionStyles();
  const intl = useIntl();
  const headingId = useId();
  const Chart = chart === 'evolution' ? EvolutionChart : TargetRadar;
  const painted = useAfterFirstPaint();
  const loading = (
    <Spinner size="small" label={intl.formatMessage({ id: 'dashboard.chartLoading' })} />
  );
  return (
    <section aria-labelledby={headingId} className={styles.root}>
      <Text as="h2" id={headingId} size={500} weight="semibold" className={styles.heading}>
        {heading}
      </Text>
      {/* The chart repeats the table below for sighted users. `inert` keeps its legend buttons and
          focusable bars out of the tab order and the accessibility tree: the table is the version
          keyboard and screen-reader users get, with the same figures. */}
      <div className={styles.chart} inert>
        {painted ? (
          <Suspense fallback={loading}>
            <Chart {...chartProps} />
          </Suspense>
        ) : (
          loading
        )}
      </div>
      <Text as="p" size={200} className={styles.note}>
        {intl.formatMessage({ id: 'dashboard.chartTableNote' })}
      </Text>
      {table}
    </section>
  );
}

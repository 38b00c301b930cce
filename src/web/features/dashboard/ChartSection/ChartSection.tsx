import { Spinner, Text } from '@fluentui/react-components';
import { lazy, Suspense, useId, type JSX, type ReactNode } from 'react';
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
  return (
    <section aria-labelledby={headingId} className={styles.root}>
      <Text as="h2" id={headingId} size={500} weight="semibold" className={styles.heading}>
        {heading}
      </Text>
      {/* The chart repeats the table below for sighted users. `inert` keeps its legend buttons and
          focusable bars out of the tab order and the accessibility tree: the table is the version
          keyboard and screen-reader users get, with the same figures. */}
      <div className={styles.chart} inert>
        <Suspense
          fallback={
            <Spinner size="small" label={intl.formatMessage({ id: 'dashboard.chartLoading' })} />
          }
        >
          <Chart {...chartProps} />
        </Suspense>
      </div>
      <Text as="p" size={200} className={styles.note}>
        {intl.formatMessage({ id: 'dashboard.chartTableNote' })}
      </Text>
      {table}
    </section>
  );
}

import type { JSX } from 'react';
import { useIntl } from 'react-intl';
import { ChartSection } from '../ChartSection/ChartSection';
import type { TargetPoint } from '../dashboard-model';
import { DataTable } from '../DataTable/DataTable';
import { useDashboardFormat } from '../use-dashboard-format';

export type TargetsSectionProps = { readonly targets: readonly TargetPoint[] };

/** The latest measurement against the targets per pillar and IMF function: a radar and a table. */
export function TargetsSection({ targets }: TargetsSectionProps): JSX.Element {
  const intl = useIntl();
  const format = useDashboardFormat();
  const current = intl.formatMessage({ id: 'dashboard.targets.current' });
  const target = intl.formatMessage({ id: 'dashboard.targets.target' });
  const categories = targets.map((t) => format.axis(t.axis));
  return (
    <ChartSection
      heading={intl.formatMessage({ id: 'dashboard.targets.heading' })}
      chart="radar"
      chartProps={{
        title: intl.formatMessage({ id: 'dashboard.targets.chartTitle' }),
        categories,
        series: [
          { legend: current, values: targets.map((t) => t.current) },
          { legend: target, values: targets.map((t) => t.target) },
        ],
        culture: intl.locale,
      }}
      table={
        <DataTable
          caption={intl.formatMessage({ id: 'dashboard.targets.caption' })}
          columns={[intl.formatMessage({ id: 'dashboard.aggregates.group' }), current, target]}
          rows={targets.map((t, i) => ({
            key: String(i),
            header: categories[i],
            cells: [
              format.level(t.current),
              t.target === null
                ? intl.formatMessage({ id: 'dashboard.targets.noTarget' })
                : format.level(t.target),
            ],
          }))}
        />
      }
    />
  );
}

import type { JSX } from 'react';
import { useIntl } from 'react-intl';
import { PILLARS } from '../../../../core/catalogue/catalogue.types';
import { ChartSection } from '../ChartSection/ChartSection';
import type { MeasurementFigures } from '../dashboard-model';
import { DataTable } from '../DataTable/DataTable';
import { useDashboardFormat } from '../use-dashboard-format';

export type EvolutionSectionProps = { readonly figures: readonly MeasurementFigures[] };

/** The median per pillar in every measurement, as grouped bars and as a table. */
export function EvolutionSection({ figures }: EvolutionSectionProps): JSX.Element {
  const intl = useIntl();
  const format = useDashboardFormat();
  const categories = figures.map((f) => format.measurement(f.measurement));
  return (
    <ChartSection
      heading={intl.formatMessage({ id: 'dashboard.evolution.heading' })}
      chart="evolution"
      chartProps={{
        title: intl.formatMessage({ id: 'dashboard.evolution.chartTitle' }),
        categories,
        series: PILLARS.map((pillar) => ({
          legend: format.pillar(pillar),
          values: figures.map((f) => f.aggregates.byPillar[pillar].median),
        })),
        culture: intl.locale,
      }}
      table={
        <DataTable
          caption={intl.formatMessage({ id: 'dashboard.evolution.caption' })}
          columns={[intl.formatMessage({ id: 'dashboard.evolution.pillar' }), ...categories]}
          rows={PILLARS.map((pillar) => ({
            key: pillar,
            header: format.pillar(pillar),
            cells: figures.map((f) => {
              const { median, minimum } = f.aggregates.byPillar[pillar];
              return median === null
                ? format.level(null)
                : intl.formatMessage(
                    { id: 'dashboard.evolution.cell' },
                    { median: format.level(median), minimum: format.level(minimum) },
                  );
            }),
          }))}
        />
      }
    />
  );
}

import type { JSX } from 'react';
import { useIntl } from 'react-intl';
import type { AggregateGroups, GroupFigures } from '../../../../core/scoring/aggregates';
import type { GroupDelta } from '../../../../core/scoring/deltas';
import { IMF_FUNCTIONS, LAYERS, PILLARS } from '../../../../core/catalogue/catalogue.types';
import type { MeasurementDeltas } from '../../../../core/scoring/deltas';
import type { MeasurementFigures } from '../dashboard-model';
import { DashboardSection } from '../DashboardSection/DashboardSection';
import { DataTable } from '../DataTable/DataTable';
import { useDashboardFormat } from '../use-dashboard-format';

export type AggregatesTableProps = {
  readonly latest: MeasurementFigures;
  readonly deltas: MeasurementDeltas | null;
};

type Pick = <T>(groups: AggregateGroups<T>) => T;

/** The core's aggregates of the latest measurement per pillar, function and layer, with deltas. */
export function AggregatesTable({ latest, deltas }: AggregatesTableProps): JSX.Element {
  const intl = useIntl();
  const format = useDashboardFormat();
  type Group = { key: string; label: string; pick: Pick };
  const groups: readonly Group[] = [
    ...PILLARS.map((p): Group => ({
      key: p,
      label: format.pillar(p),
      pick: (g) => g.byPillar[p],
    })),
    ...IMF_FUNCTIONS.map((f): Group => ({
      key: f,
      label: format.fn(f),
      pick: (g) => g.byFunction[f],
    })),
    ...LAYERS.map((l): Group => ({ key: l, label: format.layer(l), pick: (g) => g.byLayer[l] })),
  ];
  const medianDelta = (delta: GroupDelta | null): string =>
    format.signed(delta === null ? null : delta.median);
  return (
    <DashboardSection heading={intl.formatMessage({ id: 'dashboard.aggregates.heading' })}>
      <DataTable
        caption={intl.formatMessage({ id: 'dashboard.aggregates.caption' })}
        columns={[
          intl.formatMessage({ id: 'dashboard.aggregates.group' }),
          intl.formatMessage({ id: 'dashboard.aggregates.median' }),
          intl.formatMessage({ id: 'dashboard.aggregates.minimum' }),
          intl.formatMessage({ id: 'dashboard.aggregates.shareImplemented' }),
          intl.formatMessage({ id: 'dashboard.aggregates.vsBaseline' }),
          intl.formatMessage({ id: 'dashboard.aggregates.vsPrevious' }),
        ]}
        rows={groups.map(({ key, label, pick }) => {
          const figures: GroupFigures = pick(latest.aggregates);
          return {
            key,
            header: label,
            cells: [
              format.level(figures.median),
              format.level(figures.minimum),
              format.percent(figures.shareImplemented),
              medianDelta(deltas?.vsBaseline ? pick(deltas.vsBaseline.groups) : null),
              medianDelta(deltas?.vsPrevious ? pick(deltas.vsPrevious.groups) : null),
            ],
          };
        })}
      />
    </DashboardSection>
  );
}

import type { JSX } from 'react';
import { useIntl } from 'react-intl';
import type { ActionStatus } from '../../../../core/plan/plan.types';
import { DashboardSection } from '../DashboardSection/DashboardSection';
import { DataTable } from '../DataTable/DataTable';
import { useDashboardFormat } from '../use-dashboard-format';

export type ActionsByStatusProps = {
  readonly counts: readonly { readonly status: ActionStatus; readonly count: number }[];
};

/** How many plan actions are planned, in progress, done, postponed or cancelled. */
export function ActionsByStatus({ counts }: ActionsByStatusProps): JSX.Element {
  const intl = useIntl();
  const format = useDashboardFormat();
  return (
    <DashboardSection heading={intl.formatMessage({ id: 'dashboard.actions.heading' })}>
      <DataTable
        caption={intl.formatMessage({ id: 'dashboard.actions.caption' })}
        columns={[
          intl.formatMessage({ id: 'dashboard.actions.status' }),
          intl.formatMessage({ id: 'dashboard.actions.count' }),
        ]}
        rows={counts.map(({ status, count }) => ({
          key: status,
          header: intl.formatMessage({ id: `dashboard.actions.status.${status}` }),
          cells: [format.number(count)],
        }))}
      />
    </DashboardSection>
  );
}

import { Button, MessageBar, MessageBarBody, Spinner, Text } from '@fluentui/react-components';
import type { JSX } from 'react';
import { useIntl } from 'react-intl';
import { EmptyState } from '../../components/EmptyState/EmptyState';
import { Page } from '../../components/Page/Page';
import { useErrorText } from '../../data/useErrorText';
import { ActionsByStatus } from './ActionsByStatus/ActionsByStatus';
import { AggregatesTable } from './AggregatesTable/AggregatesTable';
import { BalancePanel } from './BalancePanel/BalancePanel';
import { useDashboardPageStyles } from './DashboardPage.styles';
import type { DashboardModel } from './dashboard-model';
import { EvolutionSection } from './EvolutionSection/EvolutionSection';
import { MaturityHeatmap } from './MaturityHeatmap/MaturityHeatmap';
import { ObjectivesProgress } from './ObjectivesProgress/ObjectivesProgress';
import { TargetsSection } from './TargetsSection/TargetsSection';
import { useDashboardData } from './use-dashboard-data';
import { useDashboardFormat } from './use-dashboard-format';
import { WeakSpots } from './WeakSpots/WeakSpots';

// In the page's chunk, so that the composition root can start the load with the page's download.
export { prefetchDashboardData } from './use-dashboard-data';

/**
 * Maturity per pillar, function and layer, its evolution, and the balance diagnostics beside it.
 * Read-only for every persona: nothing here writes, so it shows the same to all of them.
 */
export function DashboardPage(): JSX.Element {
  const intl = useIntl();
  const errorText = useErrorText();
  const dashboard = useDashboardData();
  return (
    <Page title={intl.formatMessage({ id: 'nav.dashboard' })}>
      {dashboard.status === 'loading' && (
        <Spinner label={intl.formatMessage({ id: 'dashboard.loading' })} />
      )}
      {dashboard.status === 'error' && (
        <MessageBar intent="error">
          <MessageBarBody>
            {errorText(dashboard.error)}{' '}
            <Button size="small" onClick={dashboard.reload}>
              {intl.formatMessage({ id: 'dashboard.retry' })}
            </Button>
          </MessageBarBody>
        </MessageBar>
      )}
      {dashboard.status === 'ready' &&
        (dashboard.value === null ? (
          <EmptyState
            title={intl.formatMessage({ id: 'dashboard.noPlan.title' })}
            body={intl.formatMessage({ id: 'dashboard.noPlan.body' })}
          />
        ) : (
          <DashboardContent model={dashboard.value} />
        ))}
    </Page>
  );
}

function DashboardContent({ model }: { readonly model: DashboardModel }): JSX.Element {
  const intl = useIntl();
  const format = useDashboardFormat();
  const styles = useDashboardPageStyles();
  const latest = model.figures.at(-1);
  return (
    <div className={styles.root} data-testid="dashboard-ready">
      <Text as="p">
        {latest === undefined
          ? intl.formatMessage({ id: 'dashboard.noMeasurements' })
          : intl.formatMessage(
              { id: 'dashboard.summary' },
              {
                plan: model.planTitle,
                count: model.figures.length,
                date: format.date(latest.measurement.date),
              },
            )}
      </Text>
      {model.invalidCount > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>
            {intl.formatMessage({ id: 'dashboard.invalid' }, { count: model.invalidCount })}
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.columns}>
        <div className={styles.column}>
          {latest !== undefined && (
            <>
              <EvolutionSection figures={model.figures} />
              <TargetsSection targets={model.targets} />
              <AggregatesTable latest={latest} deltas={model.latestDeltas} />
              <WeakSpots
                weakSpots={model.matrix.weakSpots}
                measurement={format.measurement(latest.measurement)}
              />
            </>
          )}
        </div>
        <div className={styles.column}>
          <BalancePanel balance={model.balance} />
          <ObjectivesProgress objectives={model.objectives} />
          <ActionsByStatus counts={model.actionsByStatus} />
        </div>
      </div>
      {latest !== undefined && (
        <div className={styles.heatmap}>
          <MaturityHeatmap matrix={model.matrix} />
        </div>
      )}
    </div>
  );
}

import { Text } from '@fluentui/react-components';
import type { JSX } from 'react';
import { useIntl } from 'react-intl';
import { LAYERS } from '../../../../core/catalogue/catalogue.types';
import type { BalanceDiagnostics } from '../../../../core/diagnostics/balance';
import { DashboardSection } from '../DashboardSection/DashboardSection';
import { DataTable } from '../DataTable/DataTable';
import { useDashboardFormat } from '../use-dashboard-format';

export type BalancePanelProps = { readonly balance: BalanceDiagnostics };

/**
 * The balance diagnostics of the plan (core's computeBalance), shown beside maturity, never mixed
 * into it: controlling vs stimulating shares, core vs complementary coverage, the four functions.
 */
export function BalancePanel({ balance }: BalancePanelProps): JSX.Element {
  const intl = useIntl();
  const format = useDashboardFormat();
  const { actions, budgetEur, hours } = balance.approach;
  return (
    <DashboardSection heading={intl.formatMessage({ id: 'dashboard.balance.heading' })}>
      <Text as="p">{intl.formatMessage({ id: 'dashboard.balance.intro' })}</Text>
      <DataTable
        caption={intl.formatMessage({ id: 'dashboard.balance.approach.caption' })}
        columns={[
          intl.formatMessage({ id: 'dashboard.balance.measure' }),
          intl.formatMessage({ id: 'dashboard.balance.controlling' }),
          intl.formatMessage({ id: 'dashboard.balance.stimulating' }),
        ]}
        rows={[
          {
            key: 'actions',
            header: intl.formatMessage(
              { id: 'dashboard.balance.actions' },
              { count: actions.counted },
            ),
            cells: [
              format.percent(actions.controllingShare),
              format.percent(actions.stimulatingShare),
            ],
          },
          {
            key: 'budget',
            header: intl.formatMessage(
              { id: 'dashboard.balance.budget' },
              { amount: format.euro(budgetEur.total) },
            ),
            cells: [
              format.percent(budgetEur.controllingShare),
              format.percent(budgetEur.stimulatingShare),
            ],
          },
          {
            key: 'hours',
            header: intl.formatMessage(
              { id: 'dashboard.balance.hours' },
              { hours: format.number(hours.total) },
            ),
            cells: [format.percent(hours.controllingShare), format.percent(hours.stimulatingShare)],
          },
        ]}
      />
      {actions.unclassified > 0 && (
        <Text as="p">
          {intl.formatMessage(
            { id: 'dashboard.balance.unclassified' },
            { count: actions.unclassified },
          )}
        </Text>
      )}
      <DataTable
        caption={intl.formatMessage({ id: 'dashboard.balance.coverage.caption' })}
        columns={[
          intl.formatMessage({ id: 'dashboard.balance.coverage.layer' }),
          intl.formatMessage({ id: 'dashboard.balance.coverage.linked' }),
        ]}
        rows={LAYERS.map((layer) => {
          const coverage = balance.layers[layer];
          return {
            key: layer,
            header: format.layer(layer),
            cells: [
              intl.formatMessage(
                { id: 'dashboard.balance.coverage.cell' },
                {
                  linked: coverage.linked,
                  total: coverage.total,
                  share: format.percent(coverage.share),
                },
              ),
            ],
          };
        })}
      />
      <DataTable
        caption={intl.formatMessage({ id: 'dashboard.balance.functions.caption' })}
        columns={[
          intl.formatMessage({ id: 'dashboard.balance.functions.function' }),
          intl.formatMessage({ id: 'dashboard.balance.functions.status' }),
          intl.formatMessage({ id: 'dashboard.balance.functions.instruments' }),
          intl.formatMessage({ id: 'dashboard.balance.functions.actions' }),
        ]}
        rows={balance.functions.byFunction.map((f) => ({
          key: f.function,
          header: format.fn(f.function),
          cells: [
            intl.formatMessage({ id: `dashboard.balance.functions.${f.status}` }),
            intl.formatMessage(
              { id: 'dashboard.balance.coverage.cell' },
              {
                linked: f.linkedInstrumentIds.length,
                total: f.instrumentCount,
                share: format.percent(
                  f.instrumentCount === 0 ? null : f.linkedInstrumentIds.length / f.instrumentCount,
                ),
              },
            ),
            format.number(f.actionIds.length),
          ],
        }))}
      />
      <ul>
        <li>
          {intl.formatMessage(
            { id: 'dashboard.balance.objectivesWithoutActions' },
            { count: balance.objectivesWithoutActions.length },
          )}
        </li>
        <li>
          {intl.formatMessage(
            { id: 'dashboard.balance.actionsWithoutOwner' },
            { count: balance.actionsWithoutOwner.length },
          )}
        </li>
      </ul>
    </DashboardSection>
  );
}

import { ProgressBar, Text } from '@fluentui/react-components';
import type { JSX } from 'react';
import { useIntl } from 'react-intl';
import type { ObjectiveProgress } from '../dashboard-model';
import { DashboardSection } from '../DashboardSection/DashboardSection';
import { DataTable } from '../DataTable/DataTable';
import { useDashboardFormat } from '../use-dashboard-format';
import { useObjectivesProgressStyles } from './ObjectivesProgress.styles';

export type ObjectivesProgressProps = { readonly objectives: readonly ObjectiveProgress[] };

/** Baseline → current → target of each operational objective's indicator. */
export function ObjectivesProgress({ objectives }: ObjectivesProgressProps): JSX.Element {
  const intl = useIntl();
  const format = useDashboardFormat();
  const styles = useObjectivesProgressStyles();
  const unknown = intl.formatMessage({ id: 'dashboard.objectives.unknown' });
  const value = (n: number | null, unit: string): string =>
    n === null
      ? unknown
      : intl.formatMessage({ id: 'dashboard.objectives.value' }, { value: format.number(n), unit });
  return (
    <DashboardSection heading={intl.formatMessage({ id: 'dashboard.objectives.heading' })}>
      {objectives.length === 0 ? (
        <Text as="p">{intl.formatMessage({ id: 'dashboard.objectives.none' })}</Text>
      ) : (
        <DataTable
          caption={intl.formatMessage({ id: 'dashboard.objectives.caption' })}
          columns={[
            intl.formatMessage({ id: 'dashboard.objectives.objective' }),
            intl.formatMessage({ id: 'dashboard.objectives.baseline' }),
            intl.formatMessage({ id: 'dashboard.objectives.current' }),
            intl.formatMessage({ id: 'dashboard.objectives.target' }),
            intl.formatMessage({ id: 'dashboard.objectives.progress' }),
            intl.formatMessage({ id: 'dashboard.objectives.deadline' }),
          ]}
          rows={objectives.map(({ objective, progress }) => ({
            key: objective.id,
            header: objective.title,
            cells: [
              value(objective.baselineValue, objective.unit),
              value(objective.currentValue, objective.unit),
              value(objective.targetValue, objective.unit),
              progress === null ? (
                unknown
              ) : (
                <div className={styles.progress}>
                  <span>{format.percent(progress)}</span>
                  <ProgressBar
                    value={Math.min(1, Math.max(0, progress))}
                    aria-label={intl.formatMessage(
                      { id: 'dashboard.objectives.progressLabel' },
                      { objective: objective.title },
                    )}
                  />
                </div>
              ),
              objective.deadline === null ? unknown : format.date(objective.deadline),
            ],
          }))}
        />
      )}
    </DashboardSection>
  );
}
